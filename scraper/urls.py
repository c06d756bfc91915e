"""URL normalisation and same-site tests (pure).

Our own small function rather than `w3lib.url.canonicalize_url`: that one sorts query arguments and
re-encodes every component, which turns the URL we store into one the site never linked to; we only
want the differences that never change the page (fragment, tracking parameters, host case, default
port, empty path) removed, and the rest kept byte for byte.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMS", "host_of", "is_binary_url", "normalize_url", "same_host"]

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "zarsrc", "mc_cid", "mc_eid"}
)
"""Query parameters that only say where a click came from (`utm_*` is matched by prefix)."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_BINARY_EXT = re.compile(
    r"\.(pdf|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp3|mp4|m4a|avi|mov|wmv|flv|webm|zip|rar|7z|gz|tar|"
    r"docx?|xlsx?|pptx?|exe|apk|css|js|woff2?|ttf|eot)$",
    re.I,
)


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def normalize_url(url: str, base: str | None = None) -> str | None:
    """The key under which a URL is stored, or None when it is not an http(s) URL worth fetching.

    >>> normalize_url("HTTPS://BaoPhuTho.vn:443/a-1.htm?utm_source=fb&id=2#top")
    'https://baophutho.vn/a-1.htm?id=2'
    """
    url = url.strip()
    if base is not None:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """`host[:port]` of a normalised URL, the unit of politeness (robots.txt and pacing)."""
    return urlsplit(url).netloc.lower()


def same_host(url: str, other: str) -> bool:
    return host_of(url) == host_of(other)


def is_binary_url(url: str) -> bool:
    """True for links whose extension says they are not pages (PDF, images, media, archives)."""
    return bool(_BINARY_EXT.search(urlsplit(url).path))

"""Sitemaps: an index (children to queue) or a urlset (pages, with news publication date or lastmod).

Parsed with the stdlib's `xml.etree.ElementTree.iterparse`, not ultimate-sitemap-parser: that
library can parse a string we fetched ourselves (`usp.tree.sitemap_from_str`), but it is licensed
GPL-3.0-or-later and vnnews is Apache-2.0. Sitemaps are hostile input, so a document with a
DOCTYPE or an entity declaration is refused before parsing (the billion-laughs and external-entity
tricks need one), and namespaces are ignored (sites get them wrong). Plain-text sitemaps (one URL a
line) are accepted too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timezone
from io import BytesIO

from scraper.discovery import Found
from scraper.urls import normalize_url

__all__ = ["ParsedSitemap", "parse_sitemap"]

_DANGEROUS = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


@dataclass(frozen=True)
class ParsedSitemap:
    sitemaps: tuple[str, ...] = ()
    """Child sitemaps of an index."""
    pages: tuple[Found, ...] = ()
    valid: bool = True


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _when(text: str | None) -> datetime | None:
    """W3C datetime ("2025-06-03", "2025-06-03T09:00:00+07:00", "...Z") → aware datetime, else None."""
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _plain_text(body: bytes, base_url: str) -> ParsedSitemap:
    lines = body.decode("utf-8", errors="replace").split()
    urls = [
        u
        for line in lines
        if (u := normalize_url(line, base_url)) and line.startswith(("http://", "https://"))
    ]
    return ParsedSitemap(pages=tuple(Found(u) for u in dict.fromkeys(urls)), valid=bool(urls))


def parse_sitemap(body: bytes | str, base_url: str) -> ParsedSitemap:
    """Children of an index, or pages of a urlset with their news publication date or lastmod."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data.startswith(b"<"):
        return _plain_text(data, base_url)
    if _DANGEROUS.search(data):
        return ParsedSitemap(valid=False)
    root_tag = ""
    children: list[str] = []
    pages: dict[str, Found] = {}
    loc = lastmod = published = None
    try:
        for event, elem in ET.iterparse(BytesIO(data), events=("start", "end")):
            tag = _local(elem.tag)
            if event == "start":
                if not root_tag:
                    root_tag = tag
                if tag in ("url", "sitemap"):
                    loc = lastmod = published = None
                continue
            if tag == "loc":
                loc = (elem.text or "").strip()
            elif tag == "lastmod":
                lastmod = elem.text
            elif tag == "publication_date":
                published = elem.text
            elif tag in ("url", "sitemap"):
                url = normalize_url(loc, base_url) if loc else None
                if url and tag == "sitemap" and url not in children:
                    children.append(url)
                elif url and tag == "url" and url not in pages:
                    pages[url] = Found(url, _when(published) or _when(lastmod))
                elem.clear()
    except ET.ParseError:
        if not (children or pages):
            return ParsedSitemap(valid=False)
    if root_tag not in ("urlset", "sitemapindex"):
        return ParsedSitemap(valid=False)
    return ParsedSitemap(sitemaps=tuple(children), pages=tuple(pages.values()))

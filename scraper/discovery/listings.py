"""Links of an HTML page (listing pages, and same-site pages of sites crawled without a profile)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scraper.urls import is_binary_url, normalize_url

__all__ = ["next_listing_page", "parse_canonical", "parse_links"]


def _base(tree: HTMLParser, base_url: str) -> str:
    node = tree.css_first("base[href]")
    href = node.attributes.get("href") if node is not None else None
    return normalize_url(href, base_url) or base_url if href else base_url


def parse_links(html: str, base_url: str) -> list[str]:
    """Normalised http(s) links of `<a href>`, in page order, without duplicates or binary files."""
    tree = HTMLParser(html)
    base = _base(tree, base_url)
    urls: list[str] = []
    seen: set[str] = set()
    for node in tree.css("a[href]"):
        href = node.attributes.get("href") or ""
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = normalize_url(href, base)
        if url and url not in seen and not is_binary_url(url):
            seen.add(url)
            urls.append(url)
    return urls


def parse_canonical(html: str, base_url: str) -> str | None:
    """The page's `<link rel="canonical">`, normalised; None when absent or not http(s)."""
    node = HTMLParser(html).css_first('link[rel="canonical"][href]')
    href = node.attributes.get("href") if node is not None else None
    return normalize_url(href, base_url) if href else None


def next_listing_page(pagination: str, listing_url: str, n: int) -> str | None:
    """Page `n` of a listing from the profile's pagination format ("{url}/p{n}"); None without one."""
    if not pagination:
        return None
    return normalize_url(pagination.format(url=listing_url.rstrip("/"), n=n))

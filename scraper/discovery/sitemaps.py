"""Sitemaps (index, urlset, news sitemaps, text and RSS sitemaps), parsed by ultimate-sitemap-parser.

We fetch the sitemap ourselves (politely, through the frontier) and hand the text to
`usp.tree.sitemap_from_str`, which parses one document without fetching its children: an index's
children come back as unfetched `InvalidSitemap` entries that we queue like any other URL. usp also
refuses DOCTYPE declarations, which closes the entity-expansion hole of a plain XML parser.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from usp.objects.sitemap import AbstractIndexSitemap, AbstractPagesSitemap, InvalidSitemap
from usp.tree import sitemap_from_str

from scraper.discovery import Found
from scraper.urls import normalize_url

__all__ = ["ParsedSitemap", "parse_sitemap"]

logging.getLogger("usp").setLevel(logging.CRITICAL)  # it logs every unparsable document as an error


@dataclass(frozen=True)
class ParsedSitemap:
    sitemaps: tuple[str, ...] = ()
    """Child sitemaps of an index."""
    pages: tuple[Found, ...] = ()
    valid: bool = True


def _aware(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def parse_sitemap(body: bytes | str, base_url: str) -> ParsedSitemap:
    """Children of an index, or pages of a urlset with their news publication date or lastmod."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    tree = sitemap_from_str(text.lstrip("\ufeff"))
    if isinstance(tree, AbstractIndexSitemap):
        children = []
        for sub in tree.sub_sitemaps:
            url = normalize_url(sub.url, base_url)
            if url and url not in children:
                children.append(url)
        return ParsedSitemap(sitemaps=tuple(children))
    if isinstance(tree, AbstractPagesSitemap):
        pages: list[Found] = []
        seen: set[str] = set()
        for page in tree.pages:
            url = normalize_url(page.url, base_url)
            if not url or url in seen:
                continue
            seen.add(url)
            story = page.news_story
            when = story.publish_date if story is not None and story.publish_date else page.last_modified
            pages.append(Found(url, _aware(when)))
        return ParsedSitemap(pages=tuple(pages))
    assert isinstance(tree, InvalidSitemap)
    return ParsedSitemap(valid=False)

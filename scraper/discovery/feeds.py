"""RSS and Atom feeds (parsed by feedparser), and the feeds a page announces with <link rel=alternate>."""

from __future__ import annotations

import calendar
from datetime import datetime, timezone

import feedparser
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from scraper.discovery import Found
from scraper.urls import normalize_url

__all__ = ["parse_feed", "parse_feed_links"]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")


def _when(entry: feedparser.FeedParserDict) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)


def parse_feed(body: bytes | str, base_url: str) -> list[Found]:
    """Item links of a feed, in feed order, with their publication times; relative links resolved."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    found: list[Found] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link") or entry.get("id")
        url = normalize_url(link, base_url) if link else None
        if url and url not in seen:
            seen.add(url)
            found.append(Found(url, _when(entry)))
    return found


def parse_feed_links(html: str, base_url: str) -> list[str]:
    """Feeds announced in a page's <head>: `<link rel="alternate" type="application/rss+xml" href>`."""
    urls: list[str] = []
    for node in HTMLParser(html).css("link[rel][href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        kind = (node.attributes.get("type") or "").lower()
        if "alternate" in rel and kind in _FEED_TYPES:
            url = normalize_url(node.attributes.get("href") or "", base_url)
            if url and url not in urls:
                urls.append(url)
    return urls

"""Where article URLs come from: feeds, sitemaps and listing pages.

Each module has a pure `parse_*(body, base_url)`; fetching is the crawler's (through the frontier,
robots.txt and pacing like any page). `seeds_for(profile)` lists the discovery pages a run starts from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scraper.profiles import SiteProfile

__all__ = ["Found", "Seed", "seeds_for"]

# The kinds of page in the frontier, in the order a run fetches them.
FEED, SITEMAP, LISTING, ARTICLE, PAGE = "feed", "sitemap", "listing", "article", "page"
PRIORITY = {FEED: 0, SITEMAP: 1, LISTING: 2, ARTICLE: 3, PAGE: 4}


@dataclass(frozen=True)
class Found:
    """A URL found on a discovery page, with its publication time when the page says it."""

    url: str
    published_at: datetime | None = None


@dataclass(frozen=True)
class Seed:
    url: str
    kind: str


def seeds_for(profile: SiteProfile) -> list[Seed]:
    """The discovery pages of a site: feeds first (newest articles), then sitemaps, then listings."""
    seeds = [Seed(u, FEED) for u in profile.feeds]
    seeds += [Seed(u, SITEMAP) for u in profile.sitemaps]
    seeds += [Seed(u, LISTING) for u in profile.listing_urls]
    return seeds

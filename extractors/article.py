"""Article records and the selectors a site profile gives the parser.

`parse_article` (below) turns one saved page into an `Article`: with a site's `Selectors` when the
page's site has a profile, else with the generic DOM-based parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["PARSER_VERSION", "Article", "Image", "NotAnArticle", "PageDecodeError", "Selectors"]

PARSER_VERSION = "1"


@dataclass(frozen=True)
class Selectors:
    """CSS selectors (comma-separated alternatives) for one site template; empty means "not known".

    `remove` lists what to drop inside the body before reading it (share bars, related boxes...).
    `lead_prefixes` are regular expressions stripped from the start of the lead ("PTĐT -").
    `decoder` names a body decoder from `extractors.decoders` for sites that obfuscate bodies.
    """

    name: str = "generic"
    match: str = ""
    """A selector that is present only on this template's pages; empty matches every page."""
    title: str = ""
    lead: str = ""
    body: str = ""
    paragraphs: str = "p, h2, h3, h4"
    published: str = ""
    modified: str = ""
    author: str = ""
    category: str = ""
    tags: str = ""
    images: str = "img"
    captions: str = ""
    remove: str = ""
    lead_prefixes: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    decoder: str = ""


@dataclass(frozen=True)
class Image:
    src: str
    caption: str | None = None


@dataclass(frozen=True)
class Article:
    url: str | None
    site: str | None
    title: str
    lead: str
    body: str
    published_at: str | None = None
    modified_at: str | None = None
    author: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    profile: str = "generic"
    parser_version: str = PARSER_VERSION
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `vnnews parse` prints."""
        return {
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "lead": self.lead,
            "body": self.body,
            "published_at": self.published_at,
            "modified_at": self.modified_at,
            "author": self.author,
            "category": self.category,
            "tags": list(self.tags),
            "images": [{"src": i.src, "caption": i.caption} for i in self.images],
            "parser": {"profile": self.profile, "version": self.parser_version},
            "warnings": list(self.warnings),
        }


class PageDecodeError(ValueError):
    """The page's bytes cannot be decoded to text in any plausible encoding."""


class NotAnArticle(ValueError):
    """The page parsed but is not an article (a listing, an empty shell); the message says why."""


def parse_article(*args: object, **kwargs: object) -> Article:
    """Placeholder until the parser lands (issue 2)."""
    raise NotImplementedError

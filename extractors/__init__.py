"""Pure extraction: a saved page in, an article and its facts out. No I/O, no clock, no network.

The crawler (`scraper`) imports only the names listed here.
"""

from extractors.article import (
    PARSER_VERSION,
    Article,
    Image,
    NotAnArticle,
    PageDecodeError,
    Selectors,
    parse_article,
)
from extractors.extract import EXTRACTOR_VERSION, extract_facts
from extractors.facts import Facts, Figure, Mention, NamedModel, Organization, ParentUnit, Person, Place

__all__ = [
    "EXTRACTOR_VERSION",
    "PARSER_VERSION",
    "Article",
    "Facts",
    "Figure",
    "Image",
    "Mention",
    "NamedModel",
    "NotAnArticle",
    "Organization",
    "PageDecodeError",
    "ParentUnit",
    "Person",
    "Place",
    "Selectors",
    "extract_facts",
    "parse_article",
]

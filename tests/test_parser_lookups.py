"""The parser's merged lookups find exactly the nodes the separate selectors they replace would find."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from extractors import generic

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and ".htm" in p.name)

# Case variants HTML compares ignoring case (rel, type), one it does not (itemtype), a non-ASCII class.
TRICKY = """<html><head><title>T</title><link rel="Canonical" href="https://a/x">
<link rel="canonical" href="https://b/y"><script type="Application/LD+JSON">{}</script>
<script type="application/ld+json-x">{}</script><meta itemprop="datePublished" content="2020" class="x">
</head><body><div itemtype="https://schema.org/breadcrumblist"><a>no</a></div>
<span itemprop="DateModified">1</span><time itemprop="dateModified">2</time>
<div class="İbreadcrumb"><a>Home</a><a>Sec</a></div><title>svg-like second title</title></body></html>"""


def _ids(nodes: list) -> list[int]:
    return [n.mem_id for n in nodes]


def _first_id(tree: LexborHTMLParser, selector: str) -> int | None:
    node = tree.css_first(selector)
    return node.mem_id if node is not None else None


def _check(tree: LexborHTMLParser) -> None:
    page = generic._page_data(tree)
    assert _ids(page.metas) == _ids(tree.tags("meta"))
    assert (page.title.mem_id if page.title else None) == _first_id(tree, "title")
    assert (page.canonical.mem_id if page.canonical else None) == _first_id(tree, 'link[rel="canonical"]')
    assert _ids(page.scripts) == _ids(tree.css('script[type="application/ld+json"]'))
    dated = [
        n
        for n in tree.css('[itemprop^="date"]')
        if n.attributes.get("itemprop") in ("datePublished", "dateModified")
    ]
    assert _ids(page.dated) == _ids(dated)
    crumb = _first_id(tree, '[class*="breadcrumb" i], [itemtype*="BreadcrumbList"]')
    assert (page.breadcrumb.mem_id if page.breadcrumb else None) == crumb


def test_tricky_page_matches_separate_selectors() -> None:
    tree = LexborHTMLParser(TRICKY)
    _check(tree)
    page = generic._page_data(tree)
    assert page.canonical is not None and page.canonical.attributes["href"] == "https://a/x"
    assert len(page.scripts) == 1
    assert page.breadcrumb is not None and page.breadcrumb.tag == "div"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_fixture_pages_match_separate_selectors(path: Path) -> None:
    _check(LexborHTMLParser(path.read_bytes()))

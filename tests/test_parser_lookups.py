"""Lookups the parser shares across nodes find exactly what the per-node selector queries they replace find."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from extractors import generic
from scraper.profiles import load_profile

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and ".htm" in p.name)
SITES = sorted(p.stem for p in (Path(__file__).parent.parent / "scraper" / "sites").glob("*.toml"))
CAPTION_SELECTORS = sorted(
    {t.captions for site in SITES for t in load_profile(site).templates if t.captions}
    | {generic._GENERIC_CAPTIONS, "figcaption", "div p.caption"}
)


def _ids(nodes: list) -> list[int]:
    return [n.mem_id for n in nodes]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_caption_matches_inside_a_box_equal_the_box_query(path: Path) -> None:
    tree = LexborHTMLParser(path.read_bytes())
    body = tree.body
    assert body is not None
    boxes = {}
    for img in body.css("img"):
        node = img.parent
        for _ in range(4):  # the levels `_caption_for` asks about
            if node is None or node.mem_id == body.mem_id:
                break
            boxes[node.mem_id] = node
            node = node.parent
    for selector in CAPTION_SELECTORS:
        matches = generic._CaptionMatches(body, selector)
        for box in boxes.values():
            assert _ids(matches.inside(box)) == _ids(box.css(selector)), (selector, box.tag)


def test_a_caption_box_holding_the_caption_itself() -> None:
    tree = LexborHTMLParser(
        '<div id="c"><table class="caption"><tr><td><img src="a.jpg"></td></tr>'
        '<tr><td class="caption">Ảnh: A</td></tr></table><p class="caption">B</p></div>'
    )
    container = tree.css_first("#c")
    table = tree.css_first("table")
    matches = generic._CaptionMatches(container, ".caption")
    assert [n.tag for n in matches.inside(table)] == ["table", "td"]
    assert [n.text() for n in matches.inside(tree.css_first("p"))] == ["B"]

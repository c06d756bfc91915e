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


CHROME_TRICKY = """<html><body><div id="root">
<div class="Main-MENU">a</div><div class="x  NAV\ty">b</div><div class="navigation-ish">c</div>
<div class="navy">d</div><div id="ADS-top">e</div><div id="ad-1">f</div><div id="adx">g</div>
<div class="qc">h</div><div role="Navigation">i</div><div role="navigation">j</div>
<div aria-hidden="TRUE">k</div><div aria-hidden="true">l</div><div style="DISPLAY: NONE">m</div>
<div style="display :none">n</div><header>o</header><div class="tin-liên-quan">p</div>
<div class="Tiêu-đề sidebar">q</div><div class="">r</div><div id="">s</div><p class="article">t</p>
</div></body></html>"""


@pytest.mark.parametrize("html", [CHROME_TRICKY, *PAGES], ids=lambda p: getattr(p, "name", "tricky"))
def test_chrome_match_equals_the_chrome_selector(html: str | Path) -> None:
    tree = LexborHTMLParser(html.read_bytes() if isinstance(html, Path) else html)
    body = tree.body
    assert body is not None
    expected = list(dict.fromkeys(_ids(body.css(generic._CHROME_SELECTOR))))
    found = list(
        dict.fromkeys(n.mem_id for n in body.css(generic._CHROME_CANDIDATES) if generic._chrome_match(n))
    )
    assert found == expected

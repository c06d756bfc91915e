"""extract_facts on every short text of every fixture page: the footers, menus, captions and teasers a
crawl meets, not only article bodies. None may raise, and every mention must point at its own text.

A footer ("... tòa nhà VTC, 18 Tam Trinh, ...") once crashed the organisation grammar, which looked for a
place name where a number stood; article bodies alone had never reached that branch.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from extractors import extract_facts

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.glob("pages/**/*.html")) + sorted(FIXTURES.glob("baophutho/*.html"))
BLOCKS = "p, li, h1, h2, h3, h4, td, div"


@cache
def _texts(page: Path) -> tuple[str, ...]:
    """The text of every block element of the page holding no other block, once each."""
    tree = LexborHTMLParser(page.read_bytes())
    seen: dict[str, None] = {}
    for node in tree.css(BLOCKS):
        if len(node.css(BLOCKS)) > 1:
            continue
        text = unicodedata.normalize("NFC", " ".join((node.text(deep=True) or "").split()))
        if text:
            seen[text] = None
    return tuple(seen)


def test_the_fixture_pages_give_many_texts() -> None:
    assert len(PAGES) >= 50
    assert sum(len(_texts(page)) for page in PAGES) > 5000


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_text_of_the_page_extracts_with_mentions_at_their_offsets(page: Path) -> None:
    for text in _texts(page):
        facts = extract_facts(text)
        for kind in ("people", "places", "organizations", "figures", "models"):
            for fact in getattr(facts, kind):
                for mention in fact.mentions:
                    assert text[mention.start : mention.end] == mention.text, (kind, text)


def test_the_footer_that_once_crashed_gives_its_organisation() -> None:
    text = "Công ty cổ phần truyền thông Việt Nam - VC Corp Tầng 16, 17, 18 tòa nhà VTC, 18 Tam Trinh, Hà Nội"
    names = [o.name for o in extract_facts(text).organizations]
    assert any(name.startswith("Công ty cổ phần truyền thông Việt Nam") for name in names), names


# Texts a few words long, where a cue reader that looks back over the words before a name runs out of
# words: "vì Neymar" raised IndexError up to extractor v31 (one lower-case word, then a foreign name).
# "Theo Group" raised ValueError in the firm-word reader of extractor v29 to v36 (a firm word ending the text).
_SHORT_OPENERS = ("", "vì", "xem", "của", "ông", "rất mê", "vì cả", "Chỉ vì", "Theo", "Hãng", "Tại Tập đoàn")
_SHORT_NAMES = (
    "Neymar",
    "Mike Tyson",
    "Patson Daka",
    "Song Hye Kyo",
    "Madam Pang",
    "Sir Alex",
    "Nguyễn Văn An",
    "Group",
    "Motors",
    "Alibaba Group",
)


@pytest.mark.parametrize("opener", _SHORT_OPENERS)
def test_short_texts_before_a_name_do_not_raise(opener: str) -> None:
    for name in _SHORT_NAMES:
        for text in (
            f"{opener} {name}".strip(),
            f"{opener} {name} ghi bàn".strip(),
            f"{opener} {name}.".strip(),
        ):
            facts = extract_facts(text)
            for kind in ("people", "places", "organizations", "figures", "models"):
                for fact in getattr(facts, kind):
                    assert all(text[m.start : m.end] == m.text for m in fact.mentions), (text, fact)

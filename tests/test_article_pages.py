"""Real article pages against hand-checked expectations (tests/article_expectations.json), trafilatura-eval style.

Each entry gives the exact title, publication time and author, the start of the lead, sentences from the
first, middle and last paragraphs that must be in the body, and page chrome (menus, related boxes, footer
links) that must not. Every page is parsed with its site profile, and again with the generic parser alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import Article, parse_article
from scraper.profiles import load_profile

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
EXPECTATIONS = json.loads((HERE / "article_expectations.json").read_text(encoding="utf-8"))
IDS = [Path(e["page"]).stem for e in EXPECTATIONS]
# Known gaps of the generic parser (their profiles pass); strict, so a fix shows up as XPASS -> failure.
GENERIC_GAPS = {
    # A book-club promotion in <div class="notebox"> at the end of the body: prose, no links to speak
    # of, inside the article's own container. nhandan.vn marks its match-facts box (scorers, line-ups:
    # article text the expectations require) with the same class, so no page-independent rule tells
    # them apart; the zingnews.vn profile removes it.
    "znews-2025-gia-vang-the-gioi": "promotional note box inside the body",
}
GENERIC_CASES = [
    pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=GENERIC_GAPS[i])) if i in GENERIC_GAPS else e
    for e, i in zip(EXPECTATIONS, IDS, strict=True)
]


def parse_with_profile(entry: dict) -> Article:
    profile = load_profile(entry["site"])
    data = (FIXTURES / entry["page"]).read_bytes()
    return parse_article(data, site=profile.name, templates=profile.templates)


@pytest.mark.parametrize("entry", EXPECTATIONS, ids=IDS)
def test_profile_parse_matches_expectations(entry: dict) -> None:
    article = parse_with_profile(entry)
    assert article.profile.startswith(entry["site"] + "/")
    assert article.title == entry["title"]
    assert article.published_at == entry["published_at"]
    assert article.author == entry["author"]
    assert article.lead.startswith(entry["lead_start"])
    for sentence in entry["must"]:
        assert sentence in article.body
    for chrome in entry["must_not"]:
        assert chrome not in article.body
    assert "{title}" not in article.body and "{head}" not in article.body


@pytest.mark.parametrize(
    "stem, caption",
    [
        (
            "baocantho-2026-thanh-tra-kiem-tra",
            "Chủ tịch UBND TP Cần Thơ Trương Cảnh Tuyên, cùng lãnh đạo Thanh tra",
        ),
        ("nld-2012-thieu-tien-hui", "Đặng Văn Trung trong phiên phúc thẩm"),
        (
            "dantri-2012-chot-lich-nghi-le-tet-2013",
            "Tết Dương lịch năm nay, hầu hết cán bộ viên chức thành phố",
        ),
    ],
)
def test_profile_captions_written_as_centred_paragraphs_caption_their_image_and_leave_the_body(
    stem: str, caption: str
) -> None:
    entry = next(e for e in EXPECTATIONS if e["page"].endswith(f"/{stem}.html"))
    article = parse_with_profile(entry)
    assert caption not in article.body
    assert [i.caption for i in article.images if i.caption and i.caption.startswith(caption)]


@pytest.mark.parametrize("entry", GENERIC_CASES, ids=IDS)
def test_generic_parser_finds_the_body(entry: dict) -> None:
    article = parse_article((FIXTURES / entry["page"]).read_bytes())
    assert article.profile == "generic"
    found = [s for s in entry["must"] if s in article.body]
    leaked = [c for c in entry["must_not"] if c in article.body]
    assert found == entry["must"]
    assert leaked == []
    assert article.title == entry["title"]


def test_vnexpress_2025_matches_fundus_gold() -> None:
    gold = json.loads(
        (FIXTURES / "expected" / "vnexpress-2025-dau-bung-keo-dai.fundus-expected.json").read_text()
    )["V1"]
    entry = next(e for e in EXPECTATIONS if "vnexpress-2025" in e["page"])
    article = parse_with_profile(entry)
    assert article.title == gold["title"]
    assert article.published_at == gold["publishing_date"].replace(" ", "T")
    assert article.author == gold["authors"][0]
    assert article.lead == gold["body"]["summary"][0]
    captions = {i["caption"] for i in gold["images"]}
    paragraphs = [
        p for p in gold["body"]["sections"][0]["paragraphs"] if not any(p.startswith(c) for c in captions)
    ]
    assert article.body.split("\n\n")[: len(paragraphs)] == paragraphs
    assert article.images[0].caption is not None and article.images[0].caption.startswith("Y bác sĩ nội soi")
    assert article.images[0].src.startswith("https://vcdn1-suckhoe.vnecdn.net/2025/10/22/")

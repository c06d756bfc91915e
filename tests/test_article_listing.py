"""Listing pages and empty shells are rejected with a reason; a huge page is still parsed."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from extractors import NotAnArticle, parse_article
from scraper.profiles import profile_for_url

FIXTURES = Path(__file__).parent / "fixtures"
LISTINGS = [
    row[0]
    for row in csv.reader((FIXTURES / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t")
    if row[0].startswith("pages/") and row[2] == "listing"
]


@pytest.mark.parametrize("page", LISTINGS, ids=[Path(p).stem for p in LISTINGS])
def test_listing_pages_are_not_articles(page: str) -> None:
    site = page.split("/")[1]
    profile = profile_for_url(f"https://{site}/")
    with pytest.raises(NotAnArticle) as info:
        parse_article(
            (FIXTURES / page).read_bytes(),
            site=profile.name if profile else None,
            templates=profile.templates if profile else (),
        )
    assert str(info.value)


def test_empty_shell_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="no"):
        parse_article(
            "<html><head><title>Báo</title></head><body><nav><a href='/'>Trang chủ</a></nav></body></html>"
        )


def test_placeholders_never_reach_the_output() -> None:
    body = "".join(
        f"<p>Đoạn văn thứ {i} kể về phong trào thi đua ở xã, với nhiều chi tiết cụ thể.</p>" for i in range(8)
    )
    html = f"<html><body><h1>{{title}}</h1><p class='sapo'>{{head}}</p><div>{body}</div></body></html>"
    article = parse_article(html)
    assert "{" not in article.title + article.lead + article.body


@pytest.mark.slow
def test_huge_page_is_parsed() -> None:
    page = (FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html").read_bytes()
    filler = b"<div class='comment'><p>Binh luan doc gia " + b"x" * 60 + b"</p></div>"
    padding = filler * (20_000_000 // len(filler))
    huge = page.replace(b"</body>", b"<div class='comment-list'>" + padding + b"</div></body>", 1)
    assert len(huge) > 20_000_000
    started = time.perf_counter()
    article = parse_article(huge)
    assert time.perf_counter() - started < 30
    assert article.title == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    assert "Binh luan doc gia" not in article.body

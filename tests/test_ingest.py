"""Storing an article and its facts: one transaction, de-duplicated entities, idempotent replacement."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import sqlite_utils

from extractors import (
    EXTRACTOR_VERSION,
    PARSER_VERSION,
    Article,
    Facts,
    Figure,
    Mention,
    NamedModel,
    Organization,
    ParentUnit,
    Person,
    Place,
)
from scraper.db import check_integrity, open_db, search_articles
from scraper.ingest import Parsed, delete_article, store_article, store_parsed
from scraper.pagestore import PageStore

TITLE = "Đồng chí Nguyễn Văn Hòa thăm mô hình dân vận khéo ở xã Đồng Lạc"
BODY = "Ông Nguyễn Văn Hoà, Chủ tịch UBND huyện, nói sản lượng đạt 2.887 tấn."


def _page(db: sqlite_utils.Database, n: int) -> int:
    return (
        PageStore(db)
        .put(
            url=f"https://baophutho.vn/bai-{n}.htm",
            final_url=None,
            status=200,
            headers={"content-type": "text/html; charset=utf-8"},
            body=f"<html>{n}</html>".encode(),
            fetched_at="2025-07-01T00:00:00+00:00",
            site="baophutho.vn",
        )
        .id
    )


def _article(n: int, title: str = TITLE) -> Article:
    return Article(
        url=f"https://baophutho.vn/bai-{n}.htm",
        site="baophutho.vn",
        title=title,
        lead="PTĐT - Dẫn.",
        body=BODY,
        published_at=f"2025-0{n}-02T08:00:00+07:00",
        author="Minh Anh",
        category="Xã hội",
        tags=("dân vận",),
        profile="current",
    )


def _facts(name: str = "Nguyễn Văn Hoà", role: str = "Chủ tịch UBND huyện") -> Facts:
    return Facts(
        people=(
            Person(name, title="Ông", mentions=(Mention(4, 18, name, "body", role=role, sentence=BODY),)),
        ),
        places=(
            Place(
                "Đồng Lạc",
                "xã",
                parents=(ParentUnit("Yên Lập", "huyện"),),
                lat=21.3,
                lon=105.1,
                mentions=(Mention(56, 64, "Đồng Lạc", "title"),),
            ),
        ),
        organizations=(
            Organization(
                "UBND huyện",
                expanded="Ủy ban nhân dân huyện",
                mentions=(Mention(33, 43, "UBND huyện", "body"),),
            ),
        ),
        figures=(
            Figure("2.887 tấn", Decimal("2887"), "tấn", mentions=(Mention(59, 68, "2.887 tấn", "body"),)),
        ),
        models=(NamedModel("dân vận khéo", "mô hình", mentions=(Mention(31, 43, "dân vận khéo", "title"),)),),
    )


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return open_db(tmp_path / "news.db")


def _dump(db: sqlite_utils.Database) -> list[str]:
    """Every row of every table; the FTS index's shadow tables are compared through searches instead."""
    return [line for line in db.conn.iterdump() if "_migrations" not in line and "articles_fts_" not in line]


def test_store_article_writes_article_facts_and_marks_the_page(db: sqlite_utils.Database) -> None:
    page_id = _page(db, 1)
    assert store_article(db, page_id, _article(1), _facts()) == page_id
    art = db["articles"].get(page_id)
    assert (
        art["title"],
        art["month"],
        art["word_count"],
        art["parser_version"],
        art["extractor_version"],
    ) == (TITLE, "2025-01", 2 + 14, PARSER_VERSION, EXTRACTOR_VERSION)
    assert art["tags"] == '["dân vận"]'
    mention = db["person_mentions"].rows.__next__()
    assert (mention["person"], mention["role"], mention["title"], mention["article_title"]) == (
        "Nguyễn Văn Hoà",
        "Chủ tịch UBND huyện",
        "Ông",
        TITLE,
    )
    place = db["places"].get(1)
    assert (place["name"], place["type"], place["parent_names"], place["latitude"], place["longitude"]) == (
        "Đồng Lạc",
        "xã",
        "huyện Yên Lập",
        21.3,
        105.1,
    )
    assert db["organizations"].get(1)["expanded"] == "Ủy ban nhân dân huyện"
    fig = db["figures"].get((page_id, 1))
    assert (fig["value"], fig["value_text"], fig["unit"], fig["field"], fig["char_start"]) == (
        2887.0,
        "2887",
        "tấn",
        "body",
        59,
    )
    page = db["pages"].get(page_id)
    assert (page["parse_status"], page["parse_error"]) == ("article", None)
    assert [r["id"] for r in search_articles(db, "dong lac")] == [page_id]
    assert check_integrity(db) == []


def test_the_same_person_in_two_articles_is_one_row_with_roles_per_mention(db: sqlite_utils.Database) -> None:
    store_article(db, _page(db, 1), _article(1), _facts("Nguyễn Văn Hoà", "Chủ tịch UBND huyện"))
    store_article(db, _page(db, 2), _article(2), _facts("nguyễn văn hòa", "Bí thư Huyện ủy"))
    assert db["people"].count == 1 and db["places"].count == 1 and db["models"].count == 1
    roles = [r["role"] for r in db.query("SELECT role FROM person_mentions ORDER BY published_at")]
    assert roles == ["Chủ tịch UBND huyện", "Bí thư Huyện ủy"]
    counts = db.execute("SELECT name, articles FROM place_articles").fetchall()
    assert counts == [("Đồng Lạc", 2)]
    assert db.execute("SELECT province, name, articles FROM province_models").fetchall() == [
        ("Phú Thọ", "dân vận khéo", 2)
    ]


def test_storing_again_leaves_the_database_identical(db: sqlite_utils.Database) -> None:
    for n in (1, 2, 3):
        store_article(db, _page(db, n), _article(n), _facts())
    before = _dump(db)
    for n in (1, 2, 3):
        store_article(db, n, _article(n), _facts())
    assert _dump(db) == before
    assert sorted(r["id"] for r in search_articles(db, "dan van kheo")) == [1, 2, 3]
    assert check_integrity(db) == []


def test_replacing_facts_drops_entities_no_article_mentions_any_more(db: sqlite_utils.Database) -> None:
    page_id = _page(db, 1)
    store_article(db, page_id, _article(1), _facts("Nguyễn Văn Hoà"))
    store_article(db, page_id, _article(1, "Tiêu đề mới"), _facts("Trần Thị Lan"))
    assert [r["name"] for r in db["people"].rows] == ["Trần Thị Lan"]
    assert search_articles(db, "dong lac") == [] and [
        r["id"] for r in search_articles(db, "tieu de moi")
    ] == [1]
    assert check_integrity(db) == []


def test_a_page_that_stops_being_an_article_loses_its_article(db: sqlite_utils.Database) -> None:
    page_id = _page(db, 1)
    store_article(db, page_id, _article(1), _facts())
    result = store_parsed(db, Parsed(page_id, "not_article", reason="listing page: 40 links, no body"))
    assert (result.status, result.article_id, result.reason) == (
        "not_article",
        None,
        "listing page: 40 links, no body",
    )
    assert db["articles"].count == 0 and db["people"].count == 0 and db["figures"].count == 0
    page = db["pages"].get(page_id)
    assert (page["parse_status"], page["parse_error"]) == ("not_article", "listing page: 40 links, no body")
    assert search_articles(db, "dan van") == []
    assert delete_article(db, page_id) is False
    assert check_integrity(db) == []


def test_a_failure_midway_keeps_the_old_article_whole(db: sqlite_utils.Database) -> None:
    page_id = _page(db, 1)
    store_article(db, page_id, _article(1), _facts())
    before = _dump(db)
    broken = Facts(people=_facts("Lê Văn Mới").people, figures=_facts().figures)
    db.execute("CREATE TRIGGER boom BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    with pytest.raises(Exception, match="disk on fire"):
        store_article(db, page_id, _article(1, "Nửa chừng"), broken)
    db.execute("DROP TRIGGER boom")
    assert _dump(db) == before
    assert [r["id"] for r in search_articles(db, "dan van")] == [page_id] and search_articles(
        db, "nua chung"
    ) == []

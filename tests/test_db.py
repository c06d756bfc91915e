"""The database file: creation, migrations, refusing foreign or damaged files, runs, search, health."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scraper.db import MIGRATIONS, check_integrity, finish_run, open_db, search_articles, start_run
from scraper.errors import ConfigError


def test_new_database_gets_every_table_view_and_migration(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")
    assert {
        "sites",
        "crawl_runs",
        "pages",
        "articles",
        "people",
        "places",
        "organizations",
        "models",
        "article_people",
        "article_places",
        "article_organizations",
        "article_models",
        "figures",
        "articles_fts",
    } <= set(db.table_names())
    assert set(db.view_names()) == {
        "person_mentions",
        "place_articles",
        "figures_over_time",
        "province_models",
    }
    assert [r["name"] for r in db["_migrations"].rows] == [name for name, _ in MIGRATIONS]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
    assert check_integrity(db) == []


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    open_db(tmp_path / "news.db").close()
    db = open_db(tmp_path / "news.db")
    assert db["_migrations"].count == len(MIGRATIONS)


def test_declared_foreign_keys(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")
    fks = {(t, fk.column, fk.other_table) for t in db.table_names() for fk in db[t].foreign_keys}
    assert {
        ("pages", "site", "sites"),
        ("pages", "run_id", "crawl_runs"),
        ("articles", "page_id", "pages"),
        ("articles", "site", "sites"),
        ("article_people", "person_id", "people"),
        ("article_people", "article_id", "articles"),
        ("article_places", "place_id", "places"),
        ("article_organizations", "organization_id", "organizations"),
        ("article_models", "model_id", "models"),
        ("figures", "article_id", "articles"),
    } <= fks


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some text, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(ConfigError, match=r"not a SQLite database|not a usable"):
        open_db(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ConfigError, match="not made by vnnews"):
        open_db(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_a_corrupt_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = open_db(path)
    db["sites"].insert_all({"name": f"site{i}.vn", "province": "x" * 300} for i in range(200))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    for offset in range(page_size * 2, len(data), page_size):  # scribble over every page after the schema
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    with pytest.raises(ConfigError, match=r"corrupt|not a usable"):
        open_db(path)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory"):
        open_db(tmp_path)


def test_runs_record_start_counts_and_status(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")
    run_id = start_run(db, sites=["baophutho.vn"], options={"max_pages": 10})
    row = db["crawl_runs"].get(run_id)
    assert (row["status"], row["sites"], row["options"], row["finished_at"]) == (
        "running",
        '["baophutho.vn"]',
        '{"max_pages": 10}',
        None,
    )
    finish_run(db, run_id, counts={"fetched": 7, "failed": 1, "robots/denied": 2}, status="partial")
    row = db["crawl_runs"].get(run_id)
    assert (row["status"], row["fetched"], row["failed"], row["parsed"]) == ("partial", 7, 1, 0)
    assert row["counts"] == '{"failed": 1, "fetched": 7, "robots/denied": 2}'
    assert row["finished_at"] >= row["started_at"]


def test_search_without_tone_marks_finds_text_with_them(tmp_path: Path) -> None:
    from scraper.db import fts_insert

    db = open_db(tmp_path / "news.db")
    with db.atomic():
        fts_insert(db, 1, "Làm tốt công tác dân vận", "", "Đảng bộ xã Đồng Lạc")
        fts_insert(db, 2, "Giá vàng tăng", "", "Thị trường vàng")
    db.execute("INSERT INTO sites (name) VALUES ('x')")
    db.execute(
        "INSERT INTO pages (id, url, fetched_at, sha256, size, compression, body) VALUES "
        "(1, 'u1', 't', 's', 0, 'zlib', x''), (2, 'u2', 't', 's', 0, 'zlib', x'')"
    )
    db.execute(
        "INSERT INTO articles (id, page_id, title, lead, body) VALUES "
        "(1, 1, 'Làm tốt công tác dân vận', '', 'Đảng bộ xã Đồng Lạc'), (2, 2, 'Giá vàng tăng', '', 'Thị trường vàng')"
    )
    assert [r["id"] for r in search_articles(db, "dan van")] == [1]
    assert [r["id"] for r in search_articles(db, "dân vận")] == [1]
    assert [r["id"] for r in search_articles(db, "dang bo dong lac")] == [1]
    assert [r["id"] for r in search_articles(db, "Đảng")] == [1]
    assert [r["id"] for r in search_articles(db, "vang")] == [2]
    assert [r["id"] for r in search_articles(db, 'dân "vận* (')] == [1]  # input is never FTS syntax
    assert check_integrity(db) == []


def test_storage_failures_are_told_by_sqlites_code_not_by_words_in_the_message(tmp_path: Path) -> None:
    """A full database is a storage failure; a programming error that happens to say "full" is a bug."""
    from scraper.db import is_storage_failure

    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (full_text TEXT)")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    errors = []
    for sql in (
        "INSERT INTO t VALUES (zeroblob(100000))",
        "SELECT full_text_missing FROM t",
        "SELECT * FROM locked_full",
    ):
        try:
            conn.execute(sql)
        except sqlite3.OperationalError as exc:
            errors.append(exc)
    assert [is_storage_failure(e) for e in errors] == [True, False, False], errors
    assert not is_storage_failure(ValueError("database or disk is full"))

"""`vnnews extract`: re-extraction from saved pages is selective, idempotent, parallel and atomic per article."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from limits import file_size_limit

from extractors import Facts
from scraper.cli import main
from scraper.commands.import_ import PageIn, import_pages
from scraper.db import check_integrity, open_db, search_articles
from scraper.ingest import current_versions, load_input, parse_input, select_pages, store_article
from scraper.pagestore import ensure_site

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = [
    FIXTURES / "baophutho" / "baophutho-current-plain.html",
    FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html",
    FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2022-mo-lai-duong-bay-quoc-te.html",
    FIXTURES / "pages" / "vtcnews.vn" / "vtcnews-2025-home.html",
]


def build_db(path: Path, copies: int, *, extract: bool = True) -> sqlite_utils.Database:
    """A database of `copies` × the fixture pages, each under its own URL (as a crawl would store them)."""
    db = open_db(path)
    pages = [
        PageIn(
            str(src),
            f"https://baophutho.vn/bai-{n}-{i}.htm",
            src.read_bytes(),
            f"2025-07-{1 + n % 28:02d}T00:00:00Z",
        )
        for n in range(copies)
        for i, src in enumerate(SOURCES)
    ]
    import_pages(db, pages, extract=extract)
    return db


def _dump(db: sqlite_utils.Database) -> list[str]:
    return [line for line in db.conn.iterdump() if "articles_fts_" not in line and "_migrations" not in line]


def _extract(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["extract", "--db", str(db_path), *args])


def test_default_redoes_only_pages_parsed_by_older_code(tmp_path: Path) -> None:
    db = build_db(tmp_path / "news.db", 1, extract=False)
    assert select_pages(db, extract=False) == []
    stale, fresh = 1, 2
    for page_id, title in ((stale, "CŨ QWERTZ"), (fresh, "GIỮ ZXCVB")):  # old rows, written the proper way
        parsed = parse_input(load_input(db, page_id, extract=False))
        store_article(db, page_id, replace(parsed.article, title=title), Facts(), extracted=False)
    db.execute("UPDATE pages SET parsed_versions = '0+' WHERE id = ?", [stale])
    assert select_pages(db, extract=False) == [stale]
    result = _extract(tmp_path / "news.db", "--no-facts")
    assert result.exit_code == 0, result.output
    assert "1 pages re-extracted: 1 articles, 0 not articles, 0 failed" in result.output
    titles = dict(db.execute("SELECT id, title FROM articles").fetchall())
    assert titles[stale] == "Để phong trào đứng vững trong lòng dân" and titles[fresh] == "GIỮ ZXCVB"
    assert search_articles(db, "qwertz") == [] and [r["id"] for r in search_articles(db, "giu zxcvb")] == [
        fresh
    ]
    assert select_pages(db, extract=False) == []
    assert "0 pages re-extracted" in _extract(tmp_path / "news.db", "--no-facts").output
    assert check_integrity(db) == []


def test_site_and_since_narrow_the_selection(tmp_path: Path) -> None:
    db = build_db(tmp_path / "news.db", 3, extract=False)
    ensure_site(db, "vnexpress.net")
    db.execute("UPDATE pages SET site = 'vnexpress.net' WHERE id IN (1, 2)")
    assert select_pages(db, stale_only=False, site="vnexpress.net") == [1, 2]
    assert select_pages(db, stale_only=False, since="2025-07-03") == [9, 10, 11, 12]
    result = _extract(tmp_path / "news.db", "--all", "--since", "not-a-date")
    assert result.exit_code == 2 and "--since: not an ISO date" in result.output


def test_running_all_twice_leaves_the_database_identical(tmp_path: Path) -> None:
    db = build_db(tmp_path / "news.db", 2)
    first = _extract(tmp_path / "news.db", "--all")
    assert "8 pages re-extracted" in first.output
    before = _dump(db)
    _extract(tmp_path / "news.db", "--all")
    assert _dump(db) == before
    assert check_integrity(db) == []
    versions = {
        r[0] for r in db.execute("SELECT parsed_versions FROM pages WHERE parse_status = 'not_article'")
    }
    assert versions == {current_versions()}


@pytest.mark.slow
def test_two_processes_write_the_same_database_as_one(tmp_path: Path) -> None:
    build_db(tmp_path / "one.db", 3).close()
    shutil.copy(tmp_path / "one.db", tmp_path / "two.db")
    assert _extract(tmp_path / "one.db", "--all", "--jobs", "1").exit_code in (0, 1)
    result = _extract(tmp_path / "two.db", "--all", "--jobs", "2")
    assert "12 pages re-extracted" in result.output
    assert _dump(open_db(tmp_path / "two.db")) == _dump(open_db(tmp_path / "one.db"))


@pytest.mark.slow
def test_killing_extract_midway_leaves_every_article_old_or_new(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = build_db(path, 30, extract=False)
    article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    for page_id in article_ids:  # the "old" version: another title, recorded as made by parser 0
        parsed = parse_input(load_input(db, page_id, extract=False))
        store_article(
            db,
            page_id,
            replace(parsed.article, title="BẢN CŨ QXJZ " + parsed.article.title),
            Facts(),
            extracted=False,
        )
    db.execute("UPDATE pages SET parsed_versions = '0+'")
    db.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "extract", "--db", str(path), "--no-facts"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    watcher = sqlite3.connect(path, timeout=30)
    deadline = time.monotonic() + 60
    new = 0
    while time.monotonic() < deadline and proc.poll() is None:
        new = watcher.execute("SELECT count(*) FROM articles WHERE title NOT LIKE 'BẢN CŨ %'").fetchone()[0]
        if new >= 3:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    watcher.close()
    assert 3 <= new < len(article_ids), "extract finished before it could be killed"
    db = open_db(path)
    assert check_integrity(db) == []
    rows = db.execute("SELECT a.id, a.title, p.parsed_versions FROM articles a JOIN pages p ON p.id = a.id")
    old: set[int] = set()
    new_rows = 0
    for article_id, title, versions in rows:
        if title.startswith("BẢN CŨ QXJZ "):
            assert versions == "0+"
            old.add(article_id)
        else:
            assert versions == current_versions(False)
            new_rows += 1
    assert old and new_rows >= 3 and len(old) + new_rows == len(article_ids)
    assert {
        r["id"] for r in search_articles(db, "qxjz", limit=1000)
    } == old  # the index moved with each article


def test_extract_on_a_full_disk_stops_with_one_line_and_keeps_what_was_stored(tmp_path: Path) -> None:
    """Facts for 30 copies of the pages do not fit: the process may not grow a file past the database's
    size plus 64 KB (a real file size limit, which SQLite meets as a write error). Exit 2 with one line,
    no traceback; the database passes its integrity check, with facts for the articles done before."""
    path = tmp_path / "news.db"
    build_db(path, 30, extract=False).close()
    limit = path.stat().st_size + 65_536
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-m", "scraper", "extract", "--db", str(path), "--all"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=file_size_limit(limit),
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"vnnews extract: {path}: disk I/O error; nothing from the failed transaction was kept"
    ), done.stderr
    assert "Traceback" not in done.stderr
    db = open_db(path)
    assert check_integrity(db) == []
    with_facts = db.execute("SELECT count(DISTINCT article_id) FROM article_places").fetchone()[0]
    assert with_facts < db.execute("SELECT count(*) FROM articles").fetchone()[0]

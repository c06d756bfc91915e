"""`vnnews import` and `vnnews export`: HTML and WARC in, JSON Lines and WARC out; bad input changes nothing."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.cli import main
from scraper.commands.export import write_jsonl, write_warc
from scraper.commands.import_ import import_pages, read_inputs
from scraper.db import StorageError, check_integrity, open_db, storage_errors
from scraper.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
PTO = FIXTURES / "baophutho" / "baophutho-current-plain.html"
PTO_URL = "https://baophutho.vn/de-phong-trao-dung-vung-trong-long-dan-156789.htm"
VNE = FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html"
VNE_URL = "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
LISTING = FIXTURES / "pages" / "vtcnews.vn" / "vtcnews-2025-home.html"


def _dump(path: Path) -> list[str]:
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "articles_fts_" not in line]
    finally:
        conn.close()


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_import_html_files_takes_urls_from_canonical_links(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    result = _run("import", "--db", str(db_path), str(PTO), str(VNE), str(LISTING))
    assert result.exit_code == 1, result.output  # the listing page is not an article
    assert "vtcnews-2025-home.html: not an article: text block holds 24 headline links" in result.output
    assert "3 pages imported (3 new or changed" in result.output
    db = open_db(db_path)
    rows = {r["url"]: r for r in db.query("SELECT url, site, parse_status FROM pages")}
    assert rows[PTO_URL]["site"] == "baophutho.vn" and rows[PTO_URL]["parse_status"] in ("article", "error")
    assert rows["https://vtcnews.vn"]["parse_status"] == "not_article"
    titles = {r["url"]: r["title"] for r in db.query("SELECT url, title FROM articles")}
    assert titles == {
        PTO_URL: "Để phong trào đứng vững trong lòng dân",
        VNE_URL: "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non",
    }
    run = db["crawl_runs"].get(1)
    assert (run["status"], run["fetched"], run["articles_added"], run["not_articles"]) == (
        "finished",
        3,
        2,
        1,
    )
    assert db.execute("SELECT count(*) FROM pages WHERE run_id = 1").fetchone()[0] == 3
    assert check_integrity(db) == []


def test_importing_the_same_files_again_changes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(PTO), str(VNE))
    before = [line for line in _dump(db_path) if "crawl_runs" not in line]
    result = _run("import", "--db", str(db_path), str(PTO), str(VNE))
    assert "2 pages imported (0 new or changed" in result.output
    after = [line for line in _dump(db_path) if "crawl_runs" not in line]
    changed = [line for line in after if line not in before]
    assert all(line.startswith('INSERT INTO "pages"') for line in changed)  # only fetched_at / run moved
    assert len(after) == len(before)


def test_url_option_and_sidecars_name_the_page(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(
        b"<html><body><h1>Tin</h1><p>" + "Nội dung bài báo. ".encode() * 40 + b"</p></body></html>"
    )
    with pytest.raises(InputError, match="no URL for this page"):
        read_inputs([page])
    (pages, _) = read_inputs([page], url="https://example.vn/a-1.html")
    assert pages[0].url == "https://example.vn/a-1.html"
    Path(f"{page}.url").write_text("https://example.vn/b-2.html\n", encoding="utf-8")
    assert read_inputs([page])[0][0].url == "https://example.vn/b-2.html"
    Path(f"{page}.url").unlink()
    Path(f"{page}.json").write_text(
        '{"url": "https://example.vn/c-3.html", "fetched_at": "2024-05-01T09:00:00+07:00"}'
    )
    got = read_inputs([page])[0][0]
    assert (got.url, got.fetched_at) == ("https://example.vn/c-3.html", "2024-05-01T09:00:00+07:00")


@pytest.mark.parametrize(
    "name, data",
    [
        ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
        ("notes.html", "Chỉ là văn bản thường, không phải trang web.\n".encode() * 20),
        ("data.json", b'{"title": "x", "body": "y"}'),
    ],
)
def test_a_file_that_is_not_html_is_refused_and_nothing_changes(
    tmp_path: Path, name: str, data: bytes
) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(VNE))
    before = _dump(db_path)
    bad = tmp_path / name
    bad.write_bytes(data)
    result = _run("import", "--db", str(db_path), str(PTO), str(bad))
    assert result.exit_code == 2
    assert f"{bad}: not an HTML page" in result.output
    assert _dump(db_path) == before


@pytest.mark.parametrize(
    "name, encode",
    [
        # one NUL byte early in the page (a broken export); the parser drops it
        ("nul.html", lambda html: html.replace(b"<head>", b"<head>\x00", 1)),
        # UTF-16 and UTF-32 with their byte-order marks: NUL bytes everywhere, yet pages
        ("utf16.html", lambda html: html.decode("utf-8").encode("utf-16")),
        ("utf32.html", lambda html: html.decode("utf-8").encode("utf-32")),
    ],
)
def test_a_page_with_nul_bytes_that_is_html_is_imported(tmp_path: Path, name: str, encode) -> None:
    page = tmp_path / name
    page.write_bytes(encode(PTO.read_bytes()))
    result = _run("import", "--db", str(tmp_path / "news.db"), "--url", PTO_URL, str(page))
    assert result.exit_code == 0, result.output
    titles = [r[0] for r in sqlite3.connect(tmp_path / "news.db").execute("SELECT title FROM articles")]
    assert titles == ["Để phong trào đứng vững trong lòng dân"]


def _warc(records: list[tuple[str, int, str, bytes]]) -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, status, ctype, body in records:
        http = StatusAndHeaders(
            f"{status} X", [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=http
            )
        )
    return out.getvalue()


def test_import_warc_keeps_html_responses_and_skips_the_rest(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        _warc(
            [
                (PTO_URL, 200, "text/html; charset=utf-8", PTO.read_bytes()),
                ("https://baophutho.vn/missing-1.htm", 404, "text/html", b"<html><body>404</body></html>"),
                ("https://baophutho.vn/logo.png", 200, "image/png", b"\x89PNG...."),
            ]
        )
    )
    pages, skipped = read_inputs([warc])
    assert [p.url for p in pages] == [PTO_URL] and skipped == 2
    assert pages[0].body == PTO.read_bytes()
    assert pages[0].headers["content-type"] == "text/html; charset=utf-8"


def test_a_corrupt_warc_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(VNE))
    before = _dump(db_path)
    data = _warc(
        [(PTO_URL, 200, "text/html", PTO.read_bytes()), (VNE_URL, 200, "text/html", VNE.read_bytes())]
    )
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"this is not a WARC file at all\r\n" * 50)
    for bad in (truncated, garbage):
        result = _run("import", "--db", str(db_path), str(PTO), str(bad))
        assert result.exit_code == 2, result.output
        assert f"{bad}: not a readable WARC file" in result.output
        assert _dump(db_path) == before


def test_a_database_that_is_not_ours_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "accounts.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = _run("import", "--db", str(other), str(PTO))
    assert result.exit_code == 2
    assert "not made by vnnews" in result.output
    assert other.read_bytes() == before


def test_a_full_disk_mid_transaction_rolls_everything_back(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(LISTING))
    before = _dump(db_path)
    db = open_db(db_path)
    pages_now = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages_now + 8}")  # room for a little, not for two articles
    pages, _ = read_inputs([PTO, VNE])
    with pytest.raises(StorageError, match="full"), storage_errors(db_path):
        import_pages(db, pages)
    assert check_integrity(db) == []
    db.close()
    assert _dump(db_path) == before


def test_export_jsonl_writes_each_article_with_its_facts(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(PTO), str(VNE), str(LISTING))
    out = BytesIO()
    assert write_jsonl(open_db(db_path), out) == 2
    records = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert [r["title"] for r in records] == [
        "Để phong trào đứng vững trong lòng dân",
        "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non",
    ]
    assert records[0]["site"] == "baophutho.vn" and records[0]["published_at"] == "2019-05-06T07:15:40+07:00"
    assert set(records[0]["facts"]) == {"people", "places", "organizations", "figures", "models"}
    result = _run("export", "--db", str(db_path), "--format", "jsonl", "--site", "vnexpress.net")
    assert [json.loads(line)["url"] for line in result.stdout.splitlines()] == [VNE_URL]


def test_export_warc_round_trips_through_import(tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(PTO), str(VNE), str(LISTING))
    warc = tmp_path / "pages.warc.gz"
    result = _run("export", "--db", str(db_path), "--format", "warc", "-o", str(warc))
    assert result.exit_code == 0 and "3 pages exported as warc" in result.output
    assert gzip.decompress(warc.read_bytes()).startswith(b"WARC/1.1")
    copy = tmp_path / "copy.db"
    result = _run("import", "--db", str(copy), str(warc))
    assert "3 pages imported (3 new or changed, 0 WARC records skipped)" in result.output
    digest = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (PTO, VNE, LISTING)}
    assert {r[0] for r in open_db(copy).execute("SELECT sha256 FROM pages")} == digest
    titles = "SELECT url, title FROM articles ORDER BY url"
    assert open_db(copy).execute(titles).fetchall() == open_db(db_path).execute(titles).fetchall()
    out = BytesIO()
    assert write_warc(open_db(copy), out, site="baophutho.vn") == 1


@pytest.mark.slow
def test_killing_import_midway_keeps_the_database_as_it_was(tmp_path: Path) -> None:
    """One import is one transaction: SIGKILL while it parses 200 pages leaves what the database held
    before, whole, and no half-recorded run."""
    import os
    import signal
    import subprocess
    import sys
    import time

    db_path = tmp_path / "news.db"
    _run("import", "--db", str(db_path), str(VNE))
    before = _dump(db_path)
    folder = tmp_path / "pages"
    folder.mkdir()
    data = PTO.read_bytes()
    for n in range(200):
        (folder / f"p{n}.html").write_bytes(data)
        (folder / f"p{n}.html.url").write_text(f"https://baophutho.vn/bai-{n}-1.htm\n", encoding="utf-8")
    files = sorted(str(p) for p in folder.glob("*.html"))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "import", "--db", str(db_path), *files],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db_path}-wal")
    deadline = time.monotonic() + 60
    while (
        proc.poll() is None
        and time.monotonic() < deadline
        and (not wal.exists() or wal.stat().st_size < 200_000)
    ):
        time.sleep(0.01)  # the transaction is under way once pages reach the write-ahead log
    assert proc.poll() is None, "import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _dump(db_path) == before
    db = open_db(db_path)
    assert check_integrity(db) == []
    assert db.execute("SELECT count(*) FROM crawl_runs WHERE status = 'running'").fetchone() == (0,)
    db.close()

"""`vnnews crawl` and `vnnews demo` as a cron job would run them: subprocesses, exit codes, SIGKILL."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from crawlsite.server import SiteServer
from crawlsite.sites import synthetic_site
from limits import file_size_limit

from scraper.db import check_integrity, open_db
from scraper.errors import EXIT_CONFIG, EXIT_LOCKED, EXIT_OK
from scraper.lock import CrawlLock

ROOT = Path(__file__).resolve().parents[1]


def vnnews(*args: str) -> list[str]:
    return [sys.executable, "-m", "scraper", *args]


def run_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # the table does not exist yet
        return 0
    finally:
        conn.close()


def _crawl_of_synthetic_site(server: SiteServer, folder: Path, db: Path, n: int, delay: str) -> list[str]:
    """The command that crawls a served site of `n` articles (4 KB each, 20 to a listing) into `db`."""
    server.keep_log = False
    profile = synthetic_site(server, folder, n, per_listing=20, body_kb=4)
    return vnnews(
        "crawl", "--db", str(db), "--site", str(profile), "--delay", delay, "--no-facts", "--no-progress"
    )


@pytest.mark.slow
def test_sigkill_mid_run_then_second_run_finishes_with_every_article_once(tmp_path):
    n = 60
    db = tmp_path / "news.db"
    with SiteServer() as server:
        args = _crawl_of_synthetic_site(server, tmp_path, db, n, delay="0.03")
        first = subprocess.Popen(args, env=run_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while count(db, "SELECT count(*) FROM articles") < 10:
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait()
        killed_at = count(db, "SELECT count(*) FROM articles")
        assert 10 <= killed_at < n
        second = subprocess.run(args, env=run_env(), capture_output=True, text=True, timeout=120)
    assert second.returncode == EXIT_OK, second.stderr
    assert count(db, "SELECT count(*) FROM articles") == n
    assert count(db, "SELECT count(DISTINCT url) FROM articles") == n
    assert count(db, "SELECT count(*) FROM pages WHERE url LIKE '%/bai-viet/%'") == n
    assert count(db, "SELECT count(*) FROM frontier WHERE state != 'done'") == 0
    # the killed run is marked as such by the next one; only the second finished
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE status = 'killed'") == 1
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE status = 'running'") == 0
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE status = 'finished'") == 1
    conn = open_db(db)
    try:
        assert check_integrity(conn) == []  # integrity, foreign keys and the search index all clean
    finally:
        conn.close()
    assert second.stdout.startswith("vnnews crawl: ")


@pytest.mark.slow
def test_sigterm_stops_after_pages_in_flight(tmp_path):
    db = tmp_path / "news.db"
    with SiteServer() as server:
        server.keep_log = False
        profile = synthetic_site(server, tmp_path, 200, per_listing=50, body_kb=2)
        args = vnnews(
            "crawl",
            "--db",
            str(db),
            "--site",
            str(profile),
            "--delay",
            "0.05",
            "--no-facts",
            "--no-progress",
        )
        proc = subprocess.Popen(
            args, env=run_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        while count(db, "SELECT count(*) FROM articles") < 5:
            assert proc.poll() is None
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == EXIT_OK, err
    assert "(interrupted)" in out
    assert count(db, "SELECT count(*) FROM frontier WHERE state = 'leased'") == 0
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE status = 'interrupted'") == 1
    assert count(db, "SELECT count(*) FROM articles") < 200


def test_second_concurrent_run_exits_at_once_with_the_locked_status(tmp_path):
    db = tmp_path / "news.db"
    with CrawlLock(db):
        started = time.monotonic()
        result = subprocess.run(
            vnnews("crawl", "--db", str(db), "--start-url", "http://127.0.0.1:9/"),
            env=run_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == EXIT_LOCKED
    assert result.stderr.startswith("vnnews: another vnnews crawl is running on this database")
    assert len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 20
    assert not db.exists()  # it never opened the database


def test_bad_configuration_exits_2_before_any_request(tmp_path):
    result = subprocess.run(
        vnnews("crawl", "--db", str(tmp_path / "n.db"), "--site", "no-such-site.vn"),
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("vnnews: no site profile named 'no-such-site.vn'")


def test_unreachable_network_exits_4_with_one_line(tmp_path):
    with SiteServer() as server:
        dead = server.base
    result = subprocess.run(
        vnnews("crawl", "--db", str(tmp_path / "n.db"), "--start-url", dead + "/", "--attempts", "1"),
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 4
    assert result.stderr.startswith("vnnews: network unreachable: no answer from 127.0.0.1")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_demo_crawls_the_bundled_site_end_to_end(tmp_path):
    db = tmp_path / "demo.db"
    result = subprocess.run(
        vnnews("demo", "--db", str(db)), env=run_env(), capture_output=True, text=True, timeout=300
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert count(db, "SELECT count(*) FROM articles") == 5
    assert (
        count(db, "SELECT count(*) FROM articles WHERE title = 'Để phong trào đứng vững trong lòng dân'") == 5
    )
    assert count(db, "SELECT count(*) FROM frontier WHERE last_error = 'robots: disallowed'") == 1
    assert count(db, "SELECT count(*) FROM pages WHERE url LIKE '%/chinh-tri/p2'") == 1
    assert "5 articles, 0 failed" in result.stdout


@pytest.mark.slow
def test_no_extract_stores_raw_pages_and_extract_parses_them_later_offline(tmp_path):
    db = tmp_path / "news.db"
    with SiteServer() as server:
        server.keep_log = False
        profile = synthetic_site(server, tmp_path, 12, per_listing=20, body_kb=2)
        args = vnnews("crawl", "--db", str(db), "--site", str(profile), "--delay", "0.01", "--no-extract")
        crawled = subprocess.run(
            [*args, "--no-progress"], env=run_env(), capture_output=True, text=True, timeout=120
        )
    assert crawled.returncode == EXIT_OK, crawled.stderr
    assert count(db, "SELECT count(*) FROM pages WHERE url LIKE '%/bai-viet/%'") == 12
    assert count(db, "SELECT count(*) FROM articles") == 0
    # the server is gone: extraction runs from the stored raw pages alone
    extracted = subprocess.run(
        vnnews("extract", "--db", str(db), "--no-facts"),
        env=run_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert extracted.returncode == EXIT_OK, extracted.stderr
    assert "12 articles" in extracted.stdout
    assert count(db, "SELECT count(*) FROM articles") == 12


@pytest.mark.slow
def test_a_crawl_that_runs_out_of_space_stops_with_one_line_and_the_next_run_finishes(tmp_path):
    """No file the crawl writes may grow past 900 KB: a real limit on the process's file size, which SQLite
    meets partway through this crawl as a write error, as it would a full disk. The crawl stops at the
    first failed write with one line and exit 2, not a traceback or pages counted as bugs; what it stored
    stays whole, and the next run with room stores every article once."""
    n = 60
    db = tmp_path / "news.db"
    with SiteServer() as server:
        args = _crawl_of_synthetic_site(server, tmp_path, db, n, delay="0")
        full = subprocess.run(
            args,
            env=run_env(),
            capture_output=True,
            text=True,
            timeout=120,
            preexec_fn=file_size_limit(900_000),
        )
        assert full.returncode == EXIT_CONFIG, full.stderr
        assert full.stderr.splitlines() == [
            f"vnnews: {db}: disk I/O error; nothing from the failed transaction was kept"
        ]
        stored = count(db, "SELECT count(*) FROM articles")
        assert 0 < stored < n
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM frontier WHERE last_error LIKE 'bug:%'").fetchone() == (0,)
        conn.close()
        second = subprocess.run(args, env=run_env(), capture_output=True, text=True, timeout=120)
    assert second.returncode == EXIT_OK, second.stderr
    assert count(db, "SELECT count(*) FROM articles") == n
    assert count(db, "SELECT count(DISTINCT url) FROM articles") == n
    assert count(db, "SELECT count(*) FROM frontier WHERE state != 'done'") == 0


@pytest.mark.slow
def test_a_crawl_on_a_database_locked_by_another_writer_is_one_line_not_a_traceback(tmp_path, monkeypatch):
    """Another program holds the database's write lock for longer than vnnews waits: one line, exit 2."""
    from scraper import db as db_module
    from scraper.crawl import crawl
    from scraper.db import StorageError
    from scraper.settings import Settings

    path = tmp_path / "news.db"
    open_db(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)  # vnnews waits 30 s; the test need not
    try:
        with pytest.raises(StorageError) as info:
            crawl(Settings(db_path=path, start_urls=("http://127.0.0.1:9/",), max_attempts=1, progress=False))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(info.value) == f"{path}: database is locked; nothing from the failed transaction was kept"
    assert info.value.exit_code == EXIT_CONFIG


def test_a_bug_exits_70_with_its_traceback_not_the_1_of_a_partial_run(tmp_path):
    """An exception vnnews does not expect is a bug: cron must not read it as "some pages failed". The
    fault goes into a real `vnnews facts` process: a sitecustomize module, imported at its start, swaps
    the command's extractor for one that raises."""
    fault = tmp_path / "sitecustomize.py"
    fault.write_text(
        "def broken(*args, **kwargs):\n"
        "    raise ZeroDivisionError('an extractor bug')\n"
        "import scraper.commands.facts as f\n"
        "f.extract_facts = broken\n",
        encoding="utf-8",
    )
    env = run_env()
    env["PYTHONPATH"] = f"{tmp_path}{os.pathsep}{env['PYTHONPATH']}"
    done = subprocess.run(
        vnnews("facts"), env=env, input="Ông Lê Văn Bàng ở xã Thục Luyện.", capture_output=True, text=True
    )
    assert done.returncode == 70, done.stderr
    assert "Traceback" in done.stderr and "ZeroDivisionError: an extractor bug" in done.stderr
    assert done.stderr.rstrip().endswith(
        "vnnews: this is a bug in vnnews; please report it with the traceback above"
    )
    ok = subprocess.run(
        vnnews("facts"), env=run_env(), input="Ông Lê Văn Bàng.", capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr


def test_output_piped_into_head_is_no_bug(tmp_path):
    """`vnnews parse ... | head` closes the pipe early: no traceback, no exit 70."""
    pages = [str(p) for p in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*/*.html"))]
    parse = subprocess.Popen(
        vnnews("parse", "--no-facts", *pages), env=run_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert parse.stdout is not None
    parse.stdout.read(10)
    parse.stdout.close()
    _, stderr = parse.communicate(timeout=120)
    assert parse.returncode != 70 and b"this is a bug" not in stderr, stderr.decode()


@pytest.mark.slow
def test_a_failure_that_cannot_be_recorded_ends_the_crawl_as_a_bug(tmp_path):
    """A page's processing fails and so does recording it (a corrupt database): the crawl must end, as a
    bug with its traceback. Its workers died instead: here the run reported success with nothing done
    (exit 0), and a helper's review saw one wait for ever when URLs were left in the queue. The faults go
    into a real crawl process through a sitecustomize module."""
    fault = tmp_path / "fault" / "sitecustomize.py"
    fault.parent.mkdir()
    fault.write_text(
        "import sqlite3\n"
        "import scraper.crawl as c\n"
        "async def process(self, item):\n"
        "    raise RuntimeError('a page bug')\n"
        "def fail(self, *args, **kwargs):\n"
        "    raise sqlite3.DatabaseError('database disk image is malformed')\n"
        "c._Run.process = process\n"
        "c._Run.fail = fail\n",
        encoding="utf-8",
    )
    env = run_env()
    env["PYTHONPATH"] = f"{fault.parent}{os.pathsep}{env['PYTHONPATH']}"
    with SiteServer() as server:
        args = _crawl_of_synthetic_site(server, tmp_path, tmp_path / "news.db", 12, delay="0")
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 70, done.stderr
    assert "database disk image is malformed" in done.stderr

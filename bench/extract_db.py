"""Re-extraction speed from the database with 1 and 2 worker processes, and database size per 1,000 articles.

    python -m bench.extract_db [--articles 200]

Synthesises a database by importing the article fixture pages under many URLs (as a crawl would store
them), then times `reextract` over every page with --jobs 1 and --jobs 2. Not a pytest test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

from scraper.commands.import_ import PageIn, import_pages
from scraper.db import open_db
from scraper.ingest import reextract, select_pages

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
ARTICLE_PAGES = [
    FIXTURES / "baophutho" / "baophutho-current-plain.html",
    FIXTURES / "baophutho" / "baophutho-current-obfuscated-text-k6.html",
    FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html",
    FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2022-mo-lai-duong-bay-quoc-te.html",
    FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2022-cong-nhan-mat-viec-lo-tet.html",
    FIXTURES / "pages" / "dantri.com.vn" / "dantri-2012-chot-lich-nghi-le-tet-2013.html",
    FIXTURES / "pages" / "baolaocai.vn" / "baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html",
    FIXTURES / "pages" / "nhandan.vn" / "nhandan-2026-tay-ban-nha-vo-dich-world-cup.html",
]


def _size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="pages to synthesise (default 200)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vnnews-bench-"))
    try:
        path = folder / "bench.db"
        db = open_db(path)
        sources = list(islice(cycle(ARTICLE_PAGES), args.articles))
        pages = [
            PageIn(
                str(src), f"https://baophutho.vn/bai-bench-{n}.htm", src.read_bytes(), "2025-07-01T00:00:00Z"
            )
            for n, src in enumerate(sources)
        ]
        started = time.perf_counter()
        import_pages(db, pages)
        import_s = time.perf_counter() - started
        articles = db["articles"].count
        facts = {t: db[t].count for t in ("people", "places", "organizations", "models", "figures")}
        db.close()
        size = _size(path)
        print(f"synthesised {len(pages)} pages -> {articles} articles in {import_s:.1f} s (import + extract)")
        print(f"facts: {facts}")
        print(f"database size: {size / 1e6:.2f} MB, {size / articles * 1000 / 1e6:.1f} MB per 1,000 articles")
        base = folder / "base.db"
        shutil.copy(path, base)
        results = {}
        for jobs in (1, 2):
            shutil.copy(base, path)
            db = open_db(path)
            ids = select_pages(db, stale_only=False)
            started = time.perf_counter()
            counts = reextract(db, ids, jobs=jobs)
            elapsed = time.perf_counter() - started
            db.close()
            results[jobs] = counts["article"] / elapsed
            print(
                f"extract --all --jobs {jobs}: {counts['article']} articles in {elapsed:.1f} s = {results[jobs]:.1f} articles/s"
            )
        load = os.getloadavg()[0]
        print(
            f"speed-up with 2 processes: {results[2] / results[1]:.2f}x on {os.cpu_count()} CPUs"
            f" (load average {load:.1f}; above 1, other work takes part of the second core)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

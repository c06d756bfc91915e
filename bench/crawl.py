"""Crawl benchmark against a synthetic news site on 127.0.0.1 (never the network).

    python bench/crawl.py                 # all three measurements
    python bench/crawl.py --pages 3000 --memory-pages 20000

1. throughput: pages/s with politeness off (no pacing) and fact extraction off (articles still parsed
   and stored); the site is served by a separate process so server and crawler do not share a GIL;
2. memory: peak RSS of the crawler over a 20,000-article site, sampled as the frontier grows (the
   frontier lives in SQLite and is leased in small batches, so RSS should stay flat);
3. politeness: the per-host request rate the server sees with --delay set, against the configured one.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from crawlsite.server import SiteServer  # noqa: E402
from crawlsite.sites import synthetic_site  # noqa: E402

from scraper.crawl import crawl  # noqa: E402
from scraper.settings import Settings  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def serve_forever(n: int, folder: Path, per_listing: int, log: bool) -> None:
    """Child process: serve the synthetic site, print base URL and profile path, stop when stdin closes.

    With `log`, print the arrival times of all requests at the end (measured here, in a process of
    its own, so the crawler's work cannot delay the timestamps).
    """
    server = SiteServer().start()
    server.keep_log = log
    profile = synthetic_site(server, folder, n, per_listing=per_listing, body_kb=6)
    print(server.base, profile, flush=True)
    sys.stdin.read()
    server.stop()
    if log:
        print(json.dumps([r.at for r in server.log]), flush=True)


class ServerProcess:
    def __init__(self, n: int, folder: Path, *, per_listing: int = 50, log: bool = False) -> None:
        args = ["--serve", str(n), "--folder", str(folder), "--per-listing", str(per_listing)]
        self.proc = subprocess.Popen(
            [sys.executable, __file__, *args, *(["--log"] if log else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.base, profile = self.proc.stdout.readline().split()
        self.profile = Path(profile)

    def stop(self) -> list[float]:
        """Stop the server; the request arrival times if it was started with `log`."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        rest = self.proc.stdout.read().strip()
        self.proc.wait(timeout=30)
        return json.loads(rest) if rest else []


def settings(db: Path, profile: Path, **kw: object) -> Settings:
    base = dict(
        db_path=db, sites=(str(profile),), extract=False, progress=False, max_attempts=2, retry_base=0.1
    )
    base.update(kw)
    return Settings(**base)  # type: ignore[arg-type]


def throughput(pages: int, concurrency: int, parse: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = ServerProcess(pages, folder)
        try:
            started = time.perf_counter()
            cpu_before = time.process_time()
            result = crawl(
                settings(
                    folder / "news.db",
                    server.profile,
                    polite=False,
                    delay=0.0,
                    concurrency=concurrency,
                    parse=parse,
                )
            )
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_before
        finally:
            server.stop()
    mode = "articles parsed and stored, no facts" if parse else "raw pages stored only (--no-extract)"
    fetched = result.counts.get("fetched", 0)
    print(
        f"throughput  {fetched} pages ({result.counts.get('articles', 0)} articles) in {seconds:.1f} s = "
        f"{fetched / seconds:.0f} pages/s  (politeness off, {mode}, concurrency {concurrency})\n"
        f"            crawler CPU {cpu / fetched * 1000:.1f} ms/page = {fetched / cpu:.0f} pages per CPU-second; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def memory(pages: int, concurrency: int) -> None:
    samples: list[tuple[int, int, float]] = []
    stop = threading.Event()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "news.db"
        server = ServerProcess(pages, folder)

        def sample() -> None:
            while not stop.wait(1.0):
                try:
                    conn = sqlite3.connect(db, timeout=1)
                    row = conn.execute("SELECT count(*), sum(state = 'done') FROM frontier").fetchone()
                    conn.close()
                except sqlite3.Error:
                    continue
                samples.append((row[0] or 0, row[1] or 0, rss_mb()))

        sampler = threading.Thread(target=sample, daemon=True)
        before = rss_mb()
        sampler.start()
        try:
            started = time.perf_counter()
            result = crawl(
                settings(db, server.profile, polite=False, delay=0.0, concurrency=concurrency, parse=False)
            )
            seconds = time.perf_counter() - started
        finally:
            stop.set()
            server.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"memory      {result.counts.get('fetched', 0)} pages in {seconds:.0f} s; RSS before {before:.0f} MB, "
        f"peak {peak:.0f} MB"
    )
    if samples:
        marks = sorted({int(len(samples) * f) for f in (0.1, 0.25, 0.5, 0.75)} | {len(samples) - 1})
        for i in marks:
            known, done, mb = samples[i]
            print(f"            frontier {known:6d} URLs, {done:6d} done: RSS {mb:.0f} MB")


def politeness(delay: float, requests: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = ServerProcess(requests, folder, per_listing=requests, log=True)
        try:
            crawl(settings(folder / "news.db", server.profile, delay=delay, concurrency=8))
        finally:
            times = server.stop()
    gaps = [b - a for a, b in itertools.pairwise(times)]
    rate = (len(times) - 1) / (times[-1] - times[0])
    print(
        f"politeness  {len(times)} requests to one host with --delay {delay}: {rate:.2f} req/s "
        f"(configured {1 / delay:.2f}); gaps median {statistics.median(gaps):.3f} s, min {min(gaps[1:]):.3f} s "
        f"after the first page, robots.txt → first page {gaps[0]:.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--memory-pages", type=int, default=20000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--only", choices=["throughput", "memory", "politeness"])
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-listing", type=int, default=50, help=argparse.SUPPRESS)
    parser.add_argument("--log", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve_forever(args.serve, args.folder, args.per_listing, args.log)
        return
    os.environ.pop("http_proxy", None)
    print(f"vnnews crawl bench on {os.cpu_count()} cores")
    if args.only in (None, "politeness"):
        politeness(args.delay, 30)
    if args.only in (None, "throughput"):
        throughput(args.pages, args.concurrency, parse=False)
        throughput(args.pages, args.concurrency, parse=True)
    if args.only in (None, "memory"):
        memory(args.memory_pages, args.concurrency)


if __name__ == "__main__":
    asyncio.set_event_loop_policy(None)
    main()

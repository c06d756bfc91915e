"""Parse speed and body quality: vnnews's parser vs trafilatura.extract on every article page in the fixtures.

Run: python -m bench.parse [ROUNDS]   (needs the `bench` extra: trafilatura). Quality is scored against
tests/article_expectations.json: the share of must-have sentences found plus the share of chrome strings
kept out, averaged over pages (1.0 = perfect).

The machine may be shared, so each system is warmed up once (imports, lazy data, regex caches), then the
systems take turns over the same pages round after round, and each one's fastest round is reported (as
`timeit` does: load from elsewhere only ever adds time, so the best round is the least disturbed one).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from extractors import NotAnArticle, parse_article
from scraper.profiles import load_profile

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def score(body: str, entry: dict) -> float:
    found = sum(s in body for s in entry["must"]) / max(1, len(entry["must"]))
    clean = sum(c not in body for c in entry["must_not"]) / max(1, len(entry["must_not"]))
    return (found + clean) / 2


def main(rounds: int = 5) -> None:
    import trafilatura

    entries = json.loads((ROOT / "tests" / "article_expectations.json").read_text(encoding="utf-8"))
    pages = [(e, (FIXTURES / e["page"]).read_bytes(), load_profile(e["site"])) for e in entries]

    def run_vnnews() -> list[str]:
        return [parse_article(d, site=p.name, templates=p.templates).body for _, d, p in pages]

    def generic_body(data: bytes) -> str:
        try:
            return parse_article(data).body
        except NotAnArticle:
            return ""

    def run_generic() -> list[str]:
        return [generic_body(d) for _, d, _ in pages]

    def run_trafilatura() -> list[str]:
        return [trafilatura.extract(d.decode("utf-8")) or "" for _, d, _ in pages]

    systems: dict[str, Callable[[], list[str]]] = {
        "vnnews": run_vnnews,
        "generic": run_generic,
        "trafilatura": run_trafilatura,
    }
    bodies = {name: fn() for name, fn in systems.items()}  # warm-up, and the bodies to score
    times: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(rounds):
        for name, fn in systems.items():
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    results = {}
    for name in systems:
        seconds = min(times[name])
        quality = sum(score(b, e) for b, (e, _, _) in zip(bodies[name], pages, strict=True)) / len(pages)
        results[name] = (len(pages) / seconds, seconds * 1000 / len(pages), quality)
        print(
            f"parse  {name:12} {results[name][1]:7.2f} ms/page  {results[name][0]:8.1f} pages/s  quality {quality:.3f}"
        )
    for name in ("vnnews", "generic"):
        print(f"parse  {name} / trafilatura throughput: {results[name][0] / results['trafilatura'][0]:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""The span-overlap helpers answer exactly what the plain `any(...)` scan they replace answers."""

from __future__ import annotations

import random

from extractors.intervals import DisjointSpans, Spans


def _brute(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def test_spans_match_a_plain_scan_on_random_overlapping_spans() -> None:
    rng = random.Random(11)
    for _ in range(200):
        spans = [
            (s, s + rng.randint(1, 30)) for s in (rng.randint(0, 300) for _ in range(rng.randint(0, 25)))
        ]
        index = Spans(spans)
        for _ in range(50):
            start = rng.randint(0, 330)
            end = start + rng.randint(1, 20)
            assert index.overlaps(start, end) == _brute(spans, start, end), (spans, start, end)


def test_disjoint_spans_match_a_plain_scan_as_they_grow() -> None:
    rng = random.Random(5)
    for _ in range(200):
        index, kept = DisjointSpans(), []
        for _ in range(40):
            start = rng.randint(0, 400)
            end = start + rng.randint(1, 25)
            assert index.overlaps(start, end) == _brute(kept, start, end)
            if not index.overlaps(start, end):  # added only when free, as the finders do
                index.add(start, end)
                kept.append((start, end))


def test_touching_spans_do_not_overlap() -> None:
    index = Spans([(0, 5), (10, 12)])
    assert not index.overlaps(5, 10)
    assert index.overlaps(4, 6) and index.overlaps(11, 30)
    grown = DisjointSpans()
    grown.add(3, 8)
    assert not grown.overlaps(8, 9) and not grown.overlaps(0, 3) and grown.overlaps(7, 8)

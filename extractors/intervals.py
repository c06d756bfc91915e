"""Overlap questions over many spans without comparing each new span with all the others.

The finders check every candidate against the spans already taken; with a plain `any(...)` a long text
holding thousands of names (a list of communes, a table pasted into a paragraph) costs quadratic time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Spans:
    """Half-open (start, end) spans, fixed once built: `overlaps` answers in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one, in start order
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span share a character with [start, end)?"""
        i = bisect.bisect_left(self._starts, end)  # spans that start before `end`
        return i > 0 and self._reach[i - 1] > start


class DisjointSpans:
    """Spans that never overlap one another (a span is added only after `overlaps` said no), kept sorted:
    the one span that starts last before a query's end is the only one that can reach into it."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span share a character with [start, end)?"""
        i = bisect.bisect_left(self._spans, (end, end))
        return i > 0 and self._spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

"""Per-host pacing: one request to a host every `interval(host)` seconds, whatever the concurrency.

Slots are reserved, not polled: each caller takes the next free slot of its host and sleeps until
then, so N workers waiting on one host leave exactly `interval` seconds between their requests.
The clock and the sleep are parameters so tests can drive it without waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

__all__ = ["HostThrottle"]


class HostThrottle:
    def __init__(
        self,
        default_interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.default_interval = default_interval
        self._intervals: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self._not_before: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._clock = clock
        self._sleep = sleep

    def set_interval(self, host: str, seconds: float) -> None:
        """Raise (never lower) a host's interval, e.g. to its robots.txt Crawl-delay or profile delay."""
        self._intervals[host] = max(seconds, self._intervals.get(host, self.default_interval))

    def interval(self, host: str) -> float:
        return self._intervals.get(host, self.default_interval)

    def reserve(self, host: str) -> float:
        """Take the host's next slot; returns how many seconds to wait before using it."""
        now = self._clock()
        slot = now
        if host in self._last:  # measured from the last slot, so a Crawl-delay learnt late still applies
            slot = max(slot, self._last[host] + self.interval(host))
        slot = max(slot, self._not_before.get(host, slot))
        self._last[host] = slot
        return slot - now

    def push_back(self, host: str, seconds: float) -> None:
        """Keep the host quiet for at least `seconds` from now (after a 429 or 503 with Retry-After)."""
        self._not_before[host] = max(self._not_before.get(host, 0.0), self._clock() + seconds)

    def sent(self, host: str) -> None:
        """A request to `host` is leaving, or its response is arriving, now: the next slot counts
        from here (first requests pay for connection and TLS setup after their slot, so the server
        sees them late; counting from the response keeps the gap it sees at least the interval)."""
        if host in self._last:
            self._last[host] = max(self._last[host], self._clock())

    async def wait(self, host: str) -> None:
        """Sleep until the host's next slot. Callers for one host go one at a time, and the slot is
        moved to when the sleeper actually woke: a busy event loop must not squeeze two requests
        closer together than the interval."""
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            delay = self.reserve(host)
            if delay > 0:
                await self._sleep(delay)
            self._last[host] = max(self._last[host], self._clock())

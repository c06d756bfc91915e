"""robots.txt: `parse_robots(text)` is pure (Protego does the parsing); `RobotsCache` keeps one per host.

What an unreadable robots.txt means follows RFC 9309: a 4xx answer (no file) allows everything, a
5xx answer or no answer at all means "assume everything is disallowed" for this run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from protego import Protego

__all__ = ["Robots", "RobotsCache", "parse_robots"]


@dataclass(frozen=True)
class Robots:
    """The rules of one host for one user agent."""

    _parser: Protego | None
    agent: str
    allow_all: bool = False
    unavailable: bool = False
    """No answer or a 5xx: everything is disallowed for now, and the URLs are retried later."""

    def allowed(self, url: str) -> bool:
        if self.unavailable:
            return False
        if self.allow_all or self._parser is None:
            return True
        return bool(self._parser.can_fetch(url, self.agent))

    def crawl_delay(self) -> float:
        if self._parser is None:
            return 0.0
        delay = self._parser.crawl_delay(self.agent)
        return float(delay) if delay else 0.0

    def sitemaps(self) -> tuple[str, ...]:
        return tuple(self._parser.sitemaps) if self._parser is not None else ()


def parse_robots(text: str, agent: str) -> Robots:
    """Rules from a robots.txt body; lines Protego does not understand are ignored, as the RFC asks."""
    return Robots(Protego.parse(text), agent)


def allow_all(agent: str) -> Robots:
    return Robots(None, agent, allow_all=True)


def unavailable(agent: str) -> Robots:
    return Robots(None, agent, unavailable=True)


RobotsFetcher = Callable[[str], Awaitable["tuple[int, str] | None"]]
"""Fetches a robots.txt URL: (status, text), or None when the host could not be reached."""


class RobotsCache:
    """One `Robots` per `scheme://host[:port]`, fetched once per run, concurrent callers share the fetch."""

    def __init__(self, fetch: RobotsFetcher, agent: str) -> None:
        self._fetch = fetch
        self._agent = agent
        self._cache: dict[str, Robots] = {}
        self._pending: dict[str, Awaitable[Robots]] = {}

    async def get(self, origin: str) -> Robots:
        if origin in self._cache:
            return self._cache[origin]
        task = self._pending.get(origin)
        if task is None:
            task = asyncio.ensure_future(self._load(origin))
            self._pending[origin] = task
        robots = await task
        self._cache[origin] = robots
        self._pending.pop(origin, None)
        return robots

    async def _load(self, origin: str) -> Robots:
        answer = await self._fetch(origin + "/robots.txt")
        if answer is None:
            return unavailable(self._agent)
        status, text = answer
        if 200 <= status < 300:
            return parse_robots(text, self._agent)
        if 400 <= status < 500:
            return allow_all(self._agent)
        return unavailable(self._agent)

"""The crawl frontier: every URL a site has shown us, in table `frontier` of the shared database.

States: queued → leased → done | failed. A run leases small batches (so memory stays flat however
large the frontier grows) and finishes each URL in its own transaction after the page is stored,
so a run killed at any moment redoes at most the pages it had leased. Leases left by a killed run
come back: at the start of a run (which holds the crawl lock, so no other run can own them) and,
as a backstop, when `lease_expires_at` has passed. A failed URL keeps its reason in `last_error`
and becomes eligible again at `next_attempt_at`, on a later run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite_utils

from scraper.discovery import PRIORITY

__all__ = ["Frontier", "FrontierItem", "NewUrl"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS frontier (
    url TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    priority INTEGER NOT NULL,
    published_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    lease_expires_at TEXT,
    found_from TEXT,
    depth INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    content_sha256 TEXT,
    discovered_at TEXT NOT NULL,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS frontier_ready ON frontier (state, priority, published_at DESC);
CREATE INDEX IF NOT EXISTS frontier_site_state ON frontier (site, state);
"""


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class NewUrl:
    url: str
    kind: str
    published_at: datetime | None = None


@dataclass(frozen=True)
class FrontierItem:
    url: str
    site: str
    kind: str
    depth: int
    attempts: int
    found_from: str | None
    content_sha256: str | None


class Frontier:
    def __init__(self, db: sqlite_utils.Database, *, lease_seconds: float = 600.0) -> None:
        self.db = db
        self.conn = db.conn
        self.lease_seconds = lease_seconds
        self.conn.executescript(_SCHEMA)

    def add(self, urls: Iterable[NewUrl], *, site: str, found_from: str | None = None, depth: int = 0) -> int:
        """Queue URLs not seen before; returns how many were new. Known URLs are left as they are."""
        now = _iso(_now())
        rows = [
            (
                u.url,
                site,
                u.kind,
                PRIORITY[u.kind],
                _iso(u.published_at) if u.published_at else None,
                found_from,
                depth,
                now,
            )
            for u in urls
        ]
        if not rows:
            return 0
        with self.conn:
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT OR IGNORE INTO frontier (url, site, kind, priority, published_at, found_from, depth,"
                " discovered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            return self.conn.total_changes - before

    def requeue(self, urls: Iterable[NewUrl], *, site: str) -> None:
        """Queue discovery pages again (feeds and listings change); a failed one keeps its wait."""
        now = _iso(_now())
        with self.conn:
            for u in urls:
                self.conn.execute(
                    "INSERT INTO frontier (url, site, kind, priority, depth, discovered_at)"
                    " VALUES (?, ?, ?, ?, 0, ?)"
                    " ON CONFLICT (url) DO UPDATE SET state = 'queued', kind = excluded.kind,"
                    " priority = excluded.priority, updated_at = ?"
                    " WHERE state = 'done'",
                    (u.url, site, u.kind, PRIORITY[u.kind], now, now),
                )

    def recover(self) -> int:
        """Start of a run: leases of a dead run and failures whose wait is over go back in the queue."""
        now = _iso(_now())
        with self.conn:
            before = self.conn.total_changes
            self.conn.execute(
                "UPDATE frontier SET state = 'queued', lease_expires_at = NULL WHERE state = 'leased'"
            )
            self.conn.execute(
                "UPDATE frontier SET state = 'queued' WHERE state = 'failed' AND next_attempt_at <= ?", (now,)
            )
            return self.conn.total_changes - before

    def lease(self, limit: int, *, sites: Iterable[str] | None = None) -> list[FrontierItem]:
        """Take up to `limit` URLs: discovery pages first, then articles newest first, then the rest."""
        now = _now()
        now_s, expires = _iso(now), _iso(now + timedelta(seconds=self.lease_seconds))
        site_list = list(sites) if sites is not None else None
        where = "(state = 'queued' OR (state = 'leased' AND lease_expires_at < ?))"
        params: list[object] = [now_s]
        if site_list is not None:
            where += f" AND site IN ({', '.join('?' * len(site_list))})"
            params += site_list
        with self.conn:
            rows = self.conn.execute(
                "SELECT url, site, kind, depth, attempts, found_from, content_sha256 FROM frontier"
                f" WHERE {where} ORDER BY priority, published_at DESC, rowid LIMIT ?",
                (*params, limit),
            ).fetchall()
            self.conn.executemany(
                "UPDATE frontier SET state = 'leased', lease_expires_at = ? WHERE url = ?",
                [(expires, r[0]) for r in rows],
            )
        return [FrontierItem(*r) for r in rows]

    def finish(self, url: str, *, sha256: str | None = None, note: str | None = None) -> None:
        """The URL's page is stored and processed; `sha256` lets an unchanged body skip parsing next time."""
        with self.conn:
            self.conn.execute(
                "UPDATE frontier SET state = 'done', attempts = attempts + 1, lease_expires_at = NULL,"
                " next_attempt_at = NULL, last_error = ?, content_sha256 = coalesce(?, content_sha256),"
                " updated_at = ? WHERE url = ?",
                (note, sha256, _iso(_now()), url),
            )

    def fail(self, url: str, reason: str, *, retry_after: float) -> None:
        """Give up on the URL for this run; it is retried by a run started `retry_after` seconds later."""
        now = _now()
        with self.conn:
            self.conn.execute(
                "UPDATE frontier SET state = 'failed', attempts = attempts + 1, lease_expires_at = NULL,"
                " last_error = ?, next_attempt_at = ?, updated_at = ? WHERE url = ?",
                (reason, _iso(now + timedelta(seconds=retry_after)), _iso(now), url),
            )

    def release(self, url: str) -> None:
        """Hand an unstarted lease back (the run is stopping)."""
        with self.conn:
            self.conn.execute(
                "UPDATE frontier SET state = 'queued', lease_expires_at = NULL WHERE url = ? AND state = 'leased'",
                (url,),
            )

    def get(self, url: str) -> dict[str, object] | None:
        cursor = self.conn.execute("SELECT * FROM frontier WHERE url = ?", (url,))
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT state, count(*) FROM frontier GROUP BY state").fetchall())

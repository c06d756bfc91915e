"""Raw pages as fetched, kept so that articles can be re-extracted offline at any time.

One row per requested (normalised) URL, holding the latest version of its body, zlib-compressed.
A fetch whose body hashes the same as the stored one only refreshes `fetched_at` and the validators
(`etag`, `last_modified`), so an unchanged page costs no space. `first_fetched_at` keeps when the
URL was first seen; `run_id` names the run that stored the current body ("what the last crawl
added"). Times are ISO 8601 in UTC with "+00:00"; `put` converts any offset it is given.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from scraper.profiles import ProfileError, load_profile

__all__ = ["PageStore", "StoredPage", "ensure_site", "to_utc"]

COMPRESSION = "zlib"
_LEVEL = 6


@dataclass(frozen=True)
class StoredPage:
    """A stored page's metadata (never its body: read that with `PageStore.body`)."""

    id: int
    url: str
    sha256: str
    changed: bool = True
    """False when `put` found the same body already stored for this URL."""
    final_url: str | None = None
    site: str | None = None
    status: int | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str | None = None
    size: int = 0
    run_id: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict, compare=False)


def to_utc(timestamp: str) -> str:
    """Normalise an ISO 8601 time with an offset (or "Z") to UTC, seconds precision."""
    text = timestamp.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"fetched_at must carry a UTC offset: {timestamp!r}")
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def ensure_site(db: sqlite_utils.Database, name: str) -> None:
    """Make sure `sites` has a row for `name`, filled from its profile when one is shipped."""
    if db.execute("SELECT 1 FROM sites WHERE name = ?", [name]).fetchone():
        return
    province = byline = None
    hosts: list[str] = [name]
    try:
        profile = load_profile(name)
    except ProfileError:
        pass
    else:
        province, byline, hosts = profile.province, profile.byline, list(profile.hosts)
    db.execute(
        "INSERT INTO sites (name, province, byline, hosts) VALUES (?, ?, ?, ?)",
        [name, province, byline, json.dumps(hosts)],
    )


def _site_for(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()}


class PageStore:
    """Read and write the `pages` table of a database opened with `scraper.db.open_db`."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def put(
        self,
        *,
        url: str,
        final_url: str | None,
        status: int | None,
        headers: Mapping[str, str],
        body: bytes,
        fetched_at: str,
        site: str | None,
        run_id: int | None = None,
    ) -> StoredPage:
        """Store a fetched page; `changed` is False when the same body was already stored for `url`."""
        sha = hashlib.sha256(body).hexdigest()
        heads = _headers(headers)
        when = to_utc(fetched_at)
        site = site or _site_for(final_url or url) or None
        values: dict[str, Any] = {
            "final_url": final_url or url,
            "site": site,
            "status": status,
            "content_type": heads.get("content-type"),
            "etag": heads.get("etag"),
            "last_modified": heads.get("last-modified"),
            "headers": json.dumps(heads, ensure_ascii=False, sort_keys=True),
            "fetched_at": when,
        }
        with self.db.atomic():
            if site:
                ensure_site(self.db, site)
            row = self.db.execute("SELECT id, sha256 FROM pages WHERE url = ?", [url]).fetchone()
            if row is not None and row[1] == sha:
                self.db.table("pages").update(row[0], values)
                page_id, changed = row[0], False
            else:
                values.update(
                    sha256=sha,
                    size=len(body),
                    compression=COMPRESSION,
                    body=zlib.compress(body, _LEVEL),
                    run_id=run_id,
                    parse_status=None,
                    parse_error=None,
                    parsed_versions=None,
                )
                if row is None:
                    values.update(url=url, first_fetched_at=when)
                    page_id = self.db.table("pages").insert(values).last_pk
                else:
                    page_id = row[0]
                    self.db.table("pages").update(page_id, values)
                changed = True
        page = self.get(page_id)
        assert page is not None
        return StoredPage(**{**page.__dict__, "changed": changed})

    def touch(self, url: str, *, fetched_at: str) -> StoredPage | None:
        """Record that `url` was re-checked (a 304 Not Modified) without storing anything new."""
        page = self.latest(url)
        if page is None:
            return None
        with self.db.atomic():
            self.db.table("pages").update(page.id, {"fetched_at": to_utc(fetched_at)})
        return StoredPage(**{**page.__dict__, "changed": False, "fetched_at": to_utc(fetched_at)})

    def latest(self, url: str) -> StoredPage | None:
        """The stored page for `url`, with the validators for a conditional GET."""
        row = self.db.execute("SELECT id FROM pages WHERE url = ?", [url]).fetchone()
        return None if row is None else self.get(row[0])

    def get(self, page_id: int) -> StoredPage | None:
        rows = list(
            self.db.query(
                "SELECT id, url, sha256, final_url, site, status, content_type, etag, last_modified, "
                "fetched_at, size, run_id, headers FROM pages WHERE id = ?",
                [page_id],
            )
        )
        if not rows:
            return None
        row = rows[0]
        row["headers"] = json.loads(row["headers"] or "{}")
        return StoredPage(changed=False, **row)

    def body(self, page_id: int) -> bytes:
        """The page's bytes exactly as fetched (decompressed); KeyError for an unknown id."""
        row = self.db.execute("SELECT compression, body FROM pages WHERE id = ?", [page_id]).fetchone()
        if row is None:
            raise KeyError(page_id)
        return decompress(row[0], row[1])


def decompress(compression: str, blob: bytes) -> bytes:
    if compression == COMPRESSION:
        return zlib.decompress(blob)
    if compression in ("", "none", None):
        return bytes(blob)
    raise ValueError(f"unknown page compression {compression!r}")

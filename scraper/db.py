"""The SQLite database: opening, schema migrations, crawl runs, article search and health checks.

Every table is created here, through named migrations recorded in `_migrations` and applied once
each inside a transaction, so an old database upgrades itself when a newer vnnews opens it. A
database that has tables but no `_migrations` table is someone else's, and is refused rather than
written to. The crawler's `frontier` table is created by `scraper.frontier` through the same
connection; that name is left free here.

Times are stored as ISO 8601 strings in UTC with an explicit offset ("2025-07-01T03:04:05+00:00").
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from extractors.normalize import strip_tones
from scraper.errors import ConfigError, VnnewsError

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "RUN_COUNTS",
    "StorageError",
    "check_integrity",
    "close_abandoned_runs",
    "finish_run",
    "fts_delete",
    "fts_insert",
    "is_storage_failure",
    "open_db",
    "search_articles",
    "start_run",
    "storage_errors",
    "utc_now",
]

APPLICATION_ID = 0x564E4E57  # "VNNW" in the file header: `PRAGMA application_id`
BUSY_TIMEOUT_MS = 30_000
RUN_COUNTS = (
    "found",
    "fetched",
    "not_modified",
    "unchanged",
    "parsed",
    "failed",
    "articles_added",
    "articles_updated",
    "not_articles",
)
"""Counters with their own `crawl_runs` column; every counter is also kept in the `counts` JSON."""


class StorageError(VnnewsError):
    """The database could not be written (disk full, locked too long); the transaction rolled back."""


def utc_now() -> str:
    """The current time as stored: ISO 8601, UTC, seconds precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@contextmanager
def storage_errors(path: object = "") -> Iterator[None]:
    """Turn SQLite write failures into `StorageError` with a one-line message."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if is_storage_failure(exc):
            where = f"{path}: " if path else ""
            raise StorageError(f"{where}{exc}; nothing from the failed transaction was kept") from exc
        raise


# SQLite's result codes for a database that cannot be written now, and their messages (Python 3.10 has no
# `sqlite_errorname`): full, busy past the timeout, an I/O error (a file size limit), read-only.
_STORAGE_CODES = ("SQLITE_FULL", "SQLITE_BUSY", "SQLITE_IOERR", "SQLITE_READONLY")
_STORAGE_MESSAGES = (
    "database or disk is full",
    "database is locked",
    "disk I/O error",
    "attempt to write a readonly database",
)


def is_storage_failure(exc: BaseException) -> bool:
    """Is `exc` SQLite saying the database cannot be written now? Not a bug in vnnews, and no reason to go
    on writing. A programming error ("no such column: full_text") is not one, whatever its words."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    name = getattr(exc, "sqlite_errorname", None)
    if name is not None:
        return name.startswith(_STORAGE_CODES)
    return any(message in str(exc) for message in _STORAGE_MESSAGES)


# --- opening -------------------------------------------------------------------------------------


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Create or open a vnnews database and bring its schema up to date.

    Raises `ConfigError` (one line) for a file that is not SQLite, is corrupt, or is a SQLite
    database made by something else.
    """
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: is a directory, not a database file")
    if not path.parent.exists():
        raise ConfigError(f"{path}: folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise ConfigError(f"{path}: cannot open database: {exc}") from exc
    db = sqlite_utils.Database(conn)
    try:
        _check_ours(db, path)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            with db.ensure_autocommit_on():
                db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        with storage_errors(path):
            _migrate(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ConfigError(f"{path}: not a usable SQLite database ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return db


def _check_ours(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse foreign or damaged files before writing a byte to them."""
    try:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if names:
            problem = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise ConfigError(f"{path}: database is corrupt ({problem})")
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{path}: not a SQLite database or corrupt ({exc})") from exc
    if names and ("_migrations" not in names or app_id not in (0, APPLICATION_ID)):
        raise ConfigError(
            f"{path}: a SQLite database not made by vnnews (no _migrations table); refusing to change it"
        )


# --- migrations ----------------------------------------------------------------------------------

Migration = Callable[[sqlite_utils.Database], None]


def _m001_core(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.table("sites").create(
        {"name": str, "province": str, "byline": str, "hosts": str},
        pk="name",
    )
    db.table("crawl_runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,
            "sites": str,
            "options": str,
            **dict.fromkeys(RUN_COUNTS, int),
            "counts": str,
        },
        pk="id",
    )
    db.table("pages").create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "site": str,
            "status": int,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "headers": str,
            "first_fetched_at": str,
            "fetched_at": str,
            "sha256": str,
            "size": int,
            "compression": str,
            "body": bytes,
            "run_id": int,
            "parse_status": str,
            "parse_error": str,
            "parsed_versions": str,
        },
        pk="id",
        not_null={"url", "fetched_at", "sha256", "size", "compression", "body"},
        foreign_keys=[("site", "sites", "name"), ("run_id", "crawl_runs", "id")],
    )
    db.table("pages").create_index(["url"], unique=True)
    db.table("pages").create_index(["site", "fetched_at"])
    db.table("pages").create_index(["run_id"])
    db.table("articles").create(
        {
            "id": int,
            "page_id": int,
            "url": str,
            "site": str,
            "title": str,
            "lead": str,
            "body": str,
            "published_at": str,
            "modified_at": str,
            "month": str,
            "author": str,
            "category": str,
            "tags": str,
            "images": str,
            "word_count": int,
            "profile": str,
            "parser_version": str,
            "extractor_version": str,
            "warnings": str,
        },
        pk="id",
        not_null={"page_id", "title"},
        foreign_keys=[("page_id", "pages", "id"), ("site", "sites", "name")],
    )
    db.table("articles").create_index(["page_id"], unique=True)
    db.table("articles").create_index(["site", "published_at"])
    db.table("articles").create_index(["published_at"])
    db.table("articles").create_index(["month"])
    db.table("articles").create_index(["category"])
    db.table("articles").create_index(["parser_version", "extractor_version"])

    entity_columns: dict[str, dict[str, Any]] = {
        "people": {"id": int, "key": str, "name": str, "title": str, "organization": str},
        "places": {
            "id": int,
            "key": str,
            "name": str,
            "type": str,
            "parents": str,
            "parent_names": str,
            "code": str,
            "latitude": float,
            "longitude": float,
            "became": str,
        },
        "organizations": {"id": int, "key": str, "name": str, "expanded": str, "place": str},
        "models": {"id": int, "key": str, "name": str, "kind": str},
    }
    for table, columns in entity_columns.items():
        db.table(table).create(columns, pk="id", not_null={"key", "name"})
        db.table(table).create_index(["key"], unique=True)
    db.table("places").create_index(["type"])
    db.table("models").create_index(["kind"])

    mention = {"field": str, "char_start": int, "char_end": int, "text": str, "sentence": str}
    for table, entity, fk_table, extra in (
        ("article_people", "person_id", "people", {"role": str, "title": str}),
        ("article_places", "place_id", "places", {}),
        ("article_organizations", "organization_id", "organizations", {}),
        ("article_models", "model_id", "models", {}),
    ):
        db.table(table).create(
            {"article_id": int, "seq": int, entity: int, **extra, **mention},
            pk=("article_id", "seq"),
            not_null={entity},
            foreign_keys=[("article_id", "articles", "id"), (entity, fk_table, "id")],
        )
        db.table(table).create_index([entity])
    db.table("figures").create(
        {
            "article_id": int,
            "seq": int,
            "text": str,
            "value": float,
            "value_text": str,
            "value_max": float,
            "of": float,
            "unit": str,
            "qualifier": str,
            "mention_count": int,
            **mention,
        },
        pk=("article_id", "seq"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("figures").create_index(["unit"])
    # Contentless FTS5 index: the text lives once, in `articles`. `folded` holds the same text with
    # every tone mark removed and đ→d, so "dan van" finds "dân vận" and "dang" finds "Đảng"; the
    # tokenizer's remove_diacritics also lets toned queries match the original columns.
    db.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, lead, body, folded, content='', tokenize='unicode61 remove_diacritics 2')"
    )


def _m002_views(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE VIEW person_mentions AS
        SELECT ap.article_id, ap.seq, p.id AS person_id, p.name AS person, ap.role, ap.title,
               a.title AS article_title, a.published_at, a.site, a.url, ap.field, ap.sentence
        FROM article_people ap
        JOIN people p ON p.id = ap.person_id
        JOIN articles a ON a.id = ap.article_id
        """
    )
    db.execute(
        """
        CREATE VIEW place_articles AS
        SELECT pl.id, pl.name, pl.type, pl.parent_names, pl.code, pl.latitude, pl.longitude,
               count(DISTINCT ap.article_id) AS articles, count(ap.seq) AS mentions,
               min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
        FROM places pl
        LEFT JOIN article_places ap ON ap.place_id = pl.id
        LEFT JOIN articles a ON a.id = ap.article_id
        GROUP BY pl.id
        """
    )
    db.execute(
        """
        CREATE VIEW figures_over_time AS
        SELECT f.unit, a.published_at, a.month, f.value, f.value_max, f.qualifier, f.text,
               f.sentence, a.title AS article_title, a.site, a.url, f.article_id, f.seq
        FROM figures f
        JOIN articles a ON a.id = f.article_id
        """
    )
    db.execute(
        """
        CREATE VIEW province_models AS
        SELECT s.province, m.id AS model_id, m.kind, m.name,
               count(DISTINCT am.article_id) AS articles,
               min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
        FROM models m
        JOIN article_models am ON am.model_id = m.id
        JOIN articles a ON a.id = am.article_id
        LEFT JOIN sites s ON s.name = a.site
        GROUP BY s.province, m.id
        """
    )


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001_core", _m001_core),
    ("002_views", _m002_views),
)


def _migrate(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            migration(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [name, utc_now()])


# --- crawl runs ----------------------------------------------------------------------------------


def start_run(db: sqlite_utils.Database, *, sites: list[str], options: Mapping[str, Any]) -> int:
    """Record the start of a crawl (or import) and return its id, for `pages.run_id`."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO crawl_runs (started_at, status, sites, options) VALUES (?, 'running', ?, ?)",
            [
                utc_now(),
                json.dumps(list(sites), ensure_ascii=False),
                json.dumps(dict(options), ensure_ascii=False, default=str),
            ],
        )
    run_id = cursor.lastrowid
    assert run_id is not None
    return run_id


def close_abandoned_runs(db: sqlite_utils.Database) -> int:
    """Mark runs still 'running' as 'killed'; call only while holding the crawl lock.

    Imports record their run inside their own transaction, so a committed 'running' row can only
    be a crawl, and with the lock held no crawl is alive: the row belongs to a killed process.
    """
    with db.atomic():
        cursor = db.execute(
            "UPDATE crawl_runs SET status = 'killed', finished_at = ? WHERE status = 'running'", [utc_now()]
        )
    return cursor.rowcount


def finish_run(db: sqlite_utils.Database, run_id: int, *, counts: Mapping[str, int], status: str) -> None:
    """Record the end of a run: its status ("finished", "partial", "interrupted"...) and counters."""
    values: dict[str, Any] = {name: int(counts.get(name, 0)) for name in RUN_COUNTS}
    values["counts"] = json.dumps(dict(sorted(counts.items())), ensure_ascii=False)
    values["finished_at"] = utc_now()
    values["status"] = status
    with db.atomic():
        db.table("crawl_runs").update(run_id, values)


# --- full-text search ----------------------------------------------------------------------------


def _fts_values(title: str | None, lead: str | None, body: str | None) -> list[str]:
    title, lead, body = title or "", lead or "", body or ""
    return [title, lead, body, strip_tones(f"{title}\n{lead}\n{body}")]


def fts_insert(db: sqlite_utils.Database, article_id: int, title: str, lead: str, body: str) -> None:
    db.execute(
        "INSERT INTO articles_fts (rowid, title, lead, body, folded) VALUES (?, ?, ?, ?, ?)",
        [article_id, *_fts_values(title, lead, body)],
    )


def fts_delete(db: sqlite_utils.Database, article_id: int, title: str, lead: str, body: str) -> None:
    """Remove an article from the contentless index; needs the exact text that was indexed."""
    db.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, lead, body, folded) VALUES ('delete', ?, ?, ?, ?, ?)",
        [article_id, *_fts_values(title, lead, body)],
    )


def _fts_query(query: str) -> str:
    """Quote each word so punctuation in user input is never FTS syntax; tones fold in the tokenizer."""
    words = [w.replace('"', "") for w in query.split()]
    return " ".join(f'"{w}"' for w in words if w)


def search_articles(db: sqlite_utils.Database, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching every word of `query`, with or without tone marks, best first."""
    match = _fts_query(query)
    if not match:
        return []
    sql = (
        "SELECT a.id, a.title, a.url, a.published_at FROM articles_fts "
        "JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?"
    )
    return list(db.query(sql, [match, limit]))


# --- health --------------------------------------------------------------------------------------


def check_integrity(db: sqlite_utils.Database) -> list[str]:
    """Problems found by `integrity_check`, `foreign_key_check` and the FTS index; empty when healthy."""
    problems = [row[0] for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
    problems += [
        f"foreign key: {table} rowid {rowid} -> {parent}"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")
    ]
    try:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"articles_fts: {exc}")
    return problems

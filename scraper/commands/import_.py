"""`vnnews import PATH...`: add saved pages (HTML files, WARC files) to the database, then parse them.

Every input is read and checked before the database is touched, and everything is then written in
one transaction, so a bad file, a full disk or a kill leaves the database exactly as it was.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import click
import sqlite_utils
from selectolax.lexbor import LexborHTMLParser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from scraper.commands import db_option
from scraper.db import check_integrity, finish_run, open_db, start_run, storage_errors
from scraper.errors import EXIT_OK, EXIT_PARTIAL, ConfigError, InputError, VnnewsError
from scraper.ingest import current_versions, ingest_page
from scraper.pagestore import PageStore
from scraper.profiles import profile_for_url

__all__ = ["ImportSummary", "PageIn", "import_", "import_pages", "read_html", "read_inputs", "read_warc"]

_HTML_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main)[\s>/]", re.I)
_GZIP_MAGIC = b"\x1f\x8b"
# The stored body is the decoded payload, so headers describing the wire encoding no longer apply.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class PageIn:
    """One page read from an input file, ready for `PageStore.put`."""

    source: str
    url: str
    body: bytes
    fetched_at: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportSummary:
    run_id: int
    pages: int
    changed: int
    articles: int
    not_articles: int
    errors: tuple[str, ...]
    skipped: int = 0


def not_html(data: bytes) -> str | None:
    """Why `data` is no HTML page, or None: binary data (NUL bytes past 1% of its first 8 KB, outside a
    UTF-16 page with its byte-order mark), or no HTML tag in its first 64 KB. A stray NUL in a page
    is no reason: the parser drops it."""
    head = data[:65536]
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        head = head.decode("utf-32", "replace").encode("utf-8")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "replace").encode("utf-8")
    elif head[:8192].count(0) > len(head[:8192]) // 100:
        return "binary data, not an HTML page (NUL bytes in its first 8 KB)"
    if _HTML_RE.search(head) is None:
        return "not an HTML page (no HTML tags in its first 64 KB)"
    return None


def _absolute(url: str | None) -> str | None:
    url = (url or "").strip()
    return url if re.match(r"^https?://[^/\s]+", url) else None


def _sidecar(path: Path) -> tuple[str | None, str | None]:
    """URL and fetch time from `<file>.url` / `<file>.json` (or with the extension replaced)."""
    for candidate in (Path(f"{path}.url"), path.with_suffix(".url")):
        if candidate.is_file():
            lines = [ln.strip() for ln in candidate.read_text(encoding="utf-8").splitlines() if ln.strip()]
            return (lines[0] if lines else None), None
    for candidate in (Path(f"{path}.json"), path.with_suffix(".json")):
        if candidate.is_file() and candidate != path:
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise InputError(f"{candidate}: not valid JSON ({exc})") from exc
            if isinstance(data, dict):
                return data.get("url"), data.get("fetched_at")
    return None, None


def _canonical(data: bytes) -> str | None:
    tree = LexborHTMLParser(data[:500_000].decode("utf-8", "replace"))
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        url = _absolute(node.attributes.get(attr) if node is not None else None)
        if url:
            return url
    return None


def read_html(path: Path, url: str | None = None) -> PageIn:
    """A saved HTML page; its URL from `url`, a sidecar file or the page's canonical link."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    if (reason := not_html(data)) is not None:
        raise InputError(f"{path}: {reason}")
    side_url, side_time = _sidecar(path)
    found = _absolute(url) or _absolute(side_url) or _canonical(data)
    if not found:
        raise InputError(
            f"{path}: no URL for this page: give --url, a sidecar {path.name}.url, or a page with a canonical link"
        )
    when = (
        side_time
        or datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).replace(microsecond=0).isoformat()
    )
    return PageIn(str(path), found, data, when, 200, {"content-type": "text/html"})


def read_warc(path: Path) -> tuple[list[PageIn], int]:
    """The HTML responses in a WARC file (plain or gzipped) and how many other records were skipped."""
    pages: list[PageIn] = []
    skipped = 0
    if not _warc_signature(path):
        raise InputError(f"{path}: not a readable WARC file (it does not start with a WARC/ARC record)")
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                when = record.rec_headers.get_header("WARC-Date") or ""
                if record.rec_type == "response":
                    if record.http_headers is None:
                        skipped += 1
                        continue
                    status = int(record.http_headers.get_statuscode() or 0)
                    headers = {
                        k.lower(): v for k, v in record.http_headers.headers if k.lower() not in _WIRE_HEADERS
                    }
                else:
                    status = 200
                    headers = {"content-type": record.rec_headers.get_header("Content-Type") or ""}
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise InputError(f"{path}: not a readable WARC file (record for {uri} is truncated)")
                ctype = headers.get("content-type", "").lower()
                if (
                    not (200 <= status < 300)
                    or not _absolute(uri)
                    or ("html" not in ctype and ctype)
                    or not body
                ):
                    skipped += 1
                    continue
                pages.append(PageIn(f"{path}#{uri}", uri, body, when, status, headers))
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a readable WARC file ({type(exc).__name__}: {exc})") from exc
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    return pages, skipped


def _warc_signature(path: Path) -> bool:
    """Whether the file starts like a WARC or ARC file, plain or gzipped."""
    try:
        with path.open("rb") as stream:
            head = stream.read(64)
            if head.startswith(_GZIP_MAGIC):
                stream.seek(0)
                with gzip.GzipFile(fileobj=stream) as unzipped:
                    head = unzipped.read(64)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _is_warc(path: Path) -> bool:
    if path.name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return True
    with path.open("rb") as stream:
        head = stream.read(8)
    return head.startswith((b"WARC/", _GZIP_MAGIC))


def read_inputs(paths: Iterable[str | Path], url: str | None = None) -> tuple[list[PageIn], int]:
    """Read and check every input; raises `InputError` for the first bad one, before any write."""
    pages: list[PageIn] = []
    skipped = 0
    files = [Path(p) for p in paths]
    if url and len(files) != 1:
        raise ConfigError("--url applies to a single HTML file; use sidecar .url files for several")
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if _is_warc(path):
            found, n = read_warc(path)
            if not found and not n:
                raise InputError(f"{path}: WARC file holds no records")
            pages += found
            skipped += n
        else:
            pages.append(read_html(path, url))
    return pages, skipped


def import_pages(
    db: sqlite_utils.Database, pages: list[PageIn], *, extract: bool = True, skipped: int = 0
) -> ImportSummary:
    """Store the pages and parse each, all in one transaction recorded as a run."""
    store = PageStore(db)
    sites = sorted({p.name for page in pages if (p := profile_for_url(page.url))})
    articles = not_articles = changed = 0
    errors: list[str] = []
    with db.atomic():
        run_id = start_run(
            db,
            sites=sites,
            options={"command": "import", "sources": sorted({p.source.split("#")[0] for p in pages})},
        )
        ids: dict[int, PageIn] = {}
        for page in pages:
            profile = profile_for_url(page.url)
            stored = store.put(
                url=page.url,
                final_url=page.url,
                status=page.status,
                headers=page.headers,
                body=page.body,
                fetched_at=page.fetched_at,
                site=profile.name if profile else None,
                run_id=run_id,
            )
            changed += stored.changed
            ids[stored.id] = page
        wanted = current_versions(extract)
        for page_id, page in ids.items():
            if (
                db.execute("SELECT parsed_versions FROM pages WHERE id = ?", [page_id]).fetchone()[0]
                == wanted
            ):
                continue  # unchanged page already parsed by this code
            result = ingest_page(db, page_id, extract=extract)
            if result.status == "article":
                articles += 1
            elif result.status == "not_article":
                not_articles += 1
                errors.append(f"{page.source}: not an article: {result.reason}")
            else:
                errors.append(f"{page.source}: {result.reason}")
        counts = {
            "found": len(pages),
            "fetched": len(pages),
            "unchanged": len(pages) - changed,
            "parsed": articles + not_articles,
            "articles_added": articles,
            "not_articles": not_articles,
            "failed": len(errors) - not_articles,
        }
        finish_run(db, run_id, counts=counts, status="finished")
    return ImportSummary(run_id, len(pages), changed, articles, not_articles, tuple(errors), skipped)


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option(help="The vnnews SQLite database (created if missing).")
@click.option("--url", help="The page's URL, for a single HTML file without a canonical link or sidecar.")
@click.option("--no-facts", is_flag=True, help="Parse articles only, without running the fact extractors.")
def import_(paths: tuple[str, ...], db_path: Path, url: str | None, no_facts: bool) -> None:
    """Add saved pages, HTML files or WARC files, then parse and extract them.

    An HTML file's URL comes from --url, a sidecar file (page.html.url holding the URL, or
    page.html.json with "url" and optional "fetched_at"), or the page's canonical link. Nothing is
    written unless every file is readable. Exit 1 if some pages were not articles (listed on stderr).
    """
    try:
        pages, skipped = read_inputs(paths, url)
        db = open_db(Path(db_path))
        with storage_errors(db_path):
            summary = import_pages(db, pages, extract=not no_facts, skipped=skipped)
        problems = check_integrity(db)
        if problems:
            raise VnnewsError(f"{db_path}: integrity check failed after import: {problems[0]}")
    except VnnewsError as exc:
        click.echo(f"vnnews import: {exc}", err=True)
        sys.exit(exc.exit_code)
    for line in summary.errors:
        click.echo(f"vnnews import: {line}", err=True)
    click.echo(
        f"vnnews: {summary.pages} pages imported ({summary.changed} new or changed, {summary.skipped} WARC records"
        f" skipped), {summary.articles} articles, {summary.not_articles} not articles,"
        f" {len(summary.errors) - summary.not_articles} failed"
    )
    sys.exit(EXIT_PARTIAL if summary.errors else EXIT_OK)

"""`vnnews export`: articles with their facts as JSON Lines, or the raw pages as WARC records."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, Any

import click
import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.commands import db_option
from scraper.db import open_db
from scraper.errors import EXIT_OK, VnnewsError
from scraper.pagestore import decompress

__all__ = ["article_records", "export", "write_jsonl", "write_warc"]

_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
_MENTION = "m.field, m.char_start, m.char_end, m.text, m.sentence"


def _mentions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        if row["char_start"] is None and row["text"] is None:
            continue
        mention = {
            "field": row["field"],
            "start": row["char_start"],
            "end": row["char_end"],
            "text": row["text"],
        }
        for key in ("role", "sentence"):
            if row.get(key):
                mention[key] = row[key]
        out.append(mention)
    return out


def _grouped(
    db: sqlite_utils.Database, sql: str, article_id: int, keys: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Entities of one article with their mentions, in first-mention order."""
    entities: dict[int, dict[str, Any]] = {}
    rows: dict[int, list[dict[str, Any]]] = {}
    for row in db.query(sql, [article_id]):
        entities.setdefault(row["entity_id"], {k: row[k] for k in keys})
        rows.setdefault(row["entity_id"], []).append(row)
    return [{**entities[i], "mentions": _mentions(rows[i])} for i in entities]


def article_records(db: sqlite_utils.Database, site: str | None = None) -> Iterator[dict[str, Any]]:
    """One dict per article: its fields, versions and facts, in article id order."""
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    for art in db.query(f"SELECT * FROM articles {where} ORDER BY id", params):
        aid = art["id"]
        people = _grouped(
            db,
            f"SELECT p.id AS entity_id, p.name, m.title, m.role, {_MENTION} FROM article_people m "
            "JOIN people p ON p.id = m.person_id WHERE m.article_id = ? ORDER BY m.seq",
            aid,
            ("name", "title"),
        )
        places = _grouped(
            db,
            f"SELECT p.id AS entity_id, p.name, p.type, p.parent_names, p.code, p.latitude, p.longitude, {_MENTION} "
            "FROM article_places m JOIN places p ON p.id = m.place_id WHERE m.article_id = ? ORDER BY m.seq",
            aid,
            ("name", "type", "parent_names", "code", "latitude", "longitude"),
        )
        orgs = _grouped(
            db,
            f"SELECT o.id AS entity_id, o.name, o.expanded, {_MENTION} FROM article_organizations m "
            "JOIN organizations o ON o.id = m.organization_id WHERE m.article_id = ? ORDER BY m.seq",
            aid,
            ("name", "expanded"),
        )
        models = _grouped(
            db,
            f"SELECT o.id AS entity_id, o.name, o.kind, {_MENTION} FROM article_models m "
            "JOIN models o ON o.id = m.model_id WHERE m.article_id = ? ORDER BY m.seq",
            aid,
            ("name", "kind"),
        )
        figures = [
            {
                "text": f["text"],
                "value": _number(f["value_text"], f["value"]),
                "unit": f["unit"],
                "qualifier": f["qualifier"],
                "value_max": f["value_max"],
                "of": f["of"],
                "mentions": _mentions([f]),
            }
            for f in db.query("SELECT * FROM figures WHERE article_id = ? ORDER BY seq", [aid])
        ]
        yield {
            "id": aid,
            "url": art["url"],
            "site": art["site"],
            "title": art["title"],
            "lead": art["lead"],
            "body": art["body"],
            "published_at": art["published_at"],
            "modified_at": art["modified_at"],
            "author": art["author"],
            "category": art["category"],
            "tags": json.loads(art["tags"] or "[]"),
            "images": json.loads(art["images"] or "[]"),
            "word_count": art["word_count"],
            "parser": {"profile": art["profile"], "version": art["parser_version"]},
            "extractor_version": art["extractor_version"],
            "facts": {
                "people": people,
                "places": places,
                "organizations": orgs,
                "figures": figures,
                "models": models,
            },
        }


def _number(text: str | None, value: float | None) -> int | float | None:
    """The exact stored decimal as JSON: an int when integral, else a float."""
    if not text:
        return value
    exact = Decimal(text)
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def write_jsonl(db: sqlite_utils.Database, out: IO[bytes], site: str | None = None) -> int:
    count = 0
    for record in article_records(db, site):
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def write_warc(db: sqlite_utils.Database, out: IO[bytes], site: str | None = None) -> int:
    """Each stored page as a gzipped WARC/1.1 response record (headers as stored, body decoded)."""
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    where, params = ("WHERE site = ?", [site]) if site else ("", [])
    count = 0
    sql = f"SELECT final_url, url, status, headers, fetched_at, compression, body FROM pages {where} ORDER BY id"
    for row in db.execute(sql, params):
        final_url, url, status, headers, fetched_at, compression, blob = row
        body = decompress(compression, blob)
        status = status or 200
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        pairs = [(k, v) for k, v in json.loads(headers or "{}").items() if k not in _WIRE_HEADERS]
        pairs.append(("content-length", str(len(body))))
        http = StatusAndHeaders(f"{status} {reason}", pairs, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            final_url or url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": fetched_at.replace("+00:00", "Z"), "WARC-Source-URI": url},
        )
        writer.write_record(record)
        count += 1
    return count


@contextmanager
def _output(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        handle = Path(path).open("wb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise VnnewsError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    with handle:
        yield handle


@click.command()
@db_option()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "warc"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article with its facts per line; warc: the raw pages as WARC response records.",
)
@click.option(
    "-o", "--output", default="-", show_default=True, help="File to write, or - for standard output."
)
@click.option("--site", help="Only this site's articles or pages.")
def export(db_path: Path, fmt: str, output: str, site: str | None) -> None:
    """Write articles with their facts (JSON Lines), or the saved pages (WARC), for other tools."""
    try:
        if not Path(db_path).is_file():
            raise VnnewsError(f"{db_path}: no such database")
        db = open_db(Path(db_path))
        with _output(output) as out:
            count = write_jsonl(db, out, site) if fmt == "jsonl" else write_warc(db, out, site)
    except VnnewsError as exc:
        click.echo(f"vnnews export: {exc}", err=True)
        sys.exit(exc.exit_code)
    what = "articles" if fmt == "jsonl" else "pages"
    click.echo(f"vnnews: {count} {what} exported as {fmt}", err=True)
    sys.exit(EXIT_OK)

"""`vnnews extract`: re-parse saved pages and re-run the extractors, offline."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click

from scraper.commands import db_option
from scraper.db import check_integrity, open_db, storage_errors
from scraper.errors import EXIT_OK, EXIT_PARTIAL, ConfigError, VnnewsError
from scraper.ingest import IngestResult, reextract, select_pages

__all__ = ["extract"]


def _since(value: str | None) -> str | None:
    """A date ("2025-07-01") or ISO time, as the UTC text `pages.fetched_at` compares against.

    A time without an offset is taken as UTC.
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"--since: not an ISO date or time: {value!r}") from None
    if len(value) <= 10:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat()


@click.command()
@db_option()
@click.option("--all", "everything", is_flag=True, help="Redo every saved page.")
@click.option(
    "--stale", is_flag=True, help="Only pages parsed by an older parser or extractor (the default)."
)
@click.option("--site", help="Only pages of this site (its profile name, e.g. baophutho.vn).")
@click.option("--since", help="Only pages fetched on or after this ISO date or time.")
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes that parse; the database is written by this process.",
)
@click.option("--no-facts", is_flag=True, help="Parse articles only, without running the fact extractors.")
def extract(
    db_path: Path,
    everything: bool,
    stale: bool,
    site: str | None,
    since: str | None,
    jobs: int,
    no_facts: bool,
) -> None:
    """Re-parse saved pages and re-extract their facts, each article replaced in one transaction.

    By default only pages whose article was made by an older parser or extractor version than this
    vnnews's are redone, so running it twice does nothing the second time. Exit 1 if some pages
    could not be parsed (listed on stderr).
    """
    try:
        if everything and stale:
            raise ConfigError("--all and --stale exclude each other")
        db = open_db(Path(db_path))
        ids = select_pages(
            db, stale_only=not everything, site=site, since=_since(since), extract=not no_facts
        )
        errors: list[IngestResult] = []

        def report(result: IngestResult) -> None:
            if result.status == "error":
                errors.append(result)

        started = time.monotonic()
        with storage_errors(db_path):
            counts = reextract(db, ids, jobs=jobs, extract=not no_facts, on_result=report)
        problems = check_integrity(db)
        if problems:
            raise VnnewsError(f"{db_path}: integrity check failed after extract: {problems[0]}")
    except VnnewsError as exc:
        click.echo(f"vnnews extract: {exc}", err=True)
        sys.exit(exc.exit_code)
    for result in errors:
        click.echo(f"vnnews extract: page {result.page_id}: {result.reason}", err=True)
    click.echo(
        f"vnnews: {len(ids)} pages re-extracted: {counts['article']} articles, {counts['not_article']} not articles,"
        f" {counts['error']} failed in {time.monotonic() - started:.1f} s"
    )
    sys.exit(EXIT_PARTIAL if counts["error"] else EXIT_OK)

"""`vnnews crawl`: options → Settings → `scraper.crawl.crawl` → one summary line and the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from scraper.commands import db_option
from scraper.errors import EXIT_OK, EXIT_PARTIAL, VnnewsError
from scraper.settings import DEFAULT_SITE, Settings


def run_and_exit(settings: Settings) -> None:
    """Crawl, print the summary, and exit with the status cron should see (see `scraper.errors`)."""
    from scraper.crawl import crawl as run_crawl

    try:
        result = run_crawl(settings)
    except VnnewsError as exc:
        click.echo(f"vnnews: {exc}", err=True)
        sys.exit(exc.exit_code)
    click.echo(result.summary())
    sys.exit(EXIT_PARTIAL if result.failed else EXIT_OK)


@click.command()
@db_option(help="SQLite database to fill (created if missing).")
@click.option(
    "--site",
    "sites",
    multiple=True,
    metavar="NAME",
    help=f"Site profile name or profile .toml file; repeatable. Default: {DEFAULT_SITE}.",
)
@click.option(
    "--start-url",
    "start_urls",
    multiple=True,
    metavar="URL",
    help="Crawl a site without a profile from this URL (robots.txt sitemaps, feeds, same-host links).",
)
@click.option(
    "--max-pages", type=click.IntRange(min=0), default=None, help="Stop after this many page fetches."
)
@click.option(
    "--since",
    metavar="DATE",
    default=None,
    help="Skip feed and sitemap entries published before this date (YYYY-MM-DD, Vietnam time).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Requests in flight at once, over all hosts.",
)
@click.option(
    "--no-extract",
    is_flag=True,
    help="Only fetch and store raw pages; parse and extract them later, offline, with `vnnews extract`.",
)
@click.option("--no-facts", is_flag=True, help="Parse articles but skip the fact extractors (faster).")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Minimum seconds between requests to one host (robots.txt Crawl-delay or the profile may ask more).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Read timeout in seconds (connect timeout is a third of it, at most 10 s).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1024),
    default=5_000_000,
    show_default=True,
    help="Largest body kept; larger pages fail with 'too-large'.",
)
@click.option(
    "--attempts",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Tries per URL in one run (exponential backoff with jitter; Retry-After honoured).",
)
@click.option(
    "--contact-url",
    envvar="VNNEWS_CONTACT_URL",
    default=None,
    help="URL or mailto: in the User-Agent so site operators can reach you [env VNNEWS_CONTACT_URL].",
)
@click.option("--progress/--no-progress", default=None, help="Progress line (default: only on a terminal).")
def crawl(
    db_path: Path,
    sites: tuple[str, ...],
    start_urls: tuple[str, ...],
    max_pages: int | None,
    since: str | None,
    concurrency: int,
    no_extract: bool,
    no_facts: bool,
    delay: float,
    timeout: float,
    max_bytes: int,
    attempts: int,
    contact_url: str | None,
    progress: bool | None,
) -> None:
    """Discover, fetch and store articles of the configured sites, politely and incrementally.

    Exit status: 0 all fine, 1 some pages failed (see the frontier table), 2 bad configuration or a
    database that cannot be written, 3 another crawl holds the lock, 4 network unreachable.
    """
    from scraper.crawl import parse_since

    try:
        extra: dict[str, Any] = {"contact_url": contact_url} if contact_url else {}
        settings = Settings(
            db_path=db_path,
            sites=sites,
            start_urls=start_urls,
            max_pages=max_pages,
            since=parse_since(since) if since else None,
            concurrency=concurrency,
            extract=not no_facts,
            parse=not no_extract,
            delay=delay,
            read_timeout=timeout,
            connect_timeout=min(10.0, timeout / 3),
            max_bytes=max_bytes,
            max_attempts=attempts,
            progress=progress,
            **extra,
        )
    except VnnewsError as exc:
        click.echo(f"vnnews: {exc}", err=True)
        sys.exit(exc.exit_code)
    run_and_exit(settings)

"""`vnnews demo`: crawl a bundled copy of a news site served on 127.0.0.1, end to end, offline."""

from __future__ import annotations

from pathlib import Path

import click

from scraper.commands import db_option
from scraper.commands.crawl import run_and_exit
from scraper.settings import Settings


@click.command()
@db_option(default="demo.db", help="SQLite database to fill.")
@click.option("--no-facts", is_flag=True, help="Parse articles but skip the fact extractors.")
def demo(db_path: Path, no_facts: bool) -> None:
    """Serve a small bundled news site on 127.0.0.1 and crawl it: robots.txt, feed, sitemaps, listings.

    Needs no network. Then `vnnews serve --db demo.db` shows what was stored.
    """
    from scraper.demo import DEMO_SITE, serve_demo

    with serve_demo() as base:
        click.echo(f"vnnews demo: serving the demo site at {base}", err=True)
        settings = Settings(db_path=db_path, sites=(DEMO_SITE,), delay=0.05, extract=not no_facts)
        run_and_exit(settings)

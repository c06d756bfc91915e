"""`vnnews parse PATH...`: saved pages in, one Article JSON object per page out (JSON Lines)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from extractors import Article, NotAnArticle, PageDecodeError, parse_article
from scraper.errors import EXIT_OK, EXIT_PARTIAL, ConfigError, InputError
from scraper.profiles import ProfileError, SiteProfile, load_profile, profile_for_url

__all__ = ["ParseOutcome", "article_record", "parse", "parse_page"]

_CANONICAL_PROBE = (b'rel="canonical"', b"rel='canonical'", b'property="og:url"')


@dataclass(frozen=True)
class ParseOutcome:
    """One page's result: the article, or the reason it is not one."""

    source: str
    article: Article | None = None
    error: str | None = None


def article_record(article: Article) -> dict[str, Any]:
    """The JSON object printed for one article; the single place later fields (facts) are added."""
    return article.to_dict()


def _page_url(data: bytes) -> str | None:
    """The page's canonical or og:url, read cheaply, to pick a profile when no --url/--site is given."""
    import re

    head = data[:300_000]
    for probe in _CANONICAL_PROBE:
        at = head.find(probe)
        if at < 0:
            continue
        start = head.rfind(b"<", 0, at)
        end = head.find(b">", at)
        tag = head[start:end].decode("utf-8", "replace")
        match = re.search(r"""(?:href|content)\s*=\s*["']([^"']+)""", tag)
        if match and match.group(1).startswith("http"):
            return match.group(1)
    return None


def parse_page(data: bytes, source: str, url: str | None, profile: SiteProfile | None) -> ParseOutcome:
    """Parse one page's bytes with its site's templates (from `profile`, or found by URL)."""
    if profile is None:
        profile = profile_for_url(url or _page_url(data))
    try:
        article = parse_article(
            data,
            url=url,
            site=profile.name if profile else None,
            templates=profile.templates if profile else (),
        )
    except (NotAnArticle, PageDecodeError) as exc:
        kind = "not an article" if isinstance(exc, NotAnArticle) else "cannot decode"
        return ParseOutcome(source, error=f"{kind}: {exc}")
    return ParseOutcome(source, article=article)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--url", help="The page's URL: resolves image links and picks the site profile.")
@click.option(
    "--site", help="Site profile name or .toml path (default: found from the URL or canonical link)."
)
def parse(paths: tuple[str, ...], url: str | None, site: str | None) -> None:
    """Parse saved pages (files, or - for stdin) and print one article JSON object per line.

    Pages that are not articles are listed on stderr with the reason, and the exit status is 1.
    """
    try:
        profile = load_profile(site) if site else None
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from exc
    failed = 0
    for path in paths:
        try:
            data = _read(path)
        except (InputError, ConfigError) as exc:
            click.echo(f"vnnews parse: {exc}", err=True)
            failed += 1
            continue
        outcome = parse_page(data, path, url, profile)
        if outcome.article is None:
            click.echo(f"vnnews parse: {path}: {outcome.error}", err=True)
            failed += 1
            continue
        click.echo(json.dumps(article_record(outcome.article), ensure_ascii=False))
    sys.exit(EXIT_PARTIAL if failed else EXIT_OK)

"""`vnnews parse PATH...`: saved pages in, one Article JSON object per page out (JSON Lines)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from extractors import Article, NotAnArticle, PageDecodeError, extract_facts, parse_article
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
    province: str | None = None


def article_record(article: Article, *, facts: bool = True, province: str | None = None) -> dict[str, Any]:
    """The JSON object printed for one article, with its five fact lists unless `facts` is False.

    Fact mentions carry the field (title, lead, body) their offsets point into; the byline author is
    passed along so it is not reported as a person mentioned in the article.
    """
    record = article.to_dict()
    if facts:
        record.update(
            extract_facts(article.fact_fields(), province=province, author=article.author).to_dict()
        )
    return record


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
    return ParseOutcome(source, article=article, province=profile.province if profile else None)


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
@click.option("--no-facts", is_flag=True, help="Leave out people, places, organisations, figures and models.")
def parse(paths: tuple[str, ...], url: str | None, site: str | None, no_facts: bool) -> None:
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
        record = article_record(outcome.article, facts=not no_facts, province=outcome.province)
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(EXIT_PARTIAL if failed else EXIT_OK)

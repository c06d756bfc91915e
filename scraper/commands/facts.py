"""`vnnews facts [FILE]`: plain text in, the five fact lists out as JSON.

Without `--jsonl` the whole input is one text and one JSON object is printed. With `--jsonl` each input
line is a JSON object with a "text" key; the output line is that object (its other keys passed through)
plus "people", "places", "organizations", "figures" and "models", in input order.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import click

from extractors import extract_facts
from scraper.errors import InputError, VnnewsError

__all__ = ["facts", "facts_for_lines", "facts_record"]


def facts_record(text: str, *, province: str | None = None, author: str | None = None) -> dict[str, Any]:
    """The five lists for one text, as `vnnews facts` prints them."""
    return extract_facts(text, province=province, author=author).to_dict()


def facts_for_lines(lines: Iterable[str], *, province: str | None = None) -> Iterator[dict[str, Any]]:
    """JSON Lines in, JSON objects out: each input object plus its facts; blank lines are skipped.

    An object's own "province" or "author" key, when present, is used for that line.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f'line {number}: expected an object with a "text" string')
        found = facts_record(row["text"], province=row.get("province") or province, author=row.get("author"))
        yield {**row, **found}


def _dump(obj: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


@click.command()
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-", required=False)
@click.option(
    "--jsonl", is_flag=True, help='Read JSON Lines, each object with a "text" key; write one line each.'
)
@click.option("--province", help='The texts\' province ("Phú Thọ"), to place communes named without one.')
@click.option("--author", help="The byline, which is not reported as a person mentioned.")
def facts(file: TextIO, jsonl: bool, province: str | None, author: str | None) -> None:
    """Print the people, places, organisations, figures and models in plain text (stdin without FILE)."""
    out = sys.stdout
    try:
        if jsonl:
            for record in facts_for_lines(file, province=province):
                _dump(record, out)
                out.flush()
            return
        _dump(facts_record(file.read(), province=province, author=author), out)
    except VnnewsError as exc:
        click.echo(f"vnnews facts: {exc}", err=True)
        sys.exit(exc.exit_code)

"""One module per `vnnews` command; see `scraper.cli.COMMANDS`. Options they share live here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def db_option(default: str = "news.db", help: str = "The vnnews SQLite database.") -> Callable[[F], F]:
    """`--db PATH`, passed to the command as `db_path`, a `pathlib.Path`."""
    import pathlib

    return click.option(
        "--db",
        "db_path",
        default=default,
        show_default=True,
        type=click.Path(dir_okay=False, path_type=pathlib.Path),
        help=help,
    )

"""`vnnews serve`: browse the database in Datasette, with vnnews's descriptions, facets and queries."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import types
from importlib import resources
from pathlib import Path
from typing import Any

import click
import yaml

from extractors.normalize import fold_key
from scraper.commands import db_option
from scraper.db import open_db
from scraper.errors import ConfigError, VnnewsError

__all__ = ["datasette_args", "load_metadata", "serve", "vn_key"]


def load_metadata(db_path: Path) -> dict[str, Any]:
    """The shipped metadata, its database section keyed by the name Datasette gives `db_path`."""
    text = (resources.files("scraper") / "serve" / "metadata.yaml").read_text(encoding="utf-8")
    metadata: dict[str, Any] = yaml.safe_load(text)
    databases = metadata.get("databases", {})
    metadata["databases"] = {db_path.stem: databases.get("news", {})}
    return metadata


def vn_key(text: str | None) -> str | None:
    """The key vnnews stores names under (`people.key`, `places.key`), for SQL: SQLite's `lower()` folds
    only ASCII, so "DƯƠNG" would stay "dƯƠng" and miss "Dương"."""
    return fold_key(text) if text is not None else None


def prepare_connection(conn: sqlite3.Connection) -> None:
    """Give a connection `vn_key(text)`, which the canned queries use."""
    conn.create_function("vn_key", 1, vn_key, deterministic=True)


def _register_plugin() -> None:
    """A Datasette plugin named "vnnews" whose `prepare_connection` hook runs the function above on every
    connection; registered before Datasette starts, and imported only then (`vnnews --help` stays fast)."""
    from datasette import hookimpl
    from datasette.plugins import pm

    if pm.get_plugin("vnnews") is not None:
        return
    plugin = types.ModuleType("vnnews_serve")  # Datasette lists a plugin by its module's name
    plugin.prepare_connection = hookimpl(prepare_connection)  # type: ignore[attr-defined]
    pm.register(plugin, name="vnnews")


def datasette_args(db_path: Path, metadata_path: Path, host: str, port: int) -> list[str]:
    return [
        "serve", str(db_path),
        "--metadata", str(metadata_path),
        "--host", host,
        "--port", str(port),
        "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "500",
        "--setting", "allow_download", "off",
    ]  # fmt: skip


@click.command()
@db_option()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for all)."
)
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
def serve(db_path: Path, host: str, port: int) -> None:
    """Start Datasette on the database, with titles, descriptions, facets and canned queries."""
    from datasette.cli import cli as datasette_cli

    _register_plugin()
    path = Path(db_path)
    try:
        if not path.is_file():
            raise ConfigError(f"{path}: no such database (run `vnnews crawl` or `vnnews import` first)")
        open_db(path).close()  # refuses foreign or corrupt files and brings the schema up to date
    except VnnewsError as exc:
        click.echo(f"vnnews serve: {exc}", err=True)
        sys.exit(exc.exit_code)
    with tempfile.TemporaryDirectory(prefix="vnnews-serve-") as folder:
        metadata_path = Path(folder) / "metadata.yaml"
        metadata_path.write_text(yaml.safe_dump(load_metadata(path), allow_unicode=True), encoding="utf-8")
        datasette_cli.main(
            datasette_args(path, metadata_path, host, port), prog_name="datasette", standalone_mode=False
        )

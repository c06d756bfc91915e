"""The `vnnews` command line: a click group; each command lives in `scraper/commands/<name>.py`.

Commands turn options into one library call and print a summary; library errors (`VnnewsError`)
become a one-line message and the exit code from `scraper.errors`.
"""

from __future__ import annotations

import importlib
import keyword

import click

# command name -> module under scraper.commands holding a click command of the same name
COMMANDS = {
    "parse": "parse",
    "extract": "extract",
    "import": "import_",
    "export": "export",
    "serve": "serve",
    "crawl": "crawl",
    "demo": "demo",
    "facts": "facts",
}


class LazyGroup(click.Group):
    """Imports a command's module only when it runs, so `vnnews --help` stays fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMANDS.get(name)
        if module is None:
            return None
        command: click.Command = getattr(
            importlib.import_module(f"scraper.commands.{module}"),
            name.replace("-", "_") + ("_" if keyword.iskeyword(name) else ""),
        )
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="vnnews")
def main() -> None:
    """Crawl Vietnamese news sites, keep the raw pages, and turn articles into facts in SQLite."""

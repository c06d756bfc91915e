"""The `vnnews` command line: a click group; each command lives in `scraper/commands/<name>.py`.

Commands turn options into one library call and print a summary; library errors (`VnnewsError`)
become a one-line message and the exit code from `scraper.errors`. Any other exception is a bug: its
traceback is printed and the exit code is 70, never the 1 of a run where some pages failed.
"""

from __future__ import annotations

import importlib
import keyword
import traceback

import click

from scraper.errors import EXIT_BUG

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

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # usage errors, --help, Ctrl-C, output piped into `head`: click reports them
        except Exception:
            traceback.print_exc()
            click.echo("vnnews: this is a bug in vnnews; please report it with the traceback above", err=True)
            ctx.exit(EXIT_BUG)


@click.group(cls=LazyGroup)
@click.version_option(package_name="vnnews")
def main() -> None:
    """Crawl Vietnamese news sites, keep the raw pages, and turn articles into facts in SQLite."""

"""The README stays true: its test command is what CI runs, and every command is documented and helped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command in README


def test_readme_first_command_installs_and_crawls() -> None:
    assert re.search(
        r"^python3 -m venv \.venv && \.venv/bin/pip install -e \. && \.venv/bin/vnnews crawl$", README, re.M
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    summary = result.output.split("\n\n")[1].strip()
    assert len(summary) > 20, f"vnnews {name} --help has no real description"
    assert f"`vnnews {name}" in README, f"vnnews {name} is not in the README's command table"


def test_readme_has_no_unfilled_placeholders() -> None:
    assert "TODO" not in README


def test_readme_has_no_section_twice() -> None:
    # a botched edit once pasted half the README a second time
    headings = re.findall(r"^#{2,3} .+$", README, flags=re.MULTILINE)
    assert len(headings) == len(set(headings)), sorted(h for h in headings if headings.count(h) > 1)
    paragraphs = [p.strip() for p in README.split("\n\n") if len(p.strip()) > 200]
    assert len(paragraphs) == len(set(paragraphs))

"""The annotations of `extractors/` and `scraper/` hold: mypy, configured in pyproject.toml, finds no error.

Run as a test so that the one test command (and CI) checks them: a few seconds on a clean checkout.
Libraries with no type information are listed in pyproject.toml's `[[tool.mypy.overrides]]`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_finds_no_error_in_the_package() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr

"""The one-way data flow, enforced: `extractors` is pure and never reaches back into `scraper`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_EXTRACTORS = {
    "scraper",
    "httpx",
    "sqlite3",
    "sqlite_utils",
    "click",
    "socket",
    "subprocess",
    "urllib.request",
    "time",
    "random",
    "requests",
}
# Reading the clock or the environment makes output depend on when and where it ran.
FORBIDDEN_CALLS = ("os.environ", "getenv(", ".now(", ".today(", "time.time(")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("extractors"), ids=lambda p: str(p.relative_to(ROOT)))
def test_extractors_import_no_io(path: Path) -> None:
    bad = {
        name
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_EXTRACTORS)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"
    source = path.read_text(encoding="utf-8")
    calls = [c for c in FORBIDDEN_CALLS if c in source]
    assert not calls, f"{path.name} uses {calls}"


@pytest.mark.parametrize("path", _modules("scraper"), ids=lambda p: str(p.relative_to(ROOT)))
def test_scraper_uses_only_the_public_extractors_api(path: Path) -> None:
    allowed = {"extractors", "extractors.normalize"}
    private = {name for name in _imports(path) if name.startswith("extractors.") and name not in allowed}
    assert not private, f"{path.name} reaches into {sorted(private)}; use `from extractors import ...`"


def test_only_nlp_imports_underthesea() -> None:
    users = sorted(
        p.name for p in _modules("extractors") if any(n.split(".")[0] == "underthesea" for n in _imports(p))
    )
    assert users in ([], ["nlp.py"])


def test_importing_extractors_does_not_load_underthesea() -> None:
    import subprocess
    import sys

    code = "import sys, extractors; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"

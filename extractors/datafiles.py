"""The hand-kept lists under extractors/data/: one entry a line, lines starting with "#" are comments.

One reader for all of them, so that every list is read the same way (stripped, blanks and comments left
out) and a list's headings can split it into sections.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DATA", "entries", "section"]

DATA = Path(__file__).parent / "data"


def entries(name: str) -> list[str]:
    """The entries of data/`name`, in file order: each line that is neither blank nor a comment, stripped."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def section(name: str, heading: str) -> list[str]:
    """The entries of data/`name` under the comment line that starts with `heading`, up to the next comment."""
    out: list[str] = []
    inside = False
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.startswith(heading)
        elif inside and line.strip():
            out.append(line.strip())
    return out

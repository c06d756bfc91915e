"""The compact notation the dev-set scripts write labels in: one short call per expected fact.

Shared by make_devset.py, blind/make_blind.py and blind2/make_blind2.py so that every split spells a
fact the same way (the scorers in bench/ read these dictionaries as they are).
"""

from __future__ import annotations

import json
from pathlib import Path


def P(name, title=None, roles=(), org=None, m=None):
    """A person: full name, honorific or rank, roles, organisation, mention texts (default: the name)."""
    d = {"name": name}
    if title:
        d["title"] = title
    if roles:
        d["roles"] = list(roles)
    if org:
        d["organization"] = org
    d["mentions"] = list(m or [name])
    return d


def L(name, type, parents=(), m=None):
    """A place: bare name, unit type, parent units, mention texts."""
    return {"name": name, "type": type, "parents": list(parents), "mentions": list(m or [name])}


def O(name, expanded=None, place=None, m=None):  # noqa: E743
    """An organisation: name as written, expansion of an abbreviation, the place its name carries."""
    d = {"name": name}
    if expanded:
        d["expanded"] = expanded
    if place:
        d["place"] = place
    d["mentions"] = list(m or [name])
    return d


def F(text, value, unit=None, qualifier=None, value_max=None, of=None):
    """A figure: text as written, value (a string, so 1.5 stays exact), unit, qualifier, range, ratio."""
    d = {"text": text, "value": str(value)}
    for key, val in (("unit", unit), ("qualifier", qualifier), ("value_max", value_max), ("of", of)):
        if val is not None:
            d[key] = str(val) if key in ("value_max", "of") else val
    return d


def M(name, kind, m=None):
    """A model name and its kind word (mô hình, phong trào...), with mention texts when not the name."""
    d = {"name": name, "kind": kind}
    if m:
        d["mentions"] = list(m)
    return d


KINDS = ("people", "places", "organizations", "figures", "models")


def write_kinds(folder: Path, rows: dict[str, list[dict]]) -> None:
    """Write `<kind>.jsonl` in `folder` for every fact type: one JSON object a line, UTF-8 as is."""
    for kind, items in rows.items():
        with (folder / f"{kind}.jsonl").open("w", encoding="utf-8") as handle:
            for row in items:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def rows_by_kind(split: str, cases) -> dict[str, list[dict]]:
    """One row per case and fact type from `(source, page, province, text, *labels)` tuples, labels in
    KINDS order: what write_kinds writes for a blind split."""
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for source, page, province, text, *labels in cases:
        for kind, facts in zip(KINDS, labels, strict=True):
            row = {"split": split, "source": source, "text": text}
            if page:
                row["page"] = page
            if province:
                row["province"] = province
            row[kind] = facts
            out[kind].append(row)
    return out

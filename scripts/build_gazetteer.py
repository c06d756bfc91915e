"""Build `extractors/data/gazetteer.tsv.gz` from the `vietnamadminunits` package (run by hand, output committed).

The extractors must not import that package at run time (it loads 12 MB and parses JSON on import), so this
script flattens what they need into one small sorted TSV:

    kind  code  type  name  parent  lat  lon  became

kind P = province before July 2025 (63), D = district, W = commune/ward before July 2025,
A = a unit merged away before the package's snapshot (name is its unaccented key, parent "W:<code>" or
"D:<code>" is the unit it merged into), Q = province from July 2025 (34), N = commune/ward from July 2025.
`became` is what a P or W unit became in the 2025 reorganisation ("xã Cẩm Khê, tỉnh Phú Thọ").

Usage: python scripts/build_gazetteer.py [OUT]
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
from pathlib import Path

import vietnamadminunits

PKG = Path(vietnamadminunits.__file__).parent / "data"
OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "gazetteer.tsv.gz"

ALIAS_PREFIXES = (
    ("thitran", "thị trấn"),
    ("thixa", "thị xã"),
    ("thanhpho", "thành phố"),
    ("phuong", "phường"),
    ("huyen", "huyện"),
    ("quan", "quận"),
    ("xa", "xã"),
)


TYPES = ("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận", "Phường", "Xã")


def _split(full: str, short: str) -> tuple[str, str]:
    """('Thị xã Phú Thọ', 'Phú Thọ') -> ('thị xã', 'Phú Thọ'); numbered units ('Quận 1', 'Quận 1') -> ('quận', '1')."""
    if full == short:
        for typ in TYPES:
            if full.startswith(typ + " "):
                return typ.lower(), full[len(typ) + 1 :]
    return full[: len(full) - len(short)].strip().lower(), short


def _type(full: str, short: str) -> str:
    return _split(full, short)[0]


def _short(full: str, short: str) -> str:
    return _split(full, short)[1]


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def build() -> list[tuple[str, ...]]:
    db = sqlite3.connect(PKG / "dataset.db")
    db.row_factory = sqlite3.Row
    legacy = db.execute("SELECT * FROM admin_units_legacy").fetchall()
    new = db.execute("SELECT * FROM admin_units").fetchall()
    conv = json.loads((PKG / "converter_2025.json").read_text(encoding="utf-8"))

    new_province = {r["provinceKey"]: r for r in new}
    new_ward = {(r["provinceKey"], r["wardKey"]): r for r in new}
    old_to_new_province = {old: newk for newk, olds in conv["DICT_PROVINCE"].items() for old in olds}
    old_to_new_ward: dict[str, tuple[str, str]] = {}
    for prov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            for old in olds:
                old_to_new_ward[old] = (prov, wkey)
    for prov, divided in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, options in divided.items():
            default = next((o["newWardKey"] for o in options if o["isDefaultNewWard"]), None)
            if default and old not in old_to_new_ward:
                old_to_new_ward[old] = (prov, default)

    def province_label(key: str) -> str:
        r = new_province[key]
        return f"{_type(r['province'], r['provinceShort'])} {r['provinceShort']}"

    rows: set[tuple[str, ...]] = set()
    for r in legacy:
        pcode, dcode, wcode = r["provinceCode"], r["districtCode"], r["wardCode"]
        newp = old_to_new_province.get(r["provinceKey"])
        rows.add(
            (
                "P",
                pcode,
                _type(r["province"], r["provinceShort"]),
                r["provinceShort"],
                "",
                _coord(r["provinceLat"]),
                _coord(r["provinceLon"]),
                province_label(newp) if newp else "",
            )
        )
        rows.add(
            (
                "D",
                dcode,
                r["districtType"].lower(),
                _short(r["district"], r["districtShort"]),
                pcode,
                _coord(r["districtLat"]),
                _coord(r["districtLon"]),
                "",
            )
        )
        for alias in json.loads(r["districtAlias"] or "[]"):
            for prefix, kind in ALIAS_PREFIXES:
                if alias.startswith(prefix) and len(alias) > len(prefix):
                    rows.add(("A", "", kind, alias[len(prefix) :], f"D:{dcode}", "", "", ""))
                    break
        if not r["ward"] or not wcode:
            continue
        became = ""
        hit = old_to_new_ward.get(f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}")
        if hit and hit in new_ward:
            w = new_ward[hit]
            became = f"{w['wardType'].lower()} {_short(w['ward'], w['wardShort'])}, {province_label(hit[0])}"
        rows.add(
            (
                "W",
                wcode,
                r["wardType"].lower(),
                _short(r["ward"], r["wardShort"]),
                dcode,
                _coord(r["wardLat"]),
                _coord(r["wardLon"]),
                became,
            )
        )
        for alias in json.loads(r["wardAlias"] or "[]"):
            for prefix, kind in ALIAS_PREFIXES:
                if alias.startswith(prefix) and len(alias) > len(prefix):
                    rows.add(("A", "", kind, alias[len(prefix) :], f"W:{wcode}", "", "", ""))
                    break
    for r in new:
        rows.add(
            (
                "Q",
                r["provinceCode"],
                _type(r["province"], r["provinceShort"]),
                r["provinceShort"],
                "",
                _coord(r["provinceLat"]),
                _coord(r["provinceLon"]),
                "",
            )
        )
        rows.add(
            (
                "N",
                r["wardCode"],
                r["wardType"].lower(),
                _short(r["ward"], r["wardShort"]),
                r["provinceCode"],
                _coord(r["wardLat"]),
                _coord(r["wardLon"]),
                "",
            )
        )
    return sorted(rows)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    rows = build()
    body = "".join("\t".join(row) + "\n" for row in rows).encode("utf-8")
    # mtime=0 keeps the file byte-identical between runs
    out.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    print(f"{out}: {len(rows)} rows, {out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

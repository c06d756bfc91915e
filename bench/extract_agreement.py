"""How far two labellers agree on the same texts: the ceiling any extractor can be measured against.

blind25, blind26 (80 real texts each) and blind33 (69), headlines and teasers; blind37 and blind38 (40
and 51 long paragraphs); blind42 to blind44 (76 link titles, captions and meta descriptions) were
labelled twice. First by the split's own
labeller (tests/devset/blindN/), then again by a second labeller who never saw those labels, following the
same written conventions (the make scripts of the splits before) and writing down each new decision
(tests/devset/second/make_secondN.py -> tests/devset/second/blindN/). Four texts of blind25 are left out
(EXPOSED, found by their words): a search run by the second labeller printed their first labels by accident.
Some first decisions reached the second labellers through docstrings they were allowed to read (blind40's
names three of blind38's; blind45's and blind46's six of blind42 to blind44's, on which both agree), as
each second script says: on those items the two are not independent.

The scoring is the benches' own, imported: exact mention spans for people, places and organisations
(`bench.extract_quality.gold_spans` on both sides), exact keys for figures (span, value, unit, qualifier,
range, ratio) and models, and the figures' numbers alone. "second / first" reads the second labeller as a
system scored against the first; its precision is the first against the second's recall, so one row
serves both ways. vnnews is scored against each. vnnews from v29 on was tuned on the first labels' errors of
blind25 and blind26, so its rows there are no held-out estimate; blind33's errors were never read, so its
rows are.
Mentions are placed longest first on both sides, so two labellers who list the same mentions in another
order agree ("Nguyễn Thị Hoa" and a later "Hoa").

    python -m bench.extract_agreement
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import extract_quality as spans
from bench import extract_quality_figures as keyed

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "devset"
SPLITS = ("blind25", "blind26", "blind33", "blind37", "blind38", "blind42", "blind43", "blind44")
# The kinds of text, pooled apart as well: short headlines and teasers, long paragraphs, attribute texts.
GROUPS = {
    "headlines and teasers": ("blind25", "blind26", "blind33"),
    "long paragraphs": ("blind37", "blind38"),
    "link titles and captions": ("blind42", "blind43", "blind44"),
}
SPAN_KINDS = ("people", "places", "organizations")
KINDS = (*SPAN_KINDS, "figures", "numbers", "models")
# Texts whose first labels the second labeller saw (make_second25.py, "Exposure"), by words each holds.
EXPOSED = {"blind25": ("ít nhất 80% số xã", "1 ca mắc mới", "Tiền đạo trẻ Endrick", "xấp xỉ 23 triệu đồng")}


def load(split: str, who: str, kind: str) -> list[dict[str, Any]]:
    """The rows of one split for one fact type, as labelled by "first" or "second", exposed texts left out."""
    folder = DEVSET / split if who == "first" else DEVSET / "second" / split
    kind = "figures" if kind == "numbers" else kind
    lines = (folder / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    skip = EXPOSED.get(split, ())
    for words in skip:
        if sum(words in row["text"] for row in rows) != 1:
            raise ValueError(f"{words!r} must be in exactly one text of {split}")
    return [row for row in rows if not any(words in row["text"] for words in skip)]


def _longest_first(row: dict[str, Any], kind: str) -> dict[str, Any]:
    """The row with one fact per mention, longest mention first, so the order a labeller listed them in
    does not decide where each is placed."""
    mentions = [m for fact in row[kind] for m in fact["mentions"]]
    ordered = sorted(mentions, key=lambda m: -len(m.split("#")[0]))
    return {**row, kind: [{"mentions": [m]} for m in ordered]}


def _keys(kind: str) -> Callable[[dict[str, Any]], list[Any]]:
    """What one row's labels of `kind` are compared by."""
    if kind in SPAN_KINDS:
        return lambda row: sorted(spans.gold_spans(_longest_first(row, kind), kind))
    if kind == "figures":
        return keyed.figure_keys
    if kind == "numbers":
        return lambda row: keyed.figure_values(keyed.figure_keys(row))
    return keyed.model_keys


def _vnnews(kind: str) -> Callable[[dict[str, Any]], list[Any]]:
    """What vnnews gives on one row's text, in the same shape as `_keys(kind)`."""
    if kind in SPAN_KINDS:
        return lambda row: sorted(spans.vnnews_spans(row, kind))
    if kind == "figures":
        return lambda row: keyed.predicted_figure_keys(row["text"])
    if kind == "numbers":
        return lambda row: keyed.figure_values(keyed.predicted_figure_keys(row["text"]))
    return lambda row: keyed.predicted_model_keys(row["text"])


def compare(reference: list[dict[str, Any]], other: list[Any], kind: str) -> keyed.Scores:
    """`other` (rows labelled by someone else, or lists of predicted keys) scored against `reference`."""
    if len(reference) != len(other):
        raise ValueError(f"{len(reference)} reference rows, {len(other)} to compare")
    gold_keys = _keys(kind)
    pairs = []
    for ref, oth in zip(reference, other, strict=True):
        if isinstance(oth, dict):
            if oth["text"] != ref["text"]:
                raise ValueError(f"texts differ: {ref['text']!r} / {oth['text']!r}")
            oth = gold_keys(oth)
        pairs.append((gold_keys(ref), oth))
    return keyed._score(pairs)


def agreement(splits: tuple[str, ...] = SPLITS) -> dict[tuple[str, str], keyed.Scores]:
    """Scores keyed by (kind, comparison), pooled over `splits`; comparisons "second/first",
    "vnnews/first", "vnnews/second"."""
    out: dict[tuple[str, str], keyed.Scores] = {}
    for kind in KINDS:
        first = [row for split in splits for row in load(split, "first", kind)]
        second = [row for split in splits for row in load(split, "second", kind)]
        predicted = [_vnnews(kind)(row) for row in first]
        out[(kind, "second/first")] = compare(first, second, kind)
        out[(kind, "vnnews/first")] = compare(first, predicted, kind)
        out[(kind, "vnnews/second")] = compare(second, predicted, kind)
    return out


def _prf(s: keyed.Scores) -> str:
    return f"{100 * s.precision:5.1f} {100 * s.recall:5.1f} {100 * s.f1:5.1f}"


def _table(title: str, results: dict[tuple[str, str], keyed.Scores]) -> None:
    print(title)
    print(
        f"{'type':<14}{'gold 1st/2nd':>13}{'second / first':>20}{'vnnews / first':>20}{'vnnews / second':>20}"
    )
    for kind in KINDS:
        row = [results[(kind, c)] for c in ("second/first", "vnnews/first", "vnnews/second")]
        counts = f"{row[0].gold}/{row[2].gold}"
        print(f"{kind:<14}{counts:>13}  {_prf(row[0]):>18}  {_prf(row[1]):>18}  {_prf(row[2]):>18}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for split in SPLITS:
        n = len(load(split, "first", "people"))
        _table(
            f"{split}: {n} texts, P / R / F1 of the row's system against its reference", agreement((split,))
        )
        print()
    for name, splits in GROUPS.items():
        _table(f"pooled, {name}", agreement(splits))
        print()
    _table("pooled", agreement())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

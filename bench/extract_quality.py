"""Precision, recall and F1 for people, places and organisations on the hand-labelled dev set.

vnnews (`extract_facts`) and stock `underthesea.ner` are scored side by side on exact mention spans:
a predicted span counts only if its start and end equal a labelled mention's. The labels (one JSON case
per line in `tests/devset/{people,places,organizations}.jsonl`) give each fact with its mentions as
written; a vnnews place mention is the bare name ("Sơn Nga", not "xã Sơn Nga"), a person mention the name
without honorific. Cases marked `"split": "heldout"` were written before the extractors were tuned.

Run: python -m bench.extract_quality
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "devset"
KINDS = {"people": "PER", "places": "LOC", "organizations": "ORG"}


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_cases(kind: str, split: str | None = None) -> list[dict[str, Any]]:
    """The labelled cases for `kind` ("people", "places", "organizations"), optionally one split only."""
    cases = [
        json.loads(line)
        for line in (DEVSET / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    return [c for c in cases if split is None or c.get("split", "dev") == split]


def gold_spans(case: dict[str, Any], kind: str) -> set[tuple[int, int]]:
    """Offsets of the labelled mentions: each mention string takes its first whole-word occurrence that
    overlaps no mention taken before it (so "Hoa" after "Nguyễn Thị Hoa" is the later, short mention)."""
    text = case["text"]
    taken: set[tuple[int, int]] = set()

    def free(pos: int, end: int) -> bool:
        whole = (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        return whole and not any(s < end and pos < e for s, e in taken)

    for fact in case[kind]:
        for mention in fact["mentions"]:
            skip = 0
            if "#" in mention:  # "Cầu Giấy#2": the second occurrence, when an earlier one is something else
                mention, nth = mention.rsplit("#", 1)
                skip = int(nth) - 1
            pos = text.find(mention)
            while pos >= 0 and (not free(pos, pos + len(mention)) or skip):
                if free(pos, pos + len(mention)):
                    skip -= 1
                pos = text.find(mention, pos + 1)
            if pos < 0:
                raise ValueError(f"mention {mention!r} not in {text!r}")
            taken.add((pos, pos + len(mention)))
    return taken


def vnnews_spans(case: dict[str, Any], kind: str) -> set[tuple[int, int]]:
    from extractors import extract_facts

    facts = extract_facts(case["text"], province=case.get("province"), author=case.get("author"))
    return {(m.start, m.end) for fact in getattr(facts, kind) for m in fact.mentions}


def stock_spans(case: dict[str, Any], kind: str) -> set[tuple[int, int]]:
    """Spans stock `underthesea.ner` tags with this kind's label, mapped back to character offsets."""
    from underthesea import ner

    text = case["text"]
    label = KINDS[kind]
    spans: set[tuple[int, int]] = set()
    pos = 0
    current: list[int] | None = None
    for word, _pos, _chunk, tag in ner(text):
        start = text.find(word, pos)
        if start < 0:  # underthesea normalised the token; skip alignment for it
            current = None
            continue
        end = start + len(word)
        pos = end
        if tag == f"B-{label}":
            if current:
                spans.add((current[0], current[1]))
            current = [start, end]
        elif tag == f"I-{label}" and current:
            current[1] = end
        else:
            if current:
                spans.add((current[0], current[1]))
            current = None
    if current:
        spans.add((current[0], current[1]))
    return spans


def score(cases: Iterable[dict[str, Any]], kind: str, system: str) -> Score:
    find = vnnews_spans if system == "vnnews" else stock_spans
    tp = fp = fn = 0
    for case in cases:
        gold = gold_spans(case, kind)
        pred = find(case, kind)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return Score(tp, fp, fn)


def project(kind: str, fact: Any) -> dict[str, Any]:
    """A fact in the labels' shape: only the attributes a label states, parents by name, mentions sorted."""
    if kind == "people":
        d: dict[str, Any] = {"name": fact.name}
        if fact.title:
            d["title"] = fact.title
        if fact.roles:
            d["roles"] = list(fact.roles)
        if fact.organization:
            d["organization"] = fact.organization
    elif kind == "places":
        d = {"name": fact.name, "type": fact.type, "parents": [p.name for p in fact.parents]}
    else:
        d = {"name": fact.name}
        if fact.expanded:
            d["expanded"] = fact.expanded
        if fact.place:
            d["place"] = fact.place
    d["mentions"] = sorted(m.text for m in fact.mentions)
    return d


def exact_facts(case: dict[str, Any], kind: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(got, want): vnnews's facts and the labels, both projected and sorted, for an exact comparison."""
    from extractors import extract_facts

    facts = extract_facts(case["text"], province=case.get("province"), author=case.get("author"))
    got = sorted((project(kind, f) for f in getattr(facts, kind)), key=lambda d: d["name"])
    want = sorted(
        ({**w, "mentions": sorted(m.split("#")[0] for m in w["mentions"])} for w in case[kind]),
        key=lambda d: d["name"],
    )
    return got, want


def fact_accuracy(cases: Iterable[dict[str, Any]], kind: str) -> float:
    """Share of labelled facts that vnnews gives exactly (name, title, roles, parents... and mentions)."""
    right = total = 0
    for case in cases:
        got, want = exact_facts(case, kind)
        total += len(want)
        right += sum(1 for w in want if w in got)
    return right / total if total else 1.0


def evaluate(
    splits: Sequence[str | None] = (None, "dev", "heldout", "heldout2", "heldout3", "real"),
) -> dict[tuple[str, str | None, str], Score]:
    """Scores keyed by (kind, split, system); split None means every case."""
    out = {}
    for kind in KINDS:
        for split in splits:
            cases = load_cases(kind, split)
            for system in ("vnnews", "underthesea"):
                out[(kind, split, system)] = score(cases, kind, system)
    return out


def main() -> int:
    results = evaluate()
    print(
        f"{'type':<14}{'split':<9}{'cases':>6}  {'vnnews P/R/F1':>20}  {'underthesea.ner P/R/F1':>24}"
        f"  {'vnnews exact facts':>19}"
    )
    for kind in KINDS:
        for split in (None, "dev", "heldout", "heldout2", "heldout3", "real"):
            n = len(load_cases(kind, split))
            v = results[(kind, split, "vnnews")]
            u = results[(kind, split, "underthesea")]
            print(
                f"{kind:<14}{split or 'all':<9}{n:>6}  "
                f"{100 * v.precision:6.1f} {100 * v.recall:6.1f} {100 * v.f1:6.1f}  "
                f"{100 * u.precision:8.1f} {100 * u.recall:6.1f} {100 * u.f1:6.1f}"
                f"  {100 * fact_accuracy(load_cases(kind, split), kind):18.1f}%"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Precision, recall and F1 of every fact type on the held-out splits (tests/devset/blind*/*.jsonl).

Each split was labelled by hand and committed before vnnews or underthesea ever ran on it, by someone who
had not read the extractors, then measured once as a held-out set before anyone read its errors:
- blind (79 real fixture sentences), blind2 (86 texts), blind3 (100), blind4 (119), blind5 (103), blind6
  (103), blind7 (45), blind8 (102), blind9 (111), blind10 (109), blind11 (101), blind12 (81), blind13
  (85), blind14 (80), and blind15 to blind32 (80 real texts each): measured, then tuned on, so now
  regression alarms (their first scores are kept in the floor tests' comments); each was the honest
  estimate of the extractor it first measured (blind5 v4, blind6 v5, blind7 and blind8 v6, blind9 v7,
  blind10 v8, blind11 v9 and v10, blind12 v11 and v12, blind13 v13, blind14 v14, blind15 v15, blind16
  v16, blind17 v17, blind18 v18 and v19, blind19 v20 and v21, blind20 v22, blind21 v23, blind22 v24,
  blind23 v24 and v25, blind24 v26, blind25 and blind26 v27, blind27 v29, blind28 to blind30 v31, blind31
  and blind32 v33);
- blind33 (69 real texts, the listing's last): held out, never read; it measured extractor v36;
- blind34 to blind38 (226 long paragraphs, over 200 characters, a listing of their own): all measured with
  v37; blind34 to blind36 then tuned on (v38), blind37 and blind38 held out to measure v38, then tuned on
  (v41);
- blind39 to blind44 (151 attribute texts: link titles, image captions, meta descriptions): all measured
  with v38; blind39 to blind41 then tuned on (v39), blind42 to blind44 held out, never read (they measure
  v39);
- blind45 and blind46 (49 script texts: JSON-LD headlines and descriptions, widgets' headlines): held out,
  never read; they measure v39.
The dev set (tests/devset/*.jsonl) was written and tuned on by the extractors' authors. Scoring is the
existing benches' own, imported, not re-implemented:
- people, places, organisations: exact mention spans (`bench.extract_quality.score`), vnnews beside
  stock `underthesea.ner`, plus the share of labelled facts vnnews gives exactly (`fact_accuracy`);
- figures and models: exact keys (`bench.extract_quality_figures.score_figures/score_models`).

    python -m bench.extract_blind                  # the first blind split, a table
    python -m bench.extract_blind -v               # and every miss / wrong prediction per text
    python -m bench.extract_blind --split blind6   # another split; real and written texts also apart
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

from bench import extract_quality as spans
from bench import extract_quality_figures as keyed

BLIND = Path(__file__).resolve().parent.parent / "tests" / "devset" / "blind"
# blind, then blind2 to blind46: one folder each under tests/devset
SPLITS = {"blind": BLIND, **{f"blind{n}": BLIND.parent / f"blind{n}" for n in range(2, 47)}}
SPAN_KINDS = ("people", "places", "organizations")
KEY_KINDS = ("figures", "models")
KINDS = SPAN_KINDS + KEY_KINDS


def load_blind(kind: str, split: str = "blind", source: str | None = None) -> list[dict[str, Any]]:
    """The cases of a blind split for one fact type ("people", ..., "models"); `source` ("real",
    "written") keeps only the rows of that origin."""
    cases = keyed.load_cases(kind, SPLITS[split] / f"{kind}.jsonl")
    return [c for c in cases if source is None or c.get("source") == source]


@functools.cache
def score(kind: str, split: str = "blind", source: str | None = None) -> Any:
    """vnnews's score on one fact type of a split (`source`: its "real" or "written" rows only): `Score`
    for span kinds, `Scores` for figures/models."""
    cases = load_blind(kind, split, source)
    if kind in SPAN_KINDS:
        return spans.score(cases, kind, "vnnews")
    fn = keyed.score_figures if kind == "figures" else keyed.score_models
    return fn(cases)["all"]


def below_floor(
    kind: str, split: str, measured: tuple[float, float, float], margin: float = 2.0
) -> list[str]:
    """The measures (precision, recall, F1 in percent) that fell more than `margin` under `measured`."""
    s = score(kind, split)
    got = (100 * s.precision, 100 * s.recall, 100 * s.f1)
    names = ("precision", "recall", "F1")
    return [
        f"{split} {kind} {name} {value:.1f} < floor {floor - margin:.1f}"
        for name, value, floor in zip(names, got, measured, strict=True)
        if value < floor - margin
    ]


def evaluate(split: str = "blind", source: str | None = None) -> dict[tuple[str, str], Any]:
    """Scores keyed by (kind, system): `Score` for span kinds (systems vnnews, underthesea),
    `Scores` for figures/models (system vnnews), and (kind, "exact") -> vnnews exact-fact share."""
    out: dict[tuple[str, str], Any] = {(kind, "vnnews"): score(kind, split, source) for kind in KINDS}
    for kind in SPAN_KINDS:
        cases = load_blind(kind, split, source)
        out[(kind, "underthesea")] = spans.score(cases, kind, "underthesea")
        out[(kind, "exact")] = spans.fact_accuracy(cases, kind)
    out[("figures", "values")] = keyed.score_figure_values(load_blind("figures", split, source))["all"]
    return out


def _prf(s: Any) -> str:
    return f"{100 * s.precision:6.1f} {100 * s.recall:6.1f} {100 * s.f1:6.1f}"


def misses(split: str = "blind") -> list[str]:
    """One line per text where vnnews differs from the labels: what was missed, what was extra."""
    lines = []
    for kind in SPAN_KINDS:
        for case in load_blind(kind, split):
            text = case["text"]
            gold, pred = spans.gold_spans(case, kind), spans.vnnews_spans(case, kind)
            if gold != pred:
                lines.append(f"\n{kind.upper()} {text}")
                lines.append(f"  missed: {[text[s:e] for s, e in sorted(gold - pred)]}")
                lines.append(f"  wrong:  {[text[s:e] for s, e in sorted(pred - gold)]}")
    for kind, gold_fn, pred_fn in (
        ("figures", keyed.figure_keys, keyed.predicted_figure_keys),
        ("models", keyed.model_keys, keyed.predicted_model_keys),
    ):
        for case in load_blind(kind, split):
            gold, pred = gold_fn(case), pred_fn(case["text"])
            if sorted(map(str, gold)) != sorted(map(str, pred)):
                lines.append(f"\n{kind.upper()} {case['text']}")
                lines.append(f"  missed: {[g for g in gold if g not in pred]}")
                lines.append(f"  wrong:  {[p for p in pred if p not in gold]}")
    return lines


def _table(results: dict[tuple[str, str], Any]) -> None:
    print(
        f"{'type':<14}{'gold':>5}  {'vnnews P/R/F1':>20}  {'underthesea.ner P/R/F1':>24}  {'exact facts':>11}"
    )
    for kind in SPAN_KINDS:
        v, u = results[(kind, "vnnews")], results[(kind, "underthesea")]
        print(
            f"{kind:<14}{v.tp + v.fn:>5}  {_prf(v)}  {_prf(u):>24}  {100 * results[(kind, 'exact')]:10.1f}%"
        )
    for kind in KEY_KINDS:
        s = results[(kind, "vnnews")]
        print(f"{kind:<14}{s.gold:>5}  {_prf(s)}  {'-':>24}  {'-':>11}")
    s = results[("figures", "values")]
    print(f"{'  (numbers)':<14}{s.gold:>5}  {_prf(s)}  {'-':>24}  {'-':>11}")  # figures, whatever the unit


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    split = argv[argv.index("--split") + 1] if "--split" in argv else "blind"
    results = evaluate(split)
    cases = load_blind("people", split)
    if split == "blind":
        print(f"blind split: {len(cases)} real fixture-page texts, labelled before any run")
    else:
        print(f"{split} split: {len(cases)} texts, labelled before any run")
    _table(results)
    sources = sorted({c.get("source") for c in cases if c.get("source")})
    if len(sources) > 1:
        for source in sources:
            n = sum(1 for c in cases if c.get("source") == source)
            print(f"\n{split} {source} only: {n} texts")
            _table(evaluate(split, source))
    if "-v" in argv:
        print("\n".join(misses(split)))
    if "--json" in argv:
        flat = {
            f"{k}/{s}": (round(v, 4) if isinstance(v, float) else [v.precision, v.recall, v.f1])
            for (k, s), v in results.items()
        }
        print(json.dumps(flat, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

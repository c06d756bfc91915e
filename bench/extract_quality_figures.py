"""Precision, recall and F1 of the figure and named-model extractors on the hand-labelled dev set.

    python -m bench.extract_quality_figures

The dev set is `tests/devset/figures.jsonl` and `tests/devset/models.jsonl`, one JSON object per line:
`{"text", "split", "figures": [...]}` or `{"text", "split", "models": [...]}`. Rows with split "heldout"
were written before the extractors and never tuned against; they are scored on their own as well.

A predicted fact counts as correct only if it equals a labelled one exactly: for a figure its span,
value, unit, qualifier, value_max and of; for a model its kind, name and the set of its mention spans.
`score_figures()` / `score_models()` return a `Scores` per split ("tune", "heldout", "heldout2", "all"),
for `bench/extract.py` to print beside the other fact types.

Held-out history (each batch scored once before any change made because of it):
- "heldout" (30 figure texts, 14 model texts), written before the extractors existed: first score
  figures P 97.4 R 97.4 (38/39), models P 100 R 100 (14/14); never tuned on since.
- "heldout2" (27 figure texts, 16 model texts), written after tuning: first score figures P 100 R 100
  (34/34), models P 91.7 R 78.6 (11/12 predicted right, 11 of 14 found). Two bugs it exposed (list items
  of nine words, a known campaign name cut short by the bare-name rule) were then fixed, so its later
  scores are no longer unbiased.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from extractors.figures import find_figures
from extractors.named_models import find_models
from extractors.normalize import fold_key

__all__ = [
    "DEVSET",
    "Scores",
    "figure_keys",
    "load_cases",
    "main",
    "model_keys",
    "score_figures",
    "score_models",
]

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "devset"


@dataclass(frozen=True)
class Scores:
    cases: int
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<16} P {100 * self.precision:5.1f}  R {100 * self.recall:5.1f}  F1 {100 * self.f1:5.1f}"
            f"   ({self.correct}/{self.predicted} predicted, {self.correct}/{self.gold} gold, {self.cases} texts)"
        )


def load_cases(name: str, path: Path | None = None) -> list[dict[str, Any]]:
    """The rows of `tests/devset/<name>.jsonl`."""
    path = path or DEVSET / f"{name}.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _occurrence(text: str, mention: str | list[Any]) -> tuple[int, int]:
    """Span of a labelled mention: "text" is its first occurrence, ["text", n] its n-th (from 0)."""
    needle, nth = (mention, 0) if isinstance(mention, str) else (mention[0], int(mention[1]))
    start = -1
    for _ in range(nth + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"mention {needle!r} #{nth} not in {text!r}")
    return start, start + len(needle)


def figure_keys(case: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The labelled figures of one row as comparable tuples; each label is searched after the previous one."""
    keys = []
    text, pos = case["text"], 0
    for fig in case["figures"]:
        start = text.find(fig["text"], pos)
        if start < 0:
            raise ValueError(f"figure {fig['text']!r} not in {text!r} after {pos}")
        pos = start + len(fig["text"])
        keys.append(
            (
                start,
                pos,
                _dec(fig["value"]),
                fig.get("unit"),
                fig.get("qualifier"),
                _dec(fig.get("value_max")),
                _dec(fig.get("of")),
            )
        )
    return keys


def predicted_figure_keys(text: str) -> list[tuple[Any, ...]]:
    return [
        (f.mentions[0].start, f.mentions[0].end, f.value, f.unit, f.qualifier, f.value_max, f.of)
        for f in find_figures(text)
    ]


def model_keys(case: dict[str, Any]) -> list[tuple[Any, ...]]:
    text = case["text"]
    return [
        (m["kind"], m["name"], frozenset(_occurrence(text, x) for x in m.get("mentions", [m["name"]])))
        for m in case["models"]
    ]


def predicted_model_keys(text: str) -> list[tuple[Any, ...]]:
    return [(m.kind, m.name, frozenset((x.start, x.end) for x in m.mentions)) for m in find_models(text)]


def _score(rows: Iterable[tuple[list[Any], list[Any]]]) -> Scores:
    cases = gold_n = pred_n = correct = 0
    for gold, pred in rows:
        cases += 1
        gold_n += len(gold)
        pred_n += len(pred)
        remaining = list(gold)
        for key in pred:
            if key in remaining:
                remaining.remove(key)
                correct += 1
    return Scores(cases, gold_n, pred_n, correct)


def _by_split(cases: list[dict[str, Any]], gold_fn: Any, pred_fn: Any) -> dict[str, Scores]:
    pairs = [(case.get("split", "tune"), gold_fn(case), pred_fn(case["text"])) for case in cases]
    out = {"all": _score((g, p) for _, g, p in pairs)}
    for split in sorted({s for s, _, _ in pairs}):
        out[split] = _score((g, p) for s, g, p in pairs if s == split)
    return out


def score_figures(cases: list[dict[str, Any]] | None = None) -> dict[str, Scores]:
    """Figure P/R/F1 per split ("all", "tune", "heldout")."""
    return _by_split(
        cases if cases is not None else load_cases("figures"), figure_keys, predicted_figure_keys
    )


def figure_values(keys: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The numbers of figure keys alone (value, range end, ratio base): no span, unit or qualifier."""
    return [(value, value_max, of) for _, _, value, _, _, value_max, of in keys]


def score_figure_values(cases: list[dict[str, Any]] | None = None) -> dict[str, Scores]:
    """Figure P/R/F1 on the numbers alone (value, range end, ratio base), whatever the unit, qualifier and
    span: it separates "the number was missed or misread" from "its unit ends a word earlier or later"."""

    return _by_split(
        cases if cases is not None else load_cases("figures"),
        lambda case: figure_values(figure_keys(case)),
        lambda text: figure_values(predicted_figure_keys(text)),
    )


def score_models(cases: list[dict[str, Any]] | None = None) -> dict[str, Scores]:
    """Named-model P/R/F1 per split; a model is right when its kind, name and mention spans all are."""
    return _by_split(cases if cases is not None else load_cases("models"), model_keys, predicted_model_keys)


def _fold_models(keys: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [(kind, fold_key(name)) for kind, name, _ in keys]


def main(argv: list[str] | None = None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    figure_cases, model_cases = load_cases("figures"), load_cases("models")
    started = time.perf_counter()
    figures = score_figures(figure_cases)
    models = score_models(model_cases)
    elapsed = time.perf_counter() - started
    for split, scores in figures.items():
        print(scores.line(f"figures {split}"))
    for split, scores in models.items():
        print(scores.line(f"models {split}"))
    texts = len(figure_cases) + len(model_cases)
    print(f"{texts} dev-set texts scored in {elapsed * 1000:.0f} ms")
    seed = next((DEVSET.parent / "fixtures" / "seed").glob("000_*.txt")).read_text(encoding="utf-8")
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        found = find_models(seed)
        find_figures(seed, models=found)
    per_article = (time.perf_counter() - started) / rounds
    print(f"seed article ({len(seed)} chars): figures + models in {per_article * 1000:.1f} ms")
    if verbose:
        for case in figure_cases:
            gold, pred = figure_keys(case), predicted_figure_keys(case["text"])
            if sorted(map(str, gold)) != sorted(map(str, pred)):
                print(f"\nFIG [{case.get('split')}] {case['text']}")
                print("  missed:", [g for g in gold if g not in pred])
                print("  wrong: ", [p for p in pred if p not in gold])
        for case in model_cases:
            gold, pred = model_keys(case), predicted_model_keys(case["text"])
            if set(gold) != set(pred):
                print(f"\nMOD [{case.get('split')}] {case['text']}")
                print("  missed:", [g for g in gold if g not in pred])
                print("  wrong: ", [p for p in pred if p not in gold])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

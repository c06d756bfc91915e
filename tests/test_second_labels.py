"""Checks on the second labellings (tests/devset/second/: blind25, blind26, blind33, blind37, blind38,
blind42 to blind44) and on the agreement
bench that reads them (`python -m bench.extract_agreement`)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bench import extract_agreement as agreement
from bench import extract_quality as spans

KINDS = ("people", "places", "organizations", "figures", "models")


@pytest.mark.parametrize("split", agreement.SPLITS)
@pytest.mark.parametrize("kind", KINDS)
def test_second_labels_cover_the_same_texts_in_the_same_order(split: str, kind: str) -> None:
    first = agreement.load(split, "first", kind)
    second = agreement.load(split, "second", kind)
    assert [r["text"] for r in second] == [r["text"] for r in first]
    assert [r.get("page") for r in second] == [r.get("page") for r in first]
    assert all(r["split"] == split and r["source"] == "real" for r in second)


@pytest.mark.parametrize("split", agreement.SPLITS)
def test_every_second_label_can_be_scored(split: str) -> None:
    for kind in agreement.SPAN_KINDS:
        for row in agreement.load(split, "second", kind):
            assert len(spans.gold_spans(row, kind)) == sum(len(f["mentions"]) for f in row[kind])
    for row in agreement.load(split, "second", "figures"):
        for fig in row["figures"]:
            assert Decimal(fig["value"]) > 0 and fig["text"] in row["text"]
    assert agreement.load(split, "second", "models")  # rows exist even where no model is named


def test_the_exposed_texts_are_left_out() -> None:
    kept = agreement.load("blind25", "first", "people")
    lines = (agreement.DEVSET / "blind25" / "people.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    for words in agreement.EXPOSED["blind25"]:
        assert sum(words in text for text in texts) == 1, words
        assert not any(words in row["text"] for row in kept), words
    assert len(kept) == len(texts) - len(agreement.EXPOSED["blind25"])


def test_mentions_listed_in_another_order_still_agree() -> None:
    row = {"text": "Bà Nguyễn Thị Hoa cho biết, Hoa đã về quê.", "people": []}
    one = {**row, "people": [{"name": "Nguyễn Thị Hoa", "mentions": ["Nguyễn Thị Hoa", "Hoa"]}]}
    other = {**row, "people": [{"name": "Nguyễn Thị Hoa", "mentions": ["Hoa", "Nguyễn Thị Hoa"]}]}
    s = agreement.compare([one], [other], "people")
    assert s.correct == s.gold == s.predicted == 2


@pytest.mark.parametrize("kind", agreement.KINDS)
def test_labels_agree_fully_with_themselves(kind: str) -> None:
    first = [row for split in agreement.SPLITS for row in agreement.load(split, "first", kind)]
    s = agreement.compare(first, first, kind)
    assert s.correct == s.gold == s.predicted


@pytest.mark.parametrize("kind", agreement.KINDS)
def test_agreement_read_one_way_is_the_other_way_swapped(kind: str) -> None:
    first = [row for split in agreement.SPLITS for row in agreement.load(split, "first", kind)]
    second = [row for split in agreement.SPLITS for row in agreement.load(split, "second", kind)]
    one, other = agreement.compare(first, second, kind), agreement.compare(second, first, kind)
    assert (one.correct, one.gold, one.predicted) == (other.correct, other.predicted, other.gold)


def test_a_dropped_label_costs_recall_only() -> None:
    rows = agreement.load("blind26", "first", "places")
    labelled = next(i for i, r in enumerate(rows) if r["places"])
    fewer = [dict(r) for r in rows]
    fewer[labelled] = {**rows[labelled], "places": rows[labelled]["places"][1:]}
    s = agreement.compare(rows, fewer, "places")
    assert s.predicted == s.correct < s.gold


def test_rows_of_different_texts_are_refused() -> None:
    rows = agreement.load("blind26", "first", "people")
    with pytest.raises(ValueError, match="texts differ"):
        agreement.compare(rows, rows[1:] + rows[:1], "people")

"""Checks on the BLIND4 split's labels (tests/devset/blind4), written before vnnews ever ran on them.

Only the labels are checked here: every mention is in its text, figure values parse, real texts come
from their fixture and no text is shared with another split. No score floors: this split is the final,
held-out measurement (`python -m bench.extract_blind --split blind4`), not a tuning target.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from bench import extract_quality as spans

ROOT = Path(__file__).resolve().parent
DEVSET = ROOT / "devset"
PAGES = ROOT / "fixtures" / "pages"
SPLIT = "blind4"
SPAN_KINDS = ("people", "places", "organizations")
KINDS = (*SPAN_KINDS, "figures", "models")


def _cases(kind: str, source: str | None = None) -> list[dict]:
    lines = (DEVSET / SPLIT / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [c for c in cases if source is None or c["source"] == source]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _fixture_text(page: str) -> str:
    """The text a real row was copied from: an HTML page's body, or a feed's item descriptions."""
    from selectolax.lexbor import LexborHTMLParser

    raw = (PAGES / page).read_bytes()
    if page.endswith(".xml"):
        blocks = re.findall(r"<!\[CDATA\[(.*?)\]\]>", raw.decode("utf-8"), re.S)
        return "\n".join(_norm(LexborHTMLParser(b).body.text(deep=True)) for b in blocks)
    return _norm(LexborHTMLParser(raw).body.text(separator=" "))


def test_blind4_split_covers_the_same_texts_for_every_kind() -> None:
    texts = {kind: [c["text"] for c in _cases(kind)] for kind in KINDS}
    assert len(texts["people"]) == 119
    assert all(t == texts["people"] for t in texts.values())
    assert len(set(texts["people"])) == 119
    sources = [c["source"] for c in _cases("people")]
    assert (sources.count("real"), sources.count("written")) == (70, 49)
    assert all(c["split"] == SPLIT for kind in KINDS for c in _cases(kind))


def test_every_span_label_occurs_in_its_text() -> None:
    for kind in SPAN_KINDS:
        for case in _cases(kind):
            gold = spans.gold_spans(case, kind)  # raises if a mention is missing
            assert len(gold) == sum(len(f["mentions"]) for f in case[kind]), case["text"]
            for fact in case[kind]:
                assert fact["name"] and fact["mentions"], fact
                if kind == "places":
                    assert fact["type"], fact


@pytest.mark.parametrize("case", _cases("figures"), ids=lambda c: c["text"][:40])
def test_figures_occur_in_order_and_their_values_parse(case: dict) -> None:
    text, pos = case["text"], 0
    for fig in case["figures"]:
        start = text.find(fig["text"], pos)
        assert start >= 0, (fig["text"], text)
        pos = start + len(fig["text"])
        value = Decimal(fig["value"])
        assert value > 0
        if "value_max" in fig:
            assert Decimal(fig["value_max"]) > value
        if "of" in fig:
            assert Decimal(fig["of"]) >= value
        digits = re.sub(r"\D", "", fig["text"])
        assert digits and digits.lstrip("0")[:1] == str(value).lstrip("0.")[:1], fig


def test_every_model_mention_spells_its_name() -> None:
    for case in _cases("models"):
        text = case["text"]
        for model in case["models"]:
            assert model["kind"] and model["kind"] == model["kind"].lower()
            for mention in model.get("mentions", [model["name"]]):
                needle, nth = (mention, 0) if isinstance(mention, str) else mention
                start = -1
                for _ in range(nth + 1):
                    start = text.find(needle, start + 1)
                    assert start >= 0, (needle, text)
                assert needle.casefold() == model["name"].casefold()


def test_label_totals_match_the_committed_set() -> None:
    def total(kind: str, source: str) -> int:
        cases = _cases(kind, source)
        if kind in SPAN_KINDS:
            return sum(len(f["mentions"]) for c in cases for f in c[kind])
        return sum(len(c[kind]) for c in cases)

    assert {k: (total(k, "real"), total(k, "written")) for k in KINDS} == {
        "people": (32, 7),
        "places": (106, 28),
        "organizations": (48, 22),
        "figures": (53, 107),
        "models": (1, 26),
    }


def test_blind4_texts_are_new_and_real_ones_come_from_their_fixture() -> None:
    earlier = [
        json.loads(line)["text"]
        for folder in (DEVSET, DEVSET / "blind", DEVSET / "blind2", DEVSET / "blind3")
        for path in folder.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    fixture_text: dict[str, str] = {}
    for case in _cases("people"):
        text = case["text"]
        assert text == unicodedata.normalize("NFC", text)
        assert not any(text in old or old in text for old in earlier), text[:60]
        if case["source"] != "real":
            assert "page" not in case and case["province"] == "Phú Thọ"
            continue
        page = case["page"]
        if page not in fixture_text:
            fixture_text[page] = _fixture_text(page)
        assert text in fixture_text[page], (page, text[:60])

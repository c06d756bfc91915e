"""Checks on the labels of the held-out splits blind3 to blind46 (tests/devset/blind*), each written
before vnnews ever ran on it.

Only the labels are checked here: every mention is in its text, figure values parse, real texts come
from their fixture and no text is shared with an earlier split. One module for all these splits, so a
check added for one holds for all; what differs between them (sizes, label totals) is the table SPLITS,
in the order the splits were made. No score floors here: those are in test_blind_floors.py, for the
splits whose errors were read (`python -m bench.extract_blind --split blind12`).
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from bench import extract_quality as spans

ROOT = Path(__file__).resolve().parent
DEVSET = ROOT / "devset"
PAGES = ROOT / "fixtures" / "pages"
SPAN_KINDS = ("people", "places", "organizations")
KINDS = (*SPAN_KINDS, "figures", "models")


@dataclass(frozen=True)
class Expected:
    """What a committed split holds: texts, (real, written) texts, (real, written) label totals per kind."""

    texts: int
    sources: tuple[int, int]
    totals: dict[str, tuple[int, int]]


SPLITS = {
    "blind3": Expected(
        100,
        (70, 30),
        {
            "people": (23, 13),
            "places": (72, 21),
            "organizations": (57, 19),
            "figures": (55, 66),
            "models": (4, 17),
        },
    ),
    "blind4": Expected(
        119,
        (70, 49),
        {
            "people": (32, 8),  # v85: a bare "Bác" inside a sentence is Hồ Chí Minh
            "places": (106, 28),
            "organizations": (48, 22),
            "figures": (53, 107),
            "models": (1, 26),
        },
    ),
    "blind5": Expected(
        103,
        (50, 53),
        {
            "people": (23, 10),
            "places": (29, 42),
            "organizations": (24, 22),
            "figures": (22, 134),
            "models": (0, 28),
        },
    ),
    "blind6": Expected(
        103,
        (50, 53),
        {
            "people": (8, 32),  # v74: photo credits are no people
            "places": (19, 43),
            "organizations": (7, 29),
            "figures": (14, 97),
            "models": (0, 4),
        },
    ),
    "blind7": Expected(
        45,
        (22, 23),
        {
            "people": (7, 8),  # v74: photo credits are no people
            "places": (5, 18),
            "organizations": (3, 10),
            "figures": (4, 28),
            "models": (0, 2),
        },
    ),
    "blind8": Expected(
        102,
        (56, 46),
        {
            "people": (14, 32),  # v74: photo credits are no people
            "places": (23, 44),
            "organizations": (4, 19),
            "figures": (10, 51),
            "models": (0, 17),
        },
    ),
    "blind9": Expected(
        111,
        (59, 52),
        {
            "people": (13, 29),  # v74: photo credits are no people
            "places": (26, 35),
            "organizations": (8, 17),
            "figures": (20, 51),
            "models": (0, 16),
        },
    ),
    "blind10": Expected(
        109,
        (56, 53),
        {
            "people": (23, 27),  # v74: photo credits are no people
            "places": (29, 36),
            "organizations": (16, 22),
            "figures": (11, 54),
            "models": (0, 15),
        },
    ),
    "blind11": Expected(
        101,
        (51, 50),
        {
            "people": (10, 26),  # v74: photo credits are no people
            "places": (25, 45),
            "organizations": (8, 19),
            "figures": (14, 33),
            "models": (0, 14),
        },
    ),
    "blind12": Expected(
        81,
        (60, 21),
        {
            "people": (8, 15),  # v74: photo credits are no people
            "places": (26, 18),
            "organizations": (16, 10),
            "figures": (20, 17),
            "models": (0, 5),
        },
    ),
    "blind13": Expected(
        85,
        (60, 25),
        {
            "people": (13, 13),  # v74: photo credits are no people
            "places": (23, 16),
            "organizations": (14, 12),
            "figures": (13, 25),
            "models": (0, 5),
        },
    ),
    "blind14": Expected(
        80,
        (60, 20),
        {
            "people": (14, 9),
            "places": (27, 16),
            "organizations": (17, 15),
            "figures": (16, 30),
            "models": (0, 10),
        },
    ),
    "blind15": Expected(
        80,
        (80, 0),
        {
            "people": (16, 0),
            "places": (38, 0),
            "organizations": (17, 0),
            "figures": (23, 0),
            "models": (0, 0),
        },
    ),
    "blind16": Expected(
        80,
        (60, 20),
        {
            "people": (11, 12),
            "places": (29, 17),
            "organizations": (9, 15),
            "figures": (8, 30),
            "models": (0, 9),
        },
    ),
    "blind17": Expected(
        80,
        (80, 0),
        {
            "people": (20, 0),  # v74: photo credits are no people
            "places": (28, 0),
            "organizations": (11, 0),
            "figures": (14, 0),
            "models": (0, 0),
        },
    ),
    "blind18": Expected(
        80,
        (80, 0),
        {
            "people": (19, 0),  # v74: photo credits are no people
            "places": (28, 0),
            "organizations": (20, 0),
            "figures": (18, 0),
            "models": (0, 0),
        },
    ),
    "blind19": Expected(
        80,
        (80, 0),
        {
            "people": (24, 0),  # v74: photo credits are no people
            "places": (25, 0),
            "organizations": (13, 0),
            "figures": (17, 0),
            "models": (0, 0),
        },
    ),
    "blind20": Expected(
        80,
        (80, 0),
        {
            "people": (24, 0),
            "places": (26, 0),
            "organizations": (21, 0),
            "figures": (13, 0),
            "models": (0, 0),
        },
    ),
    "blind21": Expected(
        80,
        (80, 0),
        {
            "people": (23, 0),
            "places": (17, 0),
            "organizations": (18, 0),
            "figures": (14, 0),
            "models": (0, 0),
        },
    ),
    "blind22": Expected(
        80,
        (80, 0),
        {
            "people": (25, 0),
            "places": (26, 0),
            "organizations": (13, 0),
            "figures": (14, 0),
            "models": (0, 0),
        },
    ),
    "blind23": Expected(
        80,
        (80, 0),
        {
            "people": (13, 0),
            "places": (35, 0),
            "organizations": (21, 0),
            "figures": (26, 0),
            "models": (1, 0),
        },
    ),
    "blind24": Expected(
        80,
        (80, 0),
        {
            "people": (16, 0),
            "places": (39, 0),
            "organizations": (29, 0),
            "figures": (15, 0),
            "models": (0, 0),
        },
    ),
    "blind25": Expected(
        80,
        (80, 0),
        {
            "people": (11, 0),
            "places": (37, 0),
            "organizations": (24, 0),
            "figures": (17, 0),
            "models": (0, 0),
        },
    ),
    "blind26": Expected(
        80,
        (80, 0),
        {
            "people": (12, 0),
            "places": (27, 0),
            "organizations": (17, 0),
            "figures": (8, 0),
            "models": (0, 0),
        },
    ),
    "blind27": Expected(
        80,
        (80, 0),
        {
            "people": (8, 0),
            "places": (31, 0),
            "organizations": (15, 0),
            "figures": (23, 0),
            "models": (0, 0),
        },
    ),
    "blind28": Expected(
        80,
        (80, 0),
        {
            "people": (11, 0),
            "places": (26, 0),
            "organizations": (17, 0),
            "figures": (17, 0),
            "models": (0, 0),
        },
    ),
    "blind29": Expected(
        80,
        (80, 0),
        {
            "people": (17, 0),
            "places": (42, 0),
            "organizations": (21, 0),
            "figures": (23, 0),
            "models": (0, 0),
        },
    ),
    "blind30": Expected(
        80,
        (80, 0),
        {
            "people": (22, 0),
            "places": (35, 0),
            "organizations": (25, 0),
            "figures": (10, 0),
            "models": (0, 0),
        },
    ),
    "blind31": Expected(
        80,
        (80, 0),
        {
            "people": (14, 0),
            "places": (30, 0),
            "organizations": (25, 0),
            "figures": (13, 0),
            "models": (0, 0),
        },
    ),
    "blind32": Expected(
        80,
        (80, 0),
        {
            "people": (31, 0),
            "places": (24, 0),
            "organizations": (18, 0),
            "figures": (16, 0),
            "models": (0, 0),
        },
    ),
    "blind33": Expected(
        69,
        (69, 0),
        {
            "people": (25, 0),
            "places": (37, 0),
            "organizations": (16, 0),
            "figures": (17, 0),
            "models": (0, 0),
        },
    ),
    "blind34": Expected(
        42,
        (42, 0),
        {
            "people": (27, 0),
            "places": (34, 0),
            "organizations": (57, 0),
            "figures": (20, 0),
            "models": (0, 0),
        },
    ),
    "blind35": Expected(
        46,
        (46, 0),
        {
            "people": (18, 0),
            "places": (26, 0),
            "organizations": (48, 0),
            "figures": (17, 0),
            "models": (0, 0),
        },
    ),
    "blind36": Expected(
        47,
        (47, 0),
        {
            "people": (53, 0),  # v85: a bare "Bác" inside a sentence is Hồ Chí Minh
            "places": (30, 0),
            "organizations": (63, 0),
            "figures": (14, 0),
            "models": (0, 0),
        },
    ),
    "blind37": Expected(
        40,
        (40, 0),
        {
            "people": (48, 0),
            "places": (45, 0),
            "organizations": (47, 0),
            "figures": (14, 0),
            "models": (0, 0),
        },
    ),
    "blind38": Expected(
        51,
        (51, 0),
        {
            "people": (25, 0),
            "places": (36, 0),
            "organizations": (42, 0),
            "figures": (8, 0),
            "models": (0, 0),
        },
    ),
    "blind39": Expected(
        29,
        (29, 0),
        {
            "people": (6, 0),
            "places": (16, 0),
            "organizations": (14, 0),
            "figures": (6, 0),
            "models": (0, 0),
        },
    ),
    "blind40": Expected(
        17,
        (17, 0),
        {
            "people": (6, 0),  # v74: photo credits are no people
            "places": (8, 0),
            "organizations": (6, 0),
            "figures": (5, 0),
            "models": (0, 0),
        },
    ),
    "blind41": Expected(
        29,
        (29, 0),
        {
            "people": (18, 0),  # v85: a bare "Bác" inside a sentence is Hồ Chí Minh
            "places": (23, 0),
            "organizations": (21, 0),
            "figures": (1, 0),
            "models": (0, 0),
        },
    ),
    "blind42": Expected(
        15,
        (15, 0),
        {
            "people": (5, 0),
            "places": (8, 0),
            "organizations": (5, 0),
            "figures": (5, 0),
            "models": (0, 0),
        },
    ),
    "blind43": Expected(
        32,
        (32, 0),
        {
            "people": (15, 0),
            "places": (16, 0),
            "organizations": (12, 0),
            "figures": (5, 0),
            "models": (0, 0),
        },
    ),
    "blind44": Expected(
        29,
        (29, 0),
        {
            "people": (2, 0),
            "places": (20, 0),
            "organizations": (4, 0),
            "figures": (8, 0),
            "models": (0, 0),
        },
    ),
    "blind45": Expected(
        25,
        (25, 0),
        {
            "people": (5, 0),
            "places": (20, 0),
            "organizations": (15, 0),
            "figures": (10, 0),
            "models": (0, 0),
        },
    ),
    "blind46": Expected(
        24,
        (24, 0),
        {
            "people": (15, 0),
            "places": (4, 0),
            "organizations": (7, 0),
            "figures": (3, 0),
            "models": (0, 0),
        },
    ),
}


def _cases(split: str, kind: str, source: str | None = None) -> list[dict]:
    lines = (DEVSET / split / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    return [c for c in cases if source is None or c["source"] == source]


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _fixture_text(page: str) -> str:
    """The text a real row was copied from: an HTML page's body (element text, attribute values, script
    strings), or a feed's item descriptions."""
    from selectolax.lexbor import LexborHTMLParser

    raw = (PAGES / page).read_bytes()
    if page.endswith(".xml"):
        blocks = re.findall(r"<!\[CDATA\[(.*?)\]\]>", raw.decode("utf-8"), re.S)
        return "\n".join(_norm(LexborHTMLParser(b).body.text(deep=True)) for b in blocks)
    tree = LexborHTMLParser(raw)
    # Two readings: with a space between elements (a short node glued to its neighbour) and without
    # (a long paragraph whose links and bold words sit inside it with no space around them); then the
    # texts of title, alt and meta content attributes (a link's headline, an image's caption), one a line.
    attributes = [
        _norm(value)
        for node in tree.css("[title],[alt],meta[content]")
        for name in ("title", "alt", "content")
        if (value := node.attributes.get(name))
    ]
    body = tree.body
    scripts = [_norm(text) for node in tree.css("script") for text in script_strings(node.text() or "")]
    return "\n".join([_norm(body.text(separator=" ")), _norm(body.text(deep=True)), *attributes, *scripts])


_SCRIPT_STRING_RE = re.compile(r'(?<!\\)"((?:[^"\\\n]|\\.){25,600})"')


def script_strings(source: str) -> list[str]:
    """The double-quoted string literals of a script, JSON escapes read ("\\u00e0" is "à"): a page's JSON-LD
    headline or description, a widget's list of headlines."""
    out = []
    for m in _SCRIPT_STRING_RE.finditer(source):
        text = m.group(1)
        if "\\" in text:
            with contextlib.suppress(ValueError):  # not JSON: the literal as written
                text = json.loads(f'"{text}"')
        out.append(text)
    return out


def _figure_cases() -> list[tuple[str, dict]]:
    return [(split, case) for split in SPLITS for case in _cases(split, "figures")]


@pytest.mark.parametrize("split", SPLITS)
def test_split_covers_the_same_texts_for_every_kind(split: str) -> None:
    expected = SPLITS[split]
    texts = {kind: [c["text"] for c in _cases(split, kind)] for kind in KINDS}
    assert len(texts["people"]) == expected.texts
    assert all(t == texts["people"] for t in texts.values())
    assert len(set(texts["people"])) == expected.texts
    sources = [c["source"] for c in _cases(split, "people")]
    assert (sources.count("real"), sources.count("written")) == expected.sources
    assert all(c["split"] == split for kind in KINDS for c in _cases(split, kind))


@pytest.mark.parametrize("split", SPLITS)
def test_every_span_label_occurs_in_its_text(split: str) -> None:
    for kind in SPAN_KINDS:
        for case in _cases(split, kind):
            gold = spans.gold_spans(case, kind)  # raises if a mention is missing
            assert len(gold) == sum(len(f["mentions"]) for f in case[kind]), case["text"]
            for fact in case[kind]:
                assert fact["name"] and fact["mentions"], fact
                if kind == "places":
                    assert fact["type"], fact


@pytest.mark.parametrize(
    ("split", "case"), _figure_cases(), ids=lambda v: v if isinstance(v, str) else v["text"][:40]
)
def test_figures_occur_in_order_and_their_values_parse(split: str, case: dict) -> None:
    assert case["split"] == split
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


@pytest.mark.parametrize("split", SPLITS)
def test_every_model_mention_spells_its_name(split: str) -> None:
    for case in _cases(split, "models"):
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


@pytest.mark.parametrize("split", SPLITS)
def test_label_totals_match_the_committed_set(split: str) -> None:
    def total(kind: str, source: str) -> int:
        cases = _cases(split, kind, source)
        if kind in SPAN_KINDS:
            return sum(len(f["mentions"]) for c in cases for f in c[kind])
        return sum(len(c[kind]) for c in cases)

    assert {k: (total(k, "real"), total(k, "written")) for k in KINDS} == SPLITS[split].totals


def _made_before(split: str) -> tuple[str, ...]:
    """The folders of the splits made before `split` (the dev set, blind and blind2, then SPLITS in order),
    none of whose texts it may reuse."""
    order = list(SPLITS)
    return ("", "blind", "blind2", *order[: order.index(split)])


@pytest.mark.parametrize("split", SPLITS)
def test_texts_are_new_and_real_ones_come_from_their_fixture(split: str) -> None:
    earlier = [
        json.loads(line)["text"]
        for folder in _made_before(split)
        for path in (DEVSET / folder).glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert earlier
    fixture_text: dict[str, str] = {}
    for case in _cases(split, "people"):
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

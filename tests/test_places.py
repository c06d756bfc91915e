"""Places: administrative prefixes, the gazetteer, parents and 2025 successors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import Place, extract_facts, gazetteer

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "devset" / "places.jsonl").read_text("utf-8").splitlines()
]


def project(place: Place) -> dict:
    return {
        "name": place.name,
        "type": place.type,
        "parents": [p.name for p in place.parents],
        "mentions": sorted(m.text for m in place.mentions),
    }


def places(text: str, **kwargs: str) -> list[Place]:
    return list(extract_facts(text, **kwargs).places)


# foreign cities ("Đài Bắc") are not in the country list
KNOWN_MISSES = ("Từ 1/1, ngành hàng không đã mở lại đường bay",)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known miss"))
        if c["text"].startswith(KNOWN_MISSES)
        else c
        for c in CASES
    ],
    ids=[f"{c['split']}-{i}" for i, c in enumerate(CASES)],
)
def test_dev_set_places_are_exact(case: dict) -> None:
    got = sorted(
        (project(p) for p in places(case["text"], province=case.get("province"))), key=lambda d: d["name"]
    )
    want = sorted(
        ({**p, "mentions": sorted(m.split("#")[0] for m in p["mentions"])} for p in case["places"]),
        key=lambda d: d["name"],
    )
    assert got == want


def test_dev_set_is_big_enough() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["places"]) >= 20


def test_text_chain_gives_parents_and_gazetteer_gives_code_and_successor() -> None:
    ward, town = places("Ủy ban MTTQ phường Thanh Vinh, thị xã Phú Thọ ký giao ước.")
    assert (ward.name, ward.type, ward.code) == ("Thanh Vinh", "phường", "07966")
    assert [(p.name, p.type, p.code) for p in ward.parents] == [
        ("Phú Thọ", "thị xã", "228"),
        ("Phú Thọ", "tỉnh", "25"),
    ]
    assert ward.became == "phường Âu Cơ, tỉnh Phú Thọ"
    assert ward.lat == pytest.approx(21.409, abs=0.01) and ward.lon == pytest.approx(105.187, abs=0.01)
    assert (town.name, town.type, town.code) == ("Phú Thọ", "thị xã", "228")


def test_commune_merged_before_the_snapshot_keeps_type_and_parents() -> None:
    (place,) = places("Xã Sơn Nga là điểm thực hiện tốt mô hình.", province="Phú Thọ")
    assert (place.name, place.type, place.code) == ("Sơn Nga", "xã", None)
    assert [(p.name, p.type) for p in place.parents] == [("Cẩm Khê", "huyện"), ("Phú Thọ", "tỉnh")]
    assert place.became == "xã Cẩm Khê, tỉnh Phú Thọ"


def test_unknown_village_takes_the_province_argument_as_parent() -> None:
    (place,) = places("Người dân bản Pà Cò rất phấn khởi.", province="Hòa Bình")
    assert (place.name, place.type, [p.name for p in place.parents]) == ("Pà Cò", "bản", ["Hòa Bình"])


def test_preceding_common_noun_is_not_swallowed() -> None:
    text = "“Tiếng kẻng an ninh” tại địa bàn xã Thục Luyện."
    (place,) = places(text, province="Phú Thọ")
    (mention,) = place.mentions
    assert text[mention.start : mention.end] == "Thục Luyện"
    assert [p.name for p in place.parents] == ["Thanh Sơn", "Phú Thọ"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Khi Yên Bái còn là một phần của tỉnh Hoàng Liên Sơn, kinh tế gặp khó.",
            [("Yên Bái", "tỉnh"), ("Hoàng Liên Sơn", "tỉnh")],
        ),
        ("Năm 1976, tỉnh Hà Sơn Bình được thành lập.", [("Hà Sơn Bình", "tỉnh")]),
        ("Các tỉnh này được tách ra từ tỉnh Hà Nam Ninh.", [("Hà Nam Ninh", "tỉnh")]),
    ],
)
def test_a_former_province_named_like_a_person_is_a_province(text: str, want: list[tuple[str, str]]) -> None:
    """v116: provinces of 1976 to 1991 that open with a surname are no people ("tỉnh Hoàng Liên Sơn")."""
    facts = extract_facts(text)
    assert [(p.name, p.type) for p in facts.places] == want
    assert facts.people == ()


def test_former_states_are_countries() -> None:
    """v118: the Soviet Union and other states of the last century are places, not a person "Liên Xô"."""
    text = "Ông từng học ở Liên Xô, rồi công tác tại Tiệp Khắc và Nam Tư."
    assert [p.name for p in places(text)] == ["Liên Xô", "Tiệp Khắc", "Nam Tư"]


def test_thi_xa_is_not_read_as_xa() -> None:
    assert [(p.name, p.type) for p in places("thị xã Phú Thọ")] == [("Phú Thọ", "thị xã")]


def test_years_products_and_abbreviations_are_not_places() -> None:
    assert places("Năm 2017, iPhone X bán chạy; ANTT, PTĐT và UBND không phải là địa danh.") == []


def test_countries_are_places() -> None:
    assert [(p.name, p.type) for p in places("Xuất khẩu sang Nhật Bản và Hoa Kỳ.")] == [
        ("Nhật Bản", "country"),
        ("Hoa Kỳ", "country"),
    ]


def test_gazetteer_knows_tone_mark_variants() -> None:
    assert [u.code for u in gazetteer.lookup("Hoà Bình", "tỉnh") if u.kind == "P"] == ["17"]


@pytest.mark.parametrize("text", ["Tin, ảnh: P.Y", "Nhóm P.V thực hiện", "Ảnh: Q.H"])
def test_a_persons_initials_after_p_or_q_are_no_ward_or_district(text: str) -> None:
    assert places(text) == []


def test_a_numbered_ward_or_district_written_short_is_still_a_place() -> None:
    assert [(p.name, p.type) for p in extract_facts("Công an Q.6 và UBND P.3 đã vào cuộc.").places] == [
        ("6", "quận"),
        ("3", "phường"),
    ]

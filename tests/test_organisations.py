"""Organisations: head-noun grammar, abbreviations expanded, the place a name carries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import Organization, extract_facts
from extractors.organisations import expand

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "devset" / "organizations.jsonl").read_text("utf-8").splitlines()
]


def project(org: Organization) -> dict:
    d: dict = {"name": org.name}
    if org.expanded:
        d["expanded"] = org.expanded
    if org.place:
        d["place"] = org.place
    d["mentions"] = sorted(m.text for m in org.mentions)
    return d


def orgs(text: str, **kwargs: str) -> list[dict]:
    return [project(o) for o in extract_facts(text, **kwargs).organizations]


# Brand names without a head noun ("Vietnam Airlines") are now read from data/known_orgs.tsv.
KNOWN_MISSES: tuple[str, ...] = ()


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
def test_dev_set_organisations_are_exact(case: dict) -> None:
    got = sorted(orgs(case["text"], province=case.get("province")), key=lambda d: d["name"])
    want = sorted(
        ({**o, "mentions": sorted(o["mentions"])} for o in case["organizations"]), key=lambda d: d["name"]
    )
    assert got == want


def test_dev_set_is_big_enough() -> None:
    assert len(CASES) >= 50
    assert sum(1 for c in CASES if not c["organizations"]) >= 20


def test_abbreviations_are_expanded() -> None:
    assert expand("UBND huyện Thanh Ba") == "Ủy ban nhân dân huyện Thanh Ba"
    assert expand("Ủy ban MTTQ xã") == "Ủy ban Mặt trận Tổ quốc xã"
    assert expand("HĐND tỉnh") == "Hội đồng nhân dân tỉnh"
    assert expand("Công an tỉnh") is None


def test_place_carried_by_the_name() -> None:
    assert orgs("Công an huyện Thanh Sơn đã phát động phong trào.") == [
        {"name": "Công an huyện Thanh Sơn", "place": "Thanh Sơn", "mentions": ["Công an huyện Thanh Sơn"]}
    ]


def test_name_stops_before_a_person_and_before_the_verb() -> None:
    assert [o["name"] for o in orgs("Giám đốc Sở Y tế Nguyễn Đắc Ca nhấn mạnh yêu cầu.")] == ["Sở Y tế"]
    assert [o["name"] for o in orgs("Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn.")] == [
        "Sở Giáo dục và Đào tạo",
        "Tỉnh đoàn",
    ]


def test_two_organisations_joined_by_va_stay_apart() -> None:
    assert [o["name"] for o in orgs("Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết chương trình.")] == [
        "Ban Dân vận Tỉnh ủy",
        "Công an tỉnh",
    ]


def test_abbreviations_that_are_not_names_are_not_organisations() -> None:
    assert orgs("Duy trì 2.887 ban ANTT; mô hình Ban ANTT họ giáo; PTĐT đưa tin; công tác PCCC.") == []


def test_head_inside_a_place_name_is_not_an_organisation() -> None:
    assert orgs("Bóng đá Tây Ban Nha và Đài Loan.") == []


def names(text: str) -> list[str]:
    return [m["mentions"][0] for m in orgs(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a capitalised field, then lower-case nouns, then the level: one name
        ("Ban Chỉ huy Phòng thủ dân sự tỉnh đã họp.", ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
        ("Trung tâm Phát triển quỹ đất tỉnh tổ chức đấu giá.", ["Trung tâm Phát triển quỹ đất tỉnh"]),
        ("Văn phòng Đăng ký đất đai tỉnh cấp giấy chứng nhận.", ["Văn phòng Đăng ký đất đai tỉnh"]),
        ("Cục Di sản văn hóa đề nghị kiểm tra.", ["Cục Di sản văn hóa"]),
        # the passengers and the public a transport agency serves (fixture thanhnien-2012, cut after "vận tải")
        (
            "Trung tâm Quản lý và Điều hành vận tải hành khách công cộng TPHCM tăng chuyến xe buýt.",
            ["Trung tâm Quản lý và Điều hành vận tải hành khách công cộng TPHCM"],
        ),
        ("Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh họp.", ["Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh"]),
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh là chủ đầu tư.",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
        ),
        # action nouns stay only where the name visibly ends; as the first word after the name they are the verb
        ("Ban Quản lý dự án tổ chức lễ khởi công.", ["Ban Quản lý dự án"]),
        ("Sở Tài chính xây dựng kế hoạch thu chi.", ["Sở Tài chính"]),
        # a lower-case kind of firm or school between the head and the proper name
        ("Công ty cổ phần Xi măng Phú Thọ nộp thuế.", ["Công ty cổ phần Xi măng Phú Thọ"]),
        ("Hợp tác xã chè Phú Thịnh có 50 thành viên.", ["Hợp tác xã chè Phú Thịnh"]),
        ("Công ty cho biết sẽ tuyển thêm người.", []),
        ("Tổng công ty Điện lực miền Bắc đầu tư lưới điện.", ["Tổng công ty Điện lực miền Bắc"]),
        ("Đội Thi hành án dân sự huyện đã cưỡng chế.", ["Đội Thi hành án dân sự huyện"]),
        ("Điện lực Phú Thọ cắt điện để bảo trì.", ["Điện lực Phú Thọ"]),
        # funds and 'Tổ chức' are bodies only with an international name or an abbreviation after them
        ("Quỹ Tiền tệ Quốc tế dự báo tăng trưởng.", ["Quỹ Tiền tệ Quốc tế"]),
        ("Ủng hộ Quỹ Vì người nghèo xã.", []),
        ("Tổ chức Hội thi tiếng hát.", []),
    ],
)
def test_long_official_names(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Theo VCCI, chỉ số PCI của tỉnh tăng.", ["VCCI"]),
        ("Samsung, Apple và Google đều đầu tư vào Việt Nam.", ["Samsung", "Apple", "Google"]),
        ("Ông làm việc cho IBM Việt Nam rồi FPT Telecom.", ["IBM Việt Nam", "FPT Telecom"]),
        # the abbreviation in brackets after a full name is that name again, not a second mention
        ("Tập đoàn Điện lực Việt Nam (EVN) cho biết.", ["Tập đoàn Điện lực Việt Nam"]),
        ("Tổ chức Y tế Thế giới (WHO) khuyến cáo.", ["Tổ chức Y tế Thế giới"]),
        ("Ông Phạm Nhật Vượng (Vingroup) phát biểu.", ["Vingroup"]),
        # a brand before a product, a river or forest, a document code, a company board: no organisation
        ("Chiếc Samsung Galaxy S24 và Google Maps.", []),
        ("Cháy rừng Amazon kéo dài.", []),
        ("Văn bản số 249/KH-UBND về lễ hội.", []),
        ("Ông Thụy, Chủ tịch HĐQT, từ nhiệm.", []),
    ],
)
def test_well_known_names_without_a_head(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("TAND TP.Đà Nẵng xét xử sơ thẩm.", ["TAND TP.Đà Nẵng"]),  # 'TP.' glued to the city
        ("Viện Kiểm sát nhân dân Tối cao đề nghị truy tố.", ["Viện Kiểm sát nhân dân Tối cao"]),
        ("Cơ quan An ninh điều tra Bộ Công an kết luận.", ["Cơ quan An ninh điều tra Bộ Công an"]),
        ("Tập đoàn LS Cable & System đã phê duyệt.", ["Tập đoàn LS Cable & System"]),  # '&' inside a name
        ("Đảng Cộng sản Việt Nam lãnh đạo.", ["Đảng Cộng sản Việt Nam"]),
        ("Đường lối của Đảng, chính sách của Nhà nước.", ["Đảng"]),  # the Party, named bare
        (
            "Đảng bộ xã và Đảng ủy huyện họp; Đảng Dân chủ thắng cử.",
            ["Đảng bộ xã", "Đảng ủy huyện", "Đảng Dân chủ"],
        ),
    ],
)
def test_name_joins_and_parents(text: str, want: list[str]) -> None:
    assert names(text) == want

"""Hand labels for the BLIND7 split, written before vnnews, `extractors` or underthesea ever ran on them.

A seventh held-out set, to measure extractor changes made after blind6 was scored. This first cut holds
only "written" rows: sentences written for this set imitating national and provincial news (headlines,
sports, markets, courts, health, schools, provincial officials with ranks and roles, farming,
disasters, festivals, figures and their negatives, a few model names). No "real" rows yet: the
deadline came before fixture nodes unused by other splits were listed by blind6's recipe; a later cut
should add them by that recipe (round-robin, no choosing by difficulty) without touching these rows.
Written rows carry province "Phú Thọ" (as blind5 and blind6); a commune named without its province is
a Phú Thọ commune, and a story set elsewhere names its province.
No text here occurs in tests/devset/*.jsonl or blind/..blind6/ (checked by tests/test_blind_labels.py).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind7/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind7/make_blind7.py

Conventions: exactly those of tests/devset/blind6/make_blind6.py (and blind/..blind5/ before it), plus
these decisions taken before any scoring:
- figures: a match score "2-0", a league round "vòng 12", a match minute "phút 77" and a session
  "kỳ họp thứ 23" are not figures (as blind6's "3-1", "vòng 9"); "tăng 3,4%" is "3,4%" with no
  qualifier; "khoảng" is a qualifier (as blind6); "lên tới"/"tới" before a temperature is "tới"
  (as an earlier split's "tới 39,5 độ C"); a range "8 - 11 triệu đồng/tháng" has value_max.
- people: a photo credit "Ảnh: ..." is a person (as blind6); "Thượng tá" before a name is the title (a rank), the role after a comma keeps its unit.
- models: "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa" names the part after the kind word.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
HN = "Hà Nội"
UBND = "Ủy ban nhân dân"

REAL: list = []

# (text, people, places, organizations, figures, models)
WRITTEN_CASES = [
    (
        "Ông Lương Đình Khải – Chủ tịch UBND xã Phú Mỹ – cho biết năm nay xã trồng mới 85 ha bưởi.",
        [P("Lương Đình Khải", "Ông", ["Chủ tịch UBND xã Phú Mỹ"], "UBND xã Phú Mỹ")],
        [L("Phú Mỹ", "xã", [PT])],
        [O("UBND xã Phú Mỹ", f"{UBND} xã Phú Mỹ", "Phú Mỹ")],
        [F("85 ha", 85, "ha")],
        [],
    ),
    (
        "Bà Triệu Thị Thanh Loan, Giám đốc Sở Y tế tỉnh Phú Thọ, kiểm tra công tác tiêm chủng tại 14 trạm y tế.",
        [P("Triệu Thị Thanh Loan", "Bà", ["Giám đốc Sở Y tế tỉnh Phú Thọ"], "Sở Y tế tỉnh Phú Thọ")],
        [L(PT, "tỉnh")],
        [O("Sở Y tế tỉnh Phú Thọ", place=PT)],
        [F("14 trạm y tế", 14, "trạm y tế")],
        [],
    ),
    (
        "Giá vàng miếng sáng nay tăng 3,4% so với tuần trước, lên khoảng 92 triệu đồng/lượng.",
        [],
        [],
        [],
        [F("3,4%", "3.4", "%"), F("khoảng 92 triệu đồng/lượng", 92000000, "đồng/lượng", "khoảng")],
        [],
    ),
    (
        "Lũ quét tại huyện Mường Lát, tỉnh Thanh Hóa làm 3 người mất tích, 27 ngôi nhà bị cuốn trôi.",
        [],
        [L("Mường Lát", "huyện", ["Thanh Hóa"]), L("Thanh Hóa", "tỉnh")],
        [],
        [F("3 người", 3, "người"), F("27 ngôi nhà", 27, "ngôi nhà")],
        [],
    ),
    (
        "Thượng tá Đàm Quốc Vinh, Trưởng Công an huyện Cẩm Khê, trao thưởng cho 6 tập thể có thành tích.",
        [P("Đàm Quốc Vinh", "Thượng tá", ["Trưởng Công an huyện Cẩm Khê"], "Công an huyện Cẩm Khê")],
        [L("Cẩm Khê", "huyện", [PT])],
        [O("Công an huyện Cẩm Khê", place="Cẩm Khê")],
        [F("6 tập thể", 6, "tập thể")],
        [],
    ),
    (
        "Trường THPT Hạ Hòa có 41 học sinh đạt giải học sinh giỏi cấp tỉnh năm học 2025-2026.",
        [],
        [L("Hạ Hòa", "huyện", [PT])],
        [O("Trường THPT Hạ Hòa", "Trường Trung học phổ thông Hạ Hòa", "Hạ Hòa")],
        [F("41 học sinh", 41, "học sinh")],
        [],
    ),
    (
        "Toàn xã Tứ Xã có 12 khu dân cư đạt chuẩn văn hóa nhờ Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa.",
        [],
        [L("Tứ Xã", "xã", [PT])],
        [],
        [F("12 khu dân cư", 12, "khu dân cư")],
        [M("Toàn dân đoàn kết xây dựng đời sống văn hóa", "phong trào")],
    ),
    (
        "Bị cáo Khổng Văn Đạt, 34 tuổi, lĩnh 9 năm tù về tội lừa đảo chiếm đoạt hơn 2,3 tỷ đồng.",
        [P("Khổng Văn Đạt")],
        [],
        [],
        [F("34 tuổi", 34, "tuổi"), F("9 năm", 9, "năm"), F("hơn 2,3 tỷ đồng", 2300000000, "đồng", "hơn")],
        [],
    ),
    (
        "Hội LHPN xã Văn Lang duy trì mô hình Tiết kiệm vì phụ nữ nghèo với 58 thành viên tham gia.",
        [],
        [L("Văn Lang", "xã", [PT])],
        [O("Hội LHPN xã Văn Lang", "Hội Liên hiệp Phụ nữ xã Văn Lang", "Văn Lang")],
        [F("58 thành viên", 58, "thành viên")],
        [M("Tiết kiệm vì phụ nữ nghèo", "mô hình")],
    ),
    (
        "Lê Thanh Tùng ghi bàn phút 77, Hà Nội FC thắng 2-0 ở vòng 12",
        [P("Lê Thanh Tùng")],
        [L(HN, "thành phố")],
        [O("Hà Nội FC", place=HN)],
        [],
        [],
    ),
    (
        "Kim ngạch xuất khẩu gạo của Việt Nam đạt 4,1 tỷ USD trong 9 tháng đầu năm.",
        [],
        [L(VN, "country")],
        [],
        [F("4,1 tỷ USD", 4100000000, "USD"), F("9 tháng", 9, "tháng")],
        [],
    ),
    (
        "Bệnh viện Đa khoa tỉnh Phú Thọ tiếp nhận 17 ca sốt xuất huyết trong tuần qua.",
        [],
        [L(PT, "tỉnh")],
        [O("Bệnh viện Đa khoa tỉnh Phú Thọ", place=PT)],
        [F("17 ca", 17, "ca")],
        [],
    ),
    (
        "Lễ hội Rước Voi mùa xuân năm nay thu hút khoảng 3.000 người dân và du khách.",
        [],
        [],
        [],
        [F("khoảng 3.000 người dân", 3000, "người dân", "khoảng")],
        [],
    ),
    (
        "Ảnh: Phùng Thế Bảo",
        [P("Phùng Thế Bảo")],
        [],
        [],
        [],
        [],
    ),
    (
        "Nông dân xã Thanh Ba thu hoạch 120 tấn chè búp tươi mỗi tháng, giá bán 9.500 đồng/kg.",
        [],
        [L("Thanh Ba", "xã", [PT])],
        [],
        [F("120 tấn", 120, "tấn"), F("9.500 đồng/kg", 9500, "đồng/kg")],
        [],
    ),
    (
        "Ngày 15/8, HĐND tỉnh Phú Thọ khai mạc kỳ họp thứ 23, xem xét 18 tờ trình.",
        [],
        [L(PT, "tỉnh")],
        [O("HĐND tỉnh Phú Thọ", "Hội đồng nhân dân tỉnh Phú Thọ", PT)],
        [F("18 tờ trình", 18, "tờ trình")],
        [],
    ),
    (
        "Công ty CP May Sông Thao tuyển dụng 300 công nhân, thu nhập 8 - 11 triệu đồng/tháng.",
        [],
        [],
        [O("Công ty CP May Sông Thao", "Công ty Cổ phần May Sông Thao")],
        [
            F("300 công nhân", 300, "công nhân"),
            F("8 - 11 triệu đồng/tháng", 8000000, "đồng/tháng", value_max=11000000),
        ],
        [],
    ),
    (
        "Ca sĩ Vũ Hoài Thương biểu diễn tại đêm nhạc gây quỹ ở thành phố Đà Nẵng, quyên góp được 450 triệu đồng.",
        [P("Vũ Hoài Thương", roles=["Ca sĩ"])],
        [L("Đà Nẵng", "thành phố")],
        [],
        [F("450 triệu đồng", 450000000, "đồng")],
        [],
    ),
    (
        "Nắng nóng kéo dài, nhiệt độ tại Lào Cai có nơi tới 39 độ C.",
        [],
        [L("Lào Cai", "tỉnh")],
        [],
        [F("tới 39 độ C", 39, "độ C", "tới")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL] + [
    ("written", WRITTEN, PT, *labels) for labels in WRITTEN_CASES
]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind7", CASES))


if __name__ == "__main__":
    main()

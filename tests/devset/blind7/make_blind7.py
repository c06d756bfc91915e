"""Hand labels for the BLIND7 split, written before vnnews, `extractors` or underthesea ever ran on them.

A seventh held-out set, to measure extractor changes made after blind6 was scored. Two sources, kept
apart in each row's "source":
- "real": text copied from fixture pages by blind6's recipe (selectolax `node.text(deep=True)` of a
  leaf <p>, <li>, <h1>-<h4>, <td> or <div> node, whitespace collapsed, NFC; "page" relative to
  tests/fixtures/pages), leaving out any node sharing 40 characters with a text of
  tests/devset/*.jsonl or blind/..blind6/. The unused nodes of 25 to 200 characters of the 48 HTML
  pages (sorted by path; the feed and obfuscated fragments were not listed this time) were read
  round-robin, and every node met that is news text (not menus, contacts, hotlines, ad scripts,
  placeholder Latin, English UI) and holds a digit, number word or capitalised word after its first
  was taken, through rounds 1 and 2 of the listing (22 nodes); none was chosen for looking easy.
- "written": sentences written for this set imitating national and provincial news (headlines,
  captions, sports, markets, courts, health, schools, provincial officials with ranks and roles,
  farming, disasters, festivals, figures and their negatives, a few model names).
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
- people: a photo credit "Ảnh: ..." is a person (as blind6); "Thượng tá" before a name is the title
  (a rank), and the role after a comma keeps its unit.
- organisations: "Panasonic" named as a phone's maker ("Smartphone ... của Panasonic") is one, unlike
  a brand inside a product name ("điện thoại Nokia", "quảng cáo Neptune": not); "khu du lịch Đại Nam"
  (a tourist site) names neither an organisation nor a place; "Tân Sơn Nhất" (an airport) is no place.
- people: "ngài Benitez" is "Benitez" with title "Ngài" (as blind5's "bà Phia").
- figures: "quốc lộ 32C" (a road number) is not a figure.
- models: a common-noun "mô hình nuôi ong lấy mật" is not a model (as blind5's same phrase).
- models: "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa" names the part after the kind word.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BAOMOI = "baomoi.com/baomoi-homepage-devtools-copy.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
GENK13 = "genk.vn/genk-homepage-2013.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
SOHA12 = "soha.vn/soha-2012-can-lo-lo.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TEEN9X = "teen9x.net/teen9x-2013-8-3-boy-vao-bep.html"
VE13_NUOC = "vnexpress.net/vnexpress-2013-dong-nuoc-doc.html"
VE22_TET = "vnexpress.net/vnexpress-2022-cong-nhan-mat-viec-lo-tet.html"
VE22_BAY = "vnexpress.net/vnexpress-2022-mo-lai-duong-bay-quoc-te.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VE13 = "vnexpress.net/vnexpress-homepage-2013.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
HN = "Hà Nội"
UBND = "Ủy ban nhân dân"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 1 of the listing
    (
        DT20,
        "Ông Đinh La Thăng tự bào chữa, bác bỏ nhiều cáo buộc",
        [P("Đinh La Thăng", "Ông")],
        [],
        [],
        [],
        [],
    ),
    (GENK12, "P-02E: Smartphone Android cao cấp của Panasonic", [], [], [O("Panasonic")], [], []),
    (GENK13, "Ứng dụng nhắn tin thoại Zalo được tích hợp trên điện thoại Nokia", [], [], [], [], []),
    (SOHA12, "Ai là người đứng sau những chiêu trò của Can Lộ Lộ?", [P("Can Lộ Lộ")], [], [], [], []),
    (TEEN9X, "Tra cứu điểm thi tốt nghiệp THPT năm 2012", [], [], [], [], []),
    # ------------------------------------------------------------------ round 2
    (
        BAOMOI,
        "Bà Nguyễn Phương Hằng trở lại điều hành khu du lịch Đại Nam",
        [P("Nguyễn Phương Hằng", "Bà")],
        [],
        [],
        [],
        [],
    ),
    (DT13, "Hai cha con sống ẩn dật 40 năm trong rừng sâu", [], [], [], [F("40 năm", 40, "năm")], []),
    (DT17, "Kỳ thi THPT quốc gia 2017", [], [], [], [], []),
    (DT19_3, "Khủng hoảng chính trị tại Venezuela", [], [L("Venezuela", "country")], [], [], []),
    (
        DT19_8,
        "50 năm thực hiện di chúc Bác Hồ",
        [P("Hồ Chí Minh", m=["Bác Hồ"])],
        [],
        [],
        [F("50 năm", 50, "năm")],
        [],
    ),
    (
        DT20,
        'Viện Kiểm sát: "Ông Đinh La Thăng không oan"',
        [P("Đinh La Thăng", "Ông")],
        [],
        [O("Viện Kiểm sát")],
        [],
        [],
    ),
    (
        K14,
        "Rời Hà Nội sau 15 năm sống và làm việc, đợt dịch khiến mình quyết tâm chuyển hẳn về quê và xây nhà! - Trích lời chia sẻ từ nhân vật.",
        [],
        [L(HN, "thành phố")],
        [],
        [F("15 năm", 15, "năm")],
        [],
    ),
    (
        NHANDAN,
        "Dẫu vậy, Emiliano Martinez vẫn thi đấu xuất sắc để giữ sạch lưới trong thời gian thi đấu chính thức với hàng loạt pha cứu thua quan trọng, giúp trận đấu phải bước vào hiệp phụ.",
        [P("Emiliano Martinez")],
        [],
        [],
        [],
        [],
    ),
    (SOHA12, 'Những phim võ thuật sẽ "bùng nổ" trong năm 2013', [], [], [], [], []),
    (SOHA13, "Phải chăng ngài Benitez đã đúng!?", [P("Benitez", "Ngài")], [], [], [], []),
    (
        VE13_NUOC,
        "Dòng nước bốc lên lớp hơi bụi trắng khiến cây cỏ gần đó chết cháy. Các xưởng sản xuất xả trực tiếp nước không qua xử lý ra môi trường bên ngoài gây ô nhiễm. >> Xả rác- sự hồn nhiên độc ác",
        [],
        [],
        [],
        [],
        [],
    ),
    (VE22_TET, "Công nhân mất việc chật vật lo Tết", [], [], [], [], []),
    (VE22_BAY, "Máy bay tại Tân Sơn Nhất. Ảnh: Quỳnh Trần.", [], [], [], [], []),
    (
        VE_CAT,
        "Bộ Tài chính đề nghị Đà Nẵng xây dựng cơ chế đặc thù cho khu đô thị lấn biển",
        [],
        [L("Đà Nẵng", "thành phố")],
        [O("Bộ Tài chính")],
        [],
        [],
    ),
    (VE13, "Thương vụ M&A kỷ lục của ngân hàng Việt Nam", [], [L(VN, "country")], [], [], []),
    (
        XINHXINH,
        "Chỉ với 4 bước đơn giản, bạn sẽ có ngay vẻ ngoài cực ổn cho một buổi tiệc vui vẻ cùng bạn bè và người thân trong thời khắc đáng nhớ này!",
        [],
        [],
        [],
        [F("4 bước", 4, "bước")],
        [],
    ),
    (
        ZING12,
        "Đêm Giáng sinh, 24/12, người dân khắp Việt Nam đã ùn ùn đổ về trung tâm các thành phố lớn, các nhà thờ, nhà nguyện để cầu phúc hoặc đơn giản chỉ là vui chơi mừng ngày lễ đặc biệt trong năm.",
        [],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
]

# (text, people, places, organizations, figures, models)
WRITTEN_CASES = [
    (
        "Ông Lương Đình Khải – Chủ tịch UBND xã Ca Đình – cho biết năm nay xã trồng mới 85 ha bưởi.",
        [P("Lương Đình Khải", "Ông", ["Chủ tịch UBND xã Ca Đình"], "UBND xã Ca Đình")],
        [L("Ca Đình", "xã", [PT])],
        [O("UBND xã Ca Đình", f"{UBND} xã Ca Đình", "Ca Đình")],
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
        "Hội LHPN xã Vụ Quang duy trì mô hình Phụ nữ giúp nhau làm kinh tế với 58 thành viên tham gia.",
        [],
        [L("Vụ Quang", "xã", [PT])],
        [O("Hội LHPN xã Vụ Quang", "Hội Liên hiệp Phụ nữ xã Vụ Quang", "Vụ Quang")],
        [F("58 thành viên", 58, "thành viên")],
        [M("Phụ nữ giúp nhau làm kinh tế", "mô hình")],
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
        [],
        [],
        [],
        [],
        [],
    ),
    (
        "Nông dân xã Tề Lễ thu hoạch 120 tấn chè búp tươi mỗi tháng, giá bán 9.500 đồng/kg.",
        [],
        [L("Tề Lễ", "xã", [PT])],
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
    (
        "Đại tá Ninh Văn Cừ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phú Thọ, thăm 250 tân binh.",
        [
            P(
                "Ninh Văn Cừ",
                "Đại tá",
                ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phú Thọ"],
                "Bộ Chỉ huy Quân sự tỉnh Phú Thọ",
            )
        ],
        [L(PT, "tỉnh")],
        [O("Bộ Chỉ huy Quân sự tỉnh Phú Thọ", place=PT)],
        [F("250 tân binh", 250, "tân binh")],
        [],
    ),
    (
        "Xã Yên Kỳ nhân rộng mô hình nuôi ong lấy mật, mỗi hộ thu lãi gần 60 triệu đồng/năm.",
        [],
        [L("Yên Kỳ", "xã", [PT])],
        [],
        [F("gần 60 triệu đồng/năm", 60000000, "đồng/năm", "gần")],
        [],
    ),
    (
        "Mưa lớn gây sạt lở 1.200 m3 đất đá xuống quốc lộ 32C, đoạn qua xã Minh Đài.",
        [],
        [L("Minh Đài", "xã", [PT])],
        [],
        [F("1.200 m3", 1200, "m3")],
        [],
    ),
    (
        "Học sinh Quách Gia Hân giành Huy chương Bạc Olympic Toán quốc tế với 31 điểm.",
        [P("Quách Gia Hân", roles=["Học sinh"])],
        [],
        [],
        [F("31 điểm", 31, "điểm")],
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

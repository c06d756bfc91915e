"""Second, independent hand labels for the 29 texts of the BLIND44 split, to measure how far two labellers agree.

Who and how: written by a second labeller, who did not see blind44's labels (nothing under
tests/devset/blind44/ nor its history was opened, and the SPLITS table of tests/test_blind_labels.py was
not read), read no extractor code (only extractors/facts.py's field names), no bench code, and ran no
extractor, vnnews command, bench or underthesea on any text. The texts are the 29 of blind44 as handed
over (/tmp/agree/texts_blind44.json: link titles, image captions and meta descriptions), in their order
and byte for byte, each with its page (relative to tests/fixtures/pages). Read for the conventions: the
docstrings and label rows of tests/devset/blind13/make_blind13.py, blind14 to blind36, blind39 to
blind41, blind45 and blind46, tests/devset/second/make_second33.py and tests/devset/notation.py. Every
label was decided by meaning, from reading the Vietnamese. Two things to know: (1) one grep for a few
words of another split's texts ("ga Sài Gòn", "Thống Nhất", "Sài Gòn") was run over every
tests/devset/*/make_blind*.py with the lines of blind42 to blind44 filtered out before display, so
nothing of those scripts was seen, but the command did read them; (2) the docstrings of blind45 and
blind46, read for their conventions, cite decisions that match texts here, all known before labelling:
"blind44's '7 hoạt động chính'" (the adjective left out), "blind44's '2 cô chủ nhỏ'" (kept as one
noun), "blind44's 'thứ 3'" (an ordinal, none) and "as blind44 copied '5 &quot;bóng hồng&quot; ...'"
(the text copied with its printed entities).
This script only turns the notation below into tests/devset/second/blind44/{people,places,
organizations,figures,models}.jsonl (split "blind44", source "real"):
    python tests/devset/second/make_second44.py

Every mention of every fact is labelled, in text order, and every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind36, blind39 to blind41, blind45 and
blind46, plus these decisions, new here or where the earlier splits left a choice:
- people: "PGS.TS Bùi Mạnh Hùng, Tổng chủ biên SGK Ngữ văn, bộ sách Kết nối tri thức với cuộc sống" has
  the title "PGS.TS" (the dev set's) and the whole appositive after the comma as his role, through the
  name of the textbook series it belongs to (blind22's "Nguyễn Lê Đăng Khoa, học sinh lớp 12 Lý, Trường
  Phổ thông Năng khiếu", blind34's role after a comma), with no organisation (none is named; blind16's
  "Tổng chủ biên sách giáo khoa Tiếng Việt tiểu học"); "Naphat Warasin" is a person, "cô" after her a
  pronoun (blind15); "Nguyễn Bỉnh Khiêm" in the school's name holds no person (blind13's written
  "Trường THCS Nguyễn Trãi"); '5 "bóng hồng"' (women, unnamed) and "các Trạng nguyên" give nothing.
- places: "Câu lạc bộ Nam Định" names Nam Định, a "tỉnh" on this 2022 page (a club named by its province,
  blind16's "HA Gia Lai", blind11's sides named by their province); "tuyển Liên Quân Mobile Thái Lan",
  "nạn nhân Việt Nam", "Đội tuyển quần vợt Việt Nam" (blind25), "điện ảnh Việt Nam" (blind32's "bóng đá
  Anh"), "U23 Việt Nam" (blind15) and the sides "Argentina" and "Anh" name their countries, "ở Anh" too;
  "Ngày truyền thống học sinh, sinh viên Việt Nam" names Việt Nam (a country inside a day's name,
  blind25's "Liên hoan phim Việt Nam"); "Bắc Giang" (three 2022 headlines, the third inside the bank
  branch's name, blind31's "Quỹ TYM chi nhánh Bắc Giang"), "Bắc Ninh" ("trẻ Bắc Ninh", 2019), "Quảng
  Ngãi:" (a dateline, 2017), "Ninh Thuận" (2022), "An Giang" (2022) and "Cà Mau:" (a dateline on the
  2026 page, the province that took in Bạc Liêu) are "tỉnh"; "Cần Thơ" is a "thành phố"; "xã Trung
  Hưng" is a "xã" with no parent given (blind41's "xã Thạnh Xuân" on this page); "rừng U Minh Hạ" (the
  forest of the Lower U Minh region; no unit is named U Minh Hạ, blind28's "sông Nhuệ"), "Wang Fuk Court"
  (a housing estate, blind20's "Nam Long II Central Lake"), "sông Hồng" (blind21), "châu Á" (blind22) and
  "Trại hè Hùng Vương" name no place.
- organisations: "trường tư thục Nguyễn Bỉnh Khiêm" (the private school dissolved) is one as written in
  lower case (blind24's "trường ĐH Đông Đô", blind35's "Trường tiểu học Hòa Bình"), carrying no place;
  "Câu lạc bộ Nam Định" is one carrying Nam Định (nothing abbreviated to expand; blind36's "CLB
  Muangthong United" expanded "Câu lạc bộ ..."); "Agribank Chi nhánh Bắc Giang II" is one by its whole
  name, carrying Bắc Giang (blind31's "Quỹ TYM chi nhánh Bắc Giang"; the "Agribank" inside it not
  repeated, blind16's nested names); "(Ảnh: TÂN HOA XÃ)" gives "TÂN HOA XÃ" as printed (blind41);
  "Liên Quân Mobile" (a game), "SGK", "Kết nối tri thức với cuộc sống" (a textbook series), "V.League
  2022" (a league, blind31's "V-League"), "Davis Cup" (an event, blind25), "Đội tuyển quần vợt Việt Nam"
  and "U23 Việt Nam" (teams named by their country, blind24, blind25), "Festival sông Hồng năm 2025",
  "Hội thao", "Trại hè Hùng Vương" (events, blind35) and "INFOGRAPHICS" are none.
- figures: '5 &quot;bóng hồng&quot;' (the quotes as the text prints them) is 5 "bóng hồng" (blind19's
  '3 “từ khóa”', unit "từ khóa"); "2 cô chủ nhỏ" (the dog's two little mistresses) has the unit "cô chủ
  nhỏ" (the noun with its adjective, blind17's "5 trẻ nhỏ"); "4 tỷ đồng" is 4000000000 "đồng"; "7 hoạt
  động chính" is "7 hoạt động" (the adjective "chính", main, left out, blind27's "7 ngành học mới");
  "5 năm thành lập" holds "5 năm" (blind15's "80 năm thành lập"); "7 hành vi bị nghiêm cấm" is "7 hành
  vi" (the clause after it left out, blind29); "76 năm Ngày truyền thống ..." holds "76 năm" (an
  anniversary, blind18's "40 năm"); "Hơn 1.400 tỉ đồng" is 1400000000000 "đồng" with the qualifier
  "hơn"; "đứng thứ 3" (a rank, an ordinal, blind21's "lần thứ 73"), "2-1" (a score), "Bắc Giang II" (a
  branch's number), "từ 1948", "năm 2025", "năm 2012", "V.League 2022", "U23 châu Á 2026" (years), "U23",
  "lớp 10" (a grade, blind16), "mùng 10 Tết Bính Ngọ" and "đêm 14 ngày 15/8" (dates) are none, nor the
  number words ("Bảy tòa nhà", "vài giờ", "ba người", "Một năm").
- models: none in these texts: "cuộc thi học sinh giỏi" (a contest, no model kind word, blind31), "Thể
  thao phong trào" (mass sport, "phong trào" an adjective here, no movement named) and the film "Nhà mình
  đi thôi" are none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind44"
H24 = "24h.com.vn/24h-2012-dot-nhap-lo-luyen-thi.html"
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
BCT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
NLD12 = "nld.com.vn/nld-2012-thieu-tien-hui.html"
TN12 = "thanhnien.vn/thanhnien-2012-5-bong-hong.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"

VN = "Việt Nam"
BG = "Bắc Giang"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (
        TN12,
        "5 &quot;bóng hồng&quot; buôn ma túy lãnh án",
        [],
        [],
        [],
        [F("5 &quot;bóng hồng&quot;", 5, "bóng hồng")],
        [],
    ),
    (
        NLD12,
        "Cứu 2 cô chủ nhỏ, chú chó bay mất hàm trên",
        [],
        [],
        [],
        [F("2 cô chủ nhỏ", 2, "cô chủ nhỏ")],
        [],
    ),
    (
        CAFEBIZ,
        "Sự thật bất ngờ về cây mai được &#34;chốt&#34; giá 4 tỷ đồng ở An Giang",
        [],
        [L("An Giang", "tỉnh")],
        [],
        [F("4 tỷ đồng", 4000000000, "đồng")],
        [],
    ),
    (
        DT19_3,
        "Hàng loạt trẻ Bắc Ninh dương tính với sán lợn, phụ huynh bật khóc",
        [],
        [L("Bắc Ninh", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Naphat Warasin được tuyển thẳng vào tuyển Liên Quân Mobile Thái Lan nhờ trình độ cao vượt bậc khi đấu trên mạng. Nhưng ngoài thực tế, cô thể hiện như dân nghiệp dư.",
        [P("Naphat Warasin")],
        [L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "PGS.TS Bùi Mạnh Hùng, Tổng chủ biên SGK Ngữ văn, bộ sách Kết nối tri thức với cuộc sống đánh giá",
        [
            P(
                "Bùi Mạnh Hùng",
                "PGS.TS",
                ["Tổng chủ biên SGK Ngữ văn, bộ sách Kết nối tri thức với cuộc sống"],
            )
        ],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Ngọn lửa bùng lên đã nhanh chóng cuốn toàn bộ cụm chung cư Wang Fuk Court vào biển lửa, phơi bày những bất thường trong vật liệu thi công và loạt cảnh báo an toàn từng bị bỏ quên.",
        [],
        [],
        [],
        [],
        [],
    ),
    (H24, "“Bí kíp” thành công của các Trạng nguyên", [], [], [], [], []),
    (
        DT17,
        "Quảng Ngãi: Giải thể trường tư thục Nguyễn Bỉnh Khiêm vì không tuyển được học sinh",
        [],
        [L("Quảng Ngãi", "tỉnh")],
        [O("trường tư thục Nguyễn Bỉnh Khiêm")],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Bảy tòa nhà chìm trong biển lửa chỉ trong vài giờ. Điều tra cho thấy cửa sổ bị bịt kín bằng xốp và giàn giáo tre phủ lưới xanh đã trở thành “đường dẫn lửa”, tạo nên thảm họa chưa từng có từ 1948.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "Argentina thắng Anh (áo trắng) 2-1 để tiến vào chung kết. (Ảnh: TÂN HOA XÃ)",
        [],
        [L("Argentina", C), L("Anh", C)],
        [O("TÂN HOA XÃ")],
        [],
        [],
    ),
    (
        BLC,
        "Festival sông Hồng năm 2025 có 7 hoạt động chính.",
        [],
        [],
        [],
        [F("7 hoạt động", 7, "hoạt động")],
        [],
    ),
    (
        BBG,
        "Nhận dạng nạn nhân Việt Nam đầu tiên trong vụ cháy ở Anh",
        [],
        [L(VN, C), L("Anh", C)],
        [],
        [],
        [],
    ),
    (BBG, "Dự báo thời tiết Bắc Giang đêm 14 ngày 15/8", [], [L(BG, "tỉnh")], [], [], []),
    (
        BBG,
        "V.League 2022: Câu lạc bộ Nam Định thất thủ trên sân nhà",
        [],
        [L("Nam Định", "tỉnh")],
        [O("Câu lạc bộ Nam Định", place="Nam Định")],
        [],
        [],
    ),
    (BBG, "Đội tuyển quần vợt Việt Nam thua trận tại Davis Cup", [], [L(VN, C)], [], [], []),
    (
        BBG,
        "Bắc Giang đứng thứ 3 cuộc thi học sinh giỏi Trại hè Hùng Vương",
        [],
        [L(BG, "tỉnh")],
        [],
        [],
        [],
    ),
    (
        BBG,
        "Vụ cháy nhà tại Ninh Thuận: Điều xe múc tới tiếp cận vị trí ba người mắc kẹt",
        [],
        [L("Ninh Thuận", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        BBG,
        "Agribank Chi nhánh Bắc Giang II kỷ niệm 5 năm thành lập",
        [],
        [L(BG, "tỉnh")],
        [O("Agribank Chi nhánh Bắc Giang II", place=BG)],
        [F("5 năm", 5, "năm")],
        [],
    ),
    (
        BCT_CAT,
        "[INFOGRAPHICS] 7 hành vi bị nghiêm cấm trong bảo vệ dữ liệu cá nhân",
        [],
        [],
        [],
        [F("7 hành vi", 7, "hành vi")],
        [],
    ),
    (BCT_CAT, "Phim “Nhà mình đi thôi” ra rạp mùng 10 Tết Bính Ngọ", [], [], [], [], []),
    (BCT_CAT, "Một năm vui của điện ảnh Việt Nam", [], [L(VN, C)], [], [], []),
    (BCT_CAT, "Thể thao phong trào - Nền tảng cho thể thao thành tích cao", [], [], [], [], []),
    (
        BCT_CAT,
        "Hội thao chào mừng kỷ niệm 76 năm Ngày truyền thống học sinh, sinh viên Việt Nam",
        [],
        [L(VN, C)],
        [],
        [F("76 năm", 76, "năm")],
        [],
    ),
    (
        BCT_CAT,
        "Bóng đá - Điểm sáng thể thao quần chúng ở xã Trung Hưng",
        [],
        [L("Trung Hưng", "xã")],
        [],
        [],
        [],
    ),
    (
        BCT_CAT,
        "Vòng chung kết U23 châu Á 2026 - Kỳ vọng và thực tế của U23 Việt Nam",
        [],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        BCT_CAT,
        "Cà Mau: Hơn 1.400 tỉ đồng phát triển du lịch rừng U Minh Hạ",
        [],
        [L("Cà Mau", "tỉnh")],
        [],
        [F("Hơn 1.400 tỉ đồng", 1400000000000, "đồng", "hơn")],
        [],
    ),
    (BCT_CAT, "Để Cần Thơ hấp dẫn từ vui chơi, giải trí", [], [L("Cần Thơ", "thành phố")], [], [], []),
    (H24, "Tuyển sinh lớp 10 năm 2012", [], [], [], [], []),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind44", CASES))


if __name__ == "__main__":
    main()

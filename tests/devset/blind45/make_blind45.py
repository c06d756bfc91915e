"""Hand labels for the BLIND45 split, written before vnnews, `extractors` or underthesea ever ran on them.

A forty-fifth held-out set, all real text, and with blind46 (made at the same time) the first taken from
the SCRIPT elements of the fixture pages: the string literals a page carries in its JavaScript and
JSON-LD (an article list's headlines, a widget's list of headlines, an article's lead or body excerpt).
Every earlier split read element text (blind3 to blind38) or attribute values (blind39 to blind44), so
none of these texts was ever labelled; no text was chosen for naming a person or for anything else: every
qualifying candidate of this split's share was taken in listing order. One source, in each row's
"source":
- "real": a double-quoted string literal of 25 to 600 characters inside a <script> element of one of the
  48 HTML fixture pages, JSON escapes read (tests/test_blind_labels.py's `script_strings`), whitespace
  collapsed, NFC, holding a Vietnamese lower-case letter and no "<", "{" or "}" ("page" relative to
  tests/fixtures/pages). The listing (/tmp/scr/listing.py when this was made) holds every such text, pages
  sorted by path, a text met twice on one page listed once (at its first place); a text that is also an
  attribute text of its page, or that shares 40 characters with, lies inside or holds a text of any
  tests/devset/**/*.jsonl, is left out. The rest is read round-robin (round r takes the r-th text of every
  page that has one), and a text sharing 40 characters with an earlier one of the listing is marked a
  duplicate. The listing (57 texts, rounds 1 to 25) was split two ways by position: this split holds the
  even positions 0, 2, ..., 112 (29 candidates), blind46 the odd ones. Every candidate was read, in order,
  and taken when it is news text (a headline in a widget's or an article list's data, an article's lead or
  body excerpt; not a site's own description, title or slogan, keyword lists, section, menu or league
  names, UI text, contact lines, code), holds a digit, a number word or a capitalised word after its first
  word (after a colon, an opening quote, a dash or opening a second sentence counts; a date counts as a
  digit; a word opening in lower case does not; the "Á" of "châu Á" counts, blind20, blind41), and is not
  a duplicate. Every text is copied exactly as the candidate file gives it, and the label check finds it
  among its page's script strings.
  Taken: 25 texts, from rounds 1 to 12, 14, 15, 16, 18 and 20 to 25 (two in rounds 5, 7 and 8).
  Passed over as duplicates (10, sharing 40 characters with an earlier candidate of the listing): 6, 22,
  24, 26, 28, 36, 40, 42, 44 and 80 (a script-error string, site descriptions and imprints, vtcnews's and
  znews's address lines met again, cafebiz's teaser of a text labelled before).
  Passed over as not news text (14): 0 (baocantho's date-filter hint "Bạn có thể chọn 2 ngày để lọc tin
  tức ...", UI), 10 (tinhte's month names for a date picker, UI) and 30 (tinhte's notice "Vui lòng xem qua
  các đề tài ...", UI); 4 (dantri's "Lỗi check mobile redirect:", a script's error message) and 12
  (vnexpress-2022's script code ";var indexType='Bài';..."); 2 (baolaocai's imprint "CƠ QUAN CỦA ĐẢNG BỘ
  ..."), 8 and 20 (nhandan's and znews's site descriptions) and 46 (tuoitre's site title "Báo Tuổi Trẻ -
  Tin tức mới nhất, ...", its entities as given); 16 (vtcnews's office address); 52 and 58 (znews's
  keyword lists "trung ương,phong tỏa,chính trị", "trump,trung ương,chính trị"); 32 (vnexpress-2025's
  "Vòng loại World Cup - châu Âu", a tournament's name in its football-data widget's list of leagues, a
  section name linking to the league's page).
  News text not qualifying (10: no digit, number word or capitalised word after the first): 18, 38, 50,
  56, 64, 68, 88, 96 and 100 (zing-2012's and zing-2013's widget headlines, e.g. "Cảnh đời thai phụ bị
  chồng đạp chết", "'Luộc' chỗ kín ...", "Internet làm trí tuệ loài người thui chột", its one capital its
  first word), and znews-2025-kinh-doanh's JSON-LD headline "Sắp hết thời che giấu doanh thu bằng tài
  khoản cá nhân" (64).
  Taken as news text: vnexpress-2026-category-thoi-su's article data ("content", the opening of each
  listed article's body: 14, 54, 60) and its lead of the Đà Nẵng story (48); vtcnews-2025-home's JSON-LD
  ItemList of headlines (34, 66, 70, 74); zing-2012's and zing-2013's related-headline widgets ("t" of
  each item: 62, 72, 76, 78, 82, 84, 86, 90 to 112). Text 60 holds the figure caption of the article's
  picture with its tags escaped ("&lt;figcaption&gt;...&lt;/figcaption&gt;"), as the script string
  carries it; it is copied as given (blind40's and blind44's printed entities).
No text here occurs in tests/devset/*.jsonl or blind/..blind44/ (checked by tests/test_blind_labels.py),
nor shares 40 characters with one (checked while listing).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind45/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind45/make_blind45.py

Every mention of every fact is labelled, in text order, and every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind44 after it), plus these decisions taken before any scoring:
- people: "Ảnh: Trí Nguyễn" inside the escaped figure caption is a photo credit, a person (blind6's "Ảnh:
  ..."); "HLV Kim Sang-sik" has the role "HLV" (blind32, blind33); "Cựu Thủ tướng Shinzo Abe" has the
  role "Cựu Thủ tướng" (blind44's "Cựu tuyển thủ", blind8's "Cựu tiền đạo"); in "Anh trai Kim Jong-un"
  (his elder brother, unnamed) the person named is Kim Jong-un, with no title (blind14's "Mẹ Can Lộ Lộ"),
  and "Anh" there names no country; "Psy" is a person (a one-word name, blind13); "Trợ lý Thủ tướng",
  "Thủ tướng", "Phó Thủ tướng Thường trực", "Bà chủ Citimart" and "Cựu lãnh đạo ACB" with no name give
  nothing.
- places: "phường Sài Gòn (quận 1 cũ)" gives Sài Gòn, a "phường" with the former district as parent, and
  "1", a "quận" with no parent given (blind35's "quận 1", named by its number); "phường An Khánh (TP Thủ
  Đức cũ)" gives An Khánh, a "phường" with parent Thủ Đức, and Thủ Đức, a "thành phố" with no parent
  given, its mention "Thủ Đức" (blind11's "xã Hội Thịnh (huyện Tam Dương cũ, tỉnh Vĩnh Phúc)": a ward
  given with its former unit in brackets has it as parent; a former unit keeps its old type, blind14,
  blind17; blind/'s "TP Cần Thơ"); the Đà Nẵng inside "UBND TP Đà Nẵng" is labelled (blind17's "Sở Y tế
  Quảng Ninh"), and "vịnh Đà Nẵng" is a second mention (a natural feature named after a unit names that
  unit, blind10's "vịnh Hạ Long"), a "thành phố"; "Thủ đô Hà Nội" names Hà Nội, a "thành phố"; on this
  2026 page "Thái Nguyên", "Bắc Ninh", "Quảng Ninh", "Hưng Yên" and "Ninh Bình" are "tỉnh" and "Hải Phòng"
  a "thành phố" (blind33); "Vùng Đồng bằng sông Hồng" (an economic region, blind13's "Tây Bắc"), "châu Á"
  (blind22), "Ả rập" in "giới siêu giàu Ả rập" (the Arab world, a people and a region, no country,
  blind14's "người Thái"), "Hoa ngữ" (blind13) and "hầm" (the unnamed tunnel) name no place; "truyện tranh
  Nhật Bản" names Nhật Bản (blind32's "hãng xe Nhật Bản"); "London" is a "city" with no parent given
  (blind34).
- organisations: "UBND TP Đà Nẵng" is expanded "Ủy ban nhân dân TP Đà Nẵng", carrying Đà Nẵng (only
  the abbreviation expanded, blind14's "HĐND TP Cần Thơ"); the bare "UBND phường" (the ward's committee,
  its office the place of the fire) is expanded "Ủy ban nhân dân phường" (blind43's "UBND thành phố", the
  dev set's "UBND huyện"); "Ban Tổ chức Trung ương" (the Party's central organising commission) is one,
  inside a role with no name (blind43's "Thành ủy"); in "Trưởng ban Chỉ đạo phòng không nhân dân Trung
  ương" the body is "ban Chỉ đạo phòng không nhân dân Trung ương", as written in lower case after the
  role's "Trưởng" (blind24's "trường ĐH Đông Đô"; blind22's "Ban Chỉ đạo Trung ương"); "Bộ Tài chính"
  (both mentions) and "Chính phủ" are; "VFF" is, unexpanded (blind15); "Citimart" (the supermarket
  company), "ACB" (the bank, unexpanded, blind28) and "Samsung" (the company whose exports make the
  surplus, blind22's acting "Samsung") are; "Asian Cup 2027" (an event) is none.
- figures: "34 tỉnh, thành phố" is "34 tỉnh" and "6 tỉnh, thành phố" "6 tỉnh" (the second noun after the
  comma left out, blind31's "Gần 1 nghìn đội viên, thiếu nhi"); "6 vùng kinh tế trọng điểm" is "6 vùng
  kinh tế" (the adjective "trọng điểm", key, left out, blind44's "7 hoạt động chính"); "6 người nổi
  tiếng" keeps "người nổi tiếng" (celebrities, one noun, as blind44's "2 cô chủ nhỏ"); "10 sở thích xa
  xỉ" is "10 sở thích" (the adjective left out, blind27's "7 ngành học mới"); "4 ôtô" and "5 ngày" are
  counts; "718 tỷ đồng" is 718000000000 "đồng"; "39 tỷ bảng" is 39000000000 "bảng" (pounds sterling);
  "1.200 tỷ" (a bank's profit) carries the implied "đồng" (blind17's "855.000 tỷ"); "Khoảng 17h30" (a
  clock time, blind15's "19h"), "quận 1" (a unit's number), "tháng 1", "tháng 2", "(26/12)", "năm 2012"
  and "Asian Cup 2027" are none, nor the number words ("trăm tỷ đồng", "Thêm một đại gia").
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VTC_HOME = "vtcnews.vn/vtcnews-2025-home.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"

VN = "Việt Nam"
HN = "Hà Nội"
DN = "Đà Nẵng"
C = "country"
T = "tỉnh"
TP = "thành phố"
UBND_DN = O("UBND TP Đà Nẵng", "Ủy ban nhân dân TP Đà Nẵng", DN)

# (page, text, people, places, organizations, figures, models), in listing order
REAL = [
    # ------------------------------------------------------------------ round 1
    (
        VE_CAT,
        "Theo điều chỉnh Quy hoạch tổng thể quốc gia, cả nước sắp xếp còn 34 tỉnh, thành phố và 6 vùng kinh tế trọng điểm. Thủ đô Hà Nội là trung tâm của Vùng Đồng bằng sông Hồng, liên kết với 6 tỉnh, thành phố gồm Thái Nguyên, Bắc Ninh, Hải Phòng, Quảng Ninh, Hưng Yên, Ninh Bình; đồng thời là hạt nhân của Vùng",
        [],
        [
            L(HN, TP),
            L("Thái Nguyên", T),
            L("Bắc Ninh", T),
            L("Hải Phòng", TP),
            L("Quảng Ninh", T),
            L("Hưng Yên", T),
            L("Ninh Bình", T),
        ],
        [],
        [
            F("34 tỉnh", 34, "tỉnh"),
            F("6 vùng kinh tế", 6, "vùng kinh tế"),
            F("6 tỉnh", 6, "tỉnh"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ round 2
    (
        VTC_HOME,
        "Điều động, bổ nhiệm Trợ lý Thủ tướng làm Phó Trưởng Ban Tổ chức Trung ương",
        [],
        [],
        [O("Ban Tổ chức Trung ương")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 3
    (
        VE_CAT,
        "Bộ Tài chính đề nghị UBND TP Đà Nẵng phối hợp xây dựng dự thảo nghị định về cơ chế đặc thù cho dự án khu đô thị lấn biển, trình Chính phủ trong tháng 2.",
        [],
        [L(DN, TP)],
        [O("Bộ Tài chính"), UBND_DN, O("Chính phủ")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 4
    (
        VE_CAT,
        "Giữa tháng 1, Bộ Tài chính có văn bản gửi UBND TP Đà Nẵng, đề nghị phối hợp xây dựng dự thảo nghị định quy định cơ chế, chính sách đặc thù cho dự án khu đô thị lấn biển tại vịnh Đà Nẵng. Thủ tướng giao Bộ Tài chính chủ trì tham mưu, trình Chính phủ ban hành nghị định làm cơ sở pháp lý triển khai",
        [],
        [L(DN, TP, m=[DN, DN])],
        [O("Bộ Tài chính", m=["Bộ Tài chính", "Bộ Tài chính"]), UBND_DN, O("Chính phủ")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 5
    (
        VE_CAT,
        "Khoảng 17h30, dòng xe nối đuôi nhau qua hầm theo hướng từ phường Sài Gòn (quận 1 cũ) sang phường An Khánh (TP Thủ Đức cũ). Khi gần đến giữa hầm, 4 ôtô không giữ khoảng cách an toàn đã va chạm nhau liên hoàn.&lt;figcaption&gt;Các xe va chạm trong hầm. Ảnh: Trí Nguyễn&lt;/figcaption&gt;Tai nạn không gây thương vong, các ôtô",
        [P("Trí Nguyễn")],
        [
            L("Sài Gòn", "phường", ["1"]),
            L("1", "quận"),
            L("An Khánh", "phường", ["Thủ Đức"]),
            L("Thủ Đức", TP),
        ],
        [],
        [F("4 ôtô", 4, "ôtô")],
        [],
    ),
    (
        ZING12,
        "Ôtô bốc cháy trước UBND phường",
        [],
        [],
        [O("UBND phường", "Ủy ban nhân dân phường")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 6
    (
        VTC_HOME,
        "Tạm giữ tài xế sử dụng ma tuý lái ô tô gây tai nạn liên hoàn ở Hà Nội",
        [],
        [L(HN, TP)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 7
    (
        VTC_HOME,
        "VFF 'tự động' gia hạn hợp đồng với HLV Kim Sang-sik đến hết Asian Cup 2027",
        [P("Kim Sang-sik", roles=["HLV"])],
        [],
        [O("VFF")],
        [],
        [],
    ),
    (ZING13, "Sao Hoa ngữ 'tự sướng' trên mạng xã hội", [], [], [], [], []),
    # ------------------------------------------------------------------ round 8
    (
        VTC_HOME,
        "Phó Thủ tướng Thường trực làm Trưởng ban Chỉ đạo phòng không nhân dân Trung ương",
        [],
        [],
        [O("ban Chỉ đạo phòng không nhân dân Trung ương")],
        [],
        [],
    ),
    (
        ZING13,
        "6 người nổi tiếng 'cưng' con riêng",
        [],
        [],
        [],
        [F("6 người nổi tiếng", 6, "người nổi tiếng")],
        [],
    ),
    # ------------------------------------------------------------------ round 9
    (
        ZING12,
        "Hàn Quốc tập trận bắn đạn thật sát Triều Tiên",
        [],
        [L("Hàn Quốc", C), L("Triều Tiên", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 10
    (
        ZING13,
        "Psy bị 'bêu xấu' trong truyện tranh Nhật Bản",
        [P("Psy")],
        [L("Nhật Bản", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 11
    (ZING12, "Những gia đình quyền lực ở châu Á", [], [], [], [], []),
    # ------------------------------------------------------------------ round 12
    (ZING12, "Tin ảnh thế giới trong ngày (26/12)", [], [], [], [], []),
    # ------------------------------------------------------------------ round 14
    (
        ZING12,
        "Cựu Thủ tướng Shinzo Abe chính thức trở lại nắm quyền",
        [P("Shinzo Abe", roles=["Cựu Thủ tướng"])],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 15
    (
        ZING12,
        "Người chết 5 ngày vẫn có thể cứu người sống",
        [],
        [],
        [],
        [F("5 ngày", 5, "ngày")],
        [],
    ),
    # ------------------------------------------------------------------ round 16
    (
        ZING12,
        "Anh trai Kim Jong-un bí mật về nước chịu tang cha",
        [P("Kim Jong-un")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 18
    (ZING12, "Bà chủ Citimart mê lượm bạc cắc", [], [], [O("Citimart")], [], []),
    # ------------------------------------------------------------------ round 20
    (
        ZING12,
        "Cựu lãnh đạo ACB trần tình vụ ủy thác 718 tỷ đồng",
        [],
        [],
        [O("ACB")],
        [F("718 tỷ đồng", 718000000000, "đồng")],
        [],
    ),
    # ------------------------------------------------------------------ round 21
    (
        ZING12,
        "London xây sân bay 39 tỷ bảng",
        [],
        [L("London", "city")],
        [],
        [F("39 tỷ bảng", 39000000000, "bảng")],
        [],
    ),
    # ------------------------------------------------------------------ round 22
    (ZING12, "Thêm một đại gia thủy sản ‘vỡ nợ’ trăm tỷ đồng", [], [], [], [], []),
    # ------------------------------------------------------------------ round 23
    (
        ZING12,
        "10 sở thích xa xỉ của giới siêu giàu Ả rập",
        [],
        [],
        [],
        [F("10 sở thích", 10, "sở thích")],
        [],
    ),
    # ------------------------------------------------------------------ round 24
    (
        ZING12,
        "ACB dự kiến có lợi nhuận 1.200 tỷ năm 2012",
        [],
        [],
        [O("ACB")],
        [F("1.200 tỷ", 1200000000000, "đồng")],
        [],
    ),
    # ------------------------------------------------------------------ round 25
    (ZING12, "Việt Nam xuất siêu nhờ Samsung", [], [L(VN, C)], [O("Samsung")], [], []),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind45", CASES))


if __name__ == "__main__":
    main()

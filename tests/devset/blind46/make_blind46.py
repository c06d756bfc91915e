"""Hand labels for the BLIND46 split, written before vnnews, `extractors` or underthesea ever ran on them.

A forty-sixth held-out set, all real text, and with blind45 the first made of SCRIPT texts: the string
literals that the fixture pages carry inside their <script> elements (a page's JSON-LD headline and
description, a widget's list of headlines), which no earlier split read (they read element text, then
attribute values). No text was chosen for naming a person or for anything else: every qualifying
candidate of this split's share was taken in listing order. One source, in each row's "source":
- "real": a double-quoted string literal of 25 to 600 characters inside a <script> element of one of
  the 48 HTML fixture pages, JSON escapes read ("\\u00e0" is "à", as tests/test_blind_labels.py's
  `script_strings` reads them), whitespace collapsed, NFC, holding a Vietnamese lower-case letter and
  no "<", "{" or "}" ("page" relative to tests/fixtures/pages). The listing (/tmp/scr/listing.py when
  this was made) takes the pages sorted by path, a text met twice on one page once (at its first
  place); it leaves out a text that is also an attribute text of its page (the attribute listing of
  blind39 to blind44) and one that shares 40 characters with, lies inside or holds a text of any
  tests/devset/**/*.jsonl, so none of these was ever labelled. The rest are read round-robin (round r
  takes the r-th text of every page that has one), and a text sharing 40 characters with an earlier
  one of the listing is marked a duplicate. The listing was split two ways by position, made at the
  same time by two labellers: blind45 holds the even positions, this split the odd ones, 1, 3, ...,
  113 (57 candidates, rounds 1 to 26). Every candidate here was read, in order, and taken when (a) it
  is news text (a headline in a widget's list or an article's JSON-LD headline, a teaser or summary;
  not a site's own description, slogan or title, keyword lists, section or menu names, addresses,
  logos, ads, buttons or other UI text, copyright lines, author names alone), (b) it holds a digit, a
  number word or a capitalised word after its first word (after a colon, an opening quote, a dash or
  opening a second sentence counts; a date counts as a digit; a word opening in lower case such as
  "iPad" is not capitalised, blind16 to blind44), and (c) it is not a duplicate. Every text is copied
  exactly as the candidate file gives it and was checked (by the label test) to occur among its
  page's script strings.
  Taken: 24 texts (positions 3, 15, 19, 33, 49, 51, 61, 67, 71, 77, 79, 85, 87, 89, 91, 93, 95, 97,
  101, 105, 107, 109, 111 and 113; each row below carries its position in a comment).
  Passed over as duplicates (8, each sharing 40 characters with an earlier candidate of the listing):
  5 (a redirect-check message met again), 17, 41 and 83 (vtcnews's and znews's office addresses met
  again), 21 (znews's site description), 65, 69 and 73 (the tournament names of vnexpress's football
  data widget, met again on the 2026 category page).
  Passed over as not news text (16): UI and form messages: 1 (baocantho's upload notice "không cho
  phép, vui lòng upload ..."), 43 (cafebiz's date check "Giá trị tháng không đúng:"), 45 (tinhte's
  "Không tìm thấy chủ đề tương tự, ..."); the sites' own descriptions and titles: 7 and 25 (dantri's
  "Tin tức Việt Nam và quốc tế ...", "Báo Dân Trí - Cơ quan của TW Hội Khuyến học Việt Nam"), 11 and 31
  (tuoitre's category title and description), 53 (znews-2025-kinh-doanh's title "Kinh doanh tài chính
  - ... - Znews.vn"); 9 (tienphong's JSON-LD "Organization" block naming its founder, "Trung ương
  Đoàn TNCS Hồ Chí Minh": the paper's own imprint data, as blind24 passed over imprint lines);
  addresses: 23 (baolaocai), 27 (dantri), 29 (tienphong), 35 (vtcnews) and 39 (znews); 13 and 47
  (vnexpress-2025-dau-bung-keo-dai's football data widget, a table of tournaments with the links to
  their pages, "Vòng loại World Cup - châu Á", "... - Nam Mỹ": section names, blind39's 24h sub-menu
  "Lịch thi đấu AFF CUP 2012").
  News text not qualifying (9: no digit, number word or capitalised word after the first): 37, 55
  ("Thủ tướng yêu cầu ...", its one capital its first word), 57, 59 (znews's JSON-LD headline "Giá vàng
  thế giới cao nhất mọi thời đại"), 63, 75 ("... những cặp song sinh ...": "song", twin, is no number
  word, blind36's "chị em song sinh"), 81, 99 and 103.
  Taken as news text: cafebiz's JSON-LD "NewsArticle" headline (3); the headlines of vtcnews-2025-home's
  JSON-LD "ItemList" of its latest articles (15, 49, 61, 77); the teaser ("content") of an article in
  vnexpress-2026-category-thoi-su's widget data (33, cut by the page after "sâu rộng về", copied as
  given); the headlines ("t") of the zing pages' related-articles lists `otherArticles` (19, 51, 67,
  71, 79 to 113; 51 "Tản văn Nguyễn Vĩnh Nguyên" is the title of an essay linked as an article, not an
  author's name alone). Text 3 holds entities the page escaped inside its JSON-LD ("&quot;" and
  "&#226;"), and is copied as given, as blind44 copied "5 &quot;bóng hồng&quot; ...".
No text here occurs in tests/devset/*.jsonl or in an earlier split (checked by
tests/test_blind_labels.py), nor shares 40 characters with one (checked while listing).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind46/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind46/make_blind46.py

Every mention of every fact is labelled, in text order, and every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind44 after it), plus these decisions taken before any scoring:
- people: "tỷ phú Jack Ma" has the role "tỷ phú" as written in lower case (blind30's "tỷ phú Hà Lan",
  blind33's "ca sĩ"), and "ông Phạm Nhật Vượng" the title "Ông" (the dev set's "ông Lê Hồng Minh" on
  the cafebiz page); "Bộ trưởng Ngoại giao Lê Hoài Trung" has the role "Bộ trưởng Ngoại giao" and no
  organisation (the role does not spell the ministry's name, the dev set's "Bộ trưởng Ngoại giao
  Singapore Vivian Balakrishnan"; blind34's "Bộ trưởng Phùng Xuân Nhạ"); "Được ‘Đất Bắc'" is "Được", a
  person by a one-word name, the quoted nickname after it no part of the name (blind39's 'Vũ “nhôm”');
  "Tản văn Nguyễn Vĩnh Nguyên" gives Nguyễn Vĩnh Nguyên, the essay's author, with no role ("tản văn"
  is the genre); "Phương Linh", "Lưu Thiên Hương", "Minh Hằng", "Ngọc Trinh", "Hà Việt Dũng" (holding
  no Việt, blind17), "Mai Giang", "Trương Ngọc Ánh", "Kate Winslet", "Britney Spears" and "Edita
  Vilkeviciute" are people; "cháu trai tỷ phú", "Em trai chồng cũ" and "Thủ tướng" with no name give
  nothing.
- places: "phần mềm quốc dân Việt Nam" names Việt Nam (blind3's and blind5's rows of the same
  phrase); "Báo Thái Lan:" names Thái Lan with no organisation (blind13's same opening), "U22 Việt
  Nam" names Việt Nam (blind15); "TP.HCM" is a mention of Hồ Chí Minh (blind28); "miền Tây" and "Tây
  nguyên" (regions, blind15, blind19), "Đất Bắc" (inside a nickname), "sao Việt" and "chứng khoán
  Việt" (adjectives, blind13, blind30), "Chàng trai Việt" (blind16's "Cô gái Việt") and "Hollywood"
  name no place; "QL 1A" (a highway) names none (blind14's roads).
- organisations: "Trung ương" in "Trung ương thông qua giới thiệu nhân sự ..." (the Party Central
  Committee deciding, by its bare name) is one (blind14's bare "Huyện ủy", blind30's bare "Đảng");
  unlike blind/'s "vượt cấp lên Trung ương", the central level of government, no body acting; "Đảng"
  is one and "Nhà nước" none (blind/'s "Đảng và Nhà nước", blind10, blind22); "VNG" (the company
  Phạm Kim Long left, blind/'s), "Microsoft" (the company honouring the young man, acting), "Bộ Ngoại
  giao" and "Quốc hội" (in "đại biểu Quốc hội khóa 16", blind6's same phrase) are; "Vogue" in "trên
  tạp chí Vogue" is the magazine, the common noun before it left out (blind36's "tạp chí danh tiếng
  VOGUE"); "Unikey" (software, a product), "U22 Việt Nam" (a team named by its country, blind24) and
  "Hollywood" (the film industry, blind18) are none.
- figures: "4 lần" is a count (blind21's "15 lần"); "9 nụ hôn nổi tiếng nhất" is "9 nụ hôn" and "10
  sếp ngân hàng giàu nhất" is "10 sếp ngân hàng" (the superlative left out, blind25's "10 mỹ nhân
  quyền lực nhất"); "giàu thứ 71" (a rank, an ordinal, blind44's "thứ 3"), "QL 1A" (a road's number,
  blind14's "quốc lộ 51"), "khóa XIV", "khóa 16", "nhiệm kỳ 2026-2031" (blind34's "nhiệm kỳ 2016-2021"),
  "Chiều 15/1" (a date), "sao Hollywood 2012" and "ấn tượng nhất 2012" (years) are none.
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VTC_HOME = "vtcnews.vn/vtcnews-2025-home.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"

VN = "Việt Nam"
C = "country"

# (page, text, people, places, organizations, figures, models), in listing order
REAL = [
    # ------------------------------------------------------------------ round 1
    (  # 3
        CAFEBIZ,
        "Rời VNG, cha đẻ &quot;phần mềm quốc d&#226;n Việt Nam&quot; Unikey giờ ra sao?",
        [],
        [L(VN, C)],
        [O("VNG")],
        [],
        [],
    ),
    (  # 15
        VTC_HOME,
        "Trung ương thông qua giới thiệu nhân sự lãnh đạo chủ chốt của Đảng và Nhà nước khóa XIV",
        [],
        [],
        [O("Trung ương"), O("Đảng")],
        [],
        [],
    ),
    (  # 19
        ZING13,
        "Chàng trai Việt 4 lần được Microsoft vinh danh",
        [],
        [],
        [O("Microsoft")],
        [F("4 lần", 4, "lần")],
        [],
    ),
    # ------------------------------------------------------------------ round 2
    (  # 33
        VE_CAT,
        "Chiều 15/1, Bộ Ngoại giao tổ chức hội nghị lấy ý kiến cử tri nơi công tác để giới thiệu Bộ trưởng Ngoại giao Lê Hoài Trung ứng cử đại biểu Quốc hội khóa 16, nhiệm kỳ 2026-2031. Các ý kiến tại hội nghị nhất trí đánh giá cao năng lực, phẩm chất, bản lĩnh chính trị, uy tín và kiến thức sâu rộng về",
        [P("Lê Hoài Trung", roles=["Bộ trưởng Ngoại giao"])],
        [],
        [O("Bộ Ngoại giao"), O("Quốc hội")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 3
    (  # 49
        VTC_HOME,
        "Tài sản vượt tỷ phú Jack Ma, ông Phạm Nhật Vượng giàu thứ 71 thế giới",
        [P("Jack Ma", roles=["tỷ phú"]), P("Phạm Nhật Vượng", "Ông")],
        [],
        [],
        [],
        [],
    ),
    (ZING13, "Tản văn Nguyễn Vĩnh Nguyên", [P("Nguyễn Vĩnh Nguyên")], [], [], [], []),  # 51
    # ------------------------------------------------------------------ round 5
    (  # 61
        VTC_HOME,
        "Báo Thái Lan: Thua U22 Việt Nam là 'nỗi thất vọng lớn nhất'",
        [],
        [L("Thái Lan", C), L(VN, C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 6
    (ZING12, "Băng nhóm tuổi teen chuyên chém người trên QL 1A", [], [], [], [], []),  # 67
    # ------------------------------------------------------------------ round 7
    (ZING12, "Già làng huyền thoại Tây nguyên qua đời", [], [], [], [], []),  # 71
    # ------------------------------------------------------------------ round 9
    (  # 77
        VTC_HOME,
        "Vạch trần 'đế chế' đòi nợ thuê từ TP.HCM đến miền Tây của Được ‘Đất Bắc'",
        [P("Được")],
        [L("Hồ Chí Minh", "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    (  # 79
        ZING13,
        "Em trai chồng cũ nhận là cha đẻ của con Britney Spears",
        [P("Britney Spears")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 11
    (  # 85
        ZING13,
        "Kate Winslet lên xe hoa với cháu trai tỷ phú",
        [P("Kate Winslet")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 12
    (  # 87
        ZING13,
        "9 nụ hôn nổi tiếng nhất của sao Hollywood 2012",
        [],
        [],
        [],
        [F("9 nụ hôn", 9, "nụ hôn")],
        [],
    ),
    # ------------------------------------------------------------------ round 13
    (  # 89
        ZING13,
        "Trương Ngọc Ánh không tiếc tiền tậu biệt thự cho con gái",
        [P("Trương Ngọc Ánh")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 14
    (ZING13, "Phương Linh: 'Đi hát là đủ sống'", [P("Phương Linh")], [], [], [], []),  # 91
    # ------------------------------------------------------------------ round 15
    (  # 93
        ZING13,
        "Lưu Thiên Hương tiết lộ chuyện tình chẳng giống ai",
        [P("Lưu Thiên Hương")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 16
    (ZING13, "Những sao Việt hay mắc lỗi trang điểm", [], [], [], [], []),  # 95
    # ------------------------------------------------------------------ round 17
    (  # 97
        ZING13,
        "Minh Hằng ăn hoa quả thay cơm để giảm cân",
        [P("Minh Hằng")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 19
    (ZING13, "Những tuyên ngôn thời trang ấn tượng nhất 2012", [], [], [], [], []),  # 101
    # ------------------------------------------------------------------ round 21
    (ZING13, "Ngọc Trinh lộ ảnh bán nude", [P("Ngọc Trinh")], [], [], [], []),  # 105
    # ------------------------------------------------------------------ round 22
    (  # 107
        ZING13,
        "Hà Việt Dũng ôn chuyện đón xe buýt, mượn xe đi diễn",
        [P("Hà Việt Dũng")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 23
    (  # 109
        ZING13,
        "Mai Giang xem trọng sự nghiệp hơn tình yêu",
        [P("Mai Giang")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 24
    (  # 111
        ZING13,
        "Edita Vilkeviciute nóng bỏng trên tạp chí Vogue",
        [P("Edita Vilkeviciute")],
        [],
        [O("Vogue")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 26
    (  # 113
        ZING12,
        "10 sếp ngân hàng giàu nhất sàn chứng khoán Việt",
        [],
        [],
        [],
        [F("10 sếp ngân hàng", 10, "sếp ngân hàng")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind46", CASES))


if __name__ == "__main__":
    main()

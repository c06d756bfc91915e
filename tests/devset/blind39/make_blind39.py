"""Hand labels for the BLIND39 split, written before vnnews, `extractors` or underthesea ever ran on them.

A thirty-ninth held-out set, all real text, and the first made of ATTRIBUTE texts: the headlines,
captions and descriptions the fixture pages carry in title, alt and meta content attributes (every
earlier split read only the pages' element text, so none of these was ever labelled; no text was
chosen for naming a person or for anything else: every qualifying candidate was taken in listing
order). One source, in each row's "source":
- "real": an attribute value of a fixture page, whitespace collapsed, NFC, HTML entities decoded
  (selectolax's lexbor parser gives them decoded); "page" relative to tests/fixtures/pages. The
  listing (/tmp/attr/listing.py when this was made), shared by blind39 to blind44, holds every title,
  alt and meta content value of 25 characters or more holding a Vietnamese letter, of the 48 HTML
  fixture pages sorted by path, a text met twice on one page listed once (at its first place); a text
  that shares 40 characters with, lies inside or holds a text of any tests/devset/**/*.jsonl as they
  stood before this round of splits was made is left out. The rest are read round-robin (round r takes
  the r-th text of every page that has one), and a text sharing 40 characters with an earlier one of
  the listing is marked a duplicate. The listing was split six ways by position: this split holds
  positions 0, 6, 12, ..., 780 (131 candidates, rounds 1 to 80; from round 28 on only a few pages still
  have texts, so the positions skip rounds), blind40 1, 7, ..., blind41 2, 8, ..., and so on to blind44
  5, 11, .... Every candidate was read, in order, and taken when (a) it is news text: a headline (a
  link's or a thumbnail's title naming an article), a teaser, an image caption (an img's alt or title
  describing the news picture) or an article's meta description; not a site's own description or
  slogan, keyword lists, section or menu names, site titles, logos, ads and banners, buttons or other
  UI text, copyright lines, author names alone; (b) it holds a digit, a number word or a capitalised
  word after its first word (after a colon, an opening quote or a dash, or opening a second sentence,
  counts; a date counts as a digit; a word opening in lower case is not capitalised, blind16 to
  blind38); and (c) it is not a duplicate. Every text is copied exactly as the candidate file gives
  it, and the label check finds it among its page's attribute values.
  Taken: 29 texts, one each from rounds 2, 3, 5, 6, 8, 12, 14, 16, 19, 20, 23, 24, 25, 26, 27, 29, 30
  and 44, two each from rounds 9, 10, 21 and 22, three from round 11 (each row below carries its
  position in a comment).
  Passed over as duplicates (marked in the listing: sharing 40 characters with an earlier text of
  it): positions 54, 138, 162, 168, 204, 234, 420, 426, 462, 468, 576, 594, 606, 624, 642, 648, 654,
  660, 666, 672, 678, 684, 690, 696 and 726 (site titles and slogans, vtcnews's hotline, a share
  button and baobacgiang's RSS links met again, a nhandan caption met again, and the baocantho
  thanh-tra page's thumbnails of the headlines its category page lists first).
  Passed over as not news text:
  - a site's own description, slogan or title, or its logo: 0 (24h's "Cổng thông tin giải trí số 1
    Việt Nam"), 12 (dantri's description), 24 (thanhnien's "Tin tức, tin nhanh, thời sự"), 36
    (vnexpress's description), 84 (xinhxinh's description, as a link title), 156 (tuoitre's site
    title), 192 (thanhnien's logo "Trang chủ Thanh Niên Online") and 720 ("Báo Dân trí - Dantri.com.vn");
  - keyword lists (meta keywords, comma-separated tags): 6, 18, 30, 42, 60, 78, 90, 120 and 228;
  - a copyright line: 114 (tienphong); contact lines and UI: 126 (vtcnews's hotline), 174 (baolaocai's
    "Tương tác với Báo Lào Cai trên Zalo"), 318 and 342 (vietnamnet's share buttons);
  - section and menu names: 132 (baocantho's mega-menu section link "Bảo vệ nền tảng tư tưởng của
    Đảng", blind10's same section on baobacgiang), 390 (24h's sub-menu "Lịch thi đấu AFF CUP 2012",
    blind10), 432 and 474 (dantri's section titles "Sức mạnh số - ...", "Tin tức pháp luật 24h, ..."),
    and 102, 252 and 282 (genk's <ul class="submenu-right">, whose items stand identically on both
    genk pages: a menu, blind10 for "Tại sao không ai thay thế được Steve Jobs (Phần 1)" and blind14
    for "10 điều bí ẩn thế giới chưa thể khám phá");
  - ads and banners: 258 (teen9x's outgoing link to a shop, "Bảo Liên, Pháp khí mật tông"), 708 and
    714 (baocantho's customer slider: a hospital, a banquet hall), 732 (a SIM-card advert), 744
    (baocantho's classified notice "THÔNG BÁO<br>Văn phòng công chứng ..."), 762, 768 and 774 (the
    eva.vn links in 24h's <div class="banner300250-R">, the advert box blind26 and blind37 passed
    over) and 780 (24h's footer SEO link "Lịch thi đấu giải ngoai hang anh").
  Passed over as news text that does not qualify (no digit, number word or capitalised word after its
  first): 48, 66, 96, 144 ("Đôi 'chân voi' ...": "Đôi" is no number word, blind15, blind31), 150, 180,
  186, 216, 222, 240, 246, 264, 270, 276, 294, 306, 336, 366, 378, 384, 396, 402, 414, 444, 450, 456,
  486 ('"Tổ lái" ...', its capital opening the text), 498, 534, 546, 558, 570, 588, 618, 630, 636, 738,
  750 ("VNEID là ứng dụng công dân số quốc gia": "số" is "digital", blind26) and 756.
  Taken as news text: tinhte's meta description of the forum thread (the thread's first post, an
  article's description, blind15's forum posts); vneconomy's lead picture caption "Ảnh minh hoạ -
  Ảnh: Reuters." (the img alt of the article's own picture: a caption, not an author's name alone);
  the headline links of 24h's header box <div id="tin_moi"> (its own articles in the "tuyen-sinh"
  section, each link's title one headline, unlike blind37's node of those links glued together; "TT
  Nguồn sáng Việt: ..." bears no sponsor mark, blind26); nld's video headline; the thumbnails' titles
  of baocantho's mega-menu and box160 lists (article headlines with their pictures, not the section
  links); the nhandan match report's picture captions with their credits; the dantri homepages'
  related links after ">>" (their titles); thanhnien's and baobacgiang's thumbnail headlines.
No text here occurs in tests/devset/*.jsonl or in an earlier split (checked by
tests/test_blind_labels.py), nor shares 40 characters with one (checked while listing).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind39/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind39/make_blind39.py

Every mention of every fact is labelled, in text order (a place named twice has both mentions), and
every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind38 after it), plus these decisions taken before any scoring:
- people: "Trung vệ Aymeric Laporte" has the role "Trung vệ" (a player's position before the name,
  blind25's "Tiền đạo", blind33's "thủ môn"); '"Ông trùm" Prince Group Trần Chí' gives Trần Chí no title
  or role (a quoted nickname, blind21's '"Chiến tướng" công nghệ'); 'Vũ “nhôm”' is "Vũ", a
  person by a one-word name (blind13), the quoted nickname after it no part of the name;
  "Messi", "Lionel Messi" and "Kylian Mbappe" are people; "Chủ nhiệm Ủy ban Kiểm tra" and "Giám đốc Sở
  Nội vụ" with no name give nothing.
- places: "Rosario, Argentina" is Rosario, a "city" with parent Argentina (the country after a comma,
  blind14's "Thượng Hải, Trung Quốc"), and Argentina a "country"; "TP Cần Thơ" is a mention "Cần Thơ"
  of the "thành phố" (blind/, blind15); "Trường Đại học Nam Cần Thơ" names Cần Thơ (a unit inside a
  university's name, blind26's "ĐH Cần Thơ", the direction word "Nam" before it as blind28's "miền
  Đông Nam Trung Quốc"), so "Cần Thơ" has two mentions in position 528; "Hà Nam" on the 2022
  baobacgiang page and "Sóc Trăng" on the 2019 dantri page are "tỉnh", "Đà Nẵng" (acting, blind25's
  "TPHCM cảnh báo") a "thành phố" and the dateline "Hà Nội:" labelled (blind23); "Trường Kinh tế Ngoại
  giao Việt Nam" names Việt Nam (a country inside an organisation's name, blind16's "Kizuna Việt Nam");
  "phố Hàng Bài" (a street, blind26's "Phố Vọng", blind27's "phố Huế"), "châu Âu" (a region, blind15)
  and the "Việt" of "Nguồn sáng Việt" (an adjective, blind16's "Cô gái Việt") name no place.
- organisations: a photo credit naming an organisation names it, as a credit naming a person names
  the person (blind6, blind13): "Ảnh: Reuters." is "Reuters" (a news agency, blind34) and "Ảnh: FIFA" /
  "(Ảnh: FIFA)" are "FIFA" (blind10), while "Ảnh: X" (a picture taken from the social network X, a
  platform, blind14's "Instagram", blind19's "TikTok") is none; "TT Nguồn sáng Việt" is one, expanded
  "Trung tâm Nguồn sáng Việt" (an education centre by its abbreviated type word, blind19's "NXB Phụ
  nữ"); "Trường Kinh tế Ngoại giao Việt Nam" carries Việt Nam (blind25's "Ford Việt Nam"); "Ủy ban Kiểm
  tra Tỉnh ủy Bắc Giang" is one by its whole name, carrying Bắc Giang, the "Tỉnh ủy" inside it not
  repeated (blind35's same committee); "Prince Group" (the tycoon's group) is one; "Trường Đại học Nam
  Cần Thơ" carries Cần Thơ; "UBND thành phố" is expanded "Ủy ban nhân dân thành phố" (the dev set's
  "UBND huyện"); "Bộ công an" is one as printed, in lower case (blind33's "Bộ Công thương"); the bare
  "Ủy ban Kiểm tra" and "Sở Nội vụ" are (blind14's bare "Huyện ủy"); "Facebook" in "điều thú vị với
  Facebook" (the site, blind8, blind23), "Xem mối quan hệ" (a feature), "QS Stars" (a rating, blind32's
  "nhà hàng Michelin"), "ĐH" (universities in general, blind18), "Tết Quân Dân" (a festival), "World
  Cup" and "Nhà giáo ưu tú" (a title of honour, blind17's "Anh hùng Lực lượng vũ trang") are none.
- figures: "2 máy bay quân sự" has the unit "máy bay quân sự" (the noun with its modifier, blind21);
  "32 người thiệt mạng" is "32 người" (the verb after it left out, blind33's "ít nhất 40 người thiệt mạng");
  "hơn 60 tỷ đồng" is 60000000000 "đồng" with the qualifier "hơn"; "bé trai 3 tuổi" holds the age "3
  tuổi" (blind33's "5 tuổi"); "48 cơ sở y tế" and "6 cán bộ" are counts; "QS Stars 4 sao" (a star
  rating, blind19's "resort 5 sao"), "lớp 1", "lớp 12" (school grades, blind16), "kỳ họp thứ 17" (an
  ordinal, blind34's "kỳ họp thứ 11"), "khóa XIX", "nhiệm kỳ 2020-2025", "(Phần 1)" (a series part,
  blind15), "World Cup 2026", "AFF CUP 2012", "năm 2012" and "năm 2026" (years) are none, nor the number
  words ("một tính năng", "Một thương binh").
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
BCT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
BCT_TT = "baocantho.com.vn/baocantho-2026-thanh-tra-kiem-tra.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
H24 = "24h.com.vn/24h-2012-dot-nhap-lo-luyen-thi.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
NLD12 = "nld.com.vn/nld-2012-thieu-tien-hui.html"
TINHTE = "tinhte.vn/tinhte-2012-forum-thread.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VNECO = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"


VN = "Việt Nam"
CN = "Trung Quốc"
CT = "Cần Thơ"
NCT = "Trường Đại học Nam Cần Thơ"
TP = "thành phố"
C = "country"

# (page, text, people, places, organizations, figures, models), in listing order
REAL = [
    # ------------------------------------------------------------------ round 2
    # position 72
    (
        TINHTE,
        "[ATTACH] Có rất nhiều điều thú vị với Facebook, nhưng có một tính năng tuy đã được ra mắt khá lâu và có thể bạn chưa biết, đó chính là Xem mối quan hệ...",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 3
    # position 108
    (
        NLD12,
        "2 máy bay quân sự rơi, 32 người thiệt mạng",
        [],
        [],
        [],
        [F("2 máy bay quân sự", 2, "máy bay quân sự"), F("32 người", 32, "người")],
        [],
    ),
    # ------------------------------------------------------------------ round 5
    # position 198
    (VNECO, "Ảnh minh hoạ - Ảnh: Reuters.", [], [], [O("Reuters")], [], []),
    # ------------------------------------------------------------------ round 6
    # position 210
    (H24, "Hạ điểm chuẩn ĐH để cứu trường tư?", [], [], [], [], []),
    # ------------------------------------------------------------------ round 8
    # position 288
    (TN13, "Những “cảnh nóng” trên phim hay nhất năm 2012", [], [], [], [], []),
    # ------------------------------------------------------------------ round 9
    # position 300
    (H24, "Nghề Bartender hút bạn trẻ", [], [], [], [], []),
    # position 312
    (NHANDAN, "Nhẫn trao cho đội vô địch World Cup 2026. Ảnh: FIFA", [], [], [O("FIFA")], [], []),
    # ------------------------------------------------------------------ round 10
    # position 324
    (
        H24,
        "TT Nguồn sáng Việt: Trao thành tích nhận chữ tín",
        [],
        [],
        [O("TT Nguồn sáng Việt", "Trung tâm Nguồn sáng Việt")],
        [],
        [],
    ),
    # position 330
    (
        DT17,
        "Hà Nội: Kiểm điểm cán bộ phê “chưa chấp hành” vào lý lịch tân sinh viên",
        [],
        [L("Hà Nội", "thành phố")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 11
    # position 348
    (
        H24,
        "Trường Kinh tế Ngoại giao Việt Nam xét tuyển",
        [],
        [L(VN, C)],
        [O("Trường Kinh tế Ngoại giao Việt Nam", place=VN)],
        [],
        [],
    ),
    # position 354
    (
        DT17,
        "Nợ hơn 60 tỷ đồng không trả, trường tư bị ngân hàng niêm phong phòng học",
        [],
        [],
        [],
        [F("hơn 60 tỷ đồng", 60000000000, "đồng", "hơn")],
        [],
    ),
    # position 360
    (
        NHANDAN,
        "Trung vệ Aymeric Laporte sẽ đảm nhận nhiệm vụ phong tỏa Lionel Messi. (Ảnh: FIFA)",
        [P("Aymeric Laporte", roles=["Trung vệ"]), P("Lionel Messi")],
        [],
        [O("FIFA")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 12
    # position 372
    (BBG, "Khởi tố đối tượng sát hại người tình trên phố Hàng Bài", [], [], [], [], []),
    # ------------------------------------------------------------------ round 14
    # position 408
    (
        BBG,
        "Thông cáo báo chí kỳ họp thứ 17, Ủy ban Kiểm tra Tỉnh ủy Bắc Giang khóa XIX, nhiệm kỳ 2020-2025",
        [],
        [L("Bắc Giang", "tỉnh")],
        [O("Ủy ban Kiểm tra Tỉnh ủy Bắc Giang", place="Bắc Giang")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 16
    # position 438
    (
        BBG,
        "Tạm giữ hình sự đối tượng siết cổ bé trai 3 tuổi rồi nhốt vào tủ đông ở Hà Nam",
        [],
        [L("Hà Nam", "tỉnh")],
        [],
        [F("3 tuổi", 3, "tuổi")],
        [],
    ),
    # ------------------------------------------------------------------ round 19
    # position 480
    (BCT_CAT, "Đảm bảo an toàn tuyệt đối các hoạt động trong Tết Quân Dân năm 2026", [], [], [], [], []),
    # ------------------------------------------------------------------ round 20
    # position 492
    (
        BCT_CAT,
        '"Ông trùm" Prince Group Trần Chí bị dẫn độ về Trung Quốc',
        [P("Trần Chí")],
        [L(CN, C)],
        [O("Prince Group")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 21
    # position 504
    (
        BCT_CAT,
        'Mỹ "hậu thuẫn" châu Âu đảm bảo an ninh cho Ukraine',
        [],
        [L("Mỹ", C), L("Ukraine", C)],
        [],
        [],
        [],
    ),
    # position 510
    (DT19_8, "Một thương binh bức xúc khiếu nại việc mất đất, mất cả chế độ chính sách", [], [], [], [], []),
    # ------------------------------------------------------------------ round 22
    # position 516
    (
        BCT_CAT,
        "Thăm dò dư luận đối với các ứng viên đề nghị xét tặng danh hiệu Nhà giáo ưu tú",
        [],
        [],
        [],
        [],
        [],
    ),
    # position 522
    (
        DT19_8,
        "Thương binh mất đất, mất cả chế độ chính sách bất bình vì tỉnh Sóc Trăng tiếp tục không sửa sai",
        [],
        [L("Sóc Trăng", "tỉnh")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 23
    # position 528
    (
        BCT_CAT,
        "Lãnh đạo TP Cần Thơ họp xem xét những đề nghị hỗ trợ của Trường Đại học Nam Cần Thơ",
        [],
        [L(CT, TP, m=[CT, CT])],
        [O(NCT, place=CT)],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 24
    # position 540
    (
        BCT_CAT,
        "Trường Đại học Nam Cần Thơ đạt chuẩn QS Stars 4 sao",
        [],
        [L(CT, TP)],
        [O(NCT, place=CT)],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 25
    # position 552
    (
        BCT_CAT,
        "TP Cần Thơ xây dựng bộ tài liệu giáo dục địa phương mới từ lớp 1 đến lớp 12",
        [],
        [L(CT, TP)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 26
    # position 564
    (
        BCT_CAT,
        "Lãnh đạo UBND thành phố làm việc với 48 cơ sở y tế",
        [],
        [],
        [O("UBND thành phố", "Ủy ban nhân dân thành phố")],
        [F("48 cơ sở y tế", 48, "cơ sở y tế")],
        [],
    ),
    # ------------------------------------------------------------------ round 27
    # position 582
    (
        NHANDAN,
        "Bức tranh tường Messi ở quê hương Rosario, Argentina. Ảnh: X",
        [P("Messi")],
        [L("Rosario", "city", ["Argentina"]), L("Argentina", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 29
    # position 600
    (
        DT19_8,
        "Đà Nẵng đề nghị Bộ công an cung cấp thông tin 6 cán bộ liên quan Vũ “nhôm”",
        [P("Vũ")],
        [L("Đà Nẵng", "thành phố")],
        [O("Bộ công an")],
        [F("6 cán bộ", 6, "cán bộ")],
        [],
    ),
    # ------------------------------------------------------------------ round 30
    # position 612
    (
        NHANDAN,
        "Kylian Mbappe lập hàng loạt kỷ lục (Ảnh: FIFA)",
        [P("Kylian Mbappe")],
        [],
        [O("FIFA")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 44
    # position 702
    (
        BCT_TT,
        "TP Cần Thơ có tân Chủ nhiệm Ủy ban Kiểm tra và tân Giám đốc Sở Nội vụ",
        [],
        [L(CT, TP)],
        [O("Ủy ban Kiểm tra"), O("Sở Nội vụ")],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind39", CASES))


if __name__ == "__main__":
    main()

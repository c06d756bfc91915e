"""Hand labels for the BLIND33 split, written before vnnews, `extractors` or underthesea ever ran on them.

A thirty-third held-out set, all real text, to measure the extractor on real text (no text was chosen
for naming a person or for anything else: every qualifying node was taken in listing order). One source,
in each row's "source":
- "real": text copied from fixtures by blind6's recipe (selectolax `node.text(deep=True)` of a leaf
  <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC;
  "page" relative to tests/fixtures/pages). The listing is blind13's, continued: the unused nodes of
  25 to 200 characters of the 48 HTML pages (sorted by path; a text met twice on one page listed
  once, at its first place), unused meaning sharing no 40 characters with, and neither inside nor
  holding, a text of tests/devset/*.jsonl or blind/..blind6/ (so the ranks are blind7's), read
  round-robin. As blind14 to blind32 found, the dev set read for the ranks is tests/devset/*.jsonl as
  it stood at commit 74a4a52 (`git show 74a4a52:tests/devset/people.jsonl` ...). The listing is
  blind26's to blind32's (built by blind26's listing script) and was checked to hold the last texts of
  blind28 (dantri-homepage-2013-09's "Clip chặn cháy chợ Bình Tây, ..." at rank 101), blind29 (the
  same page's 'Chợ Bưởi sau cơn "đại phẫu"' at rank 122), blind31 (znews-2025-home's "Mốt không quần
  gây tranh cãi nhất năm 2025" at rank 182) and blind32 (znews-2025-home's "Thấy gì khi phim Châu Tinh
  Trì ê chề" at rank 343). This split is made of the four stretches of the listing that the earlier
  splits left unread, read in this order and nothing else: (1) round 101 from the page after
  dantri-homepage-2013-09 (where blind28 stopped) to the end of round 104 (round 105 onward was
  blind29's); (2) round 122 from the page after dantri-homepage-2013-09 (where blind29 stopped) to the
  end of round 124 (round 125 onward was blind30's); (3) rounds 183 to 199 (blind31 stopped at the end
  of round 182, blind32 started at round 200); (4) round 344 (blind32 stopped at the end of round 343)
  to the end of the listing, round 377 (from round 208 on a round is znews-2025-home's one node; from
  round 194 on, soha-homepage-2013's listing ending at rank 207, stretch 3's rounds are soha's and
  znews-2025-home's nodes). Every text taken was also checked (by script) against today's
  tests/devset/*.jsonl and blind/..blind32/ (no shared 40 characters, neither inside nor holding one),
  against the texts taken before it here (none shares 40 characters with another), and to occur in its
  page's body text as the label check reads it. Where the reading went: stretch 1 from
  dantri-homepage-2017-08's round-101 footer menu (passed over) and dantri-homepage-2019-03's lede
  "(Dân trí) - Từ tháng 3 này, mỗi đồn cảnh sát ở Thái Lan ..." (the first taken) to the end of round
  104 (2, 5, 5 and 5 nodes in rounds 101 to 104); stretch 2 from dantri-homepage-2020-12's round-122
  "Chàng trai vàng Tin học: Đến Facebook ..." to the end of round 124 (2, 6 and 3 nodes); stretch 3
  from baobacgiang's round-183 'Xe máy khan hàng, tăng giá "chóng mặt": ...' to the end of round 199
  (2, 1, 0, 1, 1, 2, 1, 2, 2, 1, 2, 0, 1, 1, 1, 1 and 2 nodes in rounds 183 to 199); stretch 4 from
  znews-2025-home's round-344 "Cháy chung cư Hong Kong: ..." to the end of the listing (20 nodes in
  rounds 344 to 374; the last taken is round 374's "Nga khẳng định tàu ngầm không bị hư hại sau cuộc
  tập kích của Ukraine"). The stretches ran out before the count reached 80: this split holds 69 texts
  (17, 11, 21 and 20 from the four stretches). The reading stopped at the end of the listing
  (znews-2025-home's round-375 meta line "17:08 17/12/2025 17:08 17/12/2025 Thế giới", round-376
  contact line "Giới thiệuLiên hệ: toasoan@znews.vn" and round-377 cookie notice, the last three nodes,
  all passed over); with this split every round of the listing, 1 to 377, has been read, and no node is
  left after the stop. A node that overlaps today's tests/devset/*.jsonl or blind/..blind32/ is passed
  over: znews-2025-home's round-102 "Lãnh đạo TPBank chỉ ra rằng ESG ..." (shares 40 characters with
  blind17's, as blind28 foretold) and round-361 "Nhìn lại khoảnh khắc chuyến bay chở khách đầu tiên
  đến Long Thành" (with blind25's, as blind32 foretold); and znews-2025-kinh-doanh's round-101 "Thương
  vụ người Nhật thâu tóm Thiên Long có diễn biến mới" and round-103 teaser "VPBankS cho biết là đơn vị
  giữ vai trò đồng tư vấn, ... Kokuyo và Tập đoàn Thiên Long.", which are blind31's texts (taken there
  from znews-2025-home's own rounds: the same headline and teaser printed on both znews pages, a
  duplicate, not a text of blind31's rounds, as blind31 found blind28's texts on znews-2025-home). No
  node met shares 40 characters with a text taken before it here. Every node met that is news text
  (headline, topic tag, teaser, lede, caption, paragraph; not menus, section labels, contact lines,
  timestamps, bylines, forms, ad and plugin scripts, ads, widgets, placeholder Latin, UI, site titles,
  imprints or footers) and holds a digit, a number word or a capitalised word after its first was taken
  (a capitalised word after a colon, after an opening quote, after a dash or opening a second sentence
  counts, and so does a capitalised letter standing alone, "châu Á", blind20; a date counts as a digit;
  a word opening in lower case such as "iPad" or "eSports" is not capitalised; a number word opening
  the text counts, blind16 to blind32). Passed over as not news text: dantri-homepage-2017-08's and
  dantri-homepage-2019-08's footer menus "Đặt Dân trí làm trang chủ | Góp ý - Liên hệ | [ Trở về đầu
  trang ]" (round 101), section menus "Sự kiện | Xã hội | Thế giới | ..." (round 102) and copyright
  notices "Mọi hành động sử dụng nội dung ..." (round 103), as blind28 foretold, and
  dantri-homepage-2017-08's advertiser's contact line "Email: quangcao@admicro.vn" (round 104, blind31);
  soha-homepage-2013's byline-and-time and source-and-time lines ("Theo VnMedia | 27/12/2012 08:09",
  "Theo Dân Trí | ...", "Thúy Anh | ...", rounds 101, 104, 122, blind20 to blind32);
  thanhnien-homepage-2013's box heading "Thế giới trẻHoạt động Đoàn-Hội" (round 101: two section links
  glued in a <div class="tcm-tdcm"> with an RSS button, blind29's "Tòa soạn - Bạn đọcTừ Thiện") and
  the items of its box headed "Thông tin dịch vụ" ("Thực phẩm Tiến Nga - Lựa chọn thông minh của người
  nội trợ", "Phân bón Sumo - đồng hành cùng nhà nông phát triển", "New Life - Vẻ đẹp chưa bao giờ tìm
  được dễ dàng đến thế!", rounds 122 to 124: adverts, as blind29 foretold); vnexpress-homepage-2013's
  box headed "Thông tin khuyến mại" ("Laptopworld hỗ trợ trả góp lãi suất 0%", "Trần Anh đồng loạt giảm
  giá dịp Giáng sinh", "HC giảm giá mùa Giáng sinh", "TechOne giảm giá mạnh dịp cuối năm", rounds 101
  to 104: items of its <ul class="ulPromo">, adverts, as blind27 and blind28 decided and foretold);
  24h's ad script "try {document.write( ADS_75_15s_2); ...}" (round 102) and its footer links "| Tài
  chính - Bất động sản" and "| Tìm việc làm Tuyển dụng" (rounds 103, 104: items of the link list in its
  <div class="footer-part1">, a footer); dantri-homepage-2013-09's footer line "Các mảng: gia đình -
  công nghệ - game - giải trí , xã hội." (round 183, blind29, as blind31 foretold); baobacgiang's
  footer (rounds 184 to 193: phone "Điện thoại: +84.0204.3 856 624", website line, the district-page menu
  items "Yên Dũng - Đất Phượng Hoàng" and "Về miền Sông Lục - Núi Huyền", copyright "Bản quyền thuộc
  Báo Bắc Giang.", address, "Tổng Biên tập: TRỊNH VĂN ÁNH.", the newsroom's phone and e-mail line,
  licence and "Cấm sao chép dưới mọi hình thức ...", as blind31 foretold); znews-2025-home's timestamps
  ("25 phút trước 09:53 23/12/2025", "18 giờ trước 16:02 22/12/2025", ..., rounds 101, 122, 124, 183,
  186, 189, 192, 194, 196) and znews-2025-kinh-doanh's ("23 giờ trước 11:11 22/12/2025", "15:39
  21/12/2025 15:39 21/12/2025", rounds 102, 124); znews-2025-home's video box's meta lines ("19:41
  11/12/2025 19:41 11/12/2025 Thể thao 21.5K", "06:29 12/12/2025 ... Thế giới 1.7K", ..., "12:37
  18/12/2025 12:37 18/12/2025 Giao thông", rounds 355, 357, 360, 362, 364, 367, 369, 371, 373, 375: a
  video's time with its category and view counter, as blind32 foretold), its contact line (round 376,
  blind14) and cookie notice (round 377). Taken as news text: dantri-homepage-2019-03's "(Dân trí)"
  lede (round 101, blind21 to blind32) and its "newszone" headline (round 102, a link to the paper's
  /doi-song/ article, blind28); dantri-homepage-2020-12's box headlines (its "Box_DuHoc" link "Chàng
  trai vàng Tin học: ...", round 122, and the other boxes' article links); dantri-homepage-2013-09's
  headlines and its "(Dân trí)" lede (round 123); soha-homepage-2013's "listNews" teaser (round 102),
  headline (round 103) and "(Soha.vn)" teaser (round 123), and the items of its "Dòng sự kiện"
  slideshow (<div id="box_dsk">, rounds 183 to 199: links to its topic pages, topic tags as blind31 and
  blind32 took them), copied as the page prints them, with a closing colon or cut at 50 characters
  ("Angelina Jolie - Brad Pitt đưa Pax Thiên về Việt N", 'Thu phí xe máy- Bộ trưởng Thăng "lục túi"
  người dâ'); thanhnien-homepage-2013's teaser of its "Thế giới trẻ" box (round 102); baobacgiang's
  headlines (its section boxes, its district news and its "Ô tô - Xe máy" latest list, blind31);
  znews-2025-home's latest headline (round 103) and teaser (round 104), "mostread24h" headline (round
  123), category boxes' headlines and teasers ("Công nghệ", "Sức khỏe", rounds 184 to 199, blind32),
  the album titles of its "MAGAZINE" section (rounds 344 to 353, blind32) and the
  headlines and summaries of its video box (rounds 354 to 374, the summary of round 358 under the
  headline of round 356); znews-2025-kinh-doanh's latest headlines (rounds 104, 122, 123). Not
  qualifying (no digit, number word or capitalised word after the first): "Mỹ truy lùng kẻ sát hại em
  bé ngồi trên xe đẩy" and 'SNSD tung trailer mới "ngọt như kẹo"' (their one capitalised word is their
  first), "Nước mắt những cô gái bị lừa đóng phim người lớn", "Xuyên suốt hành trình du học", "Người ta
  đang làm gì với sự nghiêm minh của luật pháp thế này?", "Làm gì vào kỳ nghỉ cuối năm?", "Trào lưu
  pantless (không quần) đổ bộ ...", "Xe máy - ô tô bỗng dưng bốc cháy:" (lower case after the dash,
  blind29), "Đầu năm làm gì để thu hút tài lộc?", "Đầu năm, nhiều người trẻ “lấy vía” tài chính ...
  cho cả năm." ("năm", the year, is no number word, blind31), "Những màn nude nóng bỏng của người
  đẹp:", "Đạo đức học sinh - sinh viên xuống cấp:", "Các vụ giết người dã man:", "Thắc mắc xung quanh
  chuyện phòng the:", "Bộ phim ngập cảnh khỏa thân, tình dục gây sốc". "Chỉ với một từ, ...", "Một
  trong những loại ung thư nguy hiểm nhất" and "Cảnh quay nghẹt thở ... một người nhảy dù ..." hold
  number words (blind16 to blind32) and were taken (the others holding number words hold capitalised
  words or digits too). No node taken here prints text from several elements with no space between, so
  every text is copied as printed.
No text here occurs in tests/devset/*.jsonl or blind/..blind32/ (checked by tests/test_blind_labels.py),
nor shares 40 characters with one (checked while listing, and again at the end).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind33/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind33/make_blind33.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind32 after it), plus these decisions taken before any scoring:
- people: "ca sĩ Hồ Việt Trung" has the role "ca sĩ" as written in lower case (an occupation before the
  name, blind32's "đạo diễn"; blind2's "Ca sĩ Hồ Việt Trung"), "Ca sĩ Xuân Nghi" the role "Ca sĩ" and
  "thủ môn Trung Kiên" the role "thủ môn" (blind13's written "Thủ môn"); "Chủ tịch Triều Tiên - Kim
  Jong-il" has the role "Chủ tịch Triều Tiên" (a role before the name across a dash, blind22's "Chủ tịch
  NextTech – Nguyễn Hoà Bình"; blind13's "Thủ tướng Thái Lan") and no organisation (a country);
  "Bộ trưởng Thăng" is "Thăng" with the role "Bộ trưởng" (a one-word name, blind13; blind22's "BT Đinh
  La Thăng"); "HLV Kim Sang-sik" has the role "HLV" (blind32); '"đệ nhất mỹ nhân" Vương Tổ Hiền' gives
  no role (a quoted epithet, blind21's '"Chiến tướng"'), nor "người đẹp Curaçao Xiohenne Renita"
  (blind28's "Người đẹp") or "Hot girl ... Trung Quốc: Can Lộ Lộ" (a description, blind24); "Ozil" (a
  one-word name, blind13), "Shia LaBeouf", "Lady Gaga", "Katy Perry", "Angelina Jolie", "Brad Pitt",
  "Pax Thiên", "Kim Tae Hee", "Song Seung Hun", "Lê Dương Bảo Lâm", "Trấn Thành", "Việt Hương", "Hồng
  Đào", "Kelvin Khánh", "Khởi My" and "Trịnh Thu Vinh" are people, "Hồ Việt Trung" and "Việt Hương"
  holding no Việt (blind17's "Mỹ Tâm"); "Pierre Cardin" (the fashion chain named after its founder) is
  no person (blind13's monument named after a king); "cầu vượt Hùng Vương" (an overpass named after
  the road and the kings) holds no person (blind18's "Cầu Trần Bạch Đằng"); "Chàng trai vàng Tin học"
  (the man unnamed in the node, blind22's "Chàng trai vàng"), "chàng ca sĩ "Mấy nhịp cầu tre"" (the
  singer named by his song), "Bé trai 5 tuổi", "'Đại gia' Hàn Quốc", "Thủ tướng", "Tổng chủ biên SGK
  Ngữ văn", "'nàng thơ' của Trấn Thành" and "tay đua nổi tiếng" with no name give nothing.
- places: "Việt N" (soha's topic title, cut at 50 characters by the page) is a country named as
  printed, its name cut with its mention (blind32's "Whitney Hou": names are labelled as printed); the
  misspelt "Philipines" is a country named as printed (blind21's "Stamford Brigde", blind24's "Le
  Harve"), the side Việt Nam's coach says it will meet, as "Việt Nam" names its country (blind15's
  sides); "Curaçao" in "người đẹp Curaçao" (the contestant for that island at a beauty contest) is a
  "country" (a territory with its own government, blind24's "Greenland"); "thành Manchester" names
  Manchester, a "city" with no parent given (blind29's "thành Vinh"); "Hong Kong" is a "city" with no
  parent given (blind17); "Ninh Thuận" on the 2022 baobacgiang page is a "tỉnh"; "TPHCM:" (a dateline)
  and the two "TP.HCM" inside the two universities' names are mentions of Hồ Chí Minh (blind23);
  "Nhật Bản", "Canada", "Thái Lan" ("ở ... Thái Lan", "cầu thủ Thái Lan", "lừa cả Thái Lan"), "Ai Cập",
  "Singapore", "Ấn Độ", "Hàn Quốc", "Iran", "Triều Tiên", "Nga", "Ukraine", "Mỹ" ("người Mỹ", blind20's
  "người Italy"; "tại Mỹ") and "Trung Quốc" are countries; "đội tuyển U22 Việt Nam" names Việt Nam (a
  team named by its country, blind15); "Hà Nội" is a "thành phố"; "châu Á" (a region, blind22),
  "Doanh nghiệp Việt" (an adjective, blind28), "Việt Đức" inside "BV Hữu nghị Việt Đức" (blind27's "BV
  Việt Đức") and "Hùng Vương" in "cầu vượt Hùng Vương" name no place.
- organisations: "Trường ĐH Kỹ thuật công nghệ TP.HCM" and "Trường ĐH Bách khoa TP.HCM" are expanded
  "Trường Đại học ..." and carry Hồ Chí Minh (blind27's "Trường ĐH Văn Lang", blind23's "TAND TP.HCM");
  "BV Hữu nghị Việt Đức" is expanded "Bệnh viện Hữu nghị Việt Đức" (blind27's "BV Việt Đức"); "Bộ Công
  thương" is one as written (the page's lower-case "thương"), "Bộ Xây dựng" and "Cục Cảnh sát giao
  thông" (a named department, unlike a force in general, blind20's bare "Cảnh sát giao thông") are;
  "Facebook" in "Đến Facebook không phải để chứng tỏ bản thân" (the Informatics medallist going to work
  at the firm, a headline of the paper's careers box) is the company, an employer (blind16's "nhân viên
  của FB", blind23's "Google" hiring), unlike blind8's "trên Facebook"; "Pierre Cardin" in "chuỗi
  Pierre Cardin" (the chain a Vietnamese firm buys in Canada and Thailand) is one (blind31's "Thiên
  Long", the company being bought; blind23's "Gucci"); "Honda" acting ("Honda dự kiến ra mắt ...",
  blind26's acting companies), "Nvidia" (the rival's target and the maker of the products compared,
  blind24's "của Soul"), "Moore Threads" (a company, "công ty thiết kế bộ xử lý đồ họa"), the club
  "Arsenal" (blind20) and the tags "(Dân trí)" and "(Soha.vn)" are; "Honda N-Box", "N-Box", "BYD Racco"
  (products, the brand inside a product's name no mention, blind21's "HTC"), "Huashan", "Lushan"
  (chips), "Vinalines Queen" (a ship, blind22's "tàu Bình Minh 02"; the shipping line inside its name no
  mention), "Hoa hậu siêu quốc gia 2013" (a contest, blind28), "SEA Games" (an event, blind24), "đội
  tuyển U22 Việt Nam" (a team named by its country, blind24), "cảnh sát giao thông" and "đồn cảnh sát"
  (the force in general, blind20), "Tin học", "SGK", "GPU", "AI", "ATGT" (blind25's "TNGT") are none.
- figures: "2-3 nhân viên" is 2 to 3 "nhân viên" (blind28's "7-8%/năm"); "37 đội - nhóm sinh viên" is
  "37 đội" (the second noun after the dash left out, blind31's "Gần 1 nghìn đội viên, thiếu nhi"), and
  "4 đội" a count; in "thành Manchester có 1 kẻ thắng 1 kẻ thua song cả 2 đều ..." the digits count the
  city's two clubs, "1 kẻ thắng" and "1 kẻ thua" with the units "kẻ thắng" and "kẻ thua" (the noun with
  its modifier, blind21; real counts of one set against "cả 2", unlike blind17's article "1 ng bạn")
  and "2" with no unit (no noun follows "cả 2", both; the dev set's bare "3" in "Có 3 trong số 10 dự
  án", blind29's "Cả 4 thí sinh"); "ít nhất 40 người" carries the qualifier "ít nhất" (blind25's "ít
  nhất 80%"); "vượt 200 km" is "200 km" with no qualifier (blind29's "vượt"); "4.600 m" is 4600 "m";
  "45 triệu euro" is 45000000 "euro"; "7 tỷ đồng" is 7000000000 "đồng"; "4 dấu hiệu lạ" is "4 dấu
  hiệu" (the adjective left out, blind27's "7 ngành học mới"); "3 kỷ lục SEA Games" is "3 kỷ lục" (the
  proper-noun modifier left out, blind21's "10 người đẹp Hollywood") and "4 HCV" is 4 "HCV"; "sau 6
  ngày" holds "6 ngày" (blind24's "sau 3 giờ"); "5 tuổi" is an age; "tuổi 70" (an age after "tuổi",
  blind17's "tuổi 55"), "U22", "Covid-19", "N-Box", "tháng 3", "tháng 1/2026", "chiều 25.12" (dates),
  "Tết Dương lịch 2026" (blind21), "Hoa hậu siêu quốc gia 2013", "năm 2011", "Xuân - Hè 2012" (blind26's
  "Xuân Hè 2012") and "đệ nhất" (the Sino-Vietnamese ordinal "first") are none, nor the number words
  ("ba mẹ con", "một thời", "một bộ ảnh", "một mình", "Một tình huống", "một từ", "một lỗ hỏng", "một
  robot", "Một trong những", "một người", "một ca mổ").
- models: none in these texts. "mô hình" in "cuộc thi đua xe mô hình" (a race of scale-model cars) is a
  common noun, no model kind word.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
CN = "Trung Quốc"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 101, after dantri-homepage-2013-09
    (
        DT19_3,
        "(Dân trí) - Từ tháng 3 này, mỗi đồn cảnh sát ở Thái Lan sẽ phải cử ra 2-3 nhân viên được bầu chọn là... mập nhất, để đưa đến trại huấn luyện với những bài tập giảm cân cấp tốc.",
        [],
        [L("Thái Lan", C)],
        [O("Dân trí")],
        [F("2-3 nhân viên", 2, "nhân viên", value_max=3)],
        [],
    ),
    (
        DT20,
        "Cận cảnh nhà 7 tỷ đồng của ca sĩ Hồ Việt Trung",
        [P("Hồ Việt Trung", roles=["ca sĩ"])],
        [],
        [],
        [F("7 tỷ đồng", 7000000000, "đồng")],
        [],
    ),
    # ------------------------------------------------------------------ round 102
    (
        BBG,
        "Vụ cháy nhà tại Ninh Thuận: Đã tìm thấy thi thể ba mẹ con",
        [],
        [L("Ninh Thuận", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Khoảnh khắc hài hước: Khi con người và đồ công nghệ “không thuộc về nhau”",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT20,
        'Nhan sắc vượt thời gian của "đệ nhất mỹ nhân" Vương Tổ Hiền',
        [P("Vương Tổ Hiền")],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        'Mới đây nhất, chàng ca sĩ "Mấy nhịp cầu tre" nổi tiếng một thời còn khiến công chúng ngỡ ngàng khi thực hiện một bộ ảnh giả gái đầy ấn tượng.',
        [],
        [],
        [],
        [],
        [],
    ),
    (
        TN13,
        "Trường ĐH Kỹ thuật công nghệ TP.HCM tổ chức cuộc thi đua xe mô hình diễn ra vào chiều 25.12, thu hút 37 đội - nhóm sinh viên, trong đó có 4 đội đến từ Trường ĐH Bách khoa TP.HCM tham gia dự thi.",
        [],
        [L(HCM, "thành phố", m=["TP.HCM", "TP.HCM"])],
        [
            O("Trường ĐH Kỹ thuật công nghệ TP.HCM", "Trường Đại học Kỹ thuật công nghệ TP.HCM", HCM),
            O("Trường ĐH Bách khoa TP.HCM", "Trường Đại học Bách khoa TP.HCM", HCM),
        ],
        [F("37 đội", 37, "đội"), F("4 đội", 4, "đội")],
        [],
    ),
    # ------------------------------------------------------------------ round 103
    (
        BBG,
        "Tổ chức Tết Trung thu cho trẻ em bảo đảm an toàn, tiết kiệm",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Bé trai 5 tuổi Trung Quốc một mình lái máy bay",
        [],
        [L(CN, C)],
        [],
        [F("5 tuổi", 5, "tuổi")],
        [],
    ),
    (
        DT20,
        "Vừa bị bạn gái cũ tố bạo hành, Shia LaBeouf đã có bồ mới",
        [P("Shia LaBeouf")],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "TPHCM: Hỏa hoạn trong đêm, xưởng bông sợi chìm trong “biển lửa”",
        [],
        [L(HCM, "thành phố", m=["TPHCM"])],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "'Kei car' Honda N-Box sắp có bản thuần điện, đối đầu BYD Racco",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 104
    (
        BBG,
        "Lễ Vu lan - khắc sâu hạnh nguyện báo hiếu, hiếu hạnh",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Ozil gia nhập Arsenal với giá 45 triệu euro",
        [P("Ozil")],
        [],
        [O("Arsenal")],
        [F("45 triệu euro", 45000000, "euro")],
        [],
    ),
    (
        DT20,
        "Ca sĩ Xuân Nghi xác nhận dương tính với Covid-19 tại Mỹ",
        [P("Xuân Nghi", roles=["Ca sĩ"])],
        [L("Mỹ", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Honda dự kiến ra mắt phiên bản thuần điện của mẫu Kei car N-Box, trong bối cảnh cạnh tranh gia tăng và nỗ lực thúc đẩy thị trường xe điện còn chậm tại Nhật Bản.",
        [],
        [L("Nhật Bản", C)],
        [O("Honda")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Doanh nghiệp Việt thâu tóm chuỗi Pierre Cardin ở Canada, Thái Lan",
        [],
        [L("Canada", C), L("Thái Lan", C)],
        [O("Pierre Cardin")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 122, after dantri-homepage-2013-09
    (
        DT20,
        "Chàng trai vàng Tin học: Đến Facebook không phải để chứng tỏ bản thân",
        [],
        [],
        [O("Facebook")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Thủ tướng yêu cầu Bộ Xây dựng rà soát lại các quy chuẩn, tiêu chuẩn, điều kiện đường sắt tốc độ cao để lựa chọn công nghệ, tiến hành lựa chọn phương thức đầu tư trong tháng 1/2026.",
        [],
        [],
        [O("Bộ Xây dựng")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 123
    (
        BBG,
        "Tiếp tục bảo đảm trật tự ATGT tại khu vực thi công cầu vượt Hùng Vương",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "(Dân trí) - Một tình huống dở khóc dở cười của cuộc thi Hoa hậu siêu quốc gia 2013 đã diễn ra khi người đẹp Curaçao Xiohenne Renita bị phát hiện có bầu…",
        [P("Xiohenne Renita")],
        [L("Curaçao", C)],
        [O("Dân trí")],
        [],
        [],
    ),
    (
        DT20,
        "Nam sinh Singapore dùng điện thoại quay lén dưới váy phụ nữ",
        [],
        [L("Singapore", C)],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "(Soha.vn) - Đêm qua thành Manchester có 1 kẻ thắng 1 kẻ thua song cả 2 đều chung sức... “chửi rủa” trọng tài.",
        [],
        [L("Manchester", "city")],
        [O("Soha.vn")],
        [F("1 kẻ thắng", 1, "kẻ thắng"), F("1 kẻ thua", 1, "kẻ thua"), F("2", 2)],
        [],
    ),
    (ZNEWS_HOME, "Lịch nghỉ Tết Dương lịch 2026 mới nhất", [], [], [], [], []),
    (
        ZNEWS_KD,
        "'Đại gia' Hàn Quốc tham vọng kinh doanh đất hiếm tại Việt Nam",
        [],
        [L("Hàn Quốc", C), L(VN, C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 124
    (
        BBG,
        "Cháy nhà thờ ở Ai Cập, ít nhất 40 người thiệt mạng",
        [],
        [L("Ai Cập", C)],
        [],
        [F("ít nhất 40 người", 40, "người", "ít nhất")],
        [],
    ),
    (
        DT13,
        "Cuộc chiến album của Lady Gaga và Katy Perry",
        [P("Lady Gaga"), P("Katy Perry")],
        [],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Ấn Độ: Hình mẫu về quản lý giáo dục trong đại dịch Covid-19",
        [],
        [L("Ấn Độ", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 183
    (
        BBG,
        'Xe máy khan hàng, tăng giá "chóng mặt": Bộ Công thương chỉ rõ nguyên nhân',
        [],
        [],
        [O("Bộ Công thương")],
        [],
        [],
    ),
    (
        SOHA13,
        "Angelina Jolie - Brad Pitt đưa Pax Thiên về Việt N",
        [P("Angelina Jolie"), P("Brad Pitt"), P("Pax Thiên")],
        [L("Việt N", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 184
    (SOHA13, "Nguy cơ chiến tranh tại Iran:", [], [L("Iran", C)], [], [], []),
    # ------------------------------------------------------------------ round 186
    (
        SOHA13,
        "Chủ tịch Triều Tiên - Kim Jong-il qua đời:",
        [P("Kim Jong-il", roles=["Chủ tịch Triều Tiên"])],
        [L("Triều Tiên", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 187
    (SOHA13, "Thế giới đón giáng sinh năm 2011:", [], [], [], [], []),
    # ------------------------------------------------------------------ round 188
    (SOHA13, "Vinalines Queen - con tàu về cõi chết", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Đối thủ của Nvidia tại Trung Quốc lộ diện",
        [],
        [L(CN, C)],
        [O("Nvidia")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 189
    (
        SOHA13,
        'Thu phí xe máy- Bộ trưởng Thăng "lục túi" người dâ',
        [P("Thăng", roles=["Bộ trưởng"])],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 190
    (
        SOHA13,
        "Kim Tae Hee và Song Seung Hun đến Việt Nam",
        [P("Kim Tae Hee"), P("Song Seung Hun")],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Moore Threads, công ty thiết kế bộ xử lý đồ họa (GPU) của Trung Quốc ra mắt chip Huashan dành cho AI và chip Lushan dành cho chơi game thủ với hiệu suất vượt qua sản phẩm đến từ Nvidia.",
        [],
        [L(CN, C)],
        [O("Moore Threads"), O("Nvidia")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 191
    (SOHA13, "Nóng hổi tin tức về lương thưởng dịp Tết:", [], [], [], [], []),
    (ZNEWS_HOME, "Chỉ với một từ, hacker có thể kiểm soát cả binh đoàn robot", [], [], [], [], []),
    # ------------------------------------------------------------------ round 192
    (SOHA13, "Xu hướng thời trang Xuân - Hè 2012", [], [], [], [], []),
    # ------------------------------------------------------------------ round 193
    (SOHA13, "Rộn ràng không khí đón Tết", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Các hacker Trung Quốc đã tìm ra một lỗ hỏng giúp xâm nhập vào một robot ban đầu, sau đó lan truyền qua các robot khác bằng tiếp xúc gần.",
        [],
        [L(CN, C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 195
    (ZNEWS_HOME, "Một trong những loại ung thư nguy hiểm nhất", [], [], [], [], []),
    # ------------------------------------------------------------------ round 196
    (SOHA13, "Cả nước đón Tết Nhâm Thìn:", [], [], [], [], []),
    # ------------------------------------------------------------------ round 197
    (
        ZNEWS_HOME,
        'Nghiên cứu cho thấy quá trình lão hóa không chỉ làm giảm khả năng điều trị mà còn có thể trực tiếp thúc đẩy ung thư tụy tiến triển "hung hãn" hơn sau tuổi 70.',
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 198
    (
        ZNEWS_HOME,
        "Ung thư giai đoạn cuối có 4 dấu hiệu lạ, đi khám càng sớm càng tốt",
        [],
        [],
        [],
        [F("4 dấu hiệu", 4, "dấu hiệu")],
        [],
    ),
    # ------------------------------------------------------------------ round 199
    (
        SOHA13,
        "Hot girl tai tiếng bậc nhất Trung Quốc: Can Lộ Lộ",
        [P("Can Lộ Lộ")],
        [L(CN, C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Ung thư là căn bệnh có tỷ lệ mắc và tử vong ngày càng tăng, nếu thấy cơ thể có 4 dấu hiệu dưới đây kéo dài có thể cảnh báo ung thư đã bước vào giai đoạn cuối.",
        [],
        [],
        [],
        [F("4 dấu hiệu", 4, "dấu hiệu")],
        [],
    ),
    # ------------------------------------------------------------------ round 344
    (
        ZNEWS_HOME,
        "Cháy chung cư Hong Kong: Vì sao ngọn lửa bốc cao như 'đuốc khổng lồ'?",
        [],
        [L("Hong Kong", "city")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 345
    (ZNEWS_HOME, "Hot girl eSports từng bước lừa cả Thái Lan", [], [L("Thái Lan", C)], [], [], []),
    # ------------------------------------------------------------------ round 346
    (ZNEWS_HOME, "Tổng chủ biên SGK Ngữ văn nói gì về 'Nỗi buồn chiến tranh'?", [], [], [], [], []),
    # ------------------------------------------------------------------ round 347
    (
        ZNEWS_HOME,
        "Điểm bất thường thổi bùng thảm kịch trong vụ cháy chung cư Hong Kong",
        [],
        [L("Hong Kong", "city")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 348
    (
        ZNEWS_HOME,
        "Hành trình tàn phá của ngọn lửa trong thảm họa cháy chung cư Hong Kong",
        [],
        [L("Hong Kong", "city")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 349
    (ZNEWS_HOME, "Vì sao nhiều nước châu Á chuyển thủ đô?", [], [], [], [], []),
    # ------------------------------------------------------------------ round 350
    (ZNEWS_HOME, "Bài học cho Lê Dương Bảo Lâm", [P("Lê Dương Bảo Lâm")], [], [], [], []),
    # ------------------------------------------------------------------ round 352
    (
        ZNEWS_HOME,
        "Thấy gì khi 'nàng thơ' của Trấn Thành đánh bại Việt Hương, Hồng Đào",
        [P("Trấn Thành"), P("Việt Hương"), P("Hồng Đào")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 353
    (
        ZNEWS_HOME,
        "Tôi rời BV Hữu nghị Việt Đức, vượt 200 km vì một ca mổ đặc biệt",
        [],
        [],
        [O("BV Hữu nghị Việt Đức", "Bệnh viện Hữu nghị Việt Đức")],
        [F("200 km", 200, "km")],
        [],
    ),
    # ------------------------------------------------------------------ round 354
    (
        ZNEWS_HOME,
        "HLV Kim Sang-sik: Việt Nam sẵn sàng gặp Philipines ở bán kết",
        [P("Kim Sang-sik", roles=["HLV"])],
        [L(VN, C), L("Philipines", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 356
    (
        ZNEWS_HOME,
        "Kinh hoàng nhảy dù bị treo lơ lửng ở độ cao 4.600 m",
        [],
        [],
        [],
        [F("4.600 m", 4600, "m")],
        [],
    ),
    # ------------------------------------------------------------------ round 358
    (
        ZNEWS_HOME,
        "Cảnh quay nghẹt thở ghi lại khoảnh khắc một người nhảy dù vật lộn giữa không trung vì dù dự phòng của anh bất ngờ bung ra và mắc vào đuôi máy bay trong lúc thực hiện cú nhảy.",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 359
    (
        ZNEWS_HOME,
        "Khoảnh khắc viral của thủ môn Trung Kiên với cầu thủ Thái Lan",
        [P("Trung Kiên", roles=["thủ môn"])],
        [L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 363
    (
        ZNEWS_HOME,
        "Dòng người 'đi bão' nhìn từ hệ thống camera AI của cảnh sát giao thông",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 365
    (
        ZNEWS_HOME,
        "Cục Cảnh sát giao thông đăng tải video, cho thấy đoàn người đổ ra đường ăn mừng chiến thắng của đội tuyển U22 Việt Nam vẫn tuân thủ giao thông, dừng đèn đỏ chuẩn.",
        [],
        [L(VN, C)],
        [O("Cục Cảnh sát giao thông")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 366
    (
        ZNEWS_HOME,
        "Rơi máy bay, cả gia đình tay đua nổi tiếng người Mỹ thiệt mạng",
        [],
        [L("Mỹ", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 368
    (
        ZNEWS_HOME,
        "Hiện trạng giao thông tại Hà Nội sau 6 ngày triển khai camera AI",
        [],
        [L(HN, "thành phố")],
        [],
        [F("6 ngày", 6, "ngày")],
        [],
    ),
    # ------------------------------------------------------------------ round 370
    (
        ZNEWS_HOME,
        "Hậu trường chụp ảnh cưới của Kelvin Khánh và Khởi My",
        [P("Kelvin Khánh"), P("Khởi My")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 372
    (
        ZNEWS_HOME,
        "Trịnh Thu Vinh: '4 HCV, 3 kỷ lục SEA Games là điều ngoài mong đợi'",
        [P("Trịnh Thu Vinh")],
        [],
        [],
        [F("4 HCV", 4, "HCV"), F("3 kỷ lục", 3, "kỷ lục")],
        [],
    ),
    # ------------------------------------------------------------------ round 374
    (
        ZNEWS_HOME,
        "Nga khẳng định tàu ngầm không bị hư hại sau cuộc tập kích của Ukraine",
        [],
        [L("Nga", C), L("Ukraine", C)],
        [],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind33", CASES))


if __name__ == "__main__":
    main()

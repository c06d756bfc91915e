"""Hand labels for the BLIND30 split, written before vnnews, `extractors` or underthesea ever ran on them.

A thirtieth held-out set, all real text, to measure the extractor on real text (no text was chosen for
naming a person or for anything else: every qualifying node was taken in listing order). One source, in
each row's "source":
- "real": text copied from fixtures by blind6's recipe (selectolax `node.text(deep=True)` of a leaf
  <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC;
  "page" relative to tests/fixtures/pages). The listing is blind13's, continued: the unused nodes of
  25 to 200 characters of the 48 HTML pages (sorted by path; a text met twice on one page listed
  once, at its first place), unused meaning sharing no 40 characters with, and neither inside nor
  holding, a text of tests/devset/*.jsonl or blind/..blind6/ (so the ranks are blind7's), read
  round-robin. As blind14 to blind27 found, the dev set read for the ranks is tests/devset/*.jsonl as
  it stood at commit 74a4a52 (`git show 74a4a52:tests/devset/people.jsonl` ...). The listing is
  blind26's and blind27's (built by their listing script) and was checked to hold every real text of
  blind27 at ranks 81 to 91 (7, 8, 7, 8, 7, 8, 8, 7, 8, 9 and 3, as its docstring gives). Rounds 91 to
  124 were set aside for blind28 and blind29, made at the same time; this split starts at round 125
  with the first page in path order. From round 125 on only seven pages still have nodes
  (baobacgiang-homepage-2022-08, dantri-homepage-2013-09, dantri-homepage-2020-12, soha-homepage-2013,
  thanhnien-homepage-2013, znews-2025-home and znews-2025-kinh-doanh; thanhnien's listing ends at
  round 140, dantri-homepage-2020-12's at round 147). Every text taken was also checked (by script)
  against today's tests/devset/*.jsonl and blind/..blind27/ (no shared 40 characters, neither inside
  nor holding one), against the texts taken before it here (none shares 40 characters with another),
  and to occur in its page's body text as the label check reads it. Where the reading went: round 125
  from its first page, baobacgiang-homepage-2022-08 ("Costa Rica chính thức đề nghị gia nhập CPTPP",
  the first taken), through rounds 126 to 149, and round 150 to its end, znews-2025-kinh-doanh ("Trong
  khi hầu hết doanh nghiệp gặp rủi ro trước chiến tranh thương mại, tỷ phú Hà Lan Remon Vos ..."),
  where the count reached 80 (4, 4, 4, 4, 1, 4, 3, 3, 3, 2, 4, 3, 5, 1, 3, 3, 2, 4, 4, 2, 4, 1, 3, 2, 3
  and 4 nodes in rounds 125 to 150). The next nodes of the listing are round 151's baobacgiang "Hiệp
  Hòa: Tập trung khắc phục các mặt tồn tại, hạn chế" (qualifying), dantri-homepage-2013-09 "Vĩnh Phúc:
  Gia đình liệt sỹ nén tang thương đợi tòa thụ lý" (qualifying) and soha-homepage-2013 "Lạc Trung |
  27/12/2012 06:39" (a byline-and-time line, to be passed over); round 151 onward is still unread.
  Coming up past the stop: znews-2025-home's round-151 "Cà phê Việt Nam đang được nhìn nhận ..." (the
  last item of the sponsored box passed over here), round-157 "Tỷ phú Phạm Nhật Vượng 'kiếm' tiền nhiều
  thứ hai thế giới hôm nay" (shares 40 characters with blind27's), round-159 "Aeon rút lui, Thaco tiếp
  quản dự án ..." (with blind11's) and round-161 "Lộ diện các doanh nghiệp tham gia Trung tâm Tài
  chính Quốc tế TP.HCM" (with blind16's), to be passed over; znews-2025-kinh-doanh's round-157 contact
  line and round-158 cookie notice; soha's byline-and-time lines and znews's timestamps. A node that
  overlaps today's tests/devset/*.jsonl or blind/..blind27/ is passed over: znews-2025-home's round-129
  "Thực hư tài xế Be đạt doanh thu 1,6 tỷ đồng/năm" (shares 40 characters with blind23's) and round-133
  "Trong How2House tuần này, Doctor Housing Nguyễn Duy Chuyền ..." (with blind19's), soha-homepage-2013's
  round-144 "Vòng 19 Premier League: Quà đâu, Mancini?" (with blind14's). No text taken here overlaps blind28 or
  blind29 (made at the same time, checked again once their files were written), and no node met
  shared 40 characters with a text taken before it here. Every node met
  that is news text (headline, topic tag, teaser, lede, caption, paragraph; not menus, section labels,
  contact lines, timestamps, bylines, forms, ad and plugin scripts, ads, widgets, placeholder Latin, UI,
  site titles, imprints or footers) and holds a digit, a number word or a capitalised word after its
  first was taken (a capitalised word after a colon, after an opening quote, after a dash or opening a
  second sentence counts, a date counts as a digit, a word opening in lower case such as "iPad" is not
  capitalised, blind16 to blind27). Passed over as not news text: baobacgiang's box heading
  "RssQuy hoạch tỉnh Bắc Giang" (round 128: an RSS button and a link to the section, blind27's "Rss..."
  heading), its section submenu item "Du lịch trong nước - quốc tế" (round 134, in a <ul
  class="HomeCateNewsItem-Submenu">; not qualifying either), its box heading 'Cuộc thi ảnh "Nét đẹp Bắc
  Giang"' (round 138: a <div class="VnnBox-Head"> linking to the section /bg/cuoc-thi-anh/, as blind26's
  "Bảo vệ nền tảng tư tưởng của Đảng") and section label "CHUYÊN TRANG CÁC HUYỆN - THÀNH PHỐ" (round
  148, the heading over the districts' pages); dantri-homepage-2020-12's time lines "Chủ nhật 20/12/2020
  - 13:35", "Thứ Bảy 19/12/2020 - 16:15", "Thứ Sáu 18/12/2020 - 13:17", "Thứ Năm 17/12/2020 - 15:18"
  (rounds 125, 134, 136, 138: a teaser's time in its own <span>) and its footer (rounds 139 to 147:
  "Cơ quan của Bộ Lao động - Thương binh và Xã hội", "Tổng biên tập: Phạm Tuấn Anh", licence, address,
  phone, e-mail, copyright notice, advertising contact lines); soha-homepage-2013's byline-and-time and
  source-and-time lines ("Ngọc Hùng | 27/12/2012 07:36", "Nguyễn Vũ | ...", "Afamily | ...", "Sông Lam |
  ...", "Theo VNN | ...", "Hải Vân | ...", "Thúy Anh | ...", "Hoàng Sơn | ...", "Thu Mint | ...", rounds
  125, 128, 130, 133, 135, 138, 141, 146, 148, blind20 to blind27); thanhnien-homepage-2013's box headed
  "Thông tin dịch vụ" ("DMMT cung cấp dịch vụ giải trí trực tuyến trên thiết bị Sony", round 125,
  "MobiFone dành nhiều ưu đãi cho khách hàng doanh nghiệp dịp cuối năm", round 126: firms' service
  notices under a heading that marks them as such, beside "Purio Coffee - ...", "Phân bón Sumo - ...",
  adverts, as blind27's vnexpress "Thông tin khuyến mại" box) and its footer (rounds 129 to 140: menu
  "Về đầu trang Thông tin tòa soạn ...", imprint lines "Tổng biên tập: NGUYỄN QUANG THÔNG", "Phụ trách
  tòa soạn Thanh Niên Online:", "- Thư ký tòa soạn: ...", copyright, hotline "Hotline: Quảng cáo, PR -
  ..." and browser notices, blind23 to blind25); znews-2025-home's timestamps ("20 giờ trước 14:26
  22/12/2025", "06:00 22/12/2025 06:00 22/12/2025", ..., rounds 127, 130, 132, 135, 138, 141, 144, 147,
  150) and its sponsored box (ranks 143 to 151: a <section class="section topic ads_pr-8094 sponsor">
  whose header names its sponsor "Trung Nguyên" in a <p class="sponsor">, over a background picture of
  the brand, its articles marked "pr": "Khám phá 'quyền lực mềm' ...", round 143, not qualifying
  either, "“Quyền lực mềm” của Joseph S. Nye, Jr. ...", round 145, "Dấu ấn cà phê trong lịch sử học",
  round 146, "Không chỉ thúc đẩy ...", round 148, "Cà phê Việt Nam - di sản kết nối toàn cầu", round 149:
  paid content under its sponsor's name, adverts as blind27's "Thông tin khuyến mại" box; unlike
  blind26's and blind27's znews "pr" articles, where no sponsor mark shows); znews-2025-kinh-doanh's
  timestamps ("15:34 21/12/2025 15:34 21/12/2025", ..., rounds 126, 129, 132, 134, 136, 139, 142, 144,
  146, 149). Taken as news text: thanhnien-homepage-2013's event link "Phạm Ngọc Thảo - Oanh liệt trong
  thầm lặng" (round 127, an item of its "dongsukien" box linking to an event page, as blind21 to blind27
  took dantri's event links); dantri-homepage-2013-09's headlines and the ledes of its boxes, two opening
  with the "(Dân trí)" tag and one the opening of a reader's letter ("Vợ chồng tôi có con trai gần mười
  tuổi. ..."); dantri-homepage-2020-12's box headlines (its "Box_Blog", "Box_DienDan", "Box_ChuyenLa"
  and "Box_DoiSong" links to the paper's articles); soha-homepage-2013's headlines and teasers with their
  "(Soha.vn)" tag and its related link "Rooney sẽ phải nghỉ thi đấu 3 tuần vì chấn thương" (round 143);
  znews-2025-home's "mostread24h" and podcast-box headlines and teasers; znews-2025-kinh-doanh's latest
  headlines and teasers, the headlines of its topic boxes (<section class="section topic ...
  sponsor"> with an empty sponsor link: "ĐHĐCĐ thường niên 2025" and "Chính sách thuế ông Trump", no
  sponsor named, as blind26) and the second box's heading "Chính sách thuế ông Trump" (round 147, a link
  to its topic page, as blind17 to blind21 took topic-box titles). Not qualifying (no digit, number word
  or capitalised word after the first): 'Lạnh "cắt da cắt thịt", người dân phố thị đốt lửa chống rét',
  'Trao sức mạnh tự tin, bản lĩnh cho con bằng "mềm dịu" của mẹ', "Hiện giá giao dịch bất động sản có xu
  hướng tăng dần ...", "Công trình thể thao biến thái", "Xóa sổ băng nhóm cướp giật kiếm tiền chơi ma
  túy", "Khỏa thân trượt patin trên đường cao tốc", "Giật mình với những kiểu tránh thai... phản tác
  dụng", "Hoảng hồn bạn trẻ níu tình yêu bằng... mạng sống", "Ngồi xổm lâu, dùng vòi xịt rửa ...",
  "Lãi suất tăng, có nên mua nhà, đất lúc này?" (blind19), "Những ngày này, có nhiều người đang run
  không… vì rét!", "Khi phụ huynh 'động tay, động chân'", "Nga: ổ đường ống khí đốt do động đất" (its
  one capitalised word is its first), "“Chuyện ấy” không có tuổi", "Làm mới hôn nhân đang dần cũ",
  "Công ty 'đặt cược' vào người giàu nhất hành tinh bên bờ vực phá sản", "Khi kỹ thuật viên chẩn bệnh
  thay bác sĩ", "Âm nhạc giúp trái tim khỏe mạnh", "Nên mua nhà trống giá rẻ hay thêm tiền mua căn full
  nội thất?", "Rượu vang giúp giảm nguy cơ mắc trầm cảm?", "Bảo vệ máy tính với phần mềm diệt virus
  danh tiếng đầy đủ bản quyền", "Những lưu ý đối với hệ thống túi khí". "Một góc nhìn khác về ngoại
  tình", "Lục Ngạn: Một người mất tích ...", "“Vung” hơn nửa tỷ đồng… ..." and "Ngày đầu tiên của năm
  2026 sẽ rơi vào thứ năm, ..." hold number words or digits and were taken (blind16 to blind27). No node
  of these rounds prints text from several elements with no space between, so every text is copied as
  printed.
No text here occurs in tests/devset/*.jsonl or blind/..blind29/ (checked by tests/test_blind_labels.py),
nor shares 40 characters with one (checked while listing, and again at the end).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind30/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind30/make_blind30.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind27 after it), plus these decisions taken before any scoring:
- people: "đồng chí" before a name is the title "Đồng chí" (blind26, capitalised as the earlier splits
  spell a title); "phân công đồng chí Nguyễn Phi Long làm Bí thư Tỉnh ủy Hòa Bình", "Ngô Văn Tuấn giữ
  chức Bí thư Ban cán sự Đảng ..." and "Nguyễn Anh Tuấn được phân công làm Bí thư Tỉnh ủy Bắc Ninh"
  give no role (a role after a verb, blind10, blind19's "từng giữ chức"); "Huấn luyện viên Mano Polking"
  has the role "Huấn luyện viên" (blind13's "HLV" written out); "Chủ tịch FPT Telecom Hoàng Việt Anh" has
  the role "Chủ tịch FPT Telecom" and the organisation FPT Telecom (blind22's "Chủ tịch NextTech");
  "tỷ phú Hà Lan Remon Vos" has the role "tỷ phú Hà Lan" as written (blind4's "Tỷ phú Microsoft",
  blind13's "Thủ tướng Thái Lan"); "ông Trump" is Trump with the title "Ông" (blind21's "ông Obama");
  "Vợ chồng Trinh Phạm" names Trinh Phạm, with no title (a relation, blind21's "Bà xã Chí Tài");
  "cặp đôi nhà thiết kế nội thất Trung Trương - Trầm Nguyễn" gives two people with no role (a plural
  description before a list, blind24's "các hot girl ..."); "Đức" and "Thương" in the dantri lede (a
  couple, he named twice) and "Tú" in the reader's letter are people by one-word names (blind13), "Đức"
  no country; "Lady Gaga", "Rooney", "Quang Hải" (blind24), "Phạm Ngọc Thảo" and "Jaeoong" (as printed)
  are people, while "JYJ" (his music group) is neither person nor organisation (blind21's "IVE") and the
  quoted "Mỹ nam" (a nickname, "handsome man") is no title (blind21's '"Chiến tướng"') and holds no Mỹ;
  "Hoàng Việt Anh" and "Nguyễn Anh Tuấn" hold no Anh (blind17's "Mỹ Tâm"); "Thứ trưởng Xây dựng",
  "Thủ tướng", "Chủ tịch FPT", "Chủ tịch liên đoàn lao động TP Cà Mau" and "Tỷ phú nhà xưởng châu Âu"
  with no name give nothing.
- places: "Ngoại hạng Anh" (the English Premier League) names Anh (a country inside a league's name,
  blind14's "Siêu cúp Italia"); "Sochi của Nga" is Sochi, a "city" with parent Nga (the country named
  with it, blind19's "Baghdad"); "Việt Yên", "Yên Thế" and "Lục Ngạn" on the 2022 baobacgiang page are
  "huyện" with parent Bắc Giang (blind25's "Lục Nam"), and "TP Bắc Giang" is Bắc Giang, a "thành phố"
  with parent Bắc Giang (blind3's same city), its mention "Bắc Giang" (blind/'s "TP Cần Thơ"); "du khách
  Bắc Giang" and "tỉnh Bắc Giang" name the "tỉnh"; "Sa Pa" on the 2022 page is a "thị xã" (a town since
  2020, blind17's type) with no parent given; "TP Cà Mau" is Cà Mau, a "thành phố" with no parent
  given (blind17's "TP. Vinh"), its mention "Cà Mau"; "phố Hà Nội" (the streets of Hà Nội) names Hà Nội,
  unlike blind26's "Phố Vọng" (one street); "triển lãm Frankfurt 2013" names Frankfurt, a "city" with no
  parent given (a city inside an event's name, blind18's "tuần lễ thời trang New York"); "sao Hàn" and
  "drama Hàn" name Hàn Quốc with the mention "Hàn" (blind25's "sao Hàn"); "Nga" inside "Bộ Quốc phòng
  Nga" is labelled (blind17); "Costa Rica", "Triều Tiên", "Thổ Nhĩ Kỳ", "Hà Lan" and "Thái Lan" (a side
  named by its country, blind15) are countries; "Vietnam" inside the quoted "made in Vietnam" (the label
  of Vietnamese-made goods, quoted as a phrase) is none (blind27's quoted slogan "'Vẫn là Campuchia'"),
  nor "sao Việt" and "người hâm mộ Việt" (adjectives, blind16's "Cô gái Việt"), "miền Bắc", "Bắc",
  "Nam" (regions, blind20), "châu Âu" and "Châu Âu" (blind15), "cầu Thủ Thiêm" (a bridge, blind14's "cầu
  Thanh Trì"), "sâm Nam núi Dành" (a ginseng named after a mountain) and "Mekong" inside the name of a
  tourism forum (a river and its region).
- organisations: "Bộ Quốc phòng Nga" is one carrying Nga; "liên đoàn lao động TP Cà Mau" is one as
  written in lower case (blind22's "sở Y tế"), carrying Cà Mau; "Đảng" in "khiển trách về mặt Đảng"
  (bare, blind10, blind12) is one, and so is "Đoàn" in "cán bộ Đoàn" (the Youth Union by its bare name,
  as "Đảng"); "Học viện Tài chính", "Tỉnh ủy Hòa Bình" and "Tỉnh ủy Bắc Ninh" (carrying their
  provinces) are; "Ban cán sự Đảng Kiểm toán Nhà nước" is one by its whole name only (nested names not
  repeated, blind/, blind14's "Ban Thường vụ Thành ủy Hà Nội"); "Trung tâm Tài chính quốc tế"
  (blind16's "Trung tâm Tài chính Quốc tế TP.HCM"), "FPT Telecom", "FPT", "Vingroup", "Ford" (acting
  companies, blind26), "Pau FC" (blind24), "MisterGreen" (the company's name, without the descriptive
  "Công ty cho thuê xe" before it, blind19's "công ty Standard Oil"), "Venturebeat" (the news site that
  published the photo, blind15's "Forbes", blind21's "The Guardian") and the tags "(Dân trí)" and
  "(Soha.vn)" are; "CPTPP" (a trade agreement, blind18's "Hiệp định Paris"), "Army Games 2022",
  "Diễn đàn Du lịch Mekong 2022", "Triển lãm IFA 2013" (events, blind13's "Đối thoại Shangri-La"),
  "Premier League" and "Ngoại hạng Anh" (leagues, blind14), "JYJ" (a group), "How2House" (a column,
  blind19), "Xây dựng" in "Thứ trưởng Xây dựng" (a ministry named without "Bộ" in a role, blind27),
  products ("Galaxy Gear", "Dior Rêverie", "S-Max", "Mercedes-Benz C-Class 2015", "Toyota Corolla
  Sedan"), the car brands "Mercedes" and "Tesla" (cars, blind19's "Lexus"), "Viagra" (a drug), "APG" (a
  cable), "Kỉ lục Guinness" (a record), "Internet", "AI" and "DN" (blind21) are none.
- figures: "vượt 100 tỷ USD" is "100 tỷ USD" with no qualifier (blind6's "vượt X"); "300.000 tỷ" and
  "lương 3 triệu" carry the implied "đồng" (blind17's "855.000 tỷ", blind12's "50 triệu"); "hơn 3 tỷ"
  is 3000000000 "đồng" with the qualifier "hơn"; "chỉ 2 ngày" is "2 ngày" with no qualifier (blind15's
  "chỉ 17 phút"); "5 thói quen", "5 công nghệ", "29 đô thị", "3 tuần" are counts; "giật cấp 10" (a wind
  force on the Beaufort scale, no figure in blind4's teaser of the same storm), "vòng 19" (blind14's
  "Vòng 19"), "9X" (a generation), "(Kỳ 2)", "(P.II)" (series parts, blind17, blind18), "Army Games
  2022", "World Cup 2026", "IFA 2013", "Frankfurt 2013", "C-Class 2015", "Mekong 2022", "Covid-19",
  years ("năm 2026", "Năm 2030", "năm 2040", "năm 2012") and dates ("từ 1/1", "ngày 2/9", "tháng 1",
  "tháng 12/2025", "Tháng 12/2025", "trước 1/7/2014") are none, nor the number words ("nửa tỷ", "thứ
  năm", "gần mười tuổi", "Một góc nhìn", "Một vài", "một bát phở", "Một trận", "lần thứ hai", "một
  phiên bản", "một căn nhà", "Một người"); "vài" is no number word (blind21).
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
BGI = "Bắc Giang"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 125
    (BBG, "Costa Rica chính thức đề nghị gia nhập CPTPP", [], [L("Costa Rica", C)], [], [], []),
    (DT13, "Những nỗi “oan ức” thuở con nít của sao Việt", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Ngày đầu tiên của năm 2026 sẽ rơi vào thứ năm, người lao động, học sinh, sinh viên được nghỉ ra sao?",
        [],
        [],
        [],
        [],
        [],
    ),
    (ZNEWS_KD, "Thứ trưởng Xây dựng: Giá bất động sản có xu hướng tăng dần từng năm", [], [], [], [], []),
    # ------------------------------------------------------------------ round 126
    (
        BBG,
        "Bộ Quốc phòng Nga thông báo về sự kiện Army Games 2022",
        [],
        [L("Nga", C)],
        [O("Bộ Quốc phòng Nga", place="Nga")],
        [],
        [],
    ),
    (DT13, "Trang phục kiệm vải của Lady Gaga được khen là nghệ thuật", [P("Lady Gaga")], [], [], [], []),
    (
        SOHA13,
        '(Soha.vn) - Cùng thời điểm, "Mỹ nam" Jaeoong (JYJ) cũng đã chính thức giới thiệu teaser cho sự trở lại của mình trong tháng 1.',
        [P("Jaeoong")],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    (ZNEWS_HOME, "Mua xe, lái xe sẽ có vài thay đổi đáng chú ý từ 1/1 năm sau", [], [], [], [], []),
    # ------------------------------------------------------------------ round 127
    (BBG, "Triều Tiên tuyên bố chiến thắng dịch Covid-19", [], [L("Triều Tiên", C)], [], [], []),
    (DT13, "“Vung” hơn nửa tỷ đồng… để được làm gái bán dâm", [], [], [], [], []),
    (SOHA13, "Bão Wukong giật cấp 10, không khí lạnh tăng cường tại miền Bắc", [], [], [], [], []),
    (TN13, "Phạm Ngọc Thảo - Oanh liệt trong thầm lặng", [P("Phạm Ngọc Thảo")], [], [], [], []),
    # ------------------------------------------------------------------ round 128
    (
        DT13,
        "Chủ tịch liên đoàn lao động TP Cà Mau bị khiển trách về mặt Đảng",
        [],
        [L("Cà Mau", "thành phố")],
        [O("liên đoàn lao động TP Cà Mau", place="Cà Mau"), O("Đảng")],
        [],
        [],
    ),
    (
        DT20,
        "Từ bỏ 5 thói quen khiến ngôi nhà của bạn kém xinh",
        [],
        [],
        [],
        [F("5 thói quen", 5, "thói quen")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Từ đầu năm 2026, nhiều quy định, luật mới liên quan đến giao thông và thị trường ôtô, xe máy bắt đầu có hiệu lực. Vậy đâu là những thay đổi đáng chú ý?",
        [],
        [],
        [],
        [],
        [],
    ),
    (ZNEWS_KD, "Lãi suất vay mua nhà ngân hàng nào ưu đãi nhất tháng 12/2025?", [], [], [], [], []),
    # ------------------------------------------------------------------ round 129
    (
        BBG,
        "Năm 2030, Bắc Giang có 29 đô thị",
        [],
        [L(BGI, "tỉnh")],
        [],
        [F("29 đô thị", 29, "đô thị")],
        [],
    ),
    # ------------------------------------------------------------------ round 130
    (
        BBG,
        "Xây dựng, phát triển đô thị tỉnh Bắc Giang theo hướng đồng bộ, hiện đại, bền vững",
        [],
        [L(BGI, "tỉnh")],
        [],
        [],
        [],
    ),
    (DT13, "“Choáng” với Viagra giá siêu rẻ", [], [], [], [], []),
    (DT20, "Vật thể bí ẩn bốc cháy trên bầu trời Thổ Nhĩ Kỳ", [], [L("Thổ Nhĩ Kỳ", C)], [], [], []),
    (
        ZNEWS_KD,
        "Tháng 12/2025, lãi suất huy động tiền gửi của nhiều ngân hàng tiếp tục tăng, vì vậy, mặt bằng lãi suất vay mua nhà cũng có xu hướng nhích lên.",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 131
    (
        BBG,
        "Việt Yên: Xây dựng nhà trọ an toàn, văn minh",
        [],
        [L("Việt Yên", "huyện", [BGI])],
        [],
        [],
        [],
    ),
    (DT20, 'Khiến cho "made in Vietnam" ngày càng mạnh mẽ!', [], [], [], [], []),
    (ZNEWS_KD, "Đất vi phạm trước 1/7/2014 có thể được xem xét cấp sổ đỏ", [], [], [], [], []),
    # ------------------------------------------------------------------ round 132
    (
        BBG,
        "TP Bắc Giang phát huy vai trò đảng viên tại nơi cư trú",
        [],
        [L(BGI, "thành phố", [BGI])],
        [],
        [],
        [],
    ),
    (
        DT13,
        "(Dân trí) - Mỗi lần Đức đề cập đến việc chia tay thì y như rằng Thương vùng người nhằm lao đầu vào tường hoặc phi thẳng xe ra cầu Thủ Thiêm đòi nhảy sông làm Đức cuống cuồng kéo tay cô lại.",
        [P("Đức", m=["Đức", "Đức"]), P("Thương")],
        [],
        [O("Dân trí")],
        [],
        [],
    ),
    (SOHA13, "Hà Tĩnh: Tiếp tục bắt chiếu bạc có vũ khí nóng", [], [L("Hà Tĩnh", "tỉnh")], [], [], []),
    # ------------------------------------------------------------------ round 133
    (
        BBG,
        "Phát triển tổ chức công đoàn trong DN: Chăm lo tốt hơn cho người lao động",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Nữ cán bộ Đoàn 9X xinh đẹp, học giỏi Học viện Tài chính",
        [],
        [],
        [O("Đoàn"), O("Học viện Tài chính")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Lần đầu tiên Việt Nam có nhóm hàng xuất khẩu vượt 100 tỷ USD",
        [],
        [L(VN, C)],
        [],
        [F("100 tỷ USD", 100000000000, "USD")],
        [],
    ),
    # ------------------------------------------------------------------ round 134
    (
        DT13,
        "Nữ sinh xinh đẹp dạo phố Hà Nội rực rỡ cờ hoa ngày 2/9",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Chủ tịch FPT Telecom: Đưa Ngoại hạng Anh tới từng người hâm mộ Việt",
        [],
        [L("Anh", C)],
        [O("FPT Telecom")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 135
    (BBG, "Việt Nam đăng cai Diễn đàn Du lịch Mekong 2022", [], [L(VN, C)], [], [], []),
    (
        DT13,
        "Vợ chồng tôi có con trai gần mười tuổi. Cơ sở làm ăn của chúng tôi đang ăn nên làm ra. Hôm đó chồng tôi dẫn Tú về, giới thiệu là bạn thân thời còn đi học.",
        [P("Tú")],
        [],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Nỗi niềm nhà khoa học khóc vì lương 3 triệu",
        [],
        [],
        [],
        [F("3 triệu", 3000000, "đồng")],
        [],
    ),
    (
        ZNEWS_KD,
        "Thủ tướng nêu vai trò đặc biệt của Trung tâm Tài chính quốc tế",
        [],
        [],
        [O("Trung tâm Tài chính quốc tế")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 136
    (
        BBG,
        "Tìm thấy thi thể du khách Bắc Giang trượt chân ngã xuống suối ở Sa Pa",
        [],
        [L(BGI, "tỉnh"), L("Sa Pa", "thị xã")],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "Một trận động đất có cường độ trung bình đã làm cho đường ống khí đốt tại thành phố nghỉ dưỡng Sochi của Nga nổ tung.",
        [],
        [L("Sochi", "city", ["Nga"]), L("Nga", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Với giá cước “chỉ bằng một bát phở mỗi tháng”, Chủ tịch FPT Telecom Hoàng Việt Anh kỳ vọng mọi người hâm mộ đều có thể xem Ngoại hạng Anh với chất lượng tốt nhất.",
        [P("Hoàng Việt Anh", roles=["Chủ tịch FPT Telecom"], org="FPT Telecom")],
        [L("Anh", C)],
        [O("FPT Telecom")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 137
    (
        BBG,
        "Khách Hàn Quốc đến Việt Nam nhiều nhất sau dịch",
        [],
        [L("Hàn Quốc", C), L(VN, C)],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Nhiều băn khoăn về bản án của lái xe Mercedes tông tiếp viên hàng không",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "Bí quyết làm đẹp dịp cuối năm của sao Hàn",
        [],
        [L("Hàn Quốc", C, m=["Hàn"])],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Vợ chồng Trinh Phạm nói lý do mua nhà phố thay vì penthouse ở TP.HCM",
        [P("Trinh Phạm")],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Thủ tướng nhấn mạnh Trung tâm Tài chính quốc tế không xuất phát từ ý chí chủ quan, mà là yêu cầu khách quan, đáp ứng nhu cầu tái cấu trúc dòng vốn đầu tư toàn cầu.",
        [],
        [],
        [O("Trung tâm Tài chính quốc tế")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 138
    (DT13, "Một góc nhìn khác về ngoại tình", [], [], [], [], []),
    # ------------------------------------------------------------------ round 139
    (
        BBG,
        "Công bố Quyết định phân công đồng chí Nguyễn Phi Long làm Bí thư Tỉnh ủy Hòa Bình",
        [P("Nguyễn Phi Long", "Đồng chí")],
        [L("Hòa Bình", "tỉnh")],
        [O("Tỉnh ủy Hòa Bình", place="Hòa Bình")],
        [],
        [],
    ),
    (
        SOHA13,
        "(Soha.vn) - Một vài gợi ý nhỏ dưới đây chắc chắn sẽ giúp bạn trở nên thu hút và rạng rỡ hơn.",
        [],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Trong How2House tuần này, vợ chồng Trinh Phạm - Trần Thành đã chia sẻ về hành trình đầu tư bất động sản từ Bắc vào Nam, đồng thời tư vấn bài toán mua căn hộ và nhà đất cho các gia đình trẻ.",
        [P("Trinh Phạm"), P("Trần Thành")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 140
    (
        BBG,
        "Đồng chí Ngô Văn Tuấn giữ chức Bí thư Ban cán sự Đảng Kiểm toán Nhà nước",
        [P("Ngô Văn Tuấn", "Đồng chí")],
        [],
        [O("Ban cán sự Đảng Kiểm toán Nhà nước")],
        [],
        [],
    ),
    (SOHA13, "Tổng hợp video vòng 19 Premier League", [], [], [], [], []),
    (
        ZNEWS_KD,
        "Công ty cho thuê xe MisterGreen của Hà Lan, nổi tiếng với đội xe chỉ dùng Tesla và những đặt cược táo bạo vào tương lai robotaxi tự hành, đang đối mặt với nguy cơ phá sản.",
        [],
        [L("Hà Lan", C)],
        [O("MisterGreen")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 141
    (
        BBG,
        "Đồng chí Nguyễn Anh Tuấn được phân công làm Bí thư Tỉnh ủy Bắc Ninh",
        [P("Nguyễn Anh Tuấn", "Đồng chí")],
        [L("Bắc Ninh", "tỉnh")],
        [O("Tỉnh ủy Bắc Ninh", place="Bắc Ninh")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Vingroup đặt mục tiêu thu 300.000 tỷ, bổ sung mảng vận tải",
        [],
        [],
        [O("Vingroup")],
        [F("300.000 tỷ", 300000000000000, "đồng")],
        [],
    ),
    # ------------------------------------------------------------------ round 142
    (
        BBG,
        "Huấn luyện viên Mano Polking thừa nhận Thái Lan khó dự World Cup 2026",
        [P("Mano Polking", roles=["Huấn luyện viên"])],
        [L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    (DT13, "Đồng hồ thông minh Galaxy Gear lộ ảnh trước ngày ra mắt", [], [], [], [], []),
    (
        SOHA13,
        "(Soha.vn) - Đêm qua đã diễn ra những trận đấu vô cùng hấp dẫn của vòng 19 Premier League.",
        [],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Trong số đầu tiên của How2House, cặp đôi nhà thiết kế nội thất Trung Trương - Trầm Nguyễn cho rằng việc tự cải tạo một căn nhà trống sẽ tối ưu hơn nếu muốn an cư lâu dài.",
        [P("Trung Trương"), P("Trầm Nguyễn")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 143
    (
        BBG,
        "Quang Hải lần thứ hai đá chính, Pau FC tiếp tục có điểm",
        [P("Quang Hải")],
        [],
        [O("Pau FC")],
        [],
        [],
    ),
    (
        DT13,
        "(Dân trí) - Hình ảnh một phiên bản mẫu của chiếc đồng hồ thông minh Galaxy Gear đã bất ngờ xuất hiện trên trang web Venturebeat chỉ 2 ngày trước khi ra mắt.",
        [],
        [],
        [O("Dân trí"), O("Venturebeat")],
        [F("2 ngày", 2, "ngày")],
        [],
    ),
    (
        SOHA13,
        "Rooney sẽ phải nghỉ thi đấu 3 tuần vì chấn thương",
        [P("Rooney")],
        [],
        [],
        [F("3 tuần", 3, "tuần")],
        [],
    ),
    (
        ZNEWS_KD,
        "FPT đã thu hơn 75 triệu USD từ AI",
        [],
        [],
        [O("FPT")],
        [F("hơn 75 triệu USD", 75000000, "USD", "hơn")],
        [],
    ),
    # ------------------------------------------------------------------ round 144
    (
        BBG,
        "Hàn Quốc phát triển thiết bị theo dõi sức khỏe dưới dạng hình xăm",
        [],
        [L("Hàn Quốc", C)],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Cận cảnh điện thoại Dior Rêverie giá hơn 3 tỷ tại Việt Nam",
        [],
        [L(VN, C)],
        [],
        [F("hơn 3 tỷ", 3000000000, "đồng", "hơn")],
        [],
    ),
    # ------------------------------------------------------------------ round 145
    (BBG, "Kỹ thuật mới trong nhân giống cây sâm Nam núi Dành", [], [], [], [], []),
    (DT13, "Những sản phẩm được mong chờ tại Triển lãm IFA 2013", [], [], [], [], []),
    (SOHA13, "“Cần xem xét lại năng lực kinh doanh của ngành điện” (Kỳ 2)", [], [], [], [], []),
    (
        ZNEWS_KD,
        "Chủ tịch FPT nêu 5 công nghệ sẽ tái sắp xếp trật tự thế giới",
        [],
        [],
        [O("FPT")],
        [F("5 công nghệ", 5, "công nghệ")],
        [],
    ),
    # ------------------------------------------------------------------ round 146
    (BBG, "Đứt cáp quang biển APG, truy cập Internet quốc tế bị ảnh hưởng", [], [], [], [], []),
    # ------------------------------------------------------------------ round 147
    (
        BBG,
        "Việt Nam hạn chế xe dùng nhiên liệu hóa thạch từ năm 2040",
        [],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "Những drama Hàn thất bại thảm hại của năm 2012 (P.II)",
        [],
        [L("Hàn Quốc", C, m=["Hàn"])],
        [],
        [],
        [],
    ),
    (ZNEWS_KD, "Chính sách thuế ông Trump", [P("Trump", "Ông")], [], [], [], []),
    # ------------------------------------------------------------------ round 148
    (
        DT13,
        "Ford mang S-Max concept tới triển lãm Frankfurt 2013",
        [],
        [L("Frankfurt", "city")],
        [O("Ford")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Tỷ phú nhà xưởng châu Âu giàu lên nhờ thuế quan của ông Trump",
        [P("Trump", "Ông")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 149
    (
        BBG,
        "Yên Thế: Tìm hướng “xuất ngoại” cho nhãn muộn",
        [],
        [L("Yên Thế", "huyện", [BGI])],
        [],
        [],
        [],
    ),
    (DT13, "Mercedes-Benz C-Class 2015 lộ diện trên đường thử", [], [], [], [], []),
    (
        SOHA13,
        "(Soha.vn) - Được đầu tư với kinh phí khủng, cùng với sự góp mặt của những ngôi sao đình đám. Thế nhưng khi phát sóng, các bộ phim này đã khiến không ít công chúng thất vọng.",
        [],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 150
    (
        BBG,
        "Lục Ngạn: Một người mất tích khi đi qua ngầm tràn",
        [],
        [L("Lục Ngạn", "huyện", [BGI])],
        [],
        [],
        [],
    ),
    (DT13, "Ra mắt Toyota Corolla Sedan thế hệ mới phiên bản Châu Âu", [], [], [], [], []),
    (SOHA13, "Video: Kỉ lục Guinness ấn tượng trong năm 2012", [], [], [], [], []),
    (
        ZNEWS_KD,
        "Trong khi hầu hết doanh nghiệp gặp rủi ro trước chiến tranh thương mại, tỷ phú Hà Lan Remon Vos lại nhìn thấy cơ hội để mở rộng đế chế bất động sản công nghiệp khắp châu Âu.",
        [P("Remon Vos", roles=["tỷ phú Hà Lan"])],
        [L("Hà Lan", C)],
        [],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind30", CASES))


if __name__ == "__main__":
    main()

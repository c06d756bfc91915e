"""Hand labels for the BLIND6 split, written before vnnews, `extractors` or underthesea ever ran on them.

A sixth held-out set, to measure the extractor changes made after blind5 was scored; it is meant to
stay unseen by whoever tunes them. Two sources, kept apart in each row's "source":
- "real": text copied from fixtures no other split uses, by blind5's recipe (selectolax
  `node.text(deep=True)` of a leaf <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of
  those, whitespace collapsed, NFC; the item descriptions of the RSS feed; the decoded fragments of
  tests/fixtures/obfuscated). A row's "page" is relative to tests/fixtures/pages. A node was left out
  when it shares any 40 characters with a text of tests/devset/*.jsonl or blind/..blind5/. How the
  nodes were taken, so that none was chosen for looking easy: the unused nodes of 25 to 200
  characters were listed page by page (pages sorted by path, then the feed, then the obfuscated
  fragments), and read round-robin (the first unused node of every page, then the second of every
  page...); every node met that is news text (headline, topic tag, teaser, caption, paragraph; not
  menus, contact lines, hotlines, timestamps, ad scripts, placeholder Latin or English UI) and holds
  a digit, a number word or a capitalised word after its first was taken, until 50 were taken (round
  3 of the listing, at the thanhnien home page). Most are headlines of 25 to 60 characters.
- "written": sentences written for this set imitating national and provincial news across genres:
  headlines and photo captions (names without honorific, lists of names, stage names), sports results,
  markets (exchange rates, gold, stock index, CPI, exports), courts and crime (ages, terms, amounts,
  plates), health, schools, provincial officials with roles after a dash or comma, farming,
  disasters, festivals, and the negatives of figures (dates, years, times, scores, phone, plate,
  house, room and document numbers, versions, "(SN 1988)", "U23", numbered units), with a few model
  names. Written rows carry province "Phú Thọ" (the publishing paper's, as in blind5); a commune
  named without its province is a Phú Thọ commune, and a story set elsewhere names its province.
No text here occurs in tests/devset/*.jsonl or blind/..blind5/ (checked by tests/test_blind_labels.py).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind6/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind6/make_blind6.py

Conventions: exactly those of tests/devset/blind5/make_blind5.py (and blind/..blind4/ before it), plus
these decisions taken before any scoring:
- figures: "1 nửa lương" (a half, written with a digit) is not a figure, like the words "hai" and
  "bạc tỉ"; a swimming time "1 phút 58 giây 43" is one figure, 118.43 seconds (as blind5's "49 giây
  67"); "khóa 16" / "khóa XIV" (a parliament's term), "Android 7.0", "iOS 26.1", "iPhone 11",
  "Windows Phone 8", "Nubia Z5", "LN125", "ITF M25", "U17", "U23", "cấp 12" (wind force), "số 1" (a
  shirt number), "phòng 204", "tầng 2" (a floor's number, unlike blind5's count "70 tầng"), "số 86"
  (a house), a star rating ("3 sao", "5 sao"), "Bão số 5" and a trailing comment counter ("... mặt
  bằng 0") are not figures; a prison term "12 năm tù" is "12 năm" (as blind4's "7 năm 6 tháng");
  "vượt 31.400 tỷ đồng" has no qualifier (blind2's "vượt X"), nor have "tăng lên X", "giữ mức X",
  "bình quân X", "tổng trị giá X" and "dao động X - Y"; "tăng 12,46 điểm" is "12,46 điểm"; the date
  ranges "4 - 5/6" and "25 - 27/5" are not figures.
- people: a photo credit ("Ảnh: Ninh Quốc Việt") is a person; "bầu Kiên" is the person "Kiên" with
  title "Bầu" (as blind5's "bà Phia"); "bị cáo", "đồng phạm" before a name are not roles (as "đối
  tượng" before); occupations before a name are roles ("Ca sĩ", "nhạc sĩ", "rapper", "Thủ môn",
  "Kình ngư", "tiền vệ", "Bác sĩ", "Nữ sinh", "Doanh nhân", "tài xế"), as blind4; "Ngoại trưởng
  Australia" and "Bộ trưởng Tài chính" are roles without an organisation (blind's rule for a ministry
  named without "Bộ"); "Bác" alone (capitalised, "lời Bác") is a mention of Hồ Chí Minh, as "Bác Hồ".
- places: "Việt" in "Việt - Lào" is a mention of Việt Nam (as blind5's "Triều" in "Mỹ - Triều"), not
  in "hot girl Việt" (as blind5's "doanh nghiệp Việt"); "Triều Tiên" in "bán đảo Triều Tiên" is a
  place mention (a country named inside a landmark, blind/'s rule), the peninsula is not a place;
  "Thọ Xuân" named alone is a "huyện" with no parent (parents are what the text gives, as blind4); regions and continents ("Tây Nguyên", "châu Phi",
  "châu Á", "Nam Mỹ") are not places (as "châu Âu"); "Nút giao Mỹ Thủy" (a junction) names no place;
  "Quảng trường Hùng Vương" and "đường Trần Phú" name neither a place nor a person.
- organisations: "Không quân" (the air force) is an organisation, as "Quốc hội"; a bare "TAND huyện"
  is one (as a bare "UBND tỉnh"), "Công an tỉnh" too; "HoSE" (an exchange) is one, "VN-Index" (an
  index, as "Dow Jones") is not; a ticker ("cổ phiếu HFD"), "CSGT" (the traffic police in general),
  "Zalo" (an app), "Apple"'s products, "ZTE", "Lambretta" (brands in product names), "SJC" in "vàng
  miếng SJC", a music group ("One Direction", as blind4's "BTS"), a league ("V-League") and a
  tournament ("ITF M25 Tây Ninh") are not; a photo credit "BVCC" (the hospital supplied it) is not.
- models: "Kỳ thi THPT quốc gia 2019", "Tân Hoa hậu Thế Giới Việt Nam" (a title held, not "Cuộc thi
  ..."), “một làng tiên tiến kiểu mẫu” (an article title, as blind5) are not models; "Chiến dịch tình
  nguyện Mùa đông ấm" names "Mùa đông ấm", kind "chiến dịch" (the kind drops "tình nguyện", as blind2's
  "cuộc thi ảnh"); "Lễ hội trò Trám" (a festival) is not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
FEED = "../feeds/vnexpress-2017-07-rss-tin-moi-nhat.xml"
BTH_LANG = "../obfuscated/baothanhhoa.vn/baothanhhoa-153013-tu-mot-lang-tien-tien-kieu-mau.decoded.html"
BTH_T3 = "../obfuscated/baothanhhoa.vn/baothanhhoa-print-132431-thang-3-thuong-nho.decoded.html"
BAOMOI = "baomoi.com/baomoi-homepage-devtools-copy.html"
BNA_CAT = "baonghean.vn/baonghean-2019-demo-category.html"
DT12 = "dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
GENK13 = "genk.vn/genk-homepage-2013.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
NGOISAO = "ngoisao.net/ngoisao-2012-hoa-hau-hoan-vu.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
SOHA12 = "soha.vn/soha-2012-can-lo-lo.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TEEN9X = "teen9x.net/teen9x-2013-8-3-boy-vao-bep.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VE13_NUOC = "vnexpress.net/vnexpress-2013-dong-nuoc-doc.html"
VE22_BAY = "vnexpress.net/vnexpress-2022-mo-lai-duong-bay-quoc-te.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VE13 = "vnexpress.net/vnexpress-homepage-2013.html"
VTC_A = "vtcnews.vn/vtcnews-2025-sample-article.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZN_HOME = "zingnews.vn/znews-2025-home.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
UBND = "Ủy ban nhân dân"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 1 of the listing
    (
        BAOMOI,
        "Mãn nhãn với màn bắn, ném bom, đạn thật của lực lượng Không quân",
        [],
        [],
        [O("Không quân")],
        [],
        [],
    ),
    (
        DT13,
        "Giám đốc doanh nghiệp nhà nước nhận lương 200 triệu đồng",
        [],
        [],
        [],
        [F("200 triệu đồng", 200000000, "đồng")],
        [],
    ),
    (DT19_8, "Kỳ thi THPT quốc gia 2019", [], [], [], [], []),
    (DT20, "Bầu cử tổng thống Mỹ 2020", [], [L("Mỹ", "country")], [], [], []),
    (GENK12, "Way-C và Elikia: Những thiết bị di động đến từ châu Phi", [], [], [], [], []),
    (GENK13, "Những thủ thuật cơ bản cho người mới sử dụng Windows Phone 8", [], [], [], [], []),
    (SOHA12, 'Năm đóng phim của hot girl Việt: Nhiều nhưng chưa "chất"!', [], [], [], [], []),
    (
        TN13,
        "Nguyên kế toán TAND huyện bị tố lừa đảo ra đầu thú",
        [],
        [],
        [O("TAND huyện", "Tòa án nhân dân huyện")],
        [],
        [],
    ),
    (VE13_NUOC, "Dòng nước độc trên cánh đồng Hà Nội", [], [L(HN, "thành phố")], [], [], []),
    (
        VE_CAT,
        "Nhiều Bộ trưởng được giới thiệu ứng cử đại biểu Quốc hội khóa 16",
        [],
        [],
        [O("Quốc hội")],
        [],
        [],
    ),
    (
        VE13,
        "Lao động nữ nghỉ sinh 6 tháng từ tháng 1/2013",
        [],
        [],
        [],
        [F("6 tháng", 6, "tháng")],
        [],
    ),
    (ZN_HOME, "U23 Thái Lan đang đánh tráo giá trị?", [], [L("Thái Lan", "country")], [], [], []),
    (
        FEED,
        "Hệ điều hành Android 7.0 Nougat mới nhất tối ưu trải nghiệm người dùng với các tính năng cảm biến vân tay, cử chỉ thông minh hay đa màn hình.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        BTH_LANG,
        "Từ “một làng tiên tiến kiểu mẫu” đến Thọ Xuân làm theo lời Bác",
        [P("Hồ Chí Minh", m=["Bác"])],
        [L("Thọ Xuân", "huyện")],
        [],
        [],
        [],
    ),
    (BTH_T3, "Tháng 3, cây gạo thắp màu hoa đỏ.", [], [], [], [], []),
    # ------------------------------------------------------------------ round 2
    (DT12, "“Xế hộp” bạc tỉ náo loạn phố, húc chết hai cha con", [], [], [], [], []),
    (DT13, "Muốn ghi hình CSGT phải xin phép?", [], [], [], [], []),
    (
        DT17,
        "Căng thẳng leo thang trên bán đảo Triều Tiên",
        [],
        [L("Triều Tiên", "country")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Tổng Bí thư - Chủ tịch nước thăm Lào, Campuchia",
        [],
        [L("Lào", "country"), L("Campuchia", "country")],
        [],
        [],
        [],
    ),
    (DT19_8, "Kỳ họp thứ 7 Quốc hội khóa XIV", [], [], [O("Quốc hội")], [], []),
    (
        DT20,
        "Gói an sinh 62.000 tỷ đồng",
        [],
        [],
        [],
        [F("62.000 tỷ đồng", 62000000000000, "đồng")],
        [],
    ),
    (GENK12, 'Những "bại binh" tablet của năm 2012', [], [], [], [], []),
    (
        GENK13,
        "5 tính năng được trông chờ trên smartphone Android năm 2013",
        [],
        [],
        [],
        [F("5 tính năng", 5, "tính năng")],
        [],
    ),
    (
        K14,
        "Mai Phương là Tân Hoa hậu Thế Giới Việt Nam",
        [P("Mai Phương")],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
    (
        NGOISAO,
        "4 kiểu trang điểm cô dâu được yêu thích nhất",
        [],
        [],
        [],
        [F("4 kiểu trang điểm cô dâu", 4, "kiểu trang điểm cô dâu")],
        [],
    ),
    (
        NHANDAN,
        "Trận đấu được chờ đợi giữa hai nhà vô địch châu Âu và Nam Mỹ diễn ra đúng với kỳ vọng khi quy tụ hai đội tuyển đứng đầu bảng xếp hạng FIFA và đều bất bại trên hành trình vào chung kết.",
        [],
        [],
        [O("FIFA")],
        [],
        [],
    ),
    (SOHA12, "One Direction “đá chéo sân” sang điện ảnh", [], [], [], [], []),
    (SOHA13, "Lady Gaga hóa thân thành công chúa trong album mới", [P("Lady Gaga")], [], [], [], []),
    (TEEN9X, "8/3 boy vào bếp chế bánh tình yêu", [], [], [], [], []),
    (TN13, "Cần quy định Chủ tịch nước có quyền bổ nhiệm tất cả thẩm phán", [], [], [], [], []),
    (
        VE22_BAY,
        "Việt Nam dự kiến mở lại toàn bộ đường bay quốc tế từ 15/2",
        [],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
    (
        VE_CAT,
        "Kết nối hơn 400 trạm giám sát, tiếp nhận thông tin cháy trên toàn quốc",
        [],
        [],
        [],
        [F("hơn 400 trạm giám sát", 400, "trạm giám sát", "hơn")],
        [],
    ),
    (
        VE13,
        "Trung Quốc nhắc Nhật Bản 'đừng đùa với lửa'",
        [],
        [L("Trung Quốc", "country"), L("Nhật Bản", "country")],
        [],
        [],
        [],
    ),
    (
        VTC_A,
        "Nút giao Mỹ Thủy hơn 3.400 tỷ đồng ì ạch gần 9 năm do vướng mặt bằng 0",
        [],
        [],
        [],
        [
            F("hơn 3.400 tỷ đồng", 3400000000000, "đồng", "hơn"),
            F("gần 9 năm", 9, "năm", "gần"),
        ],
        [],
    ),
    (
        XINHXINH,
        "4 bước mix đồ giúp bạn tự tin tỏa sáng đêm Noel",
        [],
        [],
        [],
        [F("4 bước", 4, "bước")],
        [],
    ),
    (ZING12, "Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh", [], [], [], [], []),
    # ------------------------------------------------------------------ round 3
    (
        BAOMOI,
        "3 kẻ dùng súng cướp ngân hàng tại TP.HCM lãnh án",
        [],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [F("3 kẻ", 3, "kẻ")],
        [],
    ),
    (
        BNA_CAT,
        "Việt Nam đứng thứ 6 trong 10 nước tăng trưởng du lịch mạnh nhất thế giới nhất đầu năm 2017, và đứng đầu châu Á về tốc độ phát triển du lịch.",
        [],
        [L(VN, "country")],
        [],
        [F("10 nước", 10, "nước")],
        [],
    ),
    (DT13, 'Kết luận điều tra vụ án "bầu Kiên"', [P("Kiên", "Bầu")], [], [], [], []),
    (
        DT17,
        "Quan hệ đặc biệt Việt - Lào",
        [],
        [L(VN, "country", m=["Việt"]), L("Lào", "country")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Thượng đỉnh Mỹ - Triều tại Hà Nội",
        [],
        [L("Mỹ", "country"), L("Triều Tiên", "country", m=["Triều"]), L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (DT19_8, 'Thanh tra Bộ Xây dựng "vòi tiền"', [], [], [O("Thanh tra Bộ Xây dựng")], [], []),
    (
        DT20,
        "Ông Đinh La Thăng xin miễn truy cứu trách nhiệm hình sự cho cấp dưới",
        [P("Đinh La Thăng", "Ông")],
        [],
        [],
        [],
        [],
    ),
    (GENK12, '"Mãnh thú" ZTE Nubia Z5 chỉ mỏng ngang iPhone 5', [], [], [], [], []),
    (GENK13, "2013 sẽ là năm của các thiết bị di động và cảm ứng", [], [], [], [], []),
    (
        K14,
        'Hành trình 15 năm “cất 1 nửa lương", tích lũy về quê xây nhà để sống cùng mẹ',
        [],
        [],
        [],
        [F("15 năm", 15, "năm")],
        [],
    ),
    (
        NHANDAN,
        "Những phút cuối hiệp một, Mikel Oyarzabal và Marc Cucurella liên tiếp uy hiếp khung thành đối phương nhưng vẫn không thể chuyển hóa thành bàn thắng.",
        [P("Mikel Oyarzabal"), P("Marc Cucurella")],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA12,
        'Quách Phú Thành khiến khán giả Mỹ "mê mẩn"',
        [P("Quách Phú Thành")],
        [L("Mỹ", "country")],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "Lambretta LN125 ‘nội’ ra mắt giá 79 triệu đồng",
        [],
        [],
        [],
        [F("79 triệu đồng", 79000000, "đồng")],
        [],
    ),
    (
        TN13,
        "Toyota đồng ý bồi thường 1,1 tỉ USD vì xe tăng tốc đột ngột",
        [],
        [],
        [O("Toyota")],
        [F("1,1 tỉ USD", 1100000000, "USD")],
        [],
    ),
]

# (text, people, places, organizations, figures, models) of a sentence written for this set
WRITTEN_CASES = [
    # ------------------------------------------------------------------ sports
    (
        "Hoàng Minh Khôi lập cú đúp, Thể Công Viettel thắng Đông Á Thanh Hóa 3-1 tại vòng 9 V-League",
        [P("Hoàng Minh Khôi")],
        [L("Thanh Hóa", "tỉnh")],
        [O("Thể Công Viettel"), O("Đông Á Thanh Hóa", place="Thanh Hóa")],
        [],
        [],
    ),
    (
        "Chung cuộc, đội tuyển nữ Việt Nam thua Nhật Bản 0-2; tiền vệ Đặng Thu Hiền đá chính 90 phút và nhận 1 thẻ vàng.",
        [P("Đặng Thu Hiền", roles=["tiền vệ"])],
        [L(VN, "country"), L("Nhật Bản", "country")],
        [],
        [F("90 phút", 90, "phút"), F("1 thẻ vàng", 1, "thẻ vàng")],
        [],
    ),
    (
        "Phạm Gia Huy, Trịnh Thảo Vy, Lò Văn Sáng vào chung kết Olympia năm 2026",
        [P("Phạm Gia Huy"), P("Trịnh Thảo Vy"), P("Lò Văn Sáng")],
        [],
        [],
        [],
        [],
    ),
    (
        "Kình ngư Trương Gia Bảo giành HCV 200 m bướm với thành tích 1 phút 58 giây 43, phá kỷ lục SEA Games tồn tại 9 năm.",
        [P("Trương Gia Bảo", roles=["Kình ngư"])],
        [],
        [],
        [F("1 phút 58 giây 43", "118.43", "giây"), F("9 năm", 9, "năm")],
        [],
    ),
    (
        "Mạc Tuấn Kiệt, Âu Thanh Trúc vào tứ kết giải quần vợt ITF M25 Tây Ninh",
        [P("Mạc Tuấn Kiệt"), P("Âu Thanh Trúc")],
        [L("Tây Ninh", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        "Thủ môn Lại Đức Phong (số 1) cản phá thành công quả phạt đền ở phút 88. Ảnh: Ninh Quốc Việt",
        [P("Lại Đức Phong", roles=["Thủ môn"])],
        [],
        [],
        [],
        [],
    ),
    (
        "Thắng ngược 2-1, U17 Việt Nam giành vé dự VCK châu Á 2027",
        [],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ showbiz and captions
    (
        "Ca sĩ Lương Bảo Trâm (giữa) cùng nhạc sĩ Vũ Đình Khang và rapper K-Tin tại buổi ra mắt album thứ 3 ở TP.HCM tối 14/6.",
        [
            P("Lương Bảo Trâm", roles=["Ca sĩ"]),
            P("Vũ Đình Khang", roles=["nhạc sĩ"]),
            P("K-Tin", roles=["rapper"]),
        ],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    (
        "Hà Anh Thư, Đông Quân cùng 300 diễn viên quần chúng biểu diễn tại Quảng trường Hùng Vương tối 30/4.",
        [P("Hà Anh Thư"), P("Đông Quân")],
        [],
        [],
        [F("300 diễn viên quần chúng", 300, "diễn viên quần chúng")],
        [],
    ),
    (
        "Bác sĩ Khổng Minh Tâm (phải) thăm khám cho bệnh nhân sau ca phẫu thuật kéo dài 6 giờ. Ảnh: BVCC",
        [P("Khổng Minh Tâm", roles=["Bác sĩ"])],
        [],
        [],
        [F("6 giờ", 6, "giờ")],
        [],
    ),
    (
        "Nữ sinh Thạch Ngọc Diệp giành 2 học bổng toàn phần tổng trị giá 11 tỷ đồng",
        [P("Thạch Ngọc Diệp", roles=["Nữ sinh"])],
        [],
        [],
        [
            F("2 học bổng toàn phần", 2, "học bổng toàn phần"),
            F("11 tỷ đồng", 11000000000, "đồng"),
        ],
        [],
    ),
    (
        "Ngoại trưởng Australia Helen Brierley thăm Việt Nam từ 25 - 27/5, hội đàm với lãnh đạo Bộ Ngoại giao.",
        [P("Helen Brierley", roles=["Ngoại trưởng Australia"])],
        [L("Australia", "country"), L(VN, "country")],
        [O("Bộ Ngoại giao")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ markets and business
    (
        "Sáng 3/11, Ngân hàng Nhà nước niêm yết tỷ giá trung tâm ở mức 25.218 đồng/USD, giảm 7 đồng so với phiên trước; Vietcombank bán ra 26.356 đồng/USD.",
        [],
        [],
        [O("Ngân hàng Nhà nước"), O("Vietcombank")],
        [
            F("25.218 đồng/USD", 25218, "đồng/USD"),
            F("7 đồng", 7, "đồng"),
            F("26.356 đồng/USD", 26356, "đồng/USD"),
        ],
        [],
    ),
    (
        "Kết phiên 18/9, VN-Index tăng 12,46 điểm lên 1.673,2 điểm, giá trị giao dịch trên sàn HoSE vượt 31.400 tỷ đồng; khối ngoại bán ròng 820 tỷ đồng.",
        [],
        [],
        [O("HoSE", "Sở Giao dịch Chứng khoán TP.HCM")],
        [
            F("12,46 điểm", "12.46", "điểm"),
            F("1.673,2 điểm", "1673.2", "điểm"),
            F("31.400 tỷ đồng", 31400000000000, "đồng"),
            F("820 tỷ đồng", 820000000000, "đồng"),
        ],
        [],
    ),
    (
        "Giá vàng miếng SJC chiều 21/10 được niêm yết 146,5 - 148,5 triệu đồng/lượng (mua - bán), tăng 1,2 triệu đồng/lượng so với đầu tuần.",
        [],
        [],
        [],
        [
            F("146,5 - 148,5 triệu đồng/lượng", 146500000, "đồng/lượng", value_max=148500000),
            F("1,2 triệu đồng/lượng", 1200000, "đồng/lượng"),
        ],
        [],
    ),
    (
        "Tổng cục Thống kê cho biết chỉ số giá tiêu dùng (CPI) tháng 8 tăng 0,38% so với tháng trước; bình quân 8 tháng tăng 3,27%.",
        [],
        [],
        [O("Tổng cục Thống kê")],
        [F("0,38%", "0.38", "%"), F("8 tháng", 8, "tháng"), F("3,27%", "3.27", "%")],
        [],
    ),
    (
        "Kim ngạch xuất khẩu rau quả 10 tháng đạt 6,52 tỷ USD, tăng 11,4% so với cùng kỳ; Trung Quốc vẫn là thị trường lớn nhất, chiếm 61%.",
        [],
        [L("Trung Quốc", "country")],
        [],
        [
            F("10 tháng", 10, "tháng"),
            F("đạt 6,52 tỷ USD", 6520000000, "USD", "đạt"),
            F("11,4%", "11.4", "%"),
            F("61%", 61, "%"),
        ],
        [],
    ),
    (
        "Doanh nhân Đoàn Thế Vinh, Chủ tịch HĐQT Công ty CP Thực phẩm Hưng Phát, đăng ký mua 5 triệu cổ phiếu HFD từ ngày 2/12 đến 31/12 theo phương thức khớp lệnh.",
        [
            P(
                "Đoàn Thế Vinh",
                roles=["Doanh nhân", "Chủ tịch HĐQT Công ty CP Thực phẩm Hưng Phát"],
                org="Công ty CP Thực phẩm Hưng Phát",
            )
        ],
        [],
        [O("Công ty CP Thực phẩm Hưng Phát", "Công ty Cổ phần Thực phẩm Hưng Phát")],
        [F("5 triệu cổ phiếu", 5000000, "cổ phiếu")],
        [],
    ),
    (
        "Năm 2025, Công ty TNHH Giày Vĩnh Thịnh xuất khẩu 4,2 triệu đôi giày, doanh thu 96 triệu USD, giải quyết việc làm cho hơn 5.300 lao động.",
        [],
        [],
        [O("Công ty TNHH Giày Vĩnh Thịnh", "Công ty Trách nhiệm hữu hạn Giày Vĩnh Thịnh")],
        [
            F("4,2 triệu đôi giày", 4200000, "đôi giày"),
            F("96 triệu USD", 96000000, "USD"),
            F("hơn 5.300 lao động", 5300, "lao động", "hơn"),
        ],
        [],
    ),
    (
        "Đinh Thị Kiều Oanh rời ghế CEO Công ty CP Địa ốc Nam Sông sau 6 năm",
        [P("Đinh Thị Kiều Oanh")],
        [],
        [O("Công ty CP Địa ốc Nam Sông", "Công ty Cổ phần Địa ốc Nam Sông")],
        [F("6 năm", 6, "năm")],
        [],
    ),
    (
        "Giá chung cư mới tại Hà Nội quý III bình quân 82 triệu đồng/m2, cao gấp 1,5 lần TP.HCM, theo báo cáo của Hội Môi giới bất động sản Việt Nam.",
        [],
        [L(HN, "thành phố"), L(HCM, "thành phố", m=["TP.HCM"]), L(VN, "country")],
        [O("Hội Môi giới bất động sản Việt Nam", place=VN)],
        [
            F("82 triệu đồng/m2", 82000000, "đồng/m2"),
            F("gấp 1,5 lần", "1.5", "lần", "gấp"),
        ],
        [],
    ),
    (
        "Bộ trưởng Tài chính Nguyễn Văn Khiêm: Sẽ giảm 30% thuế VAT cho xăng dầu đến hết năm",
        [P("Nguyễn Văn Khiêm", roles=["Bộ trưởng Tài chính"])],
        [],
        [],
        [F("30%", 30, "%")],
        [],
    ),
    (
        "Apple phát hành bản cập nhật iOS 26.1 cho iPhone 11 trở lên, vá 14 lỗ hổng bảo mật, dung lượng khoảng 1,8 GB.",
        [],
        [],
        [O("Apple")],
        [
            F("14 lỗ hổng bảo mật", 14, "lỗ hổng bảo mật"),
            F("khoảng 1,8 GB", "1.8", "GB", "khoảng"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ courts and crime
    (
        "TAND TP Hà Nội tuyên phạt bị cáo Đỗ Quang Tùng (SN 1988, trú phường Tương Mai) 12 năm tù về tội lừa đảo chiếm đoạt tài sản, buộc bồi thường hơn 4,6 tỷ đồng cho 37 bị hại.",
        [P("Đỗ Quang Tùng")],
        [L(HN, "thành phố"), L("Tương Mai", "phường", [HN])],
        [O("TAND TP Hà Nội", "Tòa án nhân dân TP Hà Nội", HN)],
        [
            F("12 năm", 12, "năm"),
            F("hơn 4,6 tỷ đồng", 4600000000, "đồng", "hơn"),
            F("37 bị hại", 37, "bị hại"),
        ],
        [],
    ),
    (
        "Công an phường Long Biên (Hà Nội) đang tạm giữ Hà Minh Tiến (24 tuổi) và Tạ Văn Lộc (31 tuổi) để điều tra hành vi trộm 11 xe máy; chiếc xe biển số 29B1-475.62 đã được thu hồi.",
        [P("Hà Minh Tiến"), P("Tạ Văn Lộc")],
        [L("Long Biên", "phường", [HN]), L(HN, "thành phố")],
        [O("Công an phường Long Biên", place="Long Biên")],
        [F("24 tuổi", 24, "tuổi"), F("31 tuổi", 31, "tuổi"), F("11 xe máy", 11, "xe máy")],
        [],
    ),
    (
        "Bị cáo Lục Văn Tráng lĩnh 8 năm 6 tháng tù, đồng phạm Chu Thị Mến 30 tháng tù cho hưởng án treo, thời gian thử thách 60 tháng.",
        [P("Lục Văn Tráng"), P("Chu Thị Mến")],
        [],
        [],
        [
            F("8 năm", 8, "năm"),
            F("6 tháng", 6, "tháng"),
            F("30 tháng", 30, "tháng"),
            F("60 tháng", 60, "tháng"),
        ],
        [],
    ),
    (
        "Bà Vi Thị Nguyệt (56 tuổi, ngụ xã Đông Thành) bị lừa chuyển 780 triệu đồng sau cuộc gọi của kẻ giả danh cán bộ Công an tỉnh.",
        [P("Vi Thị Nguyệt", "Bà")],
        [L("Đông Thành", "xã", [PT])],
        [O("Công an tỉnh")],
        [F("56 tuổi", 56, "tuổi"), F("780 triệu đồng", 780000000, "đồng")],
        [],
    ),
    (
        "Công an tỉnh Tuyên Quang bắt quả tang Sầm Văn Phúc (SN 1992) vận chuyển 6 bánh heroin và 12.000 viên ma túy tổng hợp.",
        [P("Sầm Văn Phúc")],
        [L("Tuyên Quang", "tỉnh")],
        [O("Công an tỉnh Tuyên Quang", place="Tuyên Quang")],
        [
            F("6 bánh heroin", 6, "bánh heroin"),
            F("12.000 viên ma túy tổng hợp", 12000, "viên ma túy tổng hợp"),
        ],
        [],
    ),
    (
        "Khoảng 22h15 ngày 9/3, tại km 47+200 cao tốc Nội Bài - Lào Cai, xe khách biển số 24B-015.73 chở 29 hành khách bị cháy; tài xế Mã Đức Thịnh (SN 1979) kịp đưa mọi người xuống xe.",
        [P("Mã Đức Thịnh", roles=["tài xế"])],
        [L("Lào Cai", "tỉnh")],
        [],
        [F("29 hành khách", 29, "hành khách")],
        [],
    ),
    (
        "Va chạm giữa xe tải và xe máy trên Quốc lộ 2 đoạn qua phường Vân Cơ khiến nam thanh niên 19 tuổi tử vong tại chỗ.",
        [],
        [L("Vân Cơ", "phường", [PT])],
        [],
        [F("19 tuổi", 19, "tuổi")],
        [],
    ),
    (
        "Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0969.215.338 hoặc Zalo của Công an xã Xuân Lũng; theo Nghị định 168/2024/NĐ-CP, mức phạt tối đa 40 triệu đồng.",
        [],
        [L("Xuân Lũng", "xã", [PT])],
        [O("Công an xã Xuân Lũng", place="Xuân Lũng")],
        [F("tối đa 40 triệu đồng", 40000000, "đồng", "tối đa")],
        [],
    ),
    # ------------------------------------------------------------------ health and schools
    (
        "Bệnh viện Nhi Trung ương đang điều trị 46 ca mắc sởi, trong đó 9 trẻ phải thở oxy; PGS.TS Cao Thị Ngọc Lan, Giám đốc Trung tâm Bệnh nhiệt đới của bệnh viện, khuyến cáo tiêm đủ 2 mũi vắc xin.",
        [
            P(
                "Cao Thị Ngọc Lan",
                "PGS.TS",
                ["Giám đốc Trung tâm Bệnh nhiệt đới"],
                "Trung tâm Bệnh nhiệt đới",
            )
        ],
        [],
        [O("Bệnh viện Nhi Trung ương"), O("Trung tâm Bệnh nhiệt đới")],
        [
            F("46 ca mắc sởi", 46, "ca mắc sởi"),
            F("9 trẻ", 9, "trẻ"),
            F("2 mũi vắc xin", 2, "mũi vắc xin"),
        ],
        [],
    ),
    (
        "Sở Y tế Hà Nội ghi nhận 1.532 ca sốt xuất huyết trong tuần, tăng 18% so với tuần trước; các phường Định Công, Khương Đình có số ca mắc cao nhất.",
        [],
        [
            L(HN, "thành phố"),
            L("Định Công", "phường", [HN]),
            L("Khương Đình", "phường", [HN]),
        ],
        [O("Sở Y tế Hà Nội", place=HN)],
        [F("1.532 ca sốt xuất huyết", 1532, "ca sốt xuất huyết"), F("18%", 18, "%")],
        [],
    ),
    (
        "Trung tâm Kiểm soát bệnh tật tỉnh (CDC) đề nghị các trường học theo dõi học sinh có biểu hiện sốt, phát ban; tuần qua ghi nhận 27 ca tay chân miệng, chủ yếu ở trẻ từ 1 - 5 tuổi.",
        [],
        [],
        [O("Trung tâm Kiểm soát bệnh tật tỉnh")],
        [
            F("27 ca tay chân miệng", 27, "ca tay chân miệng"),
            F("1 - 5 tuổi", 1, "tuổi", value_max=5),
        ],
        [],
    ),
    (
        "Năm 2026, Trường Đại học Bách khoa Hà Nội tuyển 9.880 chỉ tiêu; điểm chuẩn ngành Khoa học máy tính cao nhất, 29,42 điểm.",
        [],
        [L(HN, "thành phố")],
        [O("Trường Đại học Bách khoa Hà Nội", place=HN)],
        [F("9.880 chỉ tiêu", 9880, "chỉ tiêu"), F("29,42 điểm", "29.42", "điểm")],
        [],
    ),
    (
        "Kỳ thi tuyển sinh lớp 10 năm học 2026 - 2027 của tỉnh có 21.406 thí sinh dự thi, mỗi thí sinh làm 3 bài thi trong 2 ngày 4 - 5/6.",
        [],
        [],
        [],
        [
            F("21.406 thí sinh", 21406, "thí sinh"),
            F("3 bài thi", 3, "bài thi"),
            F("2 ngày", 2, "ngày"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ provincial politics
    (
        "Ông Kiều Văn Trọng – Phó Chủ tịch UBND tỉnh Phú Thọ – kiểm tra tiến độ thi công tuyến đường ven sông Lô, đoạn qua xã Sơn Đông, với tổng mức đầu tư 1.150 tỷ đồng.",
        [P("Kiều Văn Trọng", "Ông", ["Phó Chủ tịch UBND tỉnh Phú Thọ"], "UBND tỉnh Phú Thọ")],
        [L(PT, "tỉnh"), L("Sơn Đông", "xã", [PT])],
        [O("UBND tỉnh Phú Thọ", f"{UBND} tỉnh Phú Thọ", PT)],
        [F("1.150 tỷ đồng", 1150000000000, "đồng")],
        [],
    ),
    (
        "Đồng chí Nông Thị Bích Hạnh - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu chỉ đạo hội nghị.",
        [
            P(
                "Nông Thị Bích Hạnh",
                "Đồng chí",
                ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"],
                "Ban Dân vận Tỉnh ủy",
            )
        ],
        [],
        [O("Ban Thường vụ Tỉnh ủy"), O("Ban Dân vận Tỉnh ủy")],
        [],
        [],
    ),
    (
        "Ông Sa Văn Khởi - Bí thư Đảng ủy xã Mường Động cho biết, toàn xã còn 214 hộ nghèo, chiếm 6,8%, giảm 2,1% so với năm 2025.",
        [P("Sa Văn Khởi", "Ông", ["Bí thư Đảng ủy xã Mường Động"], "Đảng ủy xã Mường Động")],
        [L("Mường Động", "xã", [PT])],
        [O("Đảng ủy xã Mường Động", place="Mường Động")],
        [F("214 hộ nghèo", 214, "hộ nghèo"), F("6,8%", "6.8", "%"), F("2,1%", "2.1", "%")],
        [],
    ),
    # ------------------------------------------------------------------ farming
    (
        "Vụ xuân năm nay, xã Vạn Xuân gieo cấy 1.240 ha lúa, trong đó 65% diện tích dùng giống chất lượng cao; năng suất ước đạt 62 tạ/ha.",
        [],
        [L("Vạn Xuân", "xã", [PT])],
        [],
        [F("1.240 ha", 1240, "ha"), F("65%", 65, "%"), F("đạt 62 tạ/ha", 62, "tạ/ha", "đạt")],
        [],
    ),
    (
        "Giá cà phê nhân xô tại Tây Nguyên hôm nay dao động 118.500 - 119.200 đồng/kg; hồ tiêu ở Đắk Lắk giữ mức 148.000 đồng/kg.",
        [],
        [L("Đắk Lắk", "tỉnh")],
        [],
        [
            F("118.500 - 119.200 đồng/kg", 118500, "đồng/kg", value_max=119200),
            F("148.000 đồng/kg", 148000, "đồng/kg"),
        ],
        [],
    ),
    (
        "Đàn gà của xã Đại Đồng đạt hơn 210.000 con; mỗi năm xuất bán khoảng 640 tấn thịt hơi, thu về trên 30 tỷ đồng.",
        [],
        [L("Đại Đồng", "xã", [PT])],
        [],
        [
            F("hơn 210.000 con", 210000, "con", "hơn"),
            F("khoảng 640 tấn", 640, "tấn", "khoảng"),
            F("trên 30 tỷ đồng", 30000000000, "đồng", "trên"),
        ],
        [],
    ),
    (
        "Toàn tỉnh hiện có 128 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 4 sản phẩm đạt 5 sao.",
        [],
        [],
        [],
        [F("128 sản phẩm OCOP", 128, "sản phẩm OCOP"), F("4 sản phẩm", 4, "sản phẩm")],
        [],
    ),
    (
        "Hội Nông dân xã Hiền Quan phát động phong trào “Mỗi hội viên một cây ăn quả”, đến nay đã trồng được 3.600 cây ăn quả các loại.",
        [],
        [L("Hiền Quan", "xã", [PT])],
        [O("Hội Nông dân xã Hiền Quan", place="Hiền Quan")],
        [F("3.600 cây ăn quả", 3600, "cây ăn quả")],
        [M("Mỗi hội viên một cây ăn quả", "phong trào")],
    ),
    (
        "Xã Cao Phong triển khai mô hình “Chợ 4.0 - thanh toán không dùng tiền mặt” tại 3 chợ, với 212 tiểu thương tham gia; đây là một trong các chương trình chuyển đổi số của tỉnh.",
        [],
        [L("Cao Phong", "xã", [PT])],
        [],
        [F("3 chợ", 3, "chợ"), F("212 tiểu thương", 212, "tiểu thương")],
        [M("Chợ 4.0 - thanh toán không dùng tiền mặt", "mô hình")],
    ),
    # ------------------------------------------------------------------ disasters, weather, festivals
    (
        "Bão số 5 đổ bộ vào Quảng Trị - Huế với sức gió mạnh cấp 12, làm 3 người chết, 1 người mất tích và hơn 8.600 ngôi nhà bị tốc mái.",
        [],
        [L("Quảng Trị", "tỉnh"), L("Huế", "thành phố")],
        [],
        [
            F("3 người", 3, "người"),
            F("1 người", 1, "người"),
            F("hơn 8.600 ngôi nhà", 8600, "ngôi nhà", "hơn"),
        ],
        [],
    ),
    (
        "Sạt lở đất tại thôn Nà Lùng, xã Bảo Nhai (Lào Cai) vùi lấp 2 ngôi nhà; lực lượng cứu hộ đã đưa 7 người ra ngoài an toàn, 1 người bị thương nặng được chuyển lên Bệnh viện Đa khoa tỉnh Lào Cai.",
        [],
        [
            L("Nà Lùng", "thôn", ["Bảo Nhai", "Lào Cai"]),
            L("Bảo Nhai", "xã", ["Lào Cai"]),
            L("Lào Cai", "tỉnh", m=["Lào Cai", "Lào Cai"]),
        ],
        [O("Bệnh viện Đa khoa tỉnh Lào Cai", place="Lào Cai")],
        [F("2 ngôi nhà", 2, "ngôi nhà"), F("7 người", 7, "người"), F("1 người", 1, "người")],
        [],
    ),
    (
        "Nhiệt độ cao nhất tại Hà Nội chiều nay lên tới 39,5 độ C, độ ẩm thấp nhất khoảng 45%; nắng nóng dự báo kéo dài 4 - 5 ngày.",
        [],
        [L(HN, "thành phố")],
        [],
        [
            F("tới 39,5 độ C", "39.5", "độ C", "tới"),
            F("khoảng 45%", 45, "%", "khoảng"),
            F("4 - 5 ngày", 4, "ngày", value_max=5),
        ],
        [],
    ),
    (
        "Lễ hội trò Trám diễn ra trong 2 ngày 11 - 12 tháng Giêng tại xã Phùng Nguyên, thu hút khoảng 15.000 lượt khách.",
        [],
        [L("Phùng Nguyên", "xã", [PT])],
        [],
        [F("2 ngày", 2, "ngày"), F("khoảng 15.000 lượt khách", 15000, "lượt khách", "khoảng")],
        [],
    ),
    (
        "Lễ hội Đền Hùng năm 2026 thu hút hơn 7 triệu lượt du khách; Ban tổ chức bố trí 4 điểm trông giữ xe miễn phí và đường dây nóng 0210.3822.456.",
        [],
        [],
        [],
        [
            F("hơn 7 triệu lượt du khách", 7000000, "lượt du khách", "hơn"),
            F("4 điểm trông giữ xe", 4, "điểm trông giữ xe"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ youth, contests, services
    (
        "Cuộc thi “Sáng tạo trẻ tỉnh Phú Thọ” lần thứ IX nhận 146 sản phẩm dự thi; 12 sản phẩm đoạt giải được giới thiệu tới các doanh nghiệp.",
        [],
        [L(PT, "tỉnh")],
        [],
        [F("146 sản phẩm", 146, "sản phẩm"), F("12 sản phẩm", 12, "sản phẩm")],
        [M("Sáng tạo trẻ tỉnh Phú Thọ", "cuộc thi")],
    ),
    (
        "Đoàn Thanh niên phường Tân Hòa ra quân Chiến dịch tình nguyện Mùa đông ấm năm 2026, trao 150 bộ quần áo cho học sinh vùng cao.",
        [],
        [L("Tân Hòa", "phường", [PT])],
        [O("Đoàn Thanh niên phường Tân Hòa", place="Tân Hòa")],
        [F("150 bộ quần áo", 150, "bộ quần áo")],
        [M("Mùa đông ấm", "chiến dịch")],
    ),
    (
        "Từ 0h ngày 1/1/2027, lệ phí cấp hộ chiếu tăng lên 250.000 đồng/cuốn; người dân nộp hồ sơ tại phòng 204, tầng 2, số 86 đường Trần Phú.",
        [],
        [],
        [],
        [F("250.000 đồng/cuốn", 250000, "đồng/cuốn")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL] + [
    ("written", WRITTEN, PT, *labels) for labels in WRITTEN_CASES
]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind6", CASES))


if __name__ == "__main__":
    main()

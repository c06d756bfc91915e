"""Hand labels for the BLIND27 split, written before vnnews, `extractors` or underthesea ever ran on them.

A twenty-seventh held-out set, all real text, to measure the extractor on real text (no text was chosen
for naming a person or for anything else: every qualifying node was taken in listing order). One source,
in each row's "source":
- "real": text copied from fixtures by blind6's recipe (selectolax `node.text(deep=True)` of a leaf
  <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC;
  "page" relative to tests/fixtures/pages). The listing is blind13's, continued: the unused nodes of
  25 to 200 characters of the 48 HTML pages (sorted by path; a text met twice on one page listed
  once, at its first place), unused meaning sharing no 40 characters with, and neither inside nor
  holding, a text of tests/devset/*.jsonl or blind/..blind6/ (so the ranks are blind7's), read
  round-robin. As blind14 to blind26 found, the dev set read for the ranks is tests/devset/*.jsonl as
  it stood at commit 74a4a52 (`git show 74a4a52:tests/devset/people.jsonl` ...). The listing is
  blind26's (built by its listing script) and was checked to hold every real text of blind26 at ranks
  70 to 80 (its last, znews-2025-kinh-doanh's "GrabScholar 2025 giúp học sinh, ...", at rank 80, the
  last page of round 80). Every text taken was also checked (by script) against today's
  tests/devset/*.jsonl and blind/..blind26/ (no shared 40 characters, neither inside nor holding one),
  against the texts taken before it here (none shares 40 characters with another), and to occur in its
  page's body text as the label check reads it. Where the reading went: round 81 from its first page,
  24h-2012-dot-nhap-lo-luyen-thi (the advert "Thi toán theo phong cách "vừa học, vừa chơi"", passed
  over), then baobacgiang's "Bảo đảm an toàn cho bác sĩ" (not qualifying) and dantri-homepage-2013-09's
  "10 năm vụ khủng bố liên hoàn 11/9" (the first taken), as blind26 foretold, through rounds 82 to 90,
  and round 91 up to and including dantri-homepage-2013-09 ("Syria cầu viện Liên hợp quốc ngăn ý đồ
  tấn công của Mỹ"), where the count reached 80 (7, 8, 7, 8, 7, 8, 8, 7, 8, 9 and 3 nodes). The next
  nodes of the listing are round 91's dantri-homepage-2017-08 teaser "Viện dưỡng lão dành cho người
  giàu ở Nhật Bản cung cấp ... khách sạn 5 sao, ..." (qualifying), dantri-homepage-2019-03's "5 bí
  quyết để có các cuộc họp 1 - 1 hiệu quả" (qualifying) and dantri-homepage-2019-08's "Doanh nghiệp
  Việt thay đổi luật chơi ngành, minh bạch hoá dịch vụ Fitness" (qualifying); the rest of round 91
  onward is still unread. Coming up past the stop: genk-homepage-2013's round-92 "Sẽ phủ sóng WiFi
  miễn phí toàn thành phố 5 tháng tới" (shares 40 characters with blind9's) and round-94 "Chặng đường
  chông gai để hoàn thiện hạ tầng" (with blind23's), to be passed over; vnexpress-homepage-2013's
  "Thông tin khuyến mại" box (ranks 88 to 106: "Khơi nguồn ý tưởng tại Déjà Vu coffee", "Phan Hoa Digi
  khuyến mại dịp Giáng sinh", ...), passed over here as adverts; thanhnien-homepage-2013's section menu
  "Công nghệ thông tinSản phẩm mới" (round 92); soha's and genk's byline-and-time lines and znews's
  timestamps. A node that overlaps today's tests/devset/*.jsonl or blind/..blind26/ is passed over:
  genk-homepage-2013's round-82 "P-02E: Smartphone Android cao cấp của Panasonic" (shares 40 characters
  with blind7's, as blind26 foretold), 24h's round-83 "Chứng chỉ FCE: Kim chỉ nam cho giáo viên..."
  (shares 40 characters with blind21's, an item of its <div id="doanh_nghiep_viet"> box), xinhxinh's
  round-84 "Giao mùa buốt giá vẫn kiêu sa" (inside blind21's) and round-87 "4 phong cách phối đồ cùng áo
  khoác dạ ấm áp" (shares 40 characters with blind21's). A node that shares 40 characters with a text
  taken before it here is passed over (blind18, blind23): znews-2025-kinh-doanh's round-86 teaser
  "Nhật Bản phê duyệt kế hoạch tái khởi động nhà máy điện hạt nhân lớn nhất thế giới, ..." (its
  round-84 headline taken here) and baobacgiang's round-87 "Phê duyệt nhiệm vụ Quy hoạch phân khu xây
  dựng Khu công nghiệp Yên Lư (phần mở rộng)" (with its round-84 "Điều chỉnh cục bộ Quy hoạch phân
  khu xây dựng Khu công nghiệp Yên Lư" taken here). Every node met that is news text (headline, topic
  tag, teaser, lede, caption, paragraph; not menus, section labels, contact lines, timestamps, bylines,
  forms, ad and plugin scripts, ads, widgets, placeholder Latin, UI, site titles, imprints or footers)
  and holds a digit, a number word or a capitalised word after its first was taken (a capitalised word
  after a colon, after an opening quote, after a dash or opening a second sentence counts, a date
  counts as a digit, a word opening in lower case such as "iPad" is not capitalised, blind16 to
  blind26). Passed over as not news text: 24h's banner box of adverts (<div class="banner300250-R">,
  links through /ad/ref.php: "Thi toán theo phong cách "vừa học, vừa chơi"", round 81, "Du học Nhật
  Bản, thưởng ngoạn mùa hè tại Sapporo", round 82, blind25, blind26), its pagination "Trang trước, [1],
  2, 3, 4, Trang sau" (round 84, UI, blind22) and box heading "Tin nổi bật mục Giáo dục - du học"
  (round 85: a box's label naming the site's own section, blind19's "Tin cùng mục Giáo dục - du
  học"); baobacgiang's box heading "RssThích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch
  covid-19" (round 88: an RSS button and a link to the section /bg/covid-19/, as its "Kinh tế", "Xã
  hội" headings; blind25's and blind26's section links); dantri-homepage-2013-09's hotline "Đường dây
  nóng: 0973 567 567 - 0974 567 567" (round 85, a contact line); dantri-homepage-2017-08's subsection
  link "Các ngôi trường danh tiếng" (round 85, <ul id="nbm-sub-cat">, a menu; not qualifying either);
  genk-homepage-2013's byline-and-time lines ("H.A | 12/26/2012 5:29:48 PM", "CRA Moody | ...", "DT |
  ...", rounds 83, 86, 90) and soha-homepage-2013's ("Thiên Dương | 27/12/2012 10:08", "Minh Trang |
  ...", "Theo GDVN | ...", "Xuân Thu | ...", "Trường Lê | ...", rounds 82, 84, 85, 87, 90);
  thanhnien-homepage-2013's section menu "Văn hóa - Nghệ thuậtShop Văn Nghệ" (round 87, blind26);
  vnexpress-homepage-2013's market-data box ("Thay đổi từ đầu năm: 16.3%", "Tổng KLGD: 47,514,080(cp)",
  "Thay đổi từ đầu năm: -4.43%", "Tổng KLGD: 52,493,183(cp)", rounds 84 to 87: index figures under
  "Diễn biến thị trường" beside a stock-lookup form, a widget, as blind22's day selector) and its box
  headed "Thông tin khuyến mại" ("K.Store khuyến mại mừng năm mới", "Khuyến mại 'khủng' cuối năm từ
  K+", "Sở hữu website chỉ sau hai bước đăng ký với Webplus", rounds 88 to 90: shops' and firms'
  promotions under a heading that marks them as such, adverts; unlike blind26's znews "pr" articles
  and blind24's ngoisao slider "Mommy khuyến mại ...", where no sponsor mark shows); xinhxinh's ad
  script "ShowFirstBanner(...)" (round 83, blind26); znews's timestamps ("5 giờ trước 05:47
  23/12/2025", "17 giờ trước 17:09 22/12/2025", ..., rounds 82 to 90). Taken as news text:
  dantri-homepage-2013-09's event links (rounds 81 and 83, blind24 to blind26) and its "ulnew" headlines;
  24h's headlines of its "noi_bat" box (rounds 86, 87, 90, 91: links to its articles, blind23's related
  headlines); the dantri homepages' box headlines, "Tậu xế xịn chính hiệu, nhận ngay tiền triệu" among
  them (dantri-homepage-2020-12's car box, an article of the paper with no sponsor mark, "triệu" a
  number word); genk-homepage-2013's short-news headlines, teasers and related links (blind24);
  soha-homepage-2013's teasers and headlines; thanhnien-homepage-2013's teasers, one opening with its
  "(TNO)" tag (blind25); xinhxinh's video-box links ("Makeup siêu đáng yêu đi chơi lễ Halloween",
  blind26 took two from the same box) and teasers opening with the magazine's tag "(Xinh Xinh) - ..."
  (the second "Xinh" a capitalised word after the first); znews-2025-kinh-doanh's round-81 headline
  "Khi doanh nghiệp lớn cùng tham gia kiến tạo tầm nhìn trăm năm" (an article marked only by the class
  "pr", no sponsor mark showing, blind26; "trăm" a number word). Not qualifying (no digit, number word
  or capitalised word after the first): "Bảo đảm an toàn cho bác sĩ", "Nỗi buồn “vơ bèo vạt tép”", "Mở
  lối thoát cho dự án đất xen kẹt", "Mấu chốt điểm ưu của quý ông giọng trầm ...: "yêu bằng tai"."
  ("quý ông", gentlemen, no number word), 'Bớt mập nhờ... cười "thả ga"', "Tội ác của những 'bóng
  hồng'", "Minh bạch hóa giá xăng, dầu", "Vì sao nên mua ô tô dịp cuối năm?", "Biên chế càng bóp càng
  phình", "Mọi người nên ngoáy mũi và ăn “gỉ mũi”?", "“Ôm” bệnh khi mua mỹ phẩm", "Stress hại tim như
  thuốc lá", "Người nhà bức xúc về cái chết của bệnh nhân", "Thị trường bất động sản hạ nhiệt", "Bài
  học về tư vấn điều trị bệnh", "Người phụ nữ nổi tiếng vì chỉ thích chạy giật lùi", "Cư dân mạng
  'hỗn chiến' vì đề thi 'thần tượng'", "Các khoản trợ cấp khi mất việc làm", "Cô gái khỏa thân quăng
  lốp xe từ tầng cao, ...", "Bên cạnh áo lônh sang trọng hay áo da cá tính ...", '"Sốt" đề thi văn hóa
  thần tượng', "Điểm tên doanh nghiệp lãi lớn, sếp lương “khủng”", "Xe máy tông xe khách, nạn nhân bất
  động trên vũng máu", 'Thử nghiệm với xu hướng "quân đội’ siêu cá tính', "Xu hướng quân đội đang quay
  trở lại ...", "Các trường hợp sắp bị ngân hàng khóa tài khoản thanh toán". "Có một thứ rất giống
  tình yêu, ...", "Ăn ba quả trứng một tuần ...", "... cắt bỏ một phần mũi", "Tỷ phú ... nhiều thứ hai
  thế giới ...", "Đi xe SH đến trộm tiền tỷ ..." and "Luật sư ... có hai “cái không” ..." hold number
  words (blind16 to blind26) and were taken. No node of these rounds prints text from several elements
  with no space between, so every text is copied as printed.
No text here occurs in tests/devset/*.jsonl or blind/..blind26/ (checked by tests/test_blind_labels.py),
nor shares 40 characters with one (checked while listing).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind27/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind27/make_blind27.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind26 after it), plus these decisions taken before any scoring:
- people: "Tỷ phú Phạm Nhật Vượng" has the role "Tỷ phú" (blind4's "Tỷ phú Microsoft Bill Gates");
  "Luật sư Nguyễn Hữu Thọ" has the title "Luật sư" (the dev set's "Luật sư Trương Anh Tú"); "Quyền Bộ
  trưởng Công Thương Lê Mạnh Hùng" has the role as written and no organisation (blind/'s "quyền Bộ
  trưởng Công Thương" for the same man: a ministry named without "Bộ" in a role is no organisation);
  "Huyền Chip" (a writer's pen name), "Hyuna" (a one-word stage name, blind13, blind24), "Fellaini",
  "Rafinha" and "Patson Daka" are people; "Alzheimer" (a disease named after a man) holds no person
  (blind13's monument named after a king); "một Eva" ("an Eve": any woman) is no person (blind22's "Mẹ
  thiên nhiên"); "Chủ tịch Thanh Hóa", "Thầy giáo", "ông chủ Amazon", "Quyền Bộ trưởng Công Thương"
  (round 87), "anh kỹ sư", "Cụ ông", "Già làng" and "nhà yêu nước - Luật sư của nhân dân" (a tribute's
  description, the man unnamed in the node) with no name give nothing.
- places: "Chủ tịch Thanh Hóa" (the province's chairman) names Thanh Hóa, a "tỉnh" (unlike blind25's "TP.
  Thanh Hóa"); "Hồng Kông" is a "city" with no parent given (blind22), though "Trung Quốc" stands in the
  same sentence (the mainland set against it); "Campuchia" inside the quoted slogan "'Vẫn là
  Campuchia'" is none (a name inside a quoted title, blind21's exhibition title); "BV Việt Đức" names
  neither Việt Nam nor Đức (blind4's same hospital: an organisation's name); "công viên Hòa Bình" (Hà
  Nội's Peace Park, named for peace, not after the province) names no place (blind20's "Công viên
  Indira Gandhi", unlike its "công viên Thành Công" named after a ward); "Khu công nghiệp Yên Lư" names
  Yên Lư, a "xã" with parents Yên Dũng and Bắc Giang (blind25's "KCN Yên Lư" on this page); "người Đức"
  names Đức and "thanh niên Ấn Độ" Ấn Độ (blind20's "người Italy", blind16's "tỉ phú Nga"), "nhà hàng
  Nhật Bản" Nhật Bản (blind13's "máy bay Ethiopia"); "bản Rào Con" names Rào Con, a "bản" with no parent
  given (a village named with its type word, blind23's "làng quê Triêm Tây"; the dev set's "bản Mường
  Khến"); "HN" is a mention of Hà Nội (a city's initials, blind13's "TQ", blind14's "VN"); "Sài Gòn" is a
  "thành phố" (blind23); "Hà Nội" inside "ĐH Y Hà Nội" is labelled (blind26's "ĐH Cần Thơ"); the
  datelines "Mỹ:", "Trung Quốc:" and "Hà Nội:" are labelled (blind23); "Swaziland", "Syria", "Úc"
  (blind23), "Canada" are countries; "DHS Việt" (du học sinh Việt, an adjective, blind16's "Cô gái
  Việt"), "Miền Bắc" and "Tây nguyên" (regions, blind19, blind6), "phố Huế" (a street, blind26's "Phố
  Vọng"), "Gangnam" inside the song's title "Gangnam Style" (blind19's book title) and "Pháp" inside
  the film title "Pháp Võng Truy Kích" name no place.
- organisations: "Apple", "HP", "Amazon" (acting companies, blind26), "MSI" in "của MSI" (the laptop's
  maker, blind24's "của Soul"), "IDP" (the fair's organiser, unexpanded, blind15's "VFF"), "Liên hợp
  quốc", "MU" (blind13) are; "BV Việt Đức" is expanded "Bệnh viện Việt Đức" (blind4); "Trường ĐH Văn
  Lang" and "trường ĐH Kinh tế quốc dân" (lower-case as written, blind24's "trường ĐH Đông Đô") are
  expanded "... Đại học ..."; "ĐH Y Hà Nội" is expanded "Đại học Y Hà Nội" and carries Hà Nội
  (blind26's "ĐH Cần Thơ"); the tags "(TNO)" (expanded "Thanh Niên Online", blind25), "(Soha.vn)" and
  "(Xinh Xinh)" (the magazine's own tag, as blind13's "(Soha.vn)") are; "BHYT" (health insurance), the
  bare "CSGT" (blind20), "cảnh sát ở Swaziland" (a force in general, blind25's "quân đội Trung
  Quốc"), "Bộ trưởng Công Thương" (blind/), "Garmin" in "đồng hồ Garmin" (a brand in a product,
  blind21's "HTC"), products ("iPad mini", "Mercedes-Benz Maybach S-Class", "SH", "Windows 8", "Full
  HD"), "Ngày hội du học 2019" (an event), "Cuộc đua số 2020" (a contest, blind22), "sàn giao dịch
  việc làm TP HCM" (a job fair), "STEM", "Halloween" and "Giáng sinh" are none.
- figures: "10 năm" before an anniversary is "10 năm" (blind18's "40 năm") and "11/9" a date, none; "13
  triệu iPad mini" is 13000000 "iPad mini" (blind19's "20 iOS game"); "top 1%" holds "1%" (blind24's
  "top 4 người đẹp"); "4 học bổng STEM quốc tế đáng chú ý" is "4 học bổng" (the proper-noun modifier
  and the adjectives left out, blind21, blind23); "xe máy dưới 50cc" holds "dưới 50cc", 50 "cc" with
  the qualifier "dưới" (a class measure, blind21's "Xe 4 chỗ", blind26's "350m2"); "Hơn 400/500 thí
  sinh" is 400 "thí sinh" of 500 with the qualifier "hơn" (blind13's "27/30 trường"); "Top 5 đồng hồ
  Garmin" holds "5 đồng hồ" (blind24's "top 4", the brand left out as blind21's "10 người đẹp
  Hollywood"); "3 bà cháu" has the unit "bà cháu" (blind26's "2 mẹ con"); "7 ngành học mới" is "7 ngành
  học" (the adjective left out); "5 phương thức xét tuyển", "4 thiết bị di động đáng chú ý" and "Hơn
  20.000 vị trí làm việc" keep the noun with its modifier (blind21); "hơn 16 ngàn USD" is 16000 "USD";
  "ngồi tù 2 năm" holds "2 năm" (blind6's "12 năm tù"); "300 cây số" is 300 "cây số"; "194 phố Huế" (a
  house number, blind26), "lớp 11", "lớp 6" (school grades), "Ngày hội du học 2019", "trường quân đội
  2019", "Tuyển sinh 2012", "năm 2012", "Giáng sinh 2020", "Cuộc đua số 2020", "tháng 9", "(P2)" (a
  series part, blind17's "(P.2)"), "Windows 8", "Covid-19" and "ở tuổi 32" (blind26's "ở tuổi 35") are
  none, nor the number words ("trăm năm", "thứ hai", "ba quả trứng", "một tuần", "tiền tỷ", "tiền
  triệu", "một người", "hai “cái không”", "một phần", "Có một thứ", "một Eva").
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
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
GENK13 = "genk.vn/genk-homepage-2013.html"
H24 = "24h.com.vn/24h-2012-dot-nhap-lo-luyen-thi.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VE_HOME13 = "vnexpress.net/vnexpress-homepage-2013.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
CN = "Trung Quốc"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 81
    (DT13, "10 năm vụ khủng bố liên hoàn 11/9", [], [], [], [F("10 năm", 10, "năm")], []),
    (DT19_3, "Có một thứ rất giống tình yêu, nhưng không phải là yêu", [], [], [], [], []),
    (DT19_8, '"Nhiều người chưa tham gia BHYT vì cho rằng còn ...trẻ và khoẻ"', [], [], [], [], []),
    (
        GENK13,
        "Nếu đáp ứng đủ, Apple có thể bán được 13 triệu iPad mini.",
        [],
        [],
        [O("Apple")],
        [F("13 triệu iPad mini", 13000000, "iPad mini")],
        [],
    ),
    (XINHXINH, "Makeup siêu đáng yêu đi chơi lễ Halloween", [], [], [], [], []),
    (ZNEWS_HOME, "Nam sinh lớp 11 xuất sắc lọt top 1% thế giới", [], [], [], [F("1%", 1, "%")], []),
    (ZNEWS_KD, "Khi doanh nghiệp lớn cùng tham gia kiến tạo tầm nhìn trăm năm", [], [], [], [], []),
    # ------------------------------------------------------------------ round 82
    (
        BBG,
        "Chủ động đáp ứng nhu cầu nhà ở tại Bắc Giang trước làn sóng chuyên gia nước ngoài",
        [],
        [L("Bắc Giang", "tỉnh")],
        [],
        [],
        [],
    ),
    (DT17, "Khỉ làm việc như người ở nhà hàng Nhật Bản", [], [L("Nhật Bản", C)], [], [], []),
    (DT19_3, "Ăn ba quả trứng một tuần làm tăng nguy cơ mắc bệnh tim", [], [], [], [], []),
    (
        DT19_8,
        "4 học bổng STEM quốc tế đáng chú ý dành cho nữ giới",
        [],
        [],
        [],
        [F("4 học bổng", 4, "học bổng")],
        [],
    ),
    (
        TN13,
        "(TNO) Tăng cường hoạt động trao đổi chất trong cơ thể có thể giúp bạn giữ dáng.",
        [],
        [],
        [O("TNO", "Thanh Niên Online")],
        [],
        [],
    ),
    (
        VE_HOME13,
        "Chủ tịch Thanh Hóa: 'Dùng lưới chống đua xe rất hiệu quả'",
        [],
        [L("Thanh Hóa", "tỉnh")],
        [],
        [],
        [],
    ),
    (XINHXINH, "Makeup siêu sexy như Hyuna trong Gangnam Style", [P("Hyuna")], [], [], [], []),
    (
        ZNEWS_KD,
        "Tỷ phú Phạm Nhật Vượng 'kiếm' tiền nhiều thứ hai thế giới hôm nay",
        [P("Phạm Nhật Vượng", roles=["Tỷ phú"])],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 83
    (
        BBG,
        "Thu lợi nhuận từ việc đầu tư căn hộ cho chuyên gia ngoại thuê tại Bắc Giang",
        [],
        [L("Bắc Giang", "tỉnh")],
        [],
        [],
        [],
    ),
    (DT13, "Vụ cưỡng chế ngôi nhà 194 phố Huế", [], [], [], [], []),
    (DT19_8, "Sẵn sàng nộp đơn tại Ngày hội du học 2019 của IDP", [], [], [O("IDP")], [], []),
    (DT20, "Khám phá nội thất cực kỳ sang chảnh của Mercedes-Benz Maybach S-Class mới", [], [], [], [], []),
    (
        SOHA13,
        '(Soha.vn) - Khán giả Trung Quốc đã tỏ ra bất bình vì cho rằng phim "Pháp Võng Truy Kích" đang lên án những thai phụ Trung Quốc về việc thích sang Hồng Kông để sinh nở.',
        [],
        [L(CN, C, m=[CN, CN]), L("Hồng Kông", "city")],
        [O("Soha.vn")],
        [],
        [],
    ),
    (VE_HOME13, "Đi xe SH đến trộm tiền tỷ nhà tướng công an", [], [], [], [], []),
    (ZNEWS_HOME, "Nỗ lực 'Vẫn là Campuchia' níu kéo khách du lịch", [], [], [], [], []),
    # ------------------------------------------------------------------ round 84
    (
        BBG,
        "Điều chỉnh cục bộ Quy hoạch phân khu xây dựng Khu công nghiệp Yên Lư",
        [],
        [L("Yên Lư", "xã", ["Yên Dũng", "Bắc Giang"])],
        [],
        [],
        [],
    ),
    (
        DT13,
        "BV Việt Đức: Bệnh nhân tai nạn giao thông xếp hàng chờ mổ",
        [],
        [],
        [O("BV Việt Đức", "Bệnh viện Việt Đức")],
        [],
        [],
    ),
    (DT17, "Chán nản vì tắc đường, một người Đức bơi đi làm hàng ngày", [], [L("Đức", C)], [], [], []),
    (DT19_3, "Cơ hội chữa bệnh Alzheimer chỉ với… ánh sáng và âm thanh", [], [], [], [], []),
    (
        DT19_8,
        "Trung Quốc: Nam sinh bị buộc tự tay đập vỡ điện thoại trước cả lớp",
        [],
        [L(CN, C)],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Đi xe máy dưới 50cc phải có bằng lái: Cần thiết và cấp thiết",
        [],
        [],
        [],
        [F("dưới 50cc", 50, "cc", "dưới")],
        [],
    ),
    (GENK13, "Máy sẽ sở hữu màn hình Full HD.", [], [], [], [], []),
    (
        ZNEWS_KD,
        "Nhật Bản tái khởi động nhà máy điện hạt nhân lớn nhất thế giới",
        [],
        [L("Nhật Bản", C)],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 85
    (
        BBG,
        "Điều chỉnh cục bộ Quy hoạch chi tiết xây dựng Khu nhà ở xã hội dành cho công nhân",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Trường ĐH Văn Lang áp dụng 5 phương thức xét tuyển",
        [],
        [],
        [O("Trường ĐH Văn Lang", "Trường Đại học Văn Lang")],
        [F("5 phương thức xét tuyển", 5, "phương thức xét tuyển")],
        [],
    ),
    (
        DT19_8,
        'Mỹ: Thầy giáo lập "từ điển" ngôn ngữ tuổi teen để thu hẹp khoảng cách với học trò',
        [],
        [L("Mỹ", C)],
        [],
        [],
        [],
    ),
    (DT20, "Tậu xế xịn chính hiệu, nhận ngay tiền triệu", [], [], [], [], []),
    (
        GENK13,
        "4 thiết bị di động đáng chú ý năm 2012",
        [],
        [],
        [],
        [F("4 thiết bị di động", 4, "thiết bị di động")],
        [],
    ),
    (
        XINHXINH,
        "(Xinh Xinh) - Sang mùa lạnh không có nghĩa là bạn phải giấu đi cả sự quyến rũ và các đường cong hoàn hảo, với...",
        [],
        [],
        [O("Xinh Xinh")],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Tin mừng cho người dân TP.HCM khi khám từ xa bằng BHYT",
        [],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 86
    (H24, "Tuyển sinh 2012: Tốp trên điểm cao, tốp dưới đụng sàn", [], [], [], [], []),
    (
        DT13,
        "Hà Nội: CSGT giúp cháu bé 3 tuổi bị lạc tìm lại gia đình",
        [],
        [L(HN, "thành phố")],
        [],
        [F("3 tuổi", 3, "tuổi")],
        [],
    ),
    (
        DT17,
        "DHS Việt tại Nga về nước xây công trình phụ, tu bổ trường học ở bản Rào Con",
        [],
        [L("Nga", C), L("Rào Con", "bản")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Tư vấn xét tuyển vào trường quân đội 2019: Thí sinh tham gia sơ tuyển phải làm gì?",
        [],
        [],
        [],
        [],
        [],
    ),
    (DT19_8, "Người đàn ông 5 năm mắc kẹt vụn gỗ trong não", [], [], [], [F("5 năm", 5, "năm")], []),
    (
        DT20,
        "Vợ cũ ông chủ Amazon chi gần 7 tỷ USD trong 5 tháng để làm từ thiện",
        [],
        [],
        [O("Amazon")],
        [F("gần 7 tỷ USD", 7000000000, "USD", "gần"), F("5 tháng", 5, "tháng")],
        [],
    ),
    (
        SOHA13,
        "Bất chấp cái gió lạnh như cắt da cắt thịt, những cô gái bán dâm bãi bỏ ngay cạnh công viên Hòa Bình vẫn khoác áo mưa đợi khách.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        XINHXINH,
        "(Xinh Xinh) - Đã là một Eva, chắc chắn bạn không thể sống thiếu những đôi giày, nó không chỉ giúp bạn tôn lên đôi...",
        [],
        [],
        [O("Xinh Xinh")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 87
    (
        H24,
        "Hơn 400/500 thí sinh nói có gian lận thi cử",
        [],
        [],
        [],
        [F("Hơn 400/500 thí sinh", 400, "thí sinh", "hơn", of=500)],
        [],
    ),
    (DT13, "Miền Bắc sắp vào đợt nắng nóng nhẹ", [], [], [], [], []),
    (DT17, "Huyền Chip: Làm sao để đi thực tập ở nước ngoài? (P2)", [P("Huyền Chip")], [], [], [], []),
    (
        DT19_3,
        "Thí sinh cân nhắc kỹ khi lựa chọn 7 ngành học mới của trường ĐH Kinh tế quốc dân",
        [],
        [],
        [O("trường ĐH Kinh tế quốc dân", "trường Đại học Kinh tế quốc dân")],
        [F("7 ngành học", 7, "ngành học")],
        [],
    ),
    (
        DT20,
        "Cậu bé 6 tuổi tiêu hơn 16 ngàn USD của mẹ để mua vật phẩm trong game",
        [],
        [],
        [],
        [F("6 tuổi", 6, "tuổi"), F("hơn 16 ngàn USD", 16000, "USD", "hơn")],
        [],
    ),
    (
        GENK13,
        "4 đại diện có khả năng thay đổi ít nhất là thị trường nó tham gia, nhiều hơn là một phần nào đó của thế giới công nghệ vốn đang rất sôi động này.",
        [],
        [],
        [],
        [F("4 đại diện", 4, "đại diện")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Việc quyền lợi BHYT khi khám bệnh từ xa, khám tại nhà được quy định rõ hơn khiến nhiều người dân yên tâm hơn, bớt lo chi phí và công sức mỗi lần đi khám.",
        [],
        [],
        [],
        [],
        [],
    ),
    (ZNEWS_KD, "Quyền Bộ trưởng Công Thương cam kết ưu tiên bảo đảm an ninh năng lượng", [], [], [], [], []),
    # ------------------------------------------------------------------ round 88
    (DT13, "MU chính thức sở hữu “người khổng lồ” Fellaini", [P("Fellaini")], [], [O("MU")], [], []),
    (
        DT17,
        "Cuộc đua tới những suất học bổng cuối cùng kì tháng 9 tại Anh, Úc, Mỹ & Canada",
        [],
        [L("Anh", C), L("Úc", C), L("Mỹ", C), L("Canada", C)],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Cuộc đua số 2020 tìm được đội chiến thắng với giải thưởng 1 tỷ đồng",
        [],
        [],
        [],
        [F("1 tỷ đồng", 1000000000, "đồng")],
        [],
    ),
    (GENK13, "HP giới thiệu loạt máy tính Windows 8 mới ở Việt Nam", [], [L(VN, C)], [O("HP")], [], []),
    (
        SOHA13,
        "Lệnh cấm này được ban hành bởi cảnh sát ở Swaziland vì họ cho rằng những trang phục đó sẽ làm ra tăng tội hiếp dâm.",
        [],
        [L("Swaziland", C)],
        [],
        [],
        [],
    ),
    (TN13, "Hành trình của nhà yêu nước - Luật sư của nhân dân", [], [], [], [], []),
    (ZNEWS_HOME, "Rafinha treo giày ở tuổi 32", [P("Rafinha")], [], [], [], []),
    # ------------------------------------------------------------------ round 89
    (BBG, "Bắc Giang phòng ngừa dịch bùng phát từ sớm, từ xa", [], [L("Bắc Giang", "tỉnh")], [], [], []),
    (DT17, "Nam thanh niên Ấn Độ tự sát khi cha từ chối mua video game", [], [L("Ấn Độ", C)], [], [], []),
    (
        DT19_3,
        "Hơn 20.000 vị trí làm việc tại sàn giao dịch việc làm TP HCM",
        [],
        [L(HCM, "thành phố", m=["TP HCM"])],
        [],
        [F("Hơn 20.000 vị trí làm việc", 20000, "vị trí làm việc", "hơn")],
        [],
    ),
    (DT19_8, "Làm đẹp không phòng bị cẩn thận, cô gái phải cắt bỏ một phần mũi", [], [], [], [], []),
    (
        DT20,
        "Top 5 đồng hồ Garmin cho cả chàng và nàng trong mùa Giáng sinh 2020",
        [],
        [],
        [],
        [F("5 đồng hồ", 5, "đồng hồ")],
        [],
    ),
    (
        GENK13,
        "Laptop chơi game giá gần 70 triệu đồng của MSI",
        [],
        [],
        [O("MSI")],
        [F("gần 70 triệu đồng", 70000000, "đồng", "gần")],
        [],
    ),
    (
        TN13,
        "Luật sư Nguyễn Hữu Thọ có hai “cái không” đáng nhớ: không có nhà riêng cho tới cuối đời và không viết gì về cuộc đời mình đã sống...",
        [P("Nguyễn Hữu Thọ", "Luật sư")],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Quyền Bộ trưởng Công Thương Lê Mạnh Hùng khẳng định sẽ phát triển công nghiệp - thương mại theo hướng lấy doanh nghiệp làm trung tâm và thị trường làm động lực tăng trưởng.",
        [P("Lê Mạnh Hùng", roles=["Quyền Bộ trưởng Công Thương"])],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 90
    (H24, "Đáp án môn Toán thi đại học có sai sót?", [], [], [], [], []),
    (
        BBG,
        "Lo ngại dịch Covid-19 bùng phát, các địa phương, doanh nghiệp đẩy mạnh bao phủ vắc - xin",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Đỗ ĐH Y Hà Nội, nữ sinh nghèo vừa mừng vừa lo",
        [],
        [L(HN, "thành phố")],
        [O("ĐH Y Hà Nội", "Đại học Y Hà Nội", HN)],
        [],
        [],
    ),
    (
        DT17,
        "Cụ ông có nguy cơ ngồi tù 2 năm vì cắm tăm vào đệm ghế xe buýt",
        [],
        [],
        [],
        [F("2 năm", 2, "năm")],
        [],
    ),
    (
        DT19_3,
        "Chết mê nàng 'quý phi', anh kỹ sư Sài Gòn bỏ vợ về quê xây đời mới",
        [],
        [L("Sài Gòn", "thành phố")],
        [],
        [],
        [],
    ),
    (
        DT19_8,
        "Đỡ 3 bà cháu xuống xe, nhân viên xe buýt Hà Nội “gây sốt” vì hành động tinh tế",
        [],
        [L(HN, "thành phố")],
        [],
        [F("3 bà cháu", 3, "bà cháu")],
        [],
    ),
    (DT20, "Phụ huynh xông vào trường đánh học sinh lớp 6 bị khởi tố", [], [], [], [], []),
    (TN13, "Già làng nổi tiếng ở Tây nguyên qua đời", [], [], [], [], []),
    (ZNEWS_HOME, "Pha ăn mừng suýt thành bi kịch của Patson Daka", [P("Patson Daka")], [], [], [], []),
    # ------------------------------------------------------------------ round 91
    (
        H24,
        "Đạp xe 300 cây số ra HN dự thi đại học",
        [],
        [L(HN, "thành phố", m=["HN"])],
        [],
        [F("300 cây số", 300, "cây số")],
        [],
    ),
    (BBG, "Tuyệt đối không chủ quan trước dịch Covid-19", [], [], [], [], []),
    (
        DT13,
        "Syria cầu viện Liên hợp quốc ngăn ý đồ tấn công của Mỹ",
        [],
        [L("Syria", C), L("Mỹ", C)],
        [O("Liên hợp quốc")],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind27", CASES))


if __name__ == "__main__":
    main()

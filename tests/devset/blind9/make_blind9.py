"""Hand labels for the BLIND9 split, written before vnnews, `extractors` or underthesea ever ran on them.

A ninth held-out set, to measure the extractor changes made after blind8 was scored. Two sources,
kept apart in each row's "source":
- "real": text copied from fixtures by blind6's recipe (selectolax `node.text(deep=True)` of a leaf
  <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC; the
  item descriptions of the RSS feed, the text of each CDATA block as tests/test_blind_labels.py reads
  it; "page" relative to tests/fixtures/pages). The listing continues blind7's and blind8's: the
  unused nodes of 25 to 200 characters of the 48 HTML pages (sorted by path; a text met twice on one
  page is listed once, at its first place, which is how blind7's and blind8's ranks come out: all
  their HTML nodes were checked to sit in rounds 1 to 4, but blind8's three copied with spaces at
  element boundaries, which no leaf's text equals), unused meaning sharing no 40 characters with,
  and neither inside nor holding, a text of tests/devset/*.jsonl or blind/..blind6/ (so the ranks
  are blind7's), read round-robin from round 5; a node of round 5 or later that overlaps blind7 or
  blind8 would have been passed over (none did). After the HTML pages in every round comes the feed
  (its own listing, excluding blind7 too, at the item of the round's rank minus 2, as blind8), then,
  new here, the seven pages of tests/fixtures/baophutho (sorted by name, "page"
  "../baophutho/<name>.html", which tests/test_blind_labels.py reads as any page), whose own listing
  (excluding every earlier split, blind8 included) starts at round 5 with each page's first unused
  node. Only their visible text is listed: the decoded obfuscated bodies are not in those pages.
  Their unused nodes are the site's date line, share buttons, tags, five related-article headlines
  (the same on all seven pages) and the footer; the one met by round 6 that is news text is "Công an
  tỉnh ra quân ..." (round 6, first page); the same headline at later ranks of the other pages would
  be a repeat of a text already taken and is passed over. Every node met that is news text
  (headline, topic tag, teaser, caption, paragraph, a reader's comment under an article, a forum
  thread's title; not menus, contact lines, timestamps, comment and forum bylines ("vanlethi08 - 7
  ngày trước Thích | 541", "Thảo luận trong ... bắt đầu bởi cuLong, 14/12/12."), ad scripts,
  placeholder Latin, English UI, site titles or footers) and holds a digit, a number word or a
  capitalised word after its first was taken, through rounds 5 and 6 of the listing (59 nodes); none
  was chosen for looking easy, and none for naming a person. A node found identically at the same
  rank of both pages of one site (baocantho.com.vn: "Nhiệt liệt chào mừng Đại hội ...", "Cần Thơ
  năng động và phát triển"; thanhnien.vn: "Đại hội Đoàn toàn quốc lần X", "Khuyến mãi - Sản phẩm
  mới") is that site's banner or menu and was passed over (as blind8).
- "written": sentences written for this set imitating national and provincial news, weighted toward
  people as the news names them (headlines with no honorific, footballers and singers by given or
  stage name only, foreign names with and without a role before them, reduplicated Chinese-style
  names, officials with ranks and roles after a dash or a comma, later "ông X" / "bà X" mentions,
  photo credits), with capitalised non-persons where a name could sit (a festival, a temple, a
  street, a school, a brand, a product, a ship), model names (quoted with “ ” or " ", unquoted and
  capitalised after the kind word, several after "các", with common-noun negatives), figures with
  qualifiers, ranges, ratios and money, places before and after the July 2025 reorganisation, and
  organisations.
Written rows carry province "Phú Thọ" (as blind5..blind8); a commune named without its province is a
Phú Thọ commune, and a story set elsewhere names its province.
No text here occurs in tests/devset/*.jsonl or blind/..blind8/ (checked by tests/test_blind_labels.py).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind9/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind9/make_blind9.py

Conventions: exactly those of tests/devset/blind8/make_blind8.py (and blind/..blind7/ before it), plus
these decisions taken before any scoring:
- people: a name said twice is two mentions ("chị Hương" ... "chị Hương", as blind/ and blind3); "Tổng
  thống Putin" has the role "Tổng thống" (as blind/'s "Tổng thống Vladimir Putin"); "Nữ ca sĩ"
  before a stage name is a role (as blind6's "Ca sĩ"); a temple, school or street named after someone
  ("Đền Mẫu Âu Cơ", "đường Nguyễn Tất Thành") holds no person (as blind8's school); a ship's name
  ("tàu Hải Thành 26") is no person.
- places: "Mường Lò" (a valley) and "Trung Đông" (a region) are not places, nor "Thái" (an ethnic
  group); "chiến thắng Điện Biên Phủ" names Điện Biên Phủ, a "thành phố" (as blind8's "Thảm án Thái
  Bình" names Thái Bình); "anh đào Nhật Bản" is a mention of Nhật Bản (as blind8's "sao Hàn Quốc"),
  "thủy thủ Việt" is not (blind6's "hot girl Việt"); "sao Hollywood" (the film industry), "cảng Cái
  Lân", "sông Đà" (a port, a river) and "Nhà hát Hồ Gươm" (a venue) name no place; "TP.HCM" is a
  mention "TP.HCM" of Hồ Chí Minh (as the dev set); "Sa Pa" is a "thị xã" (as blind/); "Hoa
  hậu Hoàn vũ Việt Nam" inside an organisation's name is a mention of Việt Nam (blind8: a place
  inside an organisation); a team named by its country ("Na Uy giành vé") is that place (blind8); a
  "thị trấn" and the "xã" it merged into that share a name ("thị trấn Thanh Sơn ... thành xã Thanh
  Sơn") are two places, each with its own mention, in the order written.
- organisations: "Ban Tổ chức Hoa hậu Hoàn vũ Việt Nam" is one; "VinFast", "Lamborghini" and
  "Vinamilk" acting as companies are (as blind7's Panasonic); football clubs named as clubs ("Thể
  Công Viettel", "Tottenham") are (as blind8); "trên Facebook" (the site as a place to talk, as
  blind8's "bác sĩ Google"), "Bitcoin", "NFT", "BookTok", a housing project ("Bidhomes The Garden
  Hill"), a motorbike ("Nouvo"), a phone ("Galaxy S25"), a standard ("VietGAP") are not; a bare
  "Công an tỉnh" is one (blind6).
- figures: "lớp 10" (a school grade), "Kỳ họp thứ 3", "trận thứ 3", "khoá XIV", "phút 90+2", clock
  times ("16:26", "10 giờ 10 phút"), dates ("19-5-2012", "30/4", "20/11", "tháng 6-2026") and a
  trailing comment counter ("... An Phú 0") are not figures; "lãi suất ... 0%" is not one either (a
  zero counts nothing, and the label checks need a value above 0); "Tăng 5 lần" is "5 lần" with no
  qualifier (as blind7's "tăng 3,4%"); "1,5mm" is one figure of unit "mm"; a number inside a model's
  or ship's name ("Phiên chợ 0 đồng", "giai đoạn 2026 - 2030", "Hải Thành 26") is not a figure.
- models: a common-noun "mô hình trồng chè Shan tuyết" (a variety's name after a common noun) and a
  lowercase "phong trào văn nghệ quần chúng" are not models; "phong trào thi đua “...”" is kind
  "phong trào" (blind6: the kind drops the qualifying word); a quoted name after "Đề án" holding
  years keeps them ("Chuyển đổi số nông nghiệp giai đoạn 2026 - 2030").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
FEED = "../feeds/vnexpress-2017-07-rss-tin-moi-nhat.xml"
BPT19 = "../baophutho/baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html"
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
BAOMOI = "baomoi.com/baomoi-homepage-devtools-copy.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
DT12 = "dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
IONE = "ione.vnexpress.net/ione-2012-nhung-nguoi-kho-hanh.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
NGOISAO = "ngoisao.net/ngoisao-2012-hoa-hau-hoan-vu.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
NLD12 = "nld.com.vn/nld-2012-thieu-tien-hui.html"
SOHA12 = "soha.vn/soha-2012-can-lo-lo.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TEEN9X = "teen9x.net/teen9x-2013-8-3-boy-vao-bep.html"
TINHTE = "tinhte.vn/tinhte-2012-forum-thread.html"
TT_CAT = "tuoitre.vn/tuoitre-2026-category-thoi-su.html"
VNECO = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
VE12_VO = "vnexpress.net/vnexpress-2012-vo-ngoai-tinh.html"
VE13_NUOC = "vnexpress.net/vnexpress-2013-dong-nuoc-doc.html"
VE22_TET = "vnexpress.net/vnexpress-2022-cong-nhan-mat-viec-lo-tet.html"
VE22_BAY = "vnexpress.net/vnexpress-2022-mo-lai-duong-bay-quoc-te.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VE13 = "vnexpress.net/vnexpress-homepage-2013.html"
VTC_HOME = "vtcnews.vn/vtcnews-2025-home.html"
VTC_A = "vtcnews.vn/vtcnews-2025-sample-article.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"
ZN_VANG = "zingnews.vn/znews-2025-gia-vang-the-gioi.html"
ZN_HOME = "zingnews.vn/znews-2025-home.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
UBND = "Ủy ban nhân dân"

# (page, text, people, places, organizations, figures, models), in the order the nodes were met
REAL = [
    # ------------------------------------------------------------------ round 5
    (BLC, "Nét duyên thầm của thiếu nữ Thái Mường Lò", [], [], [], [], []),
    (
        BAOMOI,
        "Đà Nẵng: Nhà xe hành xử côn đồ, ép khách 3 lần chuyển tiền mới được xuống xe",
        [],
        [L("Đà Nẵng", "thành phố")],
        [],
        [F("3 lần", 3, "lần")],
        [],
    ),
    (
        CAFEBIZ,
        "16:26 Sau VinFast, Lamborghini cũng bước chân vào lĩnh vực NFT, chuẩn bị bán đấu giá vật phẩm gây tranh cãi",
        [],
        [],
        [O("VinFast"), O("Lamborghini")],
        [],
        [],
    ),
    (DT12, "“Kho báu” núi Tàu: Tăng 5 lần diện tích thăm dò", [], [], [], [F("5 lần", 5, "lần")], []),
    (DT17, "Kỳ họp thứ 3 Quốc hội khoá XIV", [], [], [O("Quốc hội")], [], []),
    (
        DT19_3,
        "Xe tải tông chết 8 người ở Hải Dương",
        [],
        [L("Hải Dương", "tỉnh")],
        [],
        [F("8 người", 8, "người")],
        [],
    ),
    (
        DT19_8,
        "65 năm chiến thắng Điện Biên Phủ",
        [],
        [L("Điện Biên Phủ", "thành phố")],
        [],
        [F("65 năm", 65, "năm")],
        [],
    ),
    (
        DT20,
        "Đài Loan điều 8 máy bay, 6 tàu chiến theo dõi tàu sân bay Trung Quốc",
        [],
        [L("Đài Loan", "country"), L("Trung Quốc", "country")],
        [],
        [F("8 máy bay", 8, "máy bay"), F("6 tàu chiến", 6, "tàu chiến")],
        [],
    ),
    (
        GENK12,
        "Sẽ phủ sóng WiFi miễn phí toàn thành phố 5 tháng tới",
        [],
        [],
        [],
        [F("5 tháng", 5, "tháng")],
        [],
    ),
    (
        K14,
        "Ban Tổ chức Hoa hậu Hoàn vũ Việt Nam lên tiếng về việc bị phạt sau ...",
        [],
        [L(VN, "country")],
        [O("Ban Tổ chức Hoa hậu Hoàn vũ Việt Nam", place=VN)],
        [],
        [],
    ),
    (
        NGOISAO,
        ">> Người đẹp Mỹ đăng quang Hoa hậu Hoàn vũ 2012",
        [],
        [L("Mỹ", "country")],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "[Infographic] Đường vào chung kết World Cup 2026 của Tây Ban Nha và Argentina",
        [],
        [L("Tây Ban Nha", "country"), L("Argentina", "country")],
        [],
        [],
        [],
    ),
    (
        NLD12,
        'Khoảng 10 giờ 10 phút ngày 19-5-2012, cho rằng chị Hương nói chuyện thiếu tiền của mình cho mẹ vợ, Trung tức giận mang theo dao đến nhà chị Hương "nói chuyện".',
        [P("Hương", "Chị", m=["Hương", "Hương"]), P("Trung")],
        [],
        [],
        [],
        [],
    ),
    (SOHA12, 'Châu Kiệt Luân làm "trò hề" trong phim mới', [P("Châu Kiệt Luân")], [], [], [], []),
    (SOHA13, "Nam sinh lớp 10 gây sự, đánh chết bạn học cùng lớp", [], [], [], [], []),
    (
        TEEN9X,
        "Sau đó cán mỏng bột, độ dày 1,5mm là ok.",
        [],
        [],
        [],
        [F("1,5mm", "1.5", "mm")],
        [],
    ),
    (
        TINHTE,
        "[Vui vẻ] Chuyện giữa 2 người trên Facebook",
        [],
        [],
        [],
        [F("2 người", 2, "người")],
        [],
    ),
    (
        TT_CAT,
        "Thủ tướng phê chuẩn Phó chủ tịch UBND tỉnh Ninh Bình Đặng Thanh Sơn",
        [
            P(
                "Đặng Thanh Sơn",
                roles=["Phó chủ tịch UBND tỉnh Ninh Bình"],
                org="UBND tỉnh Ninh Bình",
            )
        ],
        [L("Ninh Bình", "tỉnh")],
        [O("UBND tỉnh Ninh Bình", f"{UBND} tỉnh Ninh Bình", "Ninh Bình")],
        [],
        [],
    ),
    (
        VNECO,
        "Ông Biden cảnh báo Nga về “một thảm hoạ” nếu tấn công Ukraine",
        [P("Biden", "Ông")],
        [L("Nga", "country"), L("Ukraine", "country")],
        [],
        [],
        [],
    ),
    (
        VE12_VO,
        "Tôi rất ghét những người chồng vũ phu, vì sự nhu nhược của bản thân mà đánh đập xỉ vả vợ và bao biện cho mình. Cái kết ngày hôm nay thật xứng đáng. Lẽ ra cô ấy nên rời bỏ anh từ lâu mới phải.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        VE13_NUOC,
        "Nhìn đám rau sạch của Hà Nội này, thật đáng thương cho những ai ăn phải.",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (
        VE22_TET,
        '"Kiểu gì thì Tết cũng đến, lạc quan để năm mới được tốt hơn", chị Huyền tự động viên.',
        [P("Huyền", "Chị")],
        [],
        [],
        [],
        [],
    ),
    (
        VE_CAT,
        "Vụ tai nạn 4 người chết trên cao tốc: Tài xế 'không giữ khoảng cách an toàn'",
        [],
        [],
        [],
        [F("4 người", 4, "người")],
        [],
    ),
    (VE13, "Hàng trăm thủy thủ Việt vất vưởng ở nước ngoài", [], [], [], [], []),
    (
        VTC_HOME,
        "Tài liệu mật hé lộ cảnh báo đanh thép của Tổng thống Putin với Mỹ 17 năm trước",
        [P("Putin", roles=["Tổng thống"])],
        [L("Mỹ", "country")],
        [],
        [F("17 năm", 17, "năm")],
        [],
    ),
    (
        VTC_A,
        "TP.HCM ra 'tối hậu thư' với dự án nút giao An Phú 0",
        [],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    (
        XINHXINH,
        "Ngược lại, LWD (little white dress) với gam trắng tinh khôi sẽ tôn lên nét duyên dáng, nữ tính đầy cuốn hút.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZING13,
        "10 điều trẻ ghét nhất về trường học",
        [],
        [],
        [],
        [F("10 điều", 10, "điều")],
        [],
    ),
    (ZN_VANG, "Giá vàng thế giới bật tăng sau quyết định của Fed", [], [], [O("Fed")], [], []),
    (ZN_HOME, "Những ngôi sao BookTok dự đoán gì cho 2026?", [], [], [], [], []),
    (
        FEED,
        "6 tháng đầu năm, tình hình ùn tắc giao thông tăng mạnh có xu hướng mở rộng về không gian và kéo dài về thời gian.",
        [],
        [],
        [],
        [F("6 tháng", 6, "tháng")],
        [],
    ),
    # ------------------------------------------------------------------ round 6
    (
        BLC,
        "Kết quả điều tra nguyên nhân vụ tai nạn giao thông làm tử vong 9 người tại xã Phình Hồ, tỉnh Lào Cai",
        [],
        [L("Phình Hồ", "xã", ["Lào Cai"]), L("Lào Cai", "tỉnh")],
        [],
        [F("9 người", 9, "người")],
        [],
    ),
    (BAOMOI, "Căng thẳng Trung Đông leo thang đẩy giá vàng lên mức cao kỷ lục mới", [], [], [], [], []),
    (
        CAFEBIZ,
        "16:26 12 sai lầm khi thiết kế nội thất khiến gia chủ mất tiền mà nhà vẫn xấu đau: Cuối năm sửa ngay còn kịp",
        [],
        [],
        [],
        [F("12 sai lầm", 12, "sai lầm")],
        [],
    ),
    (
        DT12,
        "Ngắm anh đào Nhật Bản khoe sắc ở Sa Pa",
        [],
        [L("Nhật Bản", "country"), L("Sa Pa", "thị xã")],
        [],
        [],
        [],
    ),
    (
        DT13,
        "3 trẻ sơ sinh cùng tử vong sau tiêm vắc xin viêm gan B",
        [],
        [],
        [],
        [F("3 trẻ sơ sinh", 3, "trẻ sơ sinh")],
        [],
    ),
    (DT17, "Tổng Bí thư thăm Campuchia", [], [L("Campuchia", "country")], [], [], []),
    (DT19_3, "Sai phạm trong kì thi HS giỏi quốc gia", [], [], [], [], []),
    (
        DT19_8,
        "8 vụ tấn công khủng bố đẫm máu tại Sri Lanka",
        [],
        [L("Sri Lanka", "country")],
        [],
        [F("8 vụ tấn công", 8, "vụ tấn công")],
        [],
    ),
    (
        DT20,
        "Con rể ông Trump bị nghi mở công ty bình phong tiêu tiền tranh cử",
        [P("Trump", "Ông")],
        [],
        [],
        [],
        [],
    ),
    (IONE, "'Khung xương di động' nặng 25 kg", [], [], [], [F("25 kg", 25, "kg")], []),
    (
        K14,
        "Ngọc nữ có nhân cách vàng: Sự nghiệp đáng mơ ước, mối tình đẹp như mơ với tài tử nổi danh",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        NGOISAO,
        "Hình ảnh mới của Leila rất khác so với những đêm trước đó. Có vẻ như mái tóc vừa cắt ngắn cộng với cách trang điểm không phù hợp đã khiến cô trở nên xấu tệ.",
        [P("Leila")],
        [],
        [],
        [],
        [],
    ),
    (NLD12, "Đặng Văn Trung trong phiên phúc thẩm", [P("Đặng Văn Trung")], [], [], [], []),
    (SOHA12, "Ngắm sao Hollywood lột xác trong bộ sách ảnh tuyệt đẹp", [], [], [], [], []),
    (
        SOHA13,
        "Hậu sửa mũi, Angela Phương Trinh tiếp tục nâng cấp sắc đẹp",
        [P("Angela Phương Trinh")],
        [],
        [],
        [],
        [],
    ),
    (
        TT_CAT,
        "Mở rộng 7,5km mãi không xong, Đà Nẵng yêu cầu hoàn thành trong tháng 6-2026",
        [],
        [L("Đà Nẵng", "thành phố")],
        [],
        [F("7,5km", "7.5", "km")],
        [],
    ),
    (
        VNECO,
        "Chứng khoán Mỹ lại giảm điểm mạnh, giá dầu lên đỉnh cao mới, Bitcoin đi xuống",
        [],
        [L("Mỹ", "country")],
        [],
        [],
        [],
    ),
    (
        VE22_TET,
        "Khu trọ của chị Huỳnh Thị Thủy nhận hỗ trợ từ nhà hảo tâm khi thành phố giãn cách hồi năm ngoái. Ảnh: An Phương",
        [P("Huỳnh Thị Thủy", "Chị")],
        [],
        [],
        [],
        [],
    ),
    (VE22_BAY, "Những vướng mắc sau hơn một tuần mở đường bay quốc tế", [], [], [], [], []),
    (
        VE_CAT,
        "Quảng Ninh tổ chức đại lộ hoa đón Tết Nguyên đán",
        [],
        [L("Quảng Ninh", "tỉnh")],
        [],
        [],
        [],
    ),
    (VE13, "Người lính bật khóc vì thương hai con bị máu khó đông", [], [], [], [], []),
    (
        VTC_HOME,
        "Hiện trạng vườn hoa được quy hoạch làm bãi đỗ xe ngầm đầu tiên ở phố cổ Hà Nội",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (
        VTC_A,
        "Nút giao kẹt xe bậc nhất TP.HCM tăng tốc thi công sau nhiều lần chậm tiến độ 0",
        [],
        [L(HCM, "thành phố", m=["TP.HCM"])],
        [],
        [],
        [],
    ),
    (ZING12, "Vụ cắt cổ thạc sĩ cướp Nouvo qua lời nhân chứng", [], [], [], [], []),
    (ZING13, "Tập san mừng 20/11 dày đặc lỗi chính tả", [], [], [], [], []),
    (
        ZN_VANG,
        "Giá vàng thế giới tăng trở lại sau quyết định hạ lãi suất của Fed, dù triển vọng chính sách cho năm tới vẫn còn nhiều bất định.",
        [],
        [],
        [O("Fed")],
        [],
        [],
    ),
    (
        FEED,
        "Ngoài hỗ trợ lãi suất vay ngân hàng 0% đến khi nhận nhà, người mua Bidhomes The Garden Hill được miễn phí 3 năm dịch vụ...",
        [],
        [],
        [],
        [F("3 năm", 3, "năm")],
        [],
    ),
    (BPT19, "Công an tỉnh ra quân đảm bảo ANTT dịp lễ 30/4", [], [], [O("Công an tỉnh")], [], []),
]

# (text, people, places, organizations, figures, models)
WRITTEN_CASES = [
    # ------------------------------------------------------------------ people first
    (
        "Vĩ Hào lập cú đúp, Thể Công Viettel thắng 3-1 trước Hải Phòng",
        [P("Vĩ Hào")],
        [L("Hải Phòng", "thành phố")],
        [O("Thể Công Viettel")],
        [],
        [],
    ),
    (
        "Xuân Son trở lại tập luyện sau 6 tháng điều trị chấn thương",
        [P("Xuân Son")],
        [],
        [],
        [F("6 tháng", 6, "tháng")],
        [],
    ),
    (
        "Văn Hậu và Duy Mạnh được gọi trở lại đội tuyển Việt Nam",
        [P("Văn Hậu"), P("Duy Mạnh")],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
    (
        "Đen Vâu góp 1 tỷ đồng xây điểm trường ở xã Lai Đồng",
        [P("Đen Vâu")],
        [L("Lai Đồng", "xã", [PT])],
        [],
        [F("1 tỷ đồng", 1000000000, "đồng")],
        [],
    ),
    (
        "Nữ ca sĩ Bích Phương tổ chức đêm nhạc tại Nhà hát Hồ Gươm với 1.500 khán giả",
        [P("Bích Phương", roles=["Nữ ca sĩ"])],
        [],
        [],
        [F("1.500 khán giả", 1500, "khán giả")],
        [],
    ),
    (
        "H'Hen Niê về buôn làng đón Tết cùng gia đình",
        [P("H'Hen Niê")],
        [],
        [],
        [],
        [],
    ),
    (
        "Erling Haaland nổ súng, Na Uy giành vé dự World Cup",
        [P("Erling Haaland")],
        [L("Na Uy", "country")],
        [],
        [],
        [],
    ),
    (
        "Son Heung-min chia tay Tottenham sau 10 mùa giải",
        [P("Son Heung-min")],
        [],
        [O("Tottenham")],
        [F("10 mùa giải", 10, "mùa giải")],
        [],
    ),
    (
        "Thủ môn Kawin Thamsatchanan giữ sạch lưới trận thứ 3 liên tiếp",
        [P("Kawin Thamsatchanan", roles=["Thủ môn"])],
        [],
        [],
        [],
        [],
    ),
    (
        "HLV Hansi Flick được gia hạn hợp đồng thêm 2 năm",
        [P("Hansi Flick", roles=["HLV"])],
        [],
        [],
        [F("2 năm", 2, "năm")],
        [],
    ),
    (
        "Tổng thống Indonesia Prabowo Subianto thăm chính thức Việt Nam trong 3 ngày",
        [P("Prabowo Subianto", roles=["Tổng thống Indonesia"])],
        [L("Indonesia", "country"), L(VN, "country")],
        [],
        [F("3 ngày", 3, "ngày")],
        [],
    ),
    (
        "Donald Trump tuyên bố áp thuế 25% với ô tô nhập khẩu",
        [P("Donald Trump")],
        [],
        [],
        [F("25%", 25, "%")],
        [],
    ),
    (
        "Ngoại trưởng Mỹ Marco Rubio gặp Ngoại trưởng Trung Quốc Vương Nghị tại Kuala Lumpur",
        [
            P("Marco Rubio", roles=["Ngoại trưởng Mỹ"]),
            P("Vương Nghị", roles=["Ngoại trưởng Trung Quốc"]),
        ],
        [L("Mỹ", "country"), L("Trung Quốc", "country"), L("Kuala Lumpur", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "Phạm Băng Băng trở lại màn ảnh sau 4 năm vắng bóng",
        [P("Phạm Băng Băng")],
        [],
        [],
        [F("4 năm", 4, "năm")],
        [],
    ),
    (
        "Triệu Lệ Dĩnh và Dương Mịch cùng dự lễ trao giải tại Thượng Hải",
        [P("Triệu Lệ Dĩnh"), P("Dương Mịch")],
        [L("Thượng Hải", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "Đại tá Lê Minh Tuấn – Giám đốc Công an tỉnh Phú Thọ – chỉ đạo triệt phá đường dây đánh bạc 120 tỷ đồng.",
        [
            P(
                "Lê Minh Tuấn",
                "Đại tá",
                ["Giám đốc Công an tỉnh Phú Thọ"],
                "Công an tỉnh Phú Thọ",
            )
        ],
        [L(PT, "tỉnh")],
        [O("Công an tỉnh Phú Thọ", place=PT)],
        [F("120 tỷ đồng", 120000000000, "đồng")],
        [],
    ),
    (
        "Ông Phan Trọng Hùng, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Phú Thọ, cho biết toàn tỉnh có 1.240 ha chè đạt chuẩn VietGAP. Theo ông Hùng, giá chè búp tươi khoảng 12.000 đồng/kg.",
        [
            P(
                "Phan Trọng Hùng",
                "Ông",
                ["Giám đốc Sở Nông nghiệp và Môi trường tỉnh Phú Thọ"],
                "Sở Nông nghiệp và Môi trường tỉnh Phú Thọ",
                ["Phan Trọng Hùng", "Hùng"],
            )
        ],
        [L(PT, "tỉnh")],
        [O("Sở Nông nghiệp và Môi trường tỉnh Phú Thọ", place=PT)],
        [
            F("1.240 ha", 1240, "ha"),
            F("khoảng 12.000 đồng/kg", 12000, "đồng/kg", "khoảng"),
        ],
        [],
    ),
    (
        "Bà Tạ Thị Hồng Vân – Phó Chủ tịch UBND xã Thanh Ba – trao 45 suất quà cho trẻ em mồ côi. Bà Vân cho biết xã sẽ hỗ trợ thêm 20 suất học bổng.",
        [
            P(
                "Tạ Thị Hồng Vân",
                "Bà",
                ["Phó Chủ tịch UBND xã Thanh Ba"],
                "UBND xã Thanh Ba",
                ["Tạ Thị Hồng Vân", "Vân"],
            )
        ],
        [L("Thanh Ba", "xã", [PT])],
        [O("UBND xã Thanh Ba", f"{UBND} xã Thanh Ba", "Thanh Ba")],
        [F("45 suất quà", 45, "suất quà"), F("20 suất học bổng", 20, "suất học bổng")],
        [],
    ),
    (
        "Thượng úy Trần Quốc Khánh, cán bộ Công an xã Hiền Lương, cứu 2 người đuối nước trên sông Đà.",
        [
            P(
                "Trần Quốc Khánh",
                "Thượng úy",
                ["cán bộ Công an xã Hiền Lương"],
                "Công an xã Hiền Lương",
            )
        ],
        [L("Hiền Lương", "xã", [PT])],
        [O("Công an xã Hiền Lương", place="Hiền Lương")],
        [F("2 người", 2, "người")],
        [],
    ),
    (
        "Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Thanh Tùng kiểm tra công tác phòng chống lũ tại xã Đoan Hùng",
        [
            P(
                "Nguyễn Thanh Tùng",
                roles=["Phó Chủ tịch UBND tỉnh Phú Thọ"],
                org="UBND tỉnh Phú Thọ",
            )
        ],
        [L(PT, "tỉnh"), L("Đoan Hùng", "xã", [PT])],
        [O("UBND tỉnh Phú Thọ", f"{UBND} tỉnh Phú Thọ", PT)],
        [],
        [],
    ),
    (
        "Nông dân xã Phù Ninh thu hoạch lúa xuân. Ảnh: Đinh Tú",
        [],
        [L("Phù Ninh", "xã", [PT])],
        [],
        [],
        [],
    ),
    (
        "Lực lượng cứu hộ tìm kiếm người mất tích tại xã Văn Miếu. Ảnh: Khánh Linh",
        [],
        [L("Văn Miếu", "xã", [PT])],
        [],
        [],
        [],
    ),
    (
        "Bị cáo Lò Văn Pằng, 34 tuổi, lĩnh 9 năm tù về tội mua bán trái phép chất ma túy. Tại phiên tòa, Pằng khai đã bán 6 lần.",
        [P("Lò Văn Pằng", m=["Lò Văn Pằng", "Pằng"])],
        [],
        [],
        [F("34 tuổi", 34, "tuổi"), F("9 năm", 9, "năm"), F("6 lần", 6, "lần")],
        [],
    ),
    (
        "Anh Hà Văn Dũng (SN 1985, ở xã Thu Cúc) được công nhận hộ sản xuất kinh doanh giỏi với thu nhập gần 600 triệu đồng mỗi năm.",
        [P("Hà Văn Dũng", "Anh")],
        [L("Thu Cúc", "xã", [PT])],
        [],
        [F("gần 600 triệu đồng", 600000000, "đồng", "gần")],
        [],
    ),
    # ------------------------------------------------------------------ capitalised non-persons
    (
        "Lễ hội Đền Mẫu Âu Cơ năm nay thu hút khoảng 30.000 lượt khách thập phương.",
        [],
        [],
        [],
        [F("khoảng 30.000 lượt khách", 30000, "lượt khách", "khoảng")],
        [],
    ),
    (
        "Đường Nguyễn Tất Thành qua phường Việt Trì được lát đá với tổng vốn hơn 85 tỷ đồng.",
        [],
        [L("Việt Trì", "phường", [PT])],
        [],
        [F("hơn 85 tỷ đồng", 85000000000, "đồng", "hơn")],
        [],
    ),
    (
        "Trường THCS Văn Lang có 12 học sinh đoạt giải học sinh giỏi cấp tỉnh, trong đó em Lê Minh Khang đạt giải Nhất môn Toán.",
        [P("Lê Minh Khang", "Em")],
        [],
        [O("Trường THCS Văn Lang", "Trường Trung học cơ sở Văn Lang")],
        [F("12 học sinh", 12, "học sinh")],
        [],
    ),
    (
        "Vinamilk khánh thành trang trại bò sữa quy mô 4.000 con tại xã Cẩm Khê.",
        [],
        [L("Cẩm Khê", "xã", [PT])],
        [O("Vinamilk")],
        [F("4.000 con", 4000, "con")],
        [],
    ),
    (
        "Điện thoại Galaxy S25 giảm giá còn 19,9 triệu đồng trong tháng 11.",
        [],
        [],
        [],
        [F("19,9 triệu đồng", 19900000, "đồng")],
        [],
    ),
    (
        "Tàu Hải Thành 26 cập cảng Cái Lân sau 9 ngày lênh đênh trên biển.",
        [],
        [],
        [],
        [F("9 ngày", 9, "ngày")],
        [],
    ),
    # ------------------------------------------------------------------ places, organisations, figures
    (
        "Từ ngày 1/7/2025, thị trấn Thanh Sơn và 4 xã lân cận được sáp nhập thành xã Thanh Sơn, tỉnh Phú Thọ.",
        [],
        [
            L("Thanh Sơn", "thị trấn", [PT]),
            L("Thanh Sơn", "xã", [PT]),
            L(PT, "tỉnh"),
        ],
        [],
        [F("4 xã", 4, "xã")],
        [],
    ),
    (
        "Huyện Tam Nông cũ có 19 xã, thị trấn; nay được tổ chức lại thành 4 xã.",
        [],
        [L("Tam Nông", "huyện", [PT])],
        [],
        [F("19 xã", 19, "xã"), F("4 xã", 4, "xã")],
        [],
    ),
    (
        "Kim ngạch xuất khẩu của tỉnh 10 tháng đạt 9,2 tỷ USD, tăng 14,6% so với cùng kỳ.",
        [],
        [],
        [],
        [
            F("10 tháng", 10, "tháng"),
            F("đạt 9,2 tỷ USD", 9200000000, "USD", "đạt"),
            F("14,6%", "14.6", "%"),
        ],
        [],
    ),
    (
        "Toàn tỉnh có 128/148 xã, phường hoàn thành chỉ tiêu tiêm chủng, trên 96% trẻ em được tiêm đủ mũi.",
        [],
        [],
        [],
        [F("128/148 xã", 128, "xã", of=148), F("trên 96%", 96, "%", "trên")],
        [],
    ),
    (
        "Giá thuê phòng trọ quanh các khu công nghiệp của tỉnh dao động 1,5 - 2 triệu đồng/tháng.",
        [],
        [],
        [],
        [F("1,5 - 2 triệu đồng/tháng", 1500000, "đồng/tháng", value_max=2000000)],
        [],
    ),
    (
        "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Phú Thọ dành gần 3.000 tỷ đồng cho vay ưu đãi.",
        [],
        [L(PT, "tỉnh")],
        [O("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Phú Thọ", place=PT)],
        [F("gần 3.000 tỷ đồng", 3000000000000, "đồng", "gần")],
        [],
    ),
    (
        "Tỉnh đoàn Phú Thọ phối hợp với Đại học Hùng Vương tổ chức ngày hội việc làm cho hơn 2.000 sinh viên.",
        [],
        [L(PT, "tỉnh")],
        [O("Tỉnh đoàn Phú Thọ", place=PT), O("Đại học Hùng Vương")],
        [F("hơn 2.000 sinh viên", 2000, "sinh viên", "hơn")],
        [],
    ),
    # ------------------------------------------------------------------ models
    (
        "Xã Hạ Hòa nhân rộng mô hình “Nhà văn hóa xanh” tới 18 khu dân cư.",
        [],
        [L("Hạ Hòa", "xã", [PT])],
        [],
        [F("18 khu dân cư", 18, "khu dân cư")],
        [M("Nhà văn hóa xanh", "mô hình")],
    ),
    (
        "Hội Cựu chiến binh xã Yên Lập triển khai mô hình Cựu chiến binh giúp nhau giảm nghèo với 26 hộ tham gia.",
        [],
        [L("Yên Lập", "xã", [PT])],
        [O("Hội Cựu chiến binh xã Yên Lập", place="Yên Lập")],
        [F("26 hộ", 26, "hộ")],
        [M("Cựu chiến binh giúp nhau giảm nghèo", "mô hình")],
    ),
    (
        "Cuộc vận động “Nói không với rượu bia khi tham gia giao thông” được hơn 9.000 đoàn viên ký cam kết.",
        [],
        [],
        [],
        [F("hơn 9.000 đoàn viên", 9000, "đoàn viên", "hơn")],
        [M("Nói không với rượu bia khi tham gia giao thông", "cuộc vận động")],
    ),
    (
        "Chương trình Cặp lá yêu thương đã trao 150 triệu đồng cho 12 học sinh nghèo vượt khó.",
        [],
        [],
        [],
        [F("150 triệu đồng", 150000000, "đồng"), F("12 học sinh", 12, "học sinh")],
        [M("Cặp lá yêu thương", "chương trình")],
    ),
    (
        "Sở Nông nghiệp và Môi trường tham mưu Đề án “Chuyển đổi số nông nghiệp giai đoạn 2026 - 2030” với tổng vốn khoảng 70 tỷ đồng.",
        [],
        [],
        [O("Sở Nông nghiệp và Môi trường")],
        [F("khoảng 70 tỷ đồng", 70000000000, "đồng", "khoảng")],
        [M("Chuyển đổi số nông nghiệp giai đoạn 2026 - 2030", "đề án")],
    ),
    (
        "Xã Bằng Luân duy trì các mô hình “Tổ tự quản đường làng”, “Bữa sáng nghĩa tình” và “Hàng rào xanh”.",
        [],
        [L("Bằng Luân", "xã", [PT])],
        [],
        [],
        [
            M("Tổ tự quản đường làng", "mô hình"),
            M("Bữa sáng nghĩa tình", "mô hình"),
            M("Hàng rào xanh", "mô hình"),
        ],
    ),
    (
        "Mô hình trồng chè Shan tuyết ở xã Xuân Sơn cho thu nhập trên 150 triệu đồng/ha.",
        [],
        [L("Xuân Sơn", "xã", [PT])],
        [],
        [F("trên 150 triệu đồng/ha", 150000000, "đồng/ha", "trên")],
        [],
    ),
    (
        "Phong trào Toàn dân tham gia giữ gìn vệ sinh môi trường được phát động tại 25 thôn, khu dân cư.",
        [],
        [],
        [],
        [F("25 thôn", 25, "thôn")],
        [M("Toàn dân tham gia giữ gìn vệ sinh môi trường", "phong trào")],
    ),
    (
        'Chương trình "Tết ấm biên cương" trao 500 suất quà cho hộ nghèo ở xã Thu Cúc.',
        [],
        [L("Thu Cúc", "xã", [PT])],
        [],
        [F("500 suất quà", 500, "suất quà")],
        [M("Tết ấm biên cương", "chương trình")],
    ),
    (
        "Đoàn Thanh niên phường Phong Châu duy trì mô hình “Phiên chợ 0 đồng” mỗi tháng một lần, mỗi phiên phục vụ gần 300 người.",
        [],
        [L("Phong Châu", "phường", [PT])],
        [O("Đoàn Thanh niên phường Phong Châu", place="Phong Châu")],
        [F("gần 300 người", 300, "người", "gần")],
        [M("Phiên chợ 0 đồng", "mô hình")],
    ),
    (
        "Hội Người cao tuổi tỉnh phát động phong trào thi đua “Chung sức vì người cao tuổi”, bên cạnh phong trào văn nghệ quần chúng ở 6 câu lạc bộ.",
        [],
        [],
        [O("Hội Người cao tuổi tỉnh")],
        [F("6 câu lạc bộ", 6, "câu lạc bộ")],
        [M("Chung sức vì người cao tuổi", "phong trào")],
    ),
    (
        "Chương trình “Sóng và máy tính cho em” đã trao 1.200 máy tính bảng cho học sinh khó khăn.",
        [],
        [],
        [],
        [F("1.200 máy tính bảng", 1200, "máy tính bảng")],
        [M("Sóng và máy tính cho em", "chương trình")],
    ),
    (
        "Sau 3 năm thực hiện cuộc vận động “Ngày chủ nhật xanh”, xã Sơn Lương đã trồng được khoảng 15 ha cây phân tán.",
        [],
        [L("Sơn Lương", "xã", [PT])],
        [],
        [F("3 năm", 3, "năm"), F("khoảng 15 ha", 15, "ha", "khoảng")],
        [M("Ngày chủ nhật xanh", "cuộc vận động")],
    ),
    (
        "Mô hình “Camera giám sát vì bình yên thôn xóm” đã lắp 64 mắt camera tại xã Tứ Xã.",
        [],
        [L("Tứ Xã", "xã", [PT])],
        [],
        [F("64 mắt camera", 64, "mắt camera")],
        [M("Camera giám sát vì bình yên thôn xóm", "mô hình")],
    ),
    (
        "UBND tỉnh ban hành Đề án “Phát triển cây chè đến năm 2030”, phấn đấu đạt 18.000 ha chè chất lượng cao.",
        [],
        [],
        [O("UBND tỉnh", f"{UBND} tỉnh")],
        [F("đạt 18.000 ha", 18000, "ha", "đạt")],
        [M("Phát triển cây chè đến năm 2030", "đề án")],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL] + [
    ("written", WRITTEN, PT, *labels) for labels in WRITTEN_CASES
]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind9", CASES))


if __name__ == "__main__":
    main()

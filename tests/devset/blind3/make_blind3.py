"""Hand labels for the BLIND3 split, written before vnnews, `extractors` or underthesea ever ran on them.

A third held-out set, to measure whether the extractors generalise past the texts their authors saw.
Two sources, kept apart in each row's "source" so the bench can report them separately:
- "real": sentences and paragraphs copied from fixtures no other split uses: pages in
  tests/fixtures/pages (selectolax `node.text(deep=True)`, whitespace collapsed, NFC) and the item
  descriptions of the RSS feed tests/fixtures/feeds/vnexpress-2017-07-rss-tin-moi-nhat.xml (the text
  of each CDATA block, parsed the same way). A row's "page" is relative to tests/fixtures/pages, so
  the feed is "../feeds/...". A home-page teaser that runs headline, section name and summary together
  is cut to its summary, as blind/ and blind2/ did; a leading "(Dân trí) - " / "(BGĐT) - " / "(CT) - "
  tag is dropped, a "(Soha.vn) - " tag kept (as in blind2/). Chosen for figures and their negatives
  (dates, years, times, house numbers, road numbers, document numbers, seasons "2011/12", "24/7")
  and for people with roles, places and organisations.
- "written": sentences written for this set in the style of Báo Phú Thọ (commune and district
  officials, security movements, new-countryside programme, farming, budgets), mostly for model names
  (quoted with “ ” or " ", unquoted after a colon, capitalised and unquoted after the kind word, a later
  lower-case mention) and for figures (ranges, ratios, "3 và 5 xã", units of several words), with
  generic phrases that are not models.
No text here occurs in tests/devset/*.jsonl, tests/devset/blind/*.jsonl or tests/devset/blind2/*.jsonl
(checked by tests/test_blind3_devset.py). The author had not read the extractors' code (only
extractors/facts.py for field names) and ran no extractor on these texts. This script only turns the
compact notation below into tests/devset/blind3/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind3/make_blind3.py

Conventions: exactly those of tests/devset/blind/make_blind.py and tests/devset/blind2/make_blind2.py,
plus these decisions taken before any scoring:
- figures: the unit is the counted noun phrase up to the first adjective, preposition (về, của, tại,
  ở, trong, cho), verb or comma ("24/32 vụ vi phạm về đê điều" -> "vụ vi phạm"; "1.400 ca sốt xuất
  huyết" -> "ca sốt xuất huyết" as the dev set's "ca mắc sốt xuất huyết"; fixed compounds stay whole:
  "tổ liên gia tự quản", "con bò sinh sản", "căn nhà ở xã hội", "tài khoản định danh điện tử");
  "N năm tuổi" / "N tháng tuổi" keep "tuổi" in the unit; a unit left implicit is carried: "từ 48
  xuống 44 và tiến tới 40 giờ" gives "48" and "44" with unit "giờ", "3 và 5 xã" gives "3" with unit
  "xã", and a gold price "ở mức 4.445, tăng 2 USD/ounce" gives "4.445" with unit "USD/ounce" (as blind2
  implied "đồng" in "159 triệu/lượng"); "tiến tới" is a verb, not the qualifier "tới"; "ít nhất" is a
  qualifier like "tối đa"; "từ" before a bare range is outside the figure ("từ 150 - 200 ..." ->
  "150 - 200 ..."); "tới" after a verb of reaching ("triển khai tới 100% khu dân cư") is a preposition,
  not a qualifier; "ước đạt X" is labelled "đạt X"; "1.2L" (an engine size) is a figure (1.2 litres);
  "cấp 10" (wind force), "quý 1", "mức độ 2", "tiêu chí số 17", "Quân khu 9", "SEA Games 33", "U22",
  "24/24h", "24/7" and "2011/12" (a season) are not figures.
- places: a numbered unit ("phường 7", "quận 3", "phường 26") is a place named by its number, as in
  the dev set; a river ("sông Đồng Nai", "sông Lô"), a street named after a person or city ("đường
  Nguyễn Thị Định", "xa lộ Hà Nội") is neither a place nor a person; a country inside a quoted model
  name ("Người Việt Nam ưu tiên dùng hàng Việt Nam") is a place mention, like one inside an
  organisation name.
- organisations: a news agency is labelled by its name ("Hãng tin Reuters" -> "Reuters"); a bare
  "Chính phủ", "Huyện ủy", "UBND tỉnh", "Tỉnh đoàn" is an organisation (dev-set practice); a brand in a
  product name ("Suzuki Eeco", "Audi Q5", "vàng SJC") is not.
- models: a specific project named after "dự án" is a model even in lower case (as blind2's "dự án
  thoát lũ sông Phổ Lợi..."); projects only listed after "như" behind a generic phrase ("hàng loạt dự
  án quy mô lớn như ...") and economic activities listed after "như" ("trồng bưởi Diễn, nuôi gà đồi")
  are not; a title after "danh hiệu" is not (blind/); "chương trình hỗ trợ chuyển đổi số", "chương
  trình viện trợ của CIA", "phương án sản xuất vụ Đông", "tiêu chí số 17", "nông thôn mới kiểu mẫu" are
  not; "cuộc thi quý 1 Đường lên đỉnh Olympia" names the contest "Đường lên đỉnh Olympia".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import KINDS, F, L, M, O, P, write_kinds

HERE = Path(__file__).parent
FEED = "../feeds/vnexpress-2017-07-rss-tin-moi-nhat.xml"
ZN_HOME = "zingnews.vn/znews-2025-home.html"
ZN_KD = "zingnews.vn/znews-2025-kinh-doanh.html"
VTC = "vtcnews.vn/vtcnews-2025-home.html"
VTC_L = "vtcnews.vn/vtcnews-2025-latest.html"
VTC_A = "vtcnews.vn/vtcnews-2025-sample-article.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VE13 = "vnexpress.net/vnexpress-homepage-2013.html"
TT = "tuoitre.vn/tuoitre-2026-category-thoi-su.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
SOHA = "soha.vn/soha-homepage-2013.html"
TN = "thanhnien.vn/thanhnien-homepage-2013.html"
VNEC = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
BG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
CT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
CT_ART = "baocantho.com.vn/baocantho-2026-thanh-tra-kiem-tra.html"
NLD = "nld.com.vn/nld-2012-thieu-tien-hui.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
UBND = "Ủy ban nhân dân"

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [
    # ------------------------------------------------------------------ real: RSS item descriptions
    (
        "real",
        FEED,
        None,
        "Từ ngày 17-23/7, Hà Nội ghi nhận 1.400 ca sốt xuất huyết, hai người tử vong do kèm bệnh lý tiểu đường, tăng huyết áp.",
        [],
        [L("Hà Nội", "thành phố")],
        [],
        [F("1.400 ca sốt xuất huyết", 1400, "ca sốt xuất huyết")],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Phó đô đốc Ray Griggs, Phó tổng tư lệnh Lực lượng Quốc phòng Australia thăm chính thức Việt Nam ngày 26 - 30/7.",
        [
            P(
                "Ray Griggs",
                "Phó đô đốc",
                ["Phó tổng tư lệnh Lực lượng Quốc phòng Australia"],
                "Lực lượng Quốc phòng Australia",
            )
        ],
        [L("Australia", "country"), L(VN, "country")],
        [O("Lực lượng Quốc phòng Australia", place="Australia")],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Cặp đôi mới cưới người Anh bỏ ra 9.000 USD cho kỳ trăng mật dài 2 tuần ở Mỹ song bị giam ngay tại sân bay.",
        [],
        [L("Anh", "country"), L("Mỹ", "country")],
        [],
        [F("9.000 USD", 9000, "USD"), F("2 tuần", 2, "tuần")],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Showroom trưng bày các sản phẩm đá tự nhiên Granite và Marble tại số 323 Nam Kỳ Khởi Nghĩa, phường 7, quận 3, TP HCM.",
        [],
        [L("7", "phường", ["3", "HCM"]), L("3", "quận", ["HCM"]), L("HCM", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Bốn tháng sau khi UBND TP HCM phê duyệt thí điểm hai phố hàng rong, quận 1 đã chốt cuối tháng 8 sẽ chính thức khai trương.",
        [],
        [L("HCM", "thành phố"), L("1", "quận", ["HCM"])],
        [O("UBND TP HCM", f"{UBND} TP HCM", "HCM")],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Theo yêu cầu của AFC, LĐBD Trung Quốc ra lệnh cấm hoạt động với các CLB nợ lương, thưởng cầu thủ sau ngày 15/8.",
        [],
        [L("Trung Quốc", "country")],
        [O("AFC"), O("LĐBD Trung Quốc", "Liên đoàn bóng đá Trung Quốc", "Trung Quốc")],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Du khách được thưởng thức 5 món ăn do đầu bếp 2 sao Michelin chế biến và rượu vang từ gốc nho 100 năm tuổi ở du thuyền sang trọng.",
        [],
        [],
        [],
        [F("5 món ăn", 5, "món ăn"), F("2 sao", 2, "sao"), F("100 năm tuổi", 100, "năm tuổi")],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Bà Nguyễn Thị Thúy Hà - Phó chủ tịch UBND phường Văn Miếu (Hà Nội) bị tạm đình chỉ công tác.",
        [
            P(
                "Nguyễn Thị Thúy Hà",
                "Bà",
                ["Phó chủ tịch UBND phường Văn Miếu"],
                "UBND phường Văn Miếu",
            )
        ],
        [L("Văn Miếu", "phường", ["Hà Nội"]), L("Hà Nội", "thành phố")],
        [O("UBND phường Văn Miếu", f"{UBND} phường Văn Miếu", "Văn Miếu")],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Kyara, con cá voi non 3 tháng tuổi sinh ra tại Seaworld, Mỹ vừa qua đời vì vấn đề sức khỏe nghiêm trọng.",
        [],
        [L("Mỹ", "country")],
        [O("Seaworld")],
        [F("3 tháng tuổi", 3, "tháng tuổi")],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Một loạt nhân sự cấp cao của Sacombank chuyển sang từ Ngân hàng Phương Nam thôi giữ các chức vụ quan trọng tại nhà băng này.",
        [],
        [],
        [O("Sacombank"), O("Ngân hàng Phương Nam")],
        [],
        [],
    ),
    (
        "real",
        FEED,
        None,
        "Việc Tổng thống Mỹ dừng chương trình viện trợ của CIA có thể đẩy lực lượng nổi dậy ở Syria vào thế đường cùng.",
        [],
        [L("Mỹ", "country"), L("Syria", "country")],
        [O("CIA")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ real: fixture pages
    (
        "real",
        ZN_HOME,
        None,
        "Suzuki Eeco trang bị động cơ xăng 1.2L, tải trọng tối đa 595 kg cho phép xe hoạt động 24/7 trong khu vực nội đô.",
        [],
        [],
        [],
        [F("1.2L", "1.2", "L"), F("tối đa 595 kg", 595, "kg", "tối đa")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Nằm giữa phố đi bộ Nguyễn Huệ, nhà sách mở 24/24h đầu tiên tại TP.HCM kết hợp khu đọc sách, quầy cà phê và nhiều khu vực sản phẩm trưng bày theo mùa.",
        [],
        [L("TP.HCM", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        'Chiều 18/12, lễ ra mắt cuốn sách "Việt sử tân ước toàn biên" của học giả Hoàng Đạo Thành và cuốn sách "Bảo tồn và tu bổ di tích kiến trúc gỗ" của kiến trúc sư, TS Hoàng Đạo Cương đã diễn ra tại Hà Nội.',
        [
            P("Hoàng Đạo Thành", roles=["học giả"]),
            P("Hoàng Đạo Cương", "TS", ["kiến trúc sư"]),
        ],
        [L("Hà Nội", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Sau trận chung kết SEA Games 33 tối 18/12, CĐV Thái Lan liên tục chia sẻ đoạn clip Trần Trung Kiên đổi áo với thủ môn Sorawat Phosaman.",
        [P("Trần Trung Kiên"), P("Sorawat Phosaman", roles=["thủ môn"])],
        [L("Thái Lan", "country")],
        [],
        [],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Dự báo thời tiết 23/12, trời nắng vẫn là thời tiết chủ đạo ở miền Bắc, nhưng một số nơi xuất hiện mưa nhỏ rải rác lúc đêm và sáng, miền Nam ngày nắng 34°C.",
        [],
        [],
        [],
        [F("34°C", 34, "°C")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Ngày 22/12, Bệnh viện Đa khoa Bà Rịa đang tiếp nhận và điều trị cho nhiều trường hợp có biểu hiện đau bụng, tiêu chảy sau khi ăn bánh mì tại cùng một địa điểm.",
        [],
        [L("Bà Rịa", "thành phố", ["Bà Rịa - Vũng Tàu"])],
        [O("Bệnh viện Đa khoa Bà Rịa", place="Bà Rịa")],
        [],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        'Trong khi Tập đoàn Vingroup thể hiện tham vọng lớn với lĩnh vực sản xuất thép, "vua thép" Hòa Phát lại nuôi tham vọng ở mảng bất động sản với siêu dự án 855.000 tỷ đồng.',
        [],
        [],
        [O("Tập đoàn Vingroup"), O("Hòa Phát")],
        [F("855.000 tỷ đồng", 855000000000000, "đồng")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Từ một cơn sốt trên MXH, pickleball dần trở thành phong trào thể thao sôi nổi trên khắp cả nước trong gần 2 năm nay, được kỳ vọng tiếp tục kích cầu kinh tế quốc gia.",
        [],
        [],
        [],
        [F("gần 2 năm", 2, "năm", "gần")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "3 chuyến bay của Vietnam Airlines, Vietjet và Bamboo Airways lần lượt hạ cánh sân bay Long Thành sáng 19/12, mở ra giai đoạn mới trong tiến trình hiện đại hóa hạ tầng hàng không.",
        [],
        [L("Long Thành", "huyện", ["Đồng Nai"])],
        [O("Vietnam Airlines"), O("Vietjet"), O("Bamboo Airways")],
        [F("3 chuyến bay", 3, "chuyến bay")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "CEO TPBank tiết lộ thứ giúp ngân hàng xử lý 200 triệu giao dịch/tháng",
        [],
        [],
        [O("TPBank")],
        [F("200 triệu giao dịch/tháng", 200000000, "giao dịch/tháng")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Ngày 19/12 tại Hà Nội, Mộc Châu Creamery chính thức ra mắt, mở ra chương mới cho dòng sữa thượng hạng, kết tinh di sản gần bảy thập kỷ nghề sữa trên cao nguyên Mộc Châu.",
        [],
        [L("Hà Nội", "thành phố"), L("Mộc Châu", "huyện", ["Sơn La"], m=["Mộc Châu", "Mộc Châu"])],
        [O("Mộc Châu Creamery", place="Mộc Châu")],
        [],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Nhân dịp kỷ niệm 30 năm thành lập (1995-2025), Công ty Cổ phần Du lịch Vietravel ra mắt nhận diện thương hiệu mới cùng tuyên ngôn “Your journey - your value”.",
        [],
        [],
        [O("Công ty Cổ phần Du lịch Vietravel")],
        [F("30 năm", 30, "năm")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Vừa qua, dự án trục đại lộ cảnh quan sông Hồng chính thức khởi công, đánh dấu bước khởi động cho dự án hạ tầng - đô thị có ý nghĩa đặc biệt.",
        [],
        [],
        [],
        [],
        [M("trục đại lộ cảnh quan sông Hồng", "dự án")],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Thủ tướng ra chỉ đạo mới về dự án đường sắt tốc độ cao Bắc - Nam",
        [],
        [],
        [],
        [],
        [M("đường sắt tốc độ cao Bắc - Nam", "dự án")],
    ),
    (
        "real",
        VTC_L,
        None,
        "Sau thời gian dài bị chia cắt do sạt lở, đèo Khánh Lê (quốc lộ 27C) nối Nha Trang- Đà Lạt đã được thông tuyến trở lại có điều kiện từ ngày 24/12.",
        [],
        [
            L("Khánh Lê", "xã", ["Khánh Hòa"]),
            L("Nha Trang", "thành phố", ["Khánh Hòa"]),
            L("Đà Lạt", "thành phố", ["Lâm Đồng"]),
        ],
        [],
        [],
        [],
    ),
    (
        "real",
        VTC,
        None,
        "Sáng 24/12, giá vàng thế giới được niêm yết trên Kitco ở mức 4.445, tăng 2 USD/ounce so với đầu giờ sáng qua.",
        [],
        [],
        [O("Kitco")],
        [F("4.445", 4445, "USD/ounce"), F("2 USD/ounce", 2, "USD/ounce")],
        [],
    ),
    (
        "real",
        VTC_A,
        None,
        'Sau 8 tháng khởi công, dự án mở rộng đường Nguyễn Thị Định (phường Cát Lái, TP.HCM) được đẩy nhanh tiến độ, kỳ vọng "giải cứu" kẹt xe cửa ngõ phía Đông.',
        [],
        [L("Cát Lái", "phường", ["TP.HCM"]), L("TP.HCM", "thành phố")],
        [],
        [F("8 tháng", 8, "tháng")],
        [M("mở rộng đường Nguyễn Thị Định", "dự án")],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Chuyên gia kiến nghị nghiên cứu lộ trình giảm giờ làm việc khối doanh nghiệp từ 48 xuống 44 và tiến tới 40 giờ mỗi tuần, quy định rõ khi sửa luật lao động.",
        [],
        [],
        [],
        [F("48", 48, "giờ"), F("44", 44, "giờ"), F("40 giờ", 40, "giờ")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Quảng Ngãi Bốn tàu cá neo tại bến sông bất ngờ bốc cháy trong đêm, bị thiêu rụi, thiệt hại nhiều tỷ đồng, sáng 15/1.",
        [],
        [L("Quảng Ngãi", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "TP HCM 4 ôtô va chạm nhau liên hoàn trong hầm vượt sông Sài Gòn (hầm Thủ Thiêm) gây ùn tắc kéo dài gần một km về phía đại lộ Võ Văn Kiệt, tối 15/1.",
        [],
        [L("HCM", "thành phố"), L("Thủ Thiêm", "phường", ["HCM"])],
        [],
        [F("4 ôtô", 4, "ôtô")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "GS Nguyễn Xuân Thắng đánh giá dự thảo Văn kiện Đại hội XIV phát đi thông điệp mạnh, thể hiện tinh thần hành động cao với các đột phá rõ ràng, nổi bật là xác lập mô hình tăng trưởng mới.",
        [P("Nguyễn Xuân Thắng", "GS")],
        [],
        [],
        [],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Năm 2025, ngành đường sắt khởi động hàng loạt dự án quy mô lớn như đường sắt tốc độ cao Bắc Nam, tuyến Lào Cai - Hà Nội - Hải Phòng và các tuyến metro.",
        [],
        [L("Lào Cai", "tỉnh"), L("Hà Nội", "thành phố"), L("Hải Phòng", "thành phố")],
        [],
        [],
        [],
    ),
    (
        "real",
        TT,
        None,
        "Chiều 15-1, Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc đã chủ trì hội nghị Ban Thường vụ Thành ủy Hà Nội làm việc với các tỉnh, thành vùng thủ đô về quy hoạch tổng thể Hà Nội tầm nhìn 100 năm.",
        [P("Nguyễn Duy Ngọc", roles=["Bí thư Thành ủy Hà Nội"], org="Thành ủy Hà Nội")],
        [L("Hà Nội", "thành phố", m=["Hà Nội", "Hà Nội", "Hà Nội"])],
        [
            O("Thành ủy Hà Nội", place="Hà Nội"),
            O("Ban Thường vụ Thành ủy Hà Nội", place="Hà Nội"),
        ],
        [F("100 năm", 100, "năm")],
        [],
    ),
    (
        "real",
        TT,
        None,
        "Công an TP.HCM: Năm 2025 có 157 vụ cháy nhà ở riêng lẻ, 15 người tử vong",
        [],
        [L("TP.HCM", "thành phố")],
        [O("Công an TP.HCM", place="TP.HCM")],
        [F("157 vụ cháy nhà ở", 157, "vụ cháy nhà ở"), F("15 người", 15, "người")],
        [],
    ),
    (
        "real",
        TT,
        None,
        "Năm 2025: Cả nước đã hoàn thành hơn 102.000 căn nhà ở xã hội, vượt chỉ tiêu đề ra",
        [],
        [],
        [],
        [F("hơn 102.000 căn nhà ở xã hội", 102000, "căn nhà ở xã hội", "hơn")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Giá vàng thế giới bước vào chu kỳ tăng mới đã kéo giá vàng SJC lên sát mốc 56 triệu đồng/lượng vào phiên giao dịch hôm nay, 21/12.",
        [],
        [],
        [],
        [F("56 triệu đồng/lượng", 56000000, "đồng/lượng")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Những nhà thiên văn học vừa tuyên bố phát hiện ra một sợi khí khổng lồ giữa các thiên hà có chiều dài ít nhất 50 triệu năm ánh sáng - dài nhất từng được tìm thấy.",
        [],
        [],
        [],
        [F("ít nhất 50 triệu năm ánh sáng", 50000000, "năm ánh sáng", "ít nhất")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        'Cơ quan Cảnh sát điều tra (PC03), Công an TP Hà Nội vừa lập chuyên án đấu tranh và đã khởi tố vụ án "Vận chuyển trái phép tiền tệ qua biên giới", khởi tố 10 bị can.',
        [],
        [L("Hà Nội", "thành phố")],
        [O("Cơ quan Cảnh sát điều tra"), O("Công an TP Hà Nội", place="Hà Nội")],
        [F("10 bị can", 10, "bị can")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Chiều ngày 21/12, tại xã Mỹ Tân (Ngọc Lặc, Thanh Hóa), Chi bộ Các vấn đề xã hội (Đảng bộ cơ quan Văn phòng Quốc hội) và Đảng bộ xã Mỹ Tân (Đảng bộ huyện Ngọc Lặc) đã tổ chức Lễ kết nghĩa.",
        [],
        [
            L("Mỹ Tân", "xã", ["Ngọc Lặc", "Thanh Hóa"], m=["Mỹ Tân", "Mỹ Tân"]),
            L("Ngọc Lặc", "huyện", ["Thanh Hóa"], m=["Ngọc Lặc", "Ngọc Lặc"]),
            L("Thanh Hóa", "tỉnh"),
        ],
        [
            O("Chi bộ Các vấn đề xã hội"),
            O("Đảng bộ cơ quan Văn phòng Quốc hội"),
            O("Đảng bộ xã Mỹ Tân", place="Mỹ Tân"),
            O("Đảng bộ huyện Ngọc Lặc", place="Ngọc Lặc"),
        ],
        [],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Năm 2021, trường ĐH Bách khoa Hà Nội dự kiến xét tuyển theo 3 phương thức. Mỗi phương thức xét tuyển đều có điều kiện đăng ký riêng và chỉ tiêu phân bổ hợp lý.",
        [],
        [L("Hà Nội", "thành phố")],
        [O("trường ĐH Bách khoa Hà Nội", "trường Đại học Bách khoa Hà Nội", "Hà Nội")],
        [F("3 phương thức", 3, "phương thức")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        'Vào chơi cuộc thi quý 1 Đường lên đỉnh Olympia với tấm vé "vớt" là người có điểm thi tháng về nhì cao nhất, Nguyễn Hoàng Khánh (Quảng Ninh) đã chiến thắng thuyết phục, giành vé vào chơi chung kết năm.',
        [P("Nguyễn Hoàng Khánh")],
        [L("Quảng Ninh", "tỉnh")],
        [],
        [],
        [M("Đường lên đỉnh Olympia", "cuộc thi")],
    ),
    (
        "real",
        DT20,
        None,
        "Trước ngày di chuyển xuống Quảng Ninh để chuẩn bị cho trận giao hữu diễn ra trên sân Cẩm Phả, HLV Park Hang Seo đã trực tiếp chỉ đạo cùng lúc U22 và đội tuyển Việt Nam tập luyện.",
        [P("Park Hang Seo", roles=["HLV"])],
        [L("Quảng Ninh", "tỉnh"), L("Cẩm Phả", "thành phố", ["Quảng Ninh"]), L(VN, "country")],
        [],
        [],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Theo một cuộc khảo sát của Sky News, hơn 70% hiệu trưởng sẽ sẵn sàng đóng cửa trường học nếu nghĩ rằng việc này mang lại lợi ích tốt nhất cho nhân viên và HS của mình.",
        [],
        [],
        [O("Sky News")],
        [F("hơn 70%", 70, "%", "hơn")],
        [],
    ),
    (
        "real",
        DT17,
        None,
        "Có cùng hệ thống khung gầm và động cơ nhưng sẽ có tới ba phiên bản khác nhau của mẫu Audi Q5 thế hệ mới tại Việt Nam, bao gồm phiên bản tiêu chuẩn và hai phiên bản cao cấp Thể thao và Thiết kế, với giá bán 2 - 2,5 tỉ đồng.",
        [],
        [L(VN, "country")],
        [],
        [F("2 - 2,5 tỉ đồng", 2000000000, "đồng", value_max=2500000000)],
        [],
    ),
    (
        "real",
        DT17,
        None,
        "Trong lịch sử nhiều thế kỉ, năm học 2017 là năm thứ 2 liên tiếp số học sinh trúng tuyển ngôi lừng danh thế giới – ĐH Harvard, phần lớn không phải là người da trắng mà là người da màu và nhóm dân tộc thiểu số (chiếm 50,8%), năm ngoái tỉ lệ này cũng khá cao 47,3%.",
        [],
        [],
        [O("ĐH Harvard", "Đại học Harvard")],
        [F("50,8%", "50.8", "%"), F("47,3%", "47.3", "%")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn) - LĐBĐ thế giới chẳng coi kỷ lục đoạt 100 điểm và ghi 121 bàn thắng của Real Madrid ở mùa giải 2011/12 ra gì.",
        [],
        [],
        [
            O("Soha.vn"),
            O("LĐBĐ thế giới", "Liên đoàn bóng đá thế giới"),
            O("Real Madrid"),
        ],
        [F("100 điểm", 100, "điểm"), F("121 bàn thắng", 121, "bàn thắng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn) - Vụ tai nạn trên xảy ra lúc 19 giờ 30 phút đêm qua (26/12), trên quốc lộ 13 đoạn gần số nhà 223, phường 26, quận Bình Thạnh.",
        [],
        [
            L("26", "phường", ["Bình Thạnh", "HCM"], m=["26#2"]),
            L("Bình Thạnh", "quận", ["HCM"]),
        ],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "Trưa ngày 26/12, kết quả bỏ phiếu bầu bổ sung thành viên HĐQT ngân hàng TMCP Á Châu (ACB) đã được công bố.",
        [],
        [],
        [O("ngân hàng TMCP Á Châu", "ngân hàng Thương mại cổ phần Á Châu")],
        [],
        [],
    ),
    (
        "real",
        TN,
        None,
        "Bộ GD-ĐT quy định giờ dạy của giáo viên mầm non 6 giờ/ngày nhưng trong thực tế họ đã phải luôn chân luôn tay ròng rã gần 12 tiếng đồng hồ mỗi ngày để chăm sóc và nuôi dạy trẻ.",
        [],
        [],
        [O("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo")],
        [
            F("6 giờ/ngày", 6, "giờ/ngày"),
            F("gần 12 tiếng đồng hồ", 12, "tiếng đồng hồ", "gần"),
        ],
        [],
    ),
    (
        "real",
        VE13,
        None,
        "Bà Trần Thị Thúy Nga, Vụ trưởng Vụ Bảo hiểm Xã hội (Bộ Lao động, Thương binh và Xã hội) cho biết, lao động nữ nghỉ sinh từ tháng 1/2013 sẽ được nghỉ thêm 2 tháng. Một số doanh nghiệp cũng đã công bố chế độ đãi ngộ với người đi làm trước hạn.",
        [
            P(
                "Trần Thị Thúy Nga",
                "Bà",
                ["Vụ trưởng Vụ Bảo hiểm Xã hội"],
                "Vụ Bảo hiểm Xã hội",
            )
        ],
        [],
        [O("Vụ Bảo hiểm Xã hội"), O("Bộ Lao động, Thương binh và Xã hội")],
        [F("2 tháng", 2, "tháng")],
        [],
    ),
    (
        "real",
        VNEC,
        None,
        "“Những dự báo giá dầu lên 100 USD/thùng đang ngày càng phổ biến”, chuyên gia Tamas Varga thuộc PVM Oil nhấn mạnh.",
        [P("Tamas Varga", roles=["chuyên gia"], org="PVM Oil")],
        [],
        [O("PVM Oil")],
        [F("100 USD/thùng", 100, "USD/thùng")],
        [],
    ),
    (
        "real",
        CAFEBIZ,
        None,
        'Phạm Kim Long - cha đẻ "phần mềm quốc dân Việt Nam" Unikey - đã rời công ty anh gắn bó 8 năm để đầu quân cho MoMo – nơi anh nhận định "có những thách thức mới thiết thực hơn".',
        [P("Phạm Kim Long")],
        [L(VN, "country")],
        [O("MoMo")],
        [F("8 năm", 8, "năm")],
        [],
    ),
    (
        "real",
        CAFEBIZ,
        None,
        "Xpeng có tốc độ sản xuất xe điện nhanh gấp đôi Tesla và từng khiến Tesla phải tức tốc xây nhà máy ở Trung Quốc để tăng tính cạnh tranh.",
        [],
        [L("Trung Quốc", "country")],
        [O("Xpeng"), O("Tesla", m=["Tesla", "Tesla"])],
        [],
        [],
    ),
    (
        "real",
        CAFEBIZ,
        None,
        "Bí mật về công ty Trung Quốc chưa tạo ra nổi 1 chiếc xe điện đã trị giá gần 4 tỷ USD, 'đạo nhái' trắng trợn khiến Tesla cũng lo sợ",
        [],
        [L("Trung Quốc", "country")],
        [O("Tesla")],
        [F("1 chiếc xe điện", 1, "chiếc xe điện"), F("gần 4 tỷ USD", 4000000000, "USD", "gần")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Thông tin từ cơ quan chuyên môn tỉnh Bắc Giang, đến ngày 14/8, các địa phương có đê đã xử lý xong 24/32 vụ vi phạm về đê điều theo chỉ đạo của Chủ tịch UBND tỉnh.",
        [],
        [L("Bắc Giang", "tỉnh")],
        [O("UBND tỉnh", f"{UBND} tỉnh")],
        [F("24/32 vụ vi phạm", 24, "vụ vi phạm", of=32)],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Ngày 12/8, đồng chí Thạch Văn Chung, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Yên Dũng (Bắc Giang) chủ trì đối thoại với cán bộ quản lý ngành Giáo dục trên địa bàn huyện.",
        [
            P(
                "Thạch Văn Chung",
                "Đồng chí",
                ["Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Yên Dũng"],
                "HĐND huyện Yên Dũng",
            )
        ],
        [L("Yên Dũng", "huyện", ["Bắc Giang"]), L("Bắc Giang", "tỉnh")],
        [
            O("Huyện ủy"),
            O("HĐND huyện Yên Dũng", "Hội đồng nhân dân huyện Yên Dũng", "Yên Dũng"),
        ],
        [],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Công an huyện Việt Yên (Bắc Giang) vừa vận động đầu thú 1 đối tượng truy nã.",
        [],
        [L("Việt Yên", "huyện", ["Bắc Giang"]), L("Bắc Giang", "tỉnh")],
        [O("Công an huyện Việt Yên", place="Việt Yên")],
        [F("1 đối tượng truy nã", 1, "đối tượng truy nã")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Hãng tin Reuters dẫn 2 nguồn tin an ninh Ai Cập cho biết, ngày 14/8, ít nhất 40 người đã thiệt mạng và 45 người khác bị thương trong đám cháy bùng phát bên trong một nhà thờ tại thành phố Giza.",
        [],
        [L("Ai Cập", "country"), L("Giza", "thành phố", ["Ai Cập"])],
        [O("Reuters")],
        [
            F("2 nguồn tin", 2, "nguồn tin"),
            F("ít nhất 40 người", 40, "người", "ít nhất"),
            F("45 người", 45, "người"),
        ],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Nạn nhân là Nguyen Van Uoc, 31 tuổi, được nhận dạng bằng phương pháp phân tích vân tay. Hiện cảnh sát đang chờ kết quả xét nghiệm ADN của nạn nhân.",
        [P("Nguyen Van Uoc")],
        [],
        [],
        [F("31 tuổi", 31, "tuổi")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Năm 2030, Bắc Giang có 24 cảng thủy nội địa và 4 vị trí phát triển cảng cạn (ICD)",
        [],
        [L("Bắc Giang", "tỉnh")],
        [],
        [F("24 cảng thủy nội địa", 24, "cảng thủy nội địa"), F("4 vị trí", 4, "vị trí")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Ngày 14/8, đồng chí Mai Sơn, Phó Chủ tịch Thường trực UBND tỉnh ký công văn hỏa tốc số 3936/UBND-KGVX chỉ đạo hoàn thành mục tiêu theo Quyết định số 08/2022/QĐ-TTg (gọi tắt là Quyết định 08) ngày 28/3/2022 của Thủ tướng Chính phủ về việc thực hiện chính sách hỗ trợ tiền thuê nhà cho người lao động (NLĐ).",
        [
            P(
                "Mai Sơn",
                "Đồng chí",
                ["Phó Chủ tịch Thường trực UBND tỉnh"],
                "UBND tỉnh",
            )
        ],
        [],
        [O("UBND tỉnh", f"{UBND} tỉnh"), O("Chính phủ")],
        [],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Sáng 13/8, Ngân hàng Nông nghiệp &Phát triển nông thôn Chi nhánh Bắc Giang II (Agribank Chi nhánh Bắc Giang II) long trọng tổ chức Lễ kỷ niệm 5 năm ngày thành lập 15/8 (2017-2022).",
        [],
        [L("Bắc Giang", "tỉnh", m=["Bắc Giang", "Bắc Giang"])],
        [O("Ngân hàng Nông nghiệp &Phát triển nông thôn Chi nhánh Bắc Giang II", place="Bắc Giang")],
        [F("5 năm", 5, "năm")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Sáng 12/8, tại hồ Đầm Sen, đường Nhật Đức, phường Trần Phú, TP Bắc Giang (Bắc Giang) xảy ra vụ đuối nước làm một người tử vong.",
        [],
        [
            L("Trần Phú", "phường", ["Bắc Giang", "Bắc Giang"]),
            L("Bắc Giang", "thành phố", ["Bắc Giang"]),
            L("Bắc Giang", "tỉnh"),
        ],
        [],
        [],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Lionel Messi lần đầu tiên không có tên trong danh sách đề cử Quả bóng Vàng (QBV) sau 15 năm, trong khi C.Ronaldo tiếp tục có năm thứ 18 liên tiếp góp mặt tranh đua danh hiệu cao quý này.",
        [P("Lionel Messi"), P("C.Ronaldo")],
        [],
        [],
        [F("15 năm", 15, "năm")],
        [],
    ),
    (
        "real",
        CT_CAT,
        "Cần Thơ",
        "Sáng 6-1, UBND phường Cái Răng tổ chức hội nghị giao chỉ tiêu kinh tế - xã hội năm 2026 cho các cơ quan, đơn vị.",
        [],
        [L("Cái Răng", "phường", ["Cần Thơ"])],
        [O("UBND phường Cái Răng", f"{UBND} phường Cái Răng", "Cái Răng")],
        [],
        [],
    ),
    (
        "real",
        CT_CAT,
        "Cần Thơ",
        "Nhân dịp Năm Mới 2026, Thủ tướng Chính phủ Phạm Minh Chính đã trả lời phỏng vấn TTXVN về kết quả phát triển kinh tế-xã hội năm 2025, nhiệm kỳ 2021-2025 và nhiệm vụ năm 2026.",
        [P("Phạm Minh Chính", roles=["Thủ tướng Chính phủ"], org="Chính phủ")],
        [],
        [O("Chính phủ"), O("TTXVN", "Thông tấn xã Việt Nam")],
        [],
        [],
    ),
    (
        "real",
        CT_ART,
        "Cần Thơ",
        "Cần Thơ đón khoảng 370.000 lượt khách tham quan trong dịp nghỉ Tết Dương lịch 2026",
        [],
        [L("Cần Thơ", "thành phố")],
        [],
        [F("khoảng 370.000 lượt khách", 370000, "lượt khách", "khoảng")],
        [],
    ),
    (
        "real",
        CT_ART,
        "Cần Thơ",
        "Trung tâm Phục vụ hành chính công TP Cần Thơ dừng hoạt động 2 điểm tiếp nhận hồ sơ và trả kết quả",
        [],
        [L("Cần Thơ", "thành phố")],
        [O("Trung tâm Phục vụ hành chính công TP Cần Thơ", place="Cần Thơ")],
        [F("2 điểm", 2, "điểm")],
        [],
    ),
    (
        "real",
        NLD,
        None,
        "Ông Huỳnh Công Việt (SN 1955, sống chung với bà Hương) nhìn thấy liền lượm cục gạch chọi về phía Trung. Hoảng sợ, chị Hương bỏ chạy vào nhà.",
        [P("Huỳnh Công Việt", "Ông"), P("Hương", "Bà", m=["Hương", "Hương"]), P("Trung")],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ written for this set
    (
        "written",
        WRITTEN,
        PT,
        "Ông Nguyễn Văn Tâm - Chủ tịch UBND xã Sơn Vi cho biết: năm 2025, xã đã huy động trên 4,2 tỷ đồng xây dựng nông thôn mới, trong đó Nhân dân đóng góp gần 1,5 tỷ đồng và hiến hơn 3.200 m² đất.",
        [P("Nguyễn Văn Tâm", "Ông", ["Chủ tịch UBND xã Sơn Vi"], "UBND xã Sơn Vi")],
        [L("Sơn Vi", "xã", [PT])],
        [O("UBND xã Sơn Vi", f"{UBND} xã Sơn Vi", "Sơn Vi")],
        [
            F("trên 4,2 tỷ đồng", 4200000000, "đồng", "trên"),
            F("gần 1,5 tỷ đồng", 1500000000, "đồng", "gần"),
            F("hơn 3.200 m²", 3200, "m²", "hơn"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Thượng tá Đỗ Mạnh Hùng, Trưởng Công an huyện Thanh Ba cho biết, toàn huyện đã xây dựng 97/285 khu dân cư đạt tiêu chí “Khu dân cư an toàn về an ninh, trật tự”, duy trì 312 tổ liên gia tự quản và 28 mô hình tự quản về an ninh, trật tự.",
        [
            P(
                "Đỗ Mạnh Hùng",
                "Thượng tá",
                ["Trưởng Công an huyện Thanh Ba"],
                "Công an huyện Thanh Ba",
            )
        ],
        [L("Thanh Ba", "huyện", [PT])],
        [O("Công an huyện Thanh Ba", place="Thanh Ba")],
        [
            F("97/285 khu dân cư", 97, "khu dân cư", of=285),
            F("312 tổ liên gia tự quản", 312, "tổ liên gia tự quản"),
            F("28 mô hình tự quản", 28, "mô hình tự quản"),
        ],
        [M("Khu dân cư an toàn về an ninh, trật tự", "tiêu chí")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Xã Hiền Lương duy trì hiệu quả các mô hình: Chốt đảm bảo ANTT, tiếng kẻng an ninh, Camera giám sát an ninh, góp phần kéo giảm 35% số vụ phạm pháp hình sự so với cùng kỳ năm 2024.",
        [],
        [L("Hiền Lương", "xã", [PT])],
        [],
        [F("35%", 35, "%")],
        [
            M("Chốt đảm bảo ANTT", "mô hình"),
            M("tiếng kẻng an ninh", "mô hình"),
            M("Camera giám sát an ninh", "mô hình"),
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Đồng chí Hà Thị Thu Hương, Phó Bí thư Huyện ủy Tân Sơn, phát biểu tại hội nghị tổng kết 5 năm thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” giai đoạn 2020 - 2025.",
        [
            P(
                "Hà Thị Thu Hương",
                "Đồng chí",
                ["Phó Bí thư Huyện ủy Tân Sơn"],
                "Huyện ủy Tân Sơn",
            )
        ],
        [L("Tân Sơn", "huyện", [PT])],
        [O("Huyện ủy Tân Sơn", place="Tân Sơn")],
        [F("5 năm", 5, "năm")],
        [M("Toàn dân bảo vệ an ninh Tổ quốc", "phong trào")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Từ nguồn vốn hỗ trợ phát triển sản xuất, huyện Yên Lập đã hỗ trợ 1.250 con bò sinh sản cho 625 hộ nghèo, mỗi hộ 2 con, với tổng kinh phí 18,75 tỷ đồng.",
        [],
        [L("Yên Lập", "huyện", [PT])],
        [],
        [
            F("1.250 con bò sinh sản", 1250, "con bò sinh sản"),
            F("625 hộ nghèo", 625, "hộ nghèo"),
            F("2 con", 2, "con"),
            F("18,75 tỷ đồng", 18750000000, "đồng"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Sau 3 - 5 ngày gieo, mạ bén rễ, bà con cần bón thúc 8 - 10 kg/sào đạm urê và phun phòng trừ sâu cuốn lá khi mật độ trên 50 con/m².",
        [],
        [],
        [],
        [
            F("3 - 5 ngày", 3, "ngày", value_max=5),
            F("8 - 10 kg/sào", 8, "kg/sào", value_max=10),
            F("trên 50 con/m²", 50, "con/m²", "trên"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Huyện Phù Ninh có 3 và 5 xã lần lượt đạt chuẩn nông thôn mới kiểu mẫu và nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 62,5 triệu đồng/người/năm.",
        [],
        [L("Phù Ninh", "huyện", [PT])],
        [],
        [
            F("3", 3, "xã"),
            F("5 xã", 5, "xã"),
            F("đạt 62,5 triệu đồng/người/năm", 62500000, "đồng/người/năm", "đạt"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Hội Nông dân tỉnh phát động cuộc thi “Nhà nông sáng tạo” lần thứ 3 năm 2025, thu hút 146 tác phẩm, giải pháp tham gia; tổng giá trị giải thưởng hơn 120 triệu đồng.",
        [],
        [],
        [O("Hội Nông dân tỉnh")],
        [
            F("146 tác phẩm", 146, "tác phẩm"),
            F("hơn 120 triệu đồng", 120000000, "đồng", "hơn"),
        ],
        [M("Nhà nông sáng tạo", "cuộc thi")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Bà Nguyễn Thị Minh Nguyệt - Phó Giám đốc Sở Nông nghiệp và Môi trường cho biết, đề án “Phát triển vùng chè nguyên liệu chất lượng cao” đã hình thành 1.200 ha chè giống mới, năng suất bình quân đạt 12,5 tấn/ha.",
        [
            P(
                "Nguyễn Thị Minh Nguyệt",
                "Bà",
                ["Phó Giám đốc Sở Nông nghiệp và Môi trường"],
                "Sở Nông nghiệp và Môi trường",
            )
        ],
        [],
        [O("Sở Nông nghiệp và Môi trường")],
        [F("1.200 ha", 1200, "ha"), F("đạt 12,5 tấn/ha", "12.5", "tấn/ha", "đạt")],
        [M("Phát triển vùng chè nguyên liệu chất lượng cao", "đề án")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Thực hiện Chương trình hành động số 25-CTr/TU của Ban Thường vụ Tỉnh ủy, các địa phương đã rà soát phương án sản xuất vụ Đông, dự kiến gieo trồng khoảng 9.500 ha, trong đó cây ngô chiếm 42%.",
        [],
        [],
        [O("Ban Thường vụ Tỉnh ủy")],
        [F("khoảng 9.500 ha", 9500, "ha", "khoảng"), F("42%", 42, "%")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Thiếu tướng Nguyễn Minh Tuấn, Giám đốc Công an tỉnh Phú Thọ đã trao 15 bằng khen và 32 giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Vì an ninh Tổ quốc”.",
        [
            P(
                "Nguyễn Minh Tuấn",
                "Thiếu tướng",
                ["Giám đốc Công an tỉnh Phú Thọ"],
                "Công an tỉnh Phú Thọ",
            )
        ],
        [L(PT, "tỉnh")],
        [O("Công an tỉnh Phú Thọ", place=PT)],
        [F("15 bằng khen", 15, "bằng khen"), F("32 giấy khen", 32, "giấy khen")],
        [M("Vì an ninh Tổ quốc", "phong trào thi đua")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tiếp tục được Ủy ban MTTQ Việt Nam huyện Cẩm Khê triển khai sâu rộng tới 100% khu dân cư.",
        [],
        [L(VN, "country", m=[VN, VN, VN]), L("Cẩm Khê", "huyện", [PT])],
        [
            O(
                "Ủy ban MTTQ Việt Nam huyện Cẩm Khê",
                "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cẩm Khê",
                "Cẩm Khê",
            )
        ],
        [F("100%", 100, "%")],
        [M("Người Việt Nam ưu tiên dùng hàng Việt Nam", "cuộc vận động")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Huyện Lâm Thao phấn đấu đến hết năm 2026 có 100% xã đạt tiêu chí số 17 về môi trường; hiện đã có 9/12 xã, thị trấn đạt, tăng 2 xã so với năm 2024.",
        [],
        [L("Lâm Thao", "huyện", [PT])],
        [],
        [F("100%", 100, "%"), F("9/12 xã", 9, "xã", of=12), F("2 xã", 2, "xã")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới ở xã Văn Lương đã vận động Nhân dân hiến gần 2.000 m² đất, đóng góp hơn 5.000 ngày công để mở rộng 4,5 km đường trục thôn.",
        [],
        [L("Văn Lương", "xã", [PT])],
        [],
        [
            F("gần 2.000 m²", 2000, "m²", "gần"),
            F("hơn 5.000 ngày công", 5000, "ngày công", "hơn"),
            F("4,5 km", "4.5", "km"),
        ],
        [M("Dân vận khéo", "mô hình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Năm nay, Đoàn Thanh niên xã Tu Vũ triển khai mô hình Thắp sáng đường quê tại 6 thôn, lắp đặt 240 bóng đèn chiếu sáng với kinh phí khoảng 96 triệu đồng.",
        [],
        [L("Tu Vũ", "xã", [PT])],
        [O("Đoàn Thanh niên xã Tu Vũ", place="Tu Vũ")],
        [
            F("6 thôn", 6, "thôn"),
            F("240 bóng đèn", 240, "bóng đèn"),
            F("khoảng 96 triệu đồng", 96000000, "đồng", "khoảng"),
        ],
        [M("Thắp sáng đường quê", "mô hình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Công an xã Phú Mỹ đã tiếp nhận, giải quyết 1.836 hồ sơ cư trú, kích hoạt 4.520 tài khoản định danh điện tử mức độ 2, đạt 96,3% kế hoạch.",
        [],
        [L("Phú Mỹ", "xã", [PT])],
        [O("Công an xã Phú Mỹ", place="Phú Mỹ")],
        [
            F("1.836 hồ sơ cư trú", 1836, "hồ sơ cư trú"),
            F("4.520 tài khoản định danh điện tử", 4520, "tài khoản định danh điện tử"),
            F("đạt 96,3%", "96.3", "%", "đạt"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Đồng chí Bùi Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành phương án “Xây dựng nhà ở cho hộ nghèo” trước ngày 30/6, bảo đảm 1.632 căn nhà được khởi công.",
        [
            P(
                "Bùi Văn Quang",
                "Đồng chí",
                ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh"],
                "UBND tỉnh",
            )
        ],
        [],
        [O("Ban Thường vụ Tỉnh ủy"), O("UBND tỉnh", f"{UBND} tỉnh")],
        [F("1.632 căn nhà", 1632, "căn nhà")],
        [M("Xây dựng nhà ở cho hộ nghèo", "phương án")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Tại hội nghị, ông Trần Quốc Việt, Trưởng phòng Kinh tế huyện Hạ Hòa, cho biết chương trình hỗ trợ chuyển đổi số năm 2025 đã cấp 3.400 tài khoản thương mại điện tử cho các hộ sản xuất; ông Việt đề nghị tiếp tục duy trì chương trình này.",
        [
            P(
                "Trần Quốc Việt",
                "Ông",
                ["Trưởng phòng Kinh tế huyện Hạ Hòa"],
                "phòng Kinh tế huyện Hạ Hòa",
                m=["Trần Quốc Việt", "Việt"],
            )
        ],
        [L("Hạ Hòa", "huyện", [PT])],
        [O("phòng Kinh tế huyện Hạ Hòa", place="Hạ Hòa")],
        [F("3.400 tài khoản thương mại điện tử", 3400, "tài khoản thương mại điện tử")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Giá lợn hơi tại các xã vùng cao dao động 62.000 - 65.000 đồng/kg, tăng khoảng 3.000 đồng/kg so với tuần trước; giá gà đồi ở mức 85.000 đồng/kg.",
        [],
        [],
        [],
        [
            F("62.000 - 65.000 đồng/kg", 62000, "đồng/kg", value_max=65000),
            F("khoảng 3.000 đồng/kg", 3000, "đồng/kg", "khoảng"),
            F("85.000 đồng/kg", 85000, "đồng/kg"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Hội Liên hiệp Phụ nữ tỉnh có 12 chi hội đạt danh hiệu “Chi hội phụ nữ 5 không, 3 sạch”; phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” thu hút hơn 180.000 hội viên tham gia.",
        [],
        [],
        [O("Hội Liên hiệp Phụ nữ tỉnh")],
        [F("12 chi hội", 12, "chi hội"), F("hơn 180.000 hội viên", 180000, "hội viên", "hơn")],
        [
            M(
                "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
                "phong trào",
            )
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Ông Lê Văn Bình, Trưởng khu Đồng Lạc, xã Vĩnh Chân cho biết: khu có 186 hộ với 712 nhân khẩu, tỷ lệ hộ nghèo giảm còn 1,6%.",
        [P("Lê Văn Bình", "Ông", ["Trưởng khu Đồng Lạc"])],
        [L("Đồng Lạc", "khu", ["Vĩnh Chân", PT]), L("Vĩnh Chân", "xã", [PT])],
        [],
        [F("186 hộ", 186, "hộ"), F("712 nhân khẩu", 712, "nhân khẩu"), F("1,6%", "1.6", "%")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Trung tá Phạm Đức Long, Phó Trưởng Công an huyện Thanh Thủy, cho biết từ đầu năm đến nay, lực lượng chức năng đã phát hiện, xử lý 47 vụ, 83 đối tượng vi phạm pháp luật về ma túy, thu giữ 2,35 kg ma túy tổng hợp; đường dây nóng 0210.3852.114 luôn sẵn sàng tiếp nhận tin báo.",
        [
            P(
                "Phạm Đức Long",
                "Trung tá",
                ["Phó Trưởng Công an huyện Thanh Thủy"],
                "Công an huyện Thanh Thủy",
            )
        ],
        [L("Thanh Thủy", "huyện", [PT])],
        [O("Công an huyện Thanh Thủy", place="Thanh Thủy")],
        [F("47 vụ", 47, "vụ"), F("83 đối tượng", 83, "đối tượng"), F("2,35 kg", "2.35", "kg")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Hưởng ứng cuộc thi trực tuyến “Tìm hiểu pháp luật về phòng cháy, chữa cháy” năm 2025, có 27.415 lượt người dự thi, trong đó 215 người đạt điểm tuyệt đối.",
        [],
        [],
        [],
        [F("27.415 lượt người", 27415, "lượt người"), F("215 người", 215, "người")],
        [M("Tìm hiểu pháp luật về phòng cháy, chữa cháy", "cuộc thi")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Huyện tiếp tục thực hiện các chương trình, đề án, dự án đã được phê duyệt; ưu tiên nguồn lực cho mô hình sản xuất theo chuỗi giá trị và phong trào thi đua chung của tỉnh, phấn đấu tốc độ tăng trưởng đạt 8,5 - 9%.",
        [],
        [],
        [],
        [F("đạt 8,5 - 9%", "8.5", "%", "đạt", value_max=9)],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Theo Quyết định số 1234/QĐ-UBND ngày 15/7/2025, xã Thọ Văn được hỗ trợ 2,8 tỷ đồng thực hiện tiêu chí Giao thông và tiêu chí Thủy lợi, hoàn thành trước quý IV.",
        [],
        [L("Thọ Văn", "xã", [PT])],
        [],
        [F("2,8 tỷ đồng", 2800000000, "đồng")],
        [M("Giao thông", "tiêu chí"), M("Thủy lợi", "tiêu chí")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Đại tá Nguyễn Hồng Thái, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cùng đoàn công tác đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng, cho các gia đình chính sách tại xã Xuân Đài.",
        [
            P(
                "Nguyễn Hồng Thái",
                "Đại tá",
                ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"],
                "Bộ Chỉ huy Quân sự tỉnh",
            )
        ],
        [L("Xuân Đài", "xã", [PT])],
        [O("Bộ Chỉ huy Quân sự tỉnh")],
        [F("50 suất quà", 50, "suất quà"), F("500.000 đồng", 500000, "đồng")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Phong trào “Ngày thứ Bảy tình nguyện” do Tỉnh đoàn phát động được các cơ sở đoàn hưởng ứng; sau 6 tháng, phong trào “ngày thứ bảy tình nguyện” đã sửa chữa 14 công trình, trồng 3.500 cây xanh.",
        [],
        [],
        [O("Tỉnh đoàn")],
        [
            F("6 tháng", 6, "tháng"),
            F("14 công trình", 14, "công trình"),
            F("3.500 cây xanh", 3500, "cây xanh"),
        ],
        [
            M(
                "Ngày thứ Bảy tình nguyện",
                "phong trào",
                m=["Ngày thứ Bảy tình nguyện", "ngày thứ bảy tình nguyện"],
            )
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Tổng số hộ nuôi cá lồng trên sông Lô là 38 hộ, với 126 lồng cá, sản lượng ước đạt 290 - 310 tấn/năm; mỗi lồng cho lãi 25 - 30 triệu đồng.",
        [],
        [],
        [],
        [
            F("38 hộ", 38, "hộ"),
            F("126 lồng cá", 126, "lồng cá"),
            F("đạt 290 - 310 tấn/năm", 290, "tấn/năm", "đạt", value_max=310),
            F("25 - 30 triệu đồng", 25000000, "đồng", value_max=30000000),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Dự hội nghị có đồng chí Nguyễn Huy Ngọc - Phó Chủ tịch UBND tỉnh; Đại tá Trần Hoài Nam - Phó Giám đốc Công an tỉnh.",
        [
            P("Nguyễn Huy Ngọc", "Đồng chí", ["Phó Chủ tịch UBND tỉnh"], "UBND tỉnh"),
            P("Trần Hoài Nam", "Đại tá", ["Phó Giám đốc Công an tỉnh"], "Công an tỉnh"),
        ],
        [],
        [O("UBND tỉnh", f"{UBND} tỉnh"), O("Công an tỉnh")],
        [],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Các mô hình kinh tế hiệu quả như trồng bưởi Diễn, nuôi gà đồi, trồng chè LDP1 cho thu nhập từ 150 - 200 triệu đồng/ha/năm.",
        [],
        [],
        [],
        [F("150 - 200 triệu đồng/ha/năm", 150000000, "đồng/ha/năm", value_max=200000000)],
        [],
    ),
]


def rows() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for source, page, province, text, *labels in CASES:
        for kind, facts in zip(KINDS, labels, strict=True):
            row = {"split": "blind3", "source": source, "text": text}
            if page:
                row["page"] = page
            if province:
                row["province"] = province
            row[kind] = facts
            out[kind].append(row)
    return out


def main() -> None:
    write_kinds(HERE, rows())


if __name__ == "__main__":
    main()

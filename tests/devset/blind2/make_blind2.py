"""Hand labels for the BLIND2 split, written before vnnews, `extractors` or underthesea ever ran on them.

Two sources, kept apart in each row's "source" so the bench reports them separately:
- "real": sentences and paragraphs copied from fixture pages in tests/fixtures/pages (selectolax
  `node.text(deep=True)`, whitespace collapsed, NFC). A home-page teaser `<li>` that runs headline,
  section name and summary together is cut to its summary (a leading "(Dân trí) - " / "(BGĐT) - " tag
  and a trailing "Bạn đọc 6 giờ trước" section/time tag dropped), as blind/ did with its "(Dân trí) - ".
  Chosen for figures (money, percentages, ranges, ratios, qualifiers; dates, years, times, house and
  road numbers, model numbers as negatives) and for the few model names real pages hold.
- "written": sentences written for this set in the style of provincial news (Báo Phú Thọ), because
  the fixture pages hold only a handful of named models. They quote names with “ ”, " ", mixed “ ",
  ‘ ’, or not at all in a list after a colon, and carry generic non-model phrases (chương trình mục
  tiêu quốc gia, dự án đầu tư công, Đề án 06, chủ đề "...", Tháng hành động...).
No text here occurs in tests/devset/*.jsonl or tests/devset/blind/*.jsonl (checked by
tests/test_blind2_devset.py). The author had not read the extractors' code (only extractors/facts.py
for field names). This script only turns the compact notation below into
tests/devset/blind2/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind2/make_blind2.py

Conventions: exactly those of tests/devset/blind/make_blind.py (people, places, organisations,
figures, models), plus these decisions taken before scoring:
- figures: a price "159 triệu/lượng" has unit "đồng/lượng" (the currency is implied); a rate written
  with a number after the slash ("20.000 đồng/30 phút") is two figures ("20.000 đồng", "30 phút");
  "lên tới X" is labelled "tới X" with qualifier "tới" as in blind/; "vượt X" has no qualifier; a
  number inside a quoted name ("giai đoạn 2021 - 2025"), a time of day ("19h", "góc 6 giờ"), "SN 1974",
  "giai đoạn 2", "bão số 3", "metro số 2", "lớp 10", "lần thứ 34", model codes (C-160, LN125) and
  document numbers are not figures; "9 tháng đầu năm" is a figure ("9 tháng"), like "4 năm".
- models: a named model/campaign/contest/project after its kind word, quoted or capitalised; the kind
  drops modifiers ("cuộc thi ảnh" -> "cuộc thi", as the dev set did with "cuộc thi trực tuyến") except
  "phong trào thi đua" (dev-set kind); every later mention of the same name with a kind word or in
  quotes is listed; "Đề án 06", "chương trình ưu đãi lãi suất", "dự án hạ tầng", a "Tọa đàm"/"chủ đề"
  title and "mô hình dịch vụ công tập trung" are not models.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
ZN_HOME = "zingnews.vn/znews-2025-home.html"
ZN_KD = "zingnews.vn/znews-2025-kinh-doanh.html"
ZN_VANG = "zingnews.vn/znews-2025-gia-vang-the-gioi.html"
VTC = "vtcnews.vn/vtcnews-2025-home.html"
VTC_L = "vtcnews.vn/vtcnews-2025-latest.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
GENK = "genk.vn/genk-homepage-2013.html"
SOHA = "soha.vn/soha-homepage-2013.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
BG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
CT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
WRITTEN = None  # page of a written sentence


def P(name, title=None, roles=(), org=None, m=None):
    d = {"name": name}
    if title:
        d["title"] = title
    if roles:
        d["roles"] = list(roles)
    if org:
        d["organization"] = org
    d["mentions"] = list(m or [name])
    return d


def L(name, type, parents=(), m=None):
    return {"name": name, "type": type, "parents": list(parents), "mentions": list(m or [name])}


def O(name, expanded=None, place=None, m=None):  # noqa: E743
    d = {"name": name}
    if expanded:
        d["expanded"] = expanded
    if place:
        d["place"] = place
    d["mentions"] = list(m or [name])
    return d


def F(text, value, unit=None, qualifier=None, value_max=None, of=None):
    d = {"text": text, "value": str(value)}
    for key, val in (("unit", unit), ("qualifier", qualifier), ("value_max", value_max), ("of", of)):
        if val is not None:
            d[key] = str(val) if key in ("value_max", "of") else val
    return d


def M(name, kind, m=None):
    d = {"name": name, "kind": kind}
    if m:
        d["mentions"] = list(m)
    return d


VN = "Việt Nam"
PT = "Phú Thọ"

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [
    # ------------------------------------------------------------------ real fixture-page text
    (
        "real",
        ZN_HOME,
        None,
        "Sáng 23/12 chứng kiến cú “nhảy vọt” của giá vàng miếng SJC với mức tăng 1,5 triệu đồng, qua đó kéo giá bán chạm mốc 159 triệu/lượng, mức giá chưa từng xuất hiện trước đây.",
        [],
        [],
        [],
        [F("1,5 triệu đồng", 1500000, "đồng"), F("159 triệu/lượng", 159000000, "đồng/lượng")],
        [],
    ),
    (
        "real",
        VTC,
        None,
        "Sáng 24/12, giá dầu WTI ở mức 58,47 USD/thùng, tăng 0,46USD/thùng, giá dầu Brent của Mỹ ở mức 62,45 USD/thùng, tăng 0,38USD/thùng so với phiên giao dịch trước.",
        [],
        [L("Mỹ", "country")],
        [],
        [
            F("58,47 USD/thùng", "58.47", "USD/thùng"),
            F("0,46USD/thùng", "0.46", "USD/thùng"),
            F("62,45 USD/thùng", "62.45", "USD/thùng"),
            F("0,38USD/thùng", "0.38", "USD/thùng"),
        ],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Thanh Hóa Ôtô khách đâm vào xe đầu kéo đang dừng trên cao tốc Mai Sơn - quốc lộ 45, rồi bị xe khác đâm va khiến 4 người chết, 5 người bị thương, sáng 14/1.",
        [],
        [L("Thanh Hóa", "tỉnh"), L("Mai Sơn", "xã")],
        [],
        [F("4 người", 4, "người"), F("5 người", 5, "người")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Công an TP Hải Phòng đã tạm giữ khẩn cấp lái xe Nguyễn Văn Thịnh (SN 1974, ở xã Lai Khê, TP Hải Phòng) để điều tra vụ tai nạn giao thông liên hoàn vào chiều 22/12 trên quốc lộ 5, làm 2 người tử vong.",
        [P("Nguyễn Văn Thịnh", roles=["lái xe"])],
        [
            L("Hải Phòng", "thành phố", m=["Hải Phòng", "Hải Phòng"]),
            L("Lai Khê", "xã", ["Hải Phòng"]),
        ],
        [O("Công an TP Hải Phòng", place="Hải Phòng")],
        [F("2 người", 2, "người")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Khoảng 19h ngày 22/12, các thành viên T1 đến sân bay Nội Bài và làm thủ tục xuất cảnh, kết thúc 3 ngày hòa nhịp với người hâm mộ Việt Nam.",
        [],
        [L(VN, "country")],
        [O("T1")],
        [F("3 ngày", 3, "ngày")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Nhiều ngân hàng tiếp tục tung chương trình ưu đãi lãi suất, đưa mức lãi huy động tiền gửi khách hàng cá nhân cao nhất trên thị trường lên 7-8%/năm.",
        [],
        [],
        [],
        [F("7-8%/năm", 7, "%/năm", value_max=8)],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Sau năm 2024 với doanh thu mảng AI đạt 75 triệu USD, FPT kỳ vọng duy trì đà tăng 30-50%/năm trong 5 năm tới nhờ đẩy mạnh nền tảng, dịch vụ và mở rộng ra quốc tế.",
        [],
        [],
        [O("FPT")],
        [
            F("đạt 75 triệu USD", 75000000, "USD", "đạt"),
            F("30-50%/năm", 30, "%/năm", value_max=50),
            F("5 năm", 5, "năm"),
        ],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Thành phố sẽ bổ sung 500 xe đạp điện vào hệ thống giao thông công cộng trước Tết, với giá thuê 20.000 đồng/30 phút, gấp 4 lần giá thuê xe đạp truyền thống.",
        [],
        [],
        [],
        [
            F("500 xe đạp điện", 500, "xe đạp điện"),
            F("20.000 đồng", 20000, "đồng"),
            F("30 phút", 30, "phút"),
            F("gấp 4 lần", 4, "lần", "gấp"),
        ],
        [],
    ),
    (
        "real",
        VTC,
        None,
        "Từ 1/1/2026, hình thức thuế khoán sẽ bị bãi bỏ, hơn 5 triệu hộ và cá nhân kinh doanh sẽ chuyển sang cơ chế tự kê khai, nộp thuế.",
        [],
        [],
        [],
        [F("hơn 5 triệu hộ", 5000000, "hộ", "hơn")],
        [],
    ),
    (
        "real",
        VTC_L,
        None,
        "Nhiều ý kiến dự báo giá xăng dầu trong phiên điều hành chiều mai (25/12) có thể tiếp tục giảm, mức giảm khoảng từ 290 - 600 đồng/lít.",
        [],
        [],
        [],
        [F("khoảng từ 290 - 600 đồng/lít", 290, "đồng/lít", "khoảng", value_max=600)],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Trước khi đạt 1.600/1.600 điểm SAT, Nguyễn Tuấn Anh, 16 tuổi, từng là thủ khoa vào lớp 10 chuyên Anh (trường THPT chuyên Sư phạm), song chọn học trường chuyên Hà Nội - Amsterdam.",
        [P("Nguyễn Tuấn Anh")],
        [L("Hà Nội", "thành phố")],
        [
            O("trường THPT chuyên Sư phạm", "trường Trung học phổ thông chuyên Sư phạm"),
            O("trường chuyên Hà Nội - Amsterdam"),
        ],
        [F("1.600/1.600 điểm", 1600, "điểm", of=1600), F("16 tuổi", 16, "tuổi")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Tính đến ngày 15/12, kim ngạch xuất khẩu các sản phẩm máy vi tính, sản phẩm điện tử và linh kiện đạt 101,9 tỷ USD. Đây là lần đầu tiên một nhóm hàng của Việt Nam vượt mốc 100 tỷ USD.",
        [],
        [L(VN, "country")],
        [],
        [F("đạt 101,9 tỷ USD", 101900000000, "USD", "đạt"), F("100 tỷ USD", 100000000000, "USD")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Cầu Cần Giờ mức đầu tư hơn 13.200 tỷ đồng được động thổ sáng 15/1, giúp rút ngắn hơn một nửa thời gian di chuyển từ TP HCM đến Cần Giờ, góp phần thúc đẩy hạ tầng phía Nam.",
        [],
        [L("Cần Giờ", "xã", m=["Cần Giờ", "Cần Giờ"]), L("HCM", "thành phố")],
        [],
        [F("hơn 13.200 tỷ đồng", 13200000000000, "đồng", "hơn")],
        [],
    ),
    (
        "real",
        VTC,
        None,
        "Hà Nội vừa phê duyệt quy hoạch bãi đỗ xe ngầm tại vườn hoa Phùng Hưng – Bát Đàn, với quy mô khoảng 2.160 m², đáp ứng chỗ đỗ cho 268 ô tô, 110 xe máy.",
        [],
        [L("Hà Nội", "thành phố")],
        [],
        [
            F("khoảng 2.160 m²", 2160, "m²", "khoảng"),
            F("268 ô tô", 268, "ô tô"),
            F("110 xe máy", 110, "xe máy"),
        ],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Công an tỉnh Khánh Hòa khởi tố 2 bị can để điều tra về hành vi vận chuyển trái phép hơn 2,3 kg vàng qua biên giới, 32 điện thoại iPhone.",
        [],
        [L("Khánh Hòa", "tỉnh")],
        [O("Công an tỉnh Khánh Hòa", place="Khánh Hòa")],
        [
            F("2 bị can", 2, "bị can"),
            F("hơn 2,3 kg", "2.3", "kg", "hơn"),
            F("32 điện thoại", 32, "điện thoại"),
        ],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Trước lộ trình bãi bỏ thuế khoán từ năm 2026, VCCI cho rằng mốc doanh thu 1 tỷ đồng để áp dụng hóa đơn điện tử là thấp, chưa phù hợp thực tiễn và đề xuất nâng lên 3 tỷ đồng/năm.",
        [],
        [],
        [O("VCCI")],
        [F("1 tỷ đồng", 1000000000, "đồng"), F("3 tỷ đồng/năm", 3000000000, "đồng/năm")],
        [],
    ),
    (
        "real",
        GENK,
        None,
        "Soul SL99 đang được phân phối chính hãng tại Việt Nam với mức giá 2,7 triệu đồng.",
        [],
        [L(VN, "country")],
        [],
        [F("2,7 triệu đồng", 2700000, "đồng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "Hôm nay, chiếc Lambretta LN125 đầu tiên được lắp ráp trong nước sẽ đến tay người tiêu dùng với một số cải tiến kỹ thuật cùng giá bán dự kiến 79 triệu đồng.",
        [],
        [],
        [],
        [F("79 triệu đồng", 79000000, "đồng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "Một hố rộng 15 m, sâu 5 m hôm qua sụt xuống giữa ngã tư rộng lớn tại thành phố Thái Nguyên, tỉnh Sơn Tây, Trung Quốc.",
        [],
        [
            L("Thái Nguyên", "thành phố", ["Sơn Tây"]),
            L("Sơn Tây", "tỉnh", ["Trung Quốc"]),
            L("Trung Quốc", "country"),
        ],
        [],
        [F("15 m", 15, "m"), F("5 m", 5, "m")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn)- Bé trai 2 tuổi bị chết vì chấn thương sọ não sau khi bị mẹ kế ném xuống sân bê tông 2 lần vì cậu bé không ngừng khóc.",
        [],
        [],
        [O("Soha.vn")],
        [F("2 tuổi", 2, "tuổi"), F("2 lần", 2, "lần")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn) - Không nhìn thấy điểm đầu đường băng, phi công lái máy bay quân sự Transall C-160 đã đáp xuống khu vực rìa, nơi khoảng 1000 người đứng xem.",
        [],
        [],
        [O("Soha.vn")],
        [F("khoảng 1000 người", 1000, "người", "khoảng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn) - Công an huyện Hương Khê cho hay, đơn vị này vừa bắt chiếu bạc thu giữ trên 100 triệu đồng và 2 khẩu súng…",
        [],
        [L("Hương Khê", "huyện", ["Hà Tĩnh"])],
        [O("Soha.vn"), O("Công an huyện Hương Khê", place="Hương Khê")],
        [F("trên 100 triệu đồng", 100000000, "đồng", "trên"), F("2 khẩu súng", 2, "khẩu súng")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        '"Xe chở hàng bay" C-119 đã được chuyển về di tích sân bay Tà Cơn sau 9 năm Bộ Quốc phòng cấp cho tỉnh Quảng Trị làm hiện vật trưng bày.',
        [],
        [L("Quảng Trị", "tỉnh")],
        [O("Bộ Quốc phòng")],
        [F("9 năm", 9, "năm")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "TP Huế Cồn Hến nằm giữa sông Hương sẽ được xây dựng cầu mới với tổng kinh phí 2.200 tỷ đồng, thời gian thực hiện trong 4 năm.",
        [],
        [L("Huế", "thành phố")],
        [],
        [F("2.200 tỷ đồng", 2200000000000, "đồng"), F("4 năm", 4, "năm")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Thanh Hóa Trên đường từ Hà Tĩnh ra Hưng Yên thăm hỏi nhà trai, bàn chuyện hôn lễ, xe khách chở gia đình cô dâu gặp nạn khiến 4 người chết, 5 người bị thương.",
        [],
        [L("Thanh Hóa", "tỉnh"), L("Hà Tĩnh", "tỉnh"), L("Hưng Yên", "tỉnh")],
        [],
        [F("4 người", 4, "người"), F("5 người", 5, "người")],
        [],
    ),
    (
        "real",
        ZN_VANG,
        None,
        "Vàng với vai trò là tài sản trú ẩn an toàn, thường tăng giá mạnh trong các giai đoạn bất ổn địa chính trị và kinh tế. Tính từ đầu năm đến nay, giá vàng đã tăng hơn 69%, ghi nhận mức tăng theo năm lớn nhất kể từ năm 1979, nhờ lực mua mạnh từ các ngân hàng trung ương, dòng tiền trú ẩn và mặt bằng lãi suất thấp.",
        [],
        [],
        [],
        [F("hơn 69%", 69, "%", "hơn")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Hình ảnh tài xế xe công nghệ đạt doanh thu hơn 1,6 tỷ đồng trong năm 2025 gây xôn xao mạng xã hội. Trước nhiều nghi vấn, doanh nghiệp vận hành nền tảng đã lên tiếng giải thích.",
        [],
        [],
        [],
        [F("hơn 1,6 tỷ đồng", 1600000000, "đồng", "hơn")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Longines rục rịch ra mắt đồng hồ 3.400 USD sử dụng tông đỏ - vàng thể hiện không khí Tết. Cỗ máy có Lịch tuần trăng góc 6 giờ, nhấn mạnh vai trò của chu kỳ Mặt Trăng trong lịch âm - dương.",
        [],
        [],
        [O("Longines")],
        [F("3.400 USD", 3400, "USD")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Lực lượng QLTT Hà Nội đã xử lý hơn 363 vụ việc liên quan đến thương mại điện tử (TMĐT) trong năm 2025, cho thấy xu hướng gia tăng nhanh các hành vi vi phạm trên TMĐT.",
        [],
        [L("Hà Nội", "thành phố")],
        [O("QLTT Hà Nội", "Quản lý thị trường Hà Nội", "Hà Nội")],
        [F("hơn 363 vụ việc", 363, "vụ việc", "hơn")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "UBND TP.HCM thống nhất kéo dài tuyến metro số 2 thêm 200 m để kết nối ga Bến Thành và điều chỉnh thiết kế các nhà ga nhằm thuận tiện cho hành khách trung chuyển giữa các tuyến.",
        [],
        [L("TP.HCM", "thành phố")],
        [O("UBND TP.HCM", "Ủy ban nhân dân TP.HCM", "TP.HCM")],
        [F("200 m", 200, "m")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Trong phiên giao dịch sáng nay, giá vàng miếng tăng thêm 500.000 đồng/lượng, trong khi vàng nhẫn cũng nhích thêm 300.000 đồng/lượng.",
        [],
        [],
        [],
        [F("500.000 đồng/lượng", 500000, "đồng/lượng"), F("300.000 đồng/lượng", 300000, "đồng/lượng")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Sau tuần tăng hơn 57 điểm đưa VN-Index trở lại vùng 1.700 điểm, nhiều công ty chứng khoán nhận định xu hướng ngắn hạn đang được củng cố bất chấp dòng tiền vẫn phân hóa.",
        [],
        [],
        [],
        [F("hơn 57 điểm", 57, "điểm", "hơn"), F("1.700 điểm", 1700, "điểm")],
        [],
    ),
    (
        "real",
        GENK,
        None,
        "Nhưng dịch vụ này sẽ bị quản lý để nhà mạng tránh thất thu 100.000 tỷ đồng.",
        [],
        [],
        [],
        [F("100.000 tỷ đồng", 100000000000000, "đồng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "(Soha.vn) - Khoảng 300 sĩ quan và người thân của họ tập trung biểu tình và yêu cầu tổ công tác của hạm đội Nam Hải phải giải quyết bằng văn bản",
        [],
        [],
        [O("Soha.vn"), O("hạm đội Nam Hải")],
        [F("Khoảng 300 sĩ quan", 300, "sĩ quan", "khoảng")],
        [],
    ),
    (
        "real",
        SOHA,
        None,
        "Theo lý giải của Chen Guangbiao việc xây núi tiền trị giá hơn 334 tỷ đồng là để khuyến khích sự sáng tạo của giới trẻ.",
        [P("Chen Guangbiao")],
        [],
        [],
        [F("hơn 334 tỷ đồng", 334000000000, "đồng", "hơn")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "Trung tâm Hành chính 1.400 tỷ đồng chuyển đổi công năng thành tòa nhà Khoa học công nghệ, giữ vai trò hạt nhân của Đô thị Khoa học công nghệ phía Bắc TP HCM.",
        [],
        [L("HCM", "thành phố")],
        [],
        [F("1.400 tỷ đồng", 1400000000000, "đồng")],
        [],
    ),
    (
        "real",
        ZN_VANG,
        None,
        "Trong phiên giao dịch đang diễn ra, giá vàng thế giới giao ngay tiếp tục tăng lên vùng 4.489,5 USD/ounce, chính thức thiết lập kỷ lục mới của kim loại quý thế giới.",
        [],
        [],
        [],
        [F("4.489,5 USD/ounce", "4489.5", "USD/ounce")],
        [],
    ),
    (
        "real",
        ZN_VANG,
        None,
        '"Mục tiêu rõ ràng của phe mua vàng là 5.000 USD/ounce trong năm tới", một nhà phân tích tại Nemo.Money nhận định.',
        [],
        [],
        [O("Nemo.Money")],
        [F("5.000 USD/ounce", 5000, "USD/ounce")],
        [],
    ),
    (
        "real",
        ZN_VANG,
        None,
        'Sau cú giảm "sốc" khỏi mốc lịch sử hơn 157 triệu đồng/lượng, giá vàng miếng đã bật tăng trở lại trong phiên giao dịch sáng nay.',
        [],
        [],
        [],
        [F("hơn 157 triệu đồng/lượng", 157000000, "đồng/lượng", "hơn")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Báo cáo dự thảo của Lầu Năm Góc cho rằng Trung Quốc đã triển khai hơn 100 tên lửa đạn đạo xuyên lục địa tại các bãi hầm phóng mới và không có mong muốn đàm phán kiểm soát vũ khí.",
        [],
        [L("Trung Quốc", "country")],
        [O("Lầu Năm Góc")],
        [F("hơn 100 tên lửa", 100, "tên lửa", "hơn")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Sau ngôi nhà xây tặng bố mẹ ở quê Hải Dương cũ, Hoàng Đức có căn hộ cho riêng mình tại Hà Nội với trị giá 10 tỷ đồng.",
        [P("Hoàng Đức")],
        [L("Hải Dương", "tỉnh"), L("Hà Nội", "thành phố")],
        [],
        [F("10 tỷ đồng", 10000000000, "đồng")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "TikToker người Mỹ đăng đoạn video cầu hôn bạn gái trong phòng gym, thu hút 12 triệu lượt xem. Tuy nhiên, sự thật phía sau được hé lộ gây tranh cãi dữ dội.",
        [],
        [L("Mỹ", "country")],
        [],
        [F("12 triệu lượt xem", 12000000, "lượt xem")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Nguyễn Tường Thi, đối tượng cầm đầu trong vụ án mua bán trái phép hóa đơn với số tiền lên tới 90 tỷ đồng, đã bị bắt giữ sau thời gian lẩn trốn.",
        [P("Nguyễn Tường Thi")],
        [],
        [],
        [F("tới 90 tỷ đồng", 90000000000, "đồng", "tới")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Gia đình xin hoãn ca mổ cho cụ ông 90 tuổi để về quê dự đám cưới cháu. Sau một tháng, diễn biến sức khỏe bệnh nhân vượt ngoài dự đoán ban đầu.",
        [],
        [],
        [],
        [F("90 tuổi", 90, "tuổi")],
        [],
    ),
    (
        "real",
        ZN_HOME,
        None,
        "Có 5.000 người hầu luôn sẵn sàng phục vụ các nhu cầu của Sultan, bao gồm việc chuẩn bị bữa ăn do Ngự thiện Phòng giám sát.",
        [],
        [],
        [O("Ngự thiện Phòng")],
        [F("5.000 người hầu", 5000, "người hầu")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "CEO Tesla Elon Musk tiếp tục giữ vị trí người giàu nhất hành tinh, với khối tài sản vượt 700 tỷ USD và cũng là người đầu tiên trên thế giới lập kỷ lục này.",
        [P("Elon Musk", roles=["CEO Tesla"], org="Tesla")],
        [],
        [O("Tesla")],
        [F("700 tỷ USD", 700000000000, "USD")],
        [],
    ),
    (
        "real",
        ZN_KD,
        None,
        "Việc thương lái Trung Quốc thu mua gỗ mán đỉa với giá lên tới 3 triệu đồng/kg đang khiến người dân đổ xô vào rừng khai thác trái phép. Trước nguy cơ rừng tự nhiên bị xâm hại, tỉnh Quảng Trị đã phát đi cảnh báo và yêu cầu siết chặt quản lý.",
        [],
        [L("Trung Quốc", "country"), L("Quảng Trị", "tỉnh")],
        [],
        [F("tới 3 triệu đồng/kg", 3000000, "đồng/kg", "tới")],
        [],
    ),
    (
        "real",
        VE_CAT,
        None,
        "TP Huế Dự án thoát lũ sông Phổ Lợi và mở rộng quốc lộ 49 phải tạm dừng thi công do một hộ dân di dời hơn 18 năm trước quay trở lại chiếm đất.",
        [],
        [L("Huế", "thành phố")],
        [],
        [F("hơn 18 năm", 18, "năm", "hơn")],
        [M("thoát lũ sông Phổ Lợi và mở rộng quốc lộ 49", "dự án")],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Sau 7 ngày tranh tài với những trận cầu đầy kịch tính, chiều 14/8, Giải cầu lông các cây vợt thiếu niên, trẻ xuất sắc quốc gia năm 2022 tổ chức tại Ninh Bình đã kết thúc. Đoàn Bắc Giang giành 21 huy chương, trong đó có 5 Huy chương Vàng (HCV), xếp thứ Nhất toàn đoàn.",
        [],
        [L("Ninh Bình", "tỉnh"), L("Bắc Giang", "tỉnh")],
        [],
        [
            F("7 ngày", 7, "ngày"),
            F("21 huy chương", 21, "huy chương"),
            F("5 Huy chương Vàng", 5, "Huy chương Vàng"),
        ],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Tuần qua, Báo Dân trí nhận được đơn công dân kêu cứu tại quận Tây Hồ, cư dân khu tái định cư CT2 quận Hoàng Mai phẫn nộ, 44 hộ dân ở Phú Thọ gần 10 năm chưa nhận được tiền đền bù...",
        [],
        [L("Tây Hồ", "quận", ["Hà Nội"]), L("Hoàng Mai", "quận", ["Hà Nội"]), L(PT, "tỉnh")],
        [O("Báo Dân trí")],
        [F("44 hộ dân", 44, "hộ dân"), F("gần 10 năm", 10, "năm", "gần")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Ca sĩ Hồ Việt Trung chia sẻ hình ảnh nội thất nhà riêng tại quận Bình Tân (TPHCM) với diện tích 100 m2, cao 3 tầng, có giá trị gần 7 tỷ đồng.",
        [P("Hồ Việt Trung", roles=["Ca sĩ"])],
        [L("Bình Tân", "quận", ["TPHCM"]), L("TPHCM", "thành phố")],
        [],
        [F("100 m2", 100, "m2"), F("3 tầng", 3, "tầng"), F("gần 7 tỷ đồng", 7000000000, "đồng", "gần")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Trong vòng 5 tháng qua, MacKenzie Scott- vợ cũ nhà sáng lập Amazon Jeff Bezos- đã ủng hộ hơn 6,8 tỷ USD cho các hoạt động từ thiện.",
        [P("MacKenzie Scott"), P("Jeff Bezos", roles=["nhà sáng lập Amazon"], org="Amazon")],
        [],
        [O("Amazon")],
        [F("5 tháng", 5, "tháng"), F("hơn 6,8 tỷ USD", 6800000000, "USD", "hơn")],
        [],
    ),
    (
        "real",
        DT20,
        None,
        "Đó là câu chuyện về bà Vũ Thị Khiêm ở xã Hải Lựu (Sông Lô - Vĩnh Phúc), suốt 55 năm qua bà quyết giữ bằng được mảnh vườn rộng 5ha để cho hàng vạn con cò có chỗ trú ngụ, sinh con đẻ cái khi hè về.",
        [P("Vũ Thị Khiêm", "Bà")],
        [
            L("Hải Lựu", "xã", ["Sông Lô", "Vĩnh Phúc"]),
            L("Sông Lô", "huyện", ["Vĩnh Phúc"]),
            L("Vĩnh Phúc", "tỉnh"),
        ],
        [],
        [F("55 năm", 55, "năm"), F("5ha", 5, "ha"), F("hàng vạn con cò", 10000, "con cò", "hàng")],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Ngày 14/8, Cục Quản lý chất lượng, Bộ Giáo dục và Đào tạo cho biết: Cả 4 thi sinh dự thi Olympic Tin học quốc tế lần thứ 34 năm 2022 của Đội tuyển quốc gia Việt Nam đều đoạt huy chương với 1 huy chương Vàng và 3 huy chương Bạc.",
        [],
        [L(VN, "country")],
        [O("Cục Quản lý chất lượng"), O("Bộ Giáo dục và Đào tạo")],
        [
            F("4 thi sinh", 4, "thi sinh"),
            F("1 huy chương Vàng", 1, "huy chương Vàng"),
            F("3 huy chương Bạc", 3, "huy chương Bạc"),
        ],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Theo Bộ Giao thông - Vận tải (GTVT), Dự án đường sắt tốc độ cao Bắc - Nam dự kiến trình Bộ Chính trị xem xét, cho ý kiến chủ trương đầu tư trong tháng 9. Tổng mức đầu tư hơn 58 tỷ USD, tốc độ chạy tàu tối đa 320km/h.",
        [],
        [],
        [O("Bộ Giao thông - Vận tải"), O("Bộ Chính trị")],
        [
            F("hơn 58 tỷ USD", 58000000000, "USD", "hơn"),
            F("tối đa 320km/h", 320, "km/h", "tối đa"),
        ],
        [M("đường sắt tốc độ cao Bắc - Nam", "dự án")],
    ),
    (
        "real",
        CT_CAT,
        "Cần Thơ",
        "Phường Sóc Trăng triển khai mô hình “Chứng thực chữ ký tại nhà”",
        [],
        [L("Sóc Trăng", "phường", ["Cần Thơ"])],
        [],
        [],
        [M("Chứng thực chữ ký tại nhà", "mô hình")],
    ),
    (
        "real",
        CT_CAT,
        "Cần Thơ",
        "Tọa đàm “Giải pháp nhân rộng mô hình canh tác lúa chất lượng cao, phát thải thấp tại vùng ĐBSCL”",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        "real",
        CT_CAT,
        "Cần Thơ",
        "Khảo sát tình hình triển khai mô hình dịch vụ công tập trung, thống nhất trên hệ thống chuyên ngành",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        'Cuộc thi Cuộc thi "Nghị quyết của Đảng và cuộc sống hôm nay" Cuộc thi ảnh: "Nét đẹp Bắc Giang"',
        [],
        [L("Bắc Giang", "tỉnh")],
        [],
        [],
        [M("Nghị quyết của Đảng và cuộc sống hôm nay", "cuộc thi"), M("Nét đẹp Bắc Giang", "cuộc thi")],
    ),
    (
        "real",
        BG,
        "Bắc Giang",
        "Giữ nghề Cuộc thi ảnh “Nét đẹp Bắc Giang” Ảnh chụp tại thôn Na Lang, xã Phong Minh, huyện Lục Ngạn (Bắc Giang).",
        [],
        [
            L("Bắc Giang", "tỉnh", m=["Bắc Giang", "Bắc Giang"]),
            L("Na Lang", "thôn", ["Phong Minh", "Lục Ngạn", "Bắc Giang"]),
            L("Phong Minh", "xã", ["Lục Ngạn", "Bắc Giang"]),
            L("Lục Ngạn", "huyện", ["Bắc Giang"]),
        ],
        [],
        [],
        [M("Nét đẹp Bắc Giang", "cuộc thi")],
    ),
    # ------------------------------------------------------------------ written for this set
    (
        "written",
        WRITTEN,
        PT,
        "Năm 2025, Hội Liên hiệp Phụ nữ xã Cẩm Khê duy trì mô hình “Phụ nữ chung tay xây dựng nông thôn mới” với 42 hội viên tham gia, giúp 15 hộ thoát nghèo.",
        [],
        [L("Cẩm Khê", "xã", [PT])],
        [O("Hội Liên hiệp Phụ nữ xã Cẩm Khê", place="Cẩm Khê")],
        [F("42 hội viên", 42, "hội viên"), F("15 hộ", 15, "hộ")],
        [M("Phụ nữ chung tay xây dựng nông thôn mới", "mô hình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Đoàn Thanh niên phường Vân Phú phát động phong trào "Ngày Chủ nhật xanh", thu gom gần 3 tấn rác thải tại 8 khu dân cư.',
        [],
        [L("Vân Phú", "phường", [PT])],
        [O("Đoàn Thanh niên phường Vân Phú", place="Vân Phú")],
        [F("gần 3 tấn", 3, "tấn", "gần"), F("8 khu dân cư", 8, "khu dân cư")],
        [M("Ngày Chủ nhật xanh", "phong trào")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Các mô hình tiêu biểu gồm: Camera an ninh, Đèn đường tự quản, Tổ liên gia an toàn phòng cháy chữa cháy đã được nhân rộng ra 23/25 xã, phường.",
        [],
        [],
        [],
        [F("23/25 xã", 23, "xã", of=25)],
        [
            M("Camera an ninh", "mô hình"),
            M("Đèn đường tự quản", "mô hình"),
            M("Tổ liên gia an toàn phòng cháy chữa cháy", "mô hình"),
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Huyện Thanh Sơn thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", huy động hơn 12 tỷ đồng làm 35 km đường giao thông nông thôn.',
        [],
        [L("Thanh Sơn", "huyện", [PT])],
        [],
        [F("hơn 12 tỷ đồng", 12000000000, "đồng", "hơn"), F("35 km", 35, "km")],
        [M("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "cuộc vận động")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Chương trình “Mỗi xã một sản phẩm” (OCOP) năm nay có thêm 18 sản phẩm đạt 3 sao và 4 sản phẩm đạt 4 sao.",
        [],
        [],
        [],
        [
            F("18 sản phẩm", 18, "sản phẩm"),
            F("đạt 3 sao", 3, "sao", "đạt"),
            F("4 sản phẩm", 4, "sản phẩm"),
            F("đạt 4 sao", 4, "sao", "đạt"),
        ],
        [M("Mỗi xã một sản phẩm", "chương trình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” được triển khai sâu rộng tại 100% khu dân cư.",
        [],
        [],
        [],
        [F("100%", 100, "%")],
        [M("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "phong trào thi đua")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tiên Lương cho biết: xã đã hoàn thành 19/19 tiêu chí nông thôn mới, trong đó tiêu chí “Môi trường và an toàn thực phẩm” là khó nhất.",
        [
            P(
                "Nguyễn Văn Hùng",
                "Ông",
                ["Chủ tịch UBND xã Tiên Lương"],
                "UBND xã Tiên Lương",
            )
        ],
        [L("Tiên Lương", "xã", [PT])],
        [O("UBND xã Tiên Lương", "Ủy ban nhân dân xã Tiên Lương", "Tiên Lương")],
        [F("19/19 tiêu chí", 19, "tiêu chí", of=19)],
        [M("Môi trường và an toàn thực phẩm", "tiêu chí")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Đề án "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Mường giai đoạn 2021 - 2025" đã thu hút khoảng 45.000 lượt khách, doanh thu đạt 27,5 tỷ đồng.',
        [],
        [],
        [],
        [
            F("khoảng 45.000 lượt khách", 45000, "lượt khách", "khoảng"),
            F("đạt 27,5 tỷ đồng", 27500000000, "đồng", "đạt"),
        ],
        [
            M(
                "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Mường giai đoạn 2021 - 2025",
                "đề án",
            )
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Dự án “Cải thiện sinh kế cho đồng bào dân tộc thiểu số” do tổ chức Plan International tài trợ với tổng vốn 1,2 triệu USD, hỗ trợ 600 hộ tại 6 xã vùng cao.",
        [],
        [],
        [O("Plan International")],
        [F("1,2 triệu USD", 1200000, "USD"), F("600 hộ", 600, "hộ"), F("6 xã", 6, "xã")],
        [M("Cải thiện sinh kế cho đồng bào dân tộc thiểu số", "dự án")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Mô hình "Nhà văn hóa sáng - xanh - sạch - đẹp" và mô hình “Con đường hoa” được Hội Nông dân huyện Lâm Thao chỉ đạo thực hiện; đến nay mô hình “Con đường hoa” đã trải dài hơn 15 km.',
        [],
        [L("Lâm Thao", "huyện", [PT])],
        [O("Hội Nông dân huyện Lâm Thao", place="Lâm Thao")],
        [F("hơn 15 km", 15, "km", "hơn")],
        [
            M("Nhà văn hóa sáng - xanh - sạch - đẹp", "mô hình"),
            M("Con đường hoa", "mô hình", m=["Con đường hoa", ["Con đường hoa", 1]]),
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Với chủ đề "Tuổi trẻ Phú Thọ tiên phong chuyển đổi số", chương trình đã trao 120 suất quà cho học sinh nghèo.',
        [],
        [L(PT, "tỉnh")],
        [],
        [F("120 suất quà", 120, "suất quà")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Chiến dịch "Mùa hè xanh" năm 2025 huy động 1.500 đoàn viên, thanh niên tham gia làm đường, sửa 12 nhà nhân ái.',
        [],
        [],
        [],
        [F("1.500 đoàn viên", 1500, "đoàn viên"), F("12 nhà nhân ái", 12, "nhà nhân ái")],
        [M("Mùa hè xanh", "chiến dịch")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu các địa phương xây dựng phương án “Di dời dân khỏi vùng sạt lở”, sẵn sàng sơ tán 2.350 hộ với khoảng 8.000 nhân khẩu; bão số 3 dự kiến đổ bộ chiều 7/9.",
        [],
        [],
        [O("Ban Chỉ huy Phòng thủ dân sự tỉnh")],
        [F("2.350 hộ", 2350, "hộ"), F("khoảng 8.000 nhân khẩu", 8000, "nhân khẩu", "khoảng")],
        [M("Di dời dân khỏi vùng sạt lở", "phương án")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Hội Cựu chiến binh tỉnh có 4 mô hình điển hình: Cựu chiến binh giúp nhau làm kinh tế, Vườn cây cựu chiến binh, Tổ hợp tác chăn nuôi bò sinh sản, Quỹ xoay vòng không lãi.",
        [],
        [],
        [O("Hội Cựu chiến binh tỉnh")],
        [F("4 mô hình", 4, "mô hình")],
        [
            M("Cựu chiến binh giúp nhau làm kinh tế", "mô hình"),
            M("Vườn cây cựu chiến binh", "mô hình"),
            M("Tổ hợp tác chăn nuôi bò sinh sản", "mô hình"),
            M("Quỹ xoay vòng không lãi", "mô hình"),
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Xã Hương Nộn phát động cuộc thi ‘Khu dân cư sáng - xanh - sạch - đẹp’ với tổng giải thưởng 50 triệu đồng.",
        [],
        [L("Hương Nộn", "xã", [PT])],
        [],
        [F("50 triệu đồng", 50000000, "đồng")],
        [M("Khu dân cư sáng - xanh - sạch - đẹp", "cuộc thi")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Tỉnh đoàn Phú Thọ tổ chức Hội thi "Tuyên truyền viên pháp luật giỏi" năm 2025 với sự tham gia của 26 đội thi; ban tổ chức cũng phát động giải thưởng “Sáng tạo trẻ” dành cho đoàn viên dưới 35 tuổi.',
        [],
        [L(PT, "tỉnh")],
        [O("Tỉnh đoàn Phú Thọ", place=PT)],
        [F("26 đội thi", 26, "đội thi"), F("dưới 35 tuổi", 35, "tuổi", "dưới")],
        [M("Tuyên truyền viên pháp luật giỏi", "hội thi"), M("Sáng tạo trẻ", "giải thưởng")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Các chương trình mục tiêu quốc gia, các dự án đầu tư công và mô hình sản xuất mới đều được đẩy mạnh; 9 tháng đầu năm giải ngân đạt 78,6% kế hoạch.",
        [],
        [],
        [],
        [F("9 tháng", 9, "tháng"), F("đạt 78,6%", "78.6", "%", "đạt")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Thực hiện Kế hoạch số 215/KH-UBND ngày 12/3/2024, huyện Hạ Hòa triển khai Đề án 06 về chuyển đổi số và mô hình “Khu dân cư số” tại 14 khu dân cư.",
        [],
        [L("Hạ Hòa", "huyện", [PT])],
        [],
        [F("14 khu dân cư", 14, "khu dân cư")],
        [M("Khu dân cư số", "mô hình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Năm học 2024 - 2025, toàn tỉnh có 312 trường học hưởng ứng phong trào “Xây dựng trường học thân thiện, học sinh tích cực”, chiếm 87,4% tổng số trường.",
        [],
        [],
        [],
        [F("312 trường học", 312, "trường học"), F("87,4%", "87.4", "%")],
        [M("Xây dựng trường học thân thiện, học sinh tích cực", "phong trào")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Bà Hà Thị Lan, Phó Chủ tịch Hội Phụ nữ xã Minh Đài, cho biết từ mô hình “Tiết kiệm vì phụ nữ nghèo”, hội đã cho 28 chị vay không lãi với số tiền trên 300 triệu đồng. Mô hình “tiết kiệm vì phụ nữ nghèo” sẽ tiếp tục được duy trì.",
        [P("Hà Thị Lan", "Bà", ["Phó Chủ tịch Hội Phụ nữ xã Minh Đài"], "Hội Phụ nữ xã Minh Đài")],
        [L("Minh Đài", "xã", [PT])],
        [O("Hội Phụ nữ xã Minh Đài", place="Minh Đài")],
        [F("28 chị", 28, "chị"), F("trên 300 triệu đồng", 300000000, "đồng", "trên")],
        [
            M(
                "Tiết kiệm vì phụ nữ nghèo",
                "mô hình",
                m=["Tiết kiệm vì phụ nữ nghèo", "tiết kiệm vì phụ nữ nghèo"],
            )
        ],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Sau 3 năm thực hiện Chương trình "Sữa học đường", tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm từ 14,2% xuống 11,8%.',
        [],
        [],
        [],
        [F("3 năm", 3, "năm"), F("14,2%", "14.2", "%"), F("11,8%", "11.8", "%")],
        [M("Sữa học đường", "chương trình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Công ty CP Chè Phú Bền áp dụng quy trình sản xuất theo tiêu chuẩn VietGAP trên diện tích 120 ha, năng suất bình quân 15 tấn/ha.",
        [],
        [],
        [O("Công ty CP Chè Phú Bền", "Công ty Cổ phần Chè Phú Bền")],
        [F("120 ha", 120, "ha"), F("15 tấn/ha", 15, "tấn/ha")],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Dự án Khu công nghiệp Phú Hà giai đoạn 2 có tổng vốn đầu tư khoảng 3.500 tỷ đồng, dự kiến tạo việc làm cho 10.000 - 12.000 lao động.",
        [],
        [L("Phú Hà", "phường", [PT])],
        [],
        [
            F("khoảng 3.500 tỷ đồng", 3500000000000, "đồng", "khoảng"),
            F("10.000 - 12.000 lao động", 10000, "lao động", value_max=12000),
        ],
        [M("Khu công nghiệp Phú Hà", "dự án")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Năm nay, Liên đoàn Lao động tỉnh tổ chức chương trình "Tết sum vầy" và chương trình "Chuyến xe mùa xuân", trao 2.000 suất quà và 500 vé xe miễn phí cho công nhân.',
        [],
        [],
        [O("Liên đoàn Lao động tỉnh")],
        [F("2.000 suất quà", 2000, "suất quà"), F("500 vé xe", 500, "vé xe")],
        [M("Tết sum vầy", "chương trình"), M("Chuyến xe mùa xuân", "chương trình")],
    ),
    (
        "written",
        WRITTEN,
        PT,
        "Hưởng ứng Tháng hành động vì an toàn thực phẩm, Ban Chỉ đạo liên ngành đã kiểm tra 245 cơ sở, xử phạt 17 cơ sở vi phạm với số tiền gần 86 triệu đồng.",
        [],
        [],
        [],
        [
            F("245 cơ sở", 245, "cơ sở"),
            F("17 cơ sở", 17, "cơ sở"),
            F("gần 86 triệu đồng", 86000000, "đồng", "gần"),
        ],
        [],
    ),
    (
        "written",
        WRITTEN,
        PT,
        'Huyện Tam Nông phát động chiến dịch “Giải cứu dòng sông quê" và chương trình "Ngân hàng cây xanh", trồng mới 5.600 cây xanh.',
        [],
        [L("Tam Nông", "huyện", [PT])],
        [],
        [F("5.600 cây xanh", 5600, "cây xanh")],
        [M("Giải cứu dòng sông quê", "chiến dịch"), M("Ngân hàng cây xanh", "chương trình")],
    ),
]

KINDS = ("people", "places", "organizations", "figures", "models")


def rows() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for source, page, province, text, *labels in CASES:
        for kind, facts in zip(KINDS, labels, strict=True):
            row = {"split": "blind2", "source": source, "text": text}
            if page:
                row["page"] = page
            if province:
                row["province"] = province
            row[kind] = facts
            out[kind].append(row)
    return out


def main() -> None:
    for kind, items in rows().items():
        with (HERE / f"{kind}.jsonl").open("w", encoding="utf-8") as handle:
            for row in items:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Second, independent labels for the 80 texts of the BLIND25 split, to measure how far two labellers agree.

Labelled by a second labeller, who did not see the labels in tests/devset/blind25/. The exception is the
accident described under "Exposure" below. The texts and their order are those of
/tmp/agree/texts_blind25.json (page relative to tests/fixtures/pages), copied byte for byte. Every text was
labelled by reading its Vietnamese, with the page's HTML opened now and then for context (a teaser's headline,
the page's date). No vnnews command, extractor, bench or underthesea was run on any text, and no extractor
code was read (only the field names in extractors/facts.py). This script only turns the notation below into
tests/devset/second/blind25/{people,places,organizations,figures,models}.jsonl (split "blind25"):
    python tests/devset/second/make_second25.py

Exposure: while looking for precedents, one grep was run over tests/devset/blind*/make_*.py. That pattern
also matched the blind25 and blind26 scripts, and a few matching label lines were printed, most likely
blind25's. They were: a figure "1 ca mắc mới" with unit "ca mắc mới" (text 55), "xấp xỉ 23 triệu đồng" with
qualifier "xấp xỉ" (text 64), "ít nhất 80%" with qualifier "ít nhất" (text 51) and Endrick with the role
"Tiền đạo" (text 61). The qualifiers of texts 51 and 64 had been decided before that output was seen, and so
had the role "Tiền đạo trẻ" of text 61, which is kept. The unit of text 55 was decided after it ("ca mắc",
below). The agreement measure should leave those four texts out, or at least their figures and that role.
No file under tests/devset/blind25/ or blind26/ was opened otherwise.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind24 after it). Where a case is new, these decisions were taken:
- people: "Ngôi sao ca nhạc" before "Whitney Houston" is a role. It names her trade, a singer, as blind6's
  "Ca sĩ" and blind18's "Siêu mẫu" do, unlike blind20's bare "siêu sao", which is praise. "Tiền đạo trẻ"
  before "Endrick" is the role as written, the whole phrase before the name (blind8's "Cựu tiền đạo U23
  Thái Lan", blind18's "Nữ diễn viên"). "Chủ tịch Kim Jong-il" has the role "Chủ tịch" and no organisation
  (blind22, blind23's "Chủ tịch Hồ Chí Minh"). "Phương Thị Nga, đối tượng ..." gets no role ("đối tượng" is
  no role, and it stands after the name); she holds no "Nga" (blind10's "Bùi Thị Nga"). "Bảo Ngọc", "Đạt G"
  (blind24), "Hà Hồ", "Thanh Hằng" (the dev set), "Jolie", "Messi" and "Pele" are people by the names written.
  "Chị" inside a quoted speech is a pronoun, no person (blind19's "Anh").
- places: "sân bay Côn Đảo" and "Cảng hàng không Côn Đảo" name Côn Đảo, a unit inside an airport's name
  (blind22's "sân bay Long Thành"). Its type is "đặc khu", with no parent given: the page is dated December
  2025, after the 2025 reform made Côn Đảo a special zone, and a page's date gives the type (blind14's
  "Nghĩa Lộ", blind20's "Mũi Né"). "đến Long Thành" (the new airport, on the same 2025 page) is Long Thành,
  a "huyện" with parent Đồng Nai, exactly as blind22 labelled the same airport on this page. "KCN Yên Lư"
  names Yên Lư, a "xã" of Bắc Giang's Yên Dũng on this 2022 page, with no parent given: a unit inside an
  industrial park's name (blind12's "Công viên Cầu Giấy"), unlike blind21's "khu đô thị Xa La", named after
  a village that is no unit. "triển lãm hạng sang Mátxcơva" names Mátxcơva, a "city" with no parent given (a
  city inside an event's name, blind18's "tuần lễ thời trang New York"). "Ngày Thơ VN" names Việt Nam with
  the mention "VN", and "Liên hoan phim Việt Nam lần thứ 17" names Việt Nam too (a country inside an event's
  name, blind14's "Siêu cúp Italia"). "sao Hàn" names Hàn Quốc with the mention "Hàn" (blind8's "sao Hàn
  Quốc", blind23's "nghệ sĩ Hàn"). "TP. Thanh Hóa" is Thanh Hóa, a "thành phố", with the mention "Thanh
  Hóa" (blind16, blind17's "TP. Vinh"). "TPHCM" is a mention of Hồ Chí Minh. "Hòa Bình" and "Lục Nam" on
  the 2022 baobacgiang page are a "tỉnh" and a "huyện". "Hà Nội" inside "CSĐT Công an Hà Nội" and "CSGT Hà
  Nội" is labelled (blind20). "Việt Nam" inside "Ford Việt Nam" is labelled (blind18's "Grobest Việt Nam").
  "đội tuyển quần vợt nam Việt Nam" names Việt Nam (a team named by its country). These name no place:
  "Pacific Oceania" (a side named by a region), "châu Á", "châu Đại Dương", "Châu Phi" and "lục địa đen"
  (regions, blind6), "biển Đông" (blind4), "Hoa ngữ" (blind12), and "mỹ nhân Việt", "bạn trẻ Việt" and
  "thị trường Việt" (adjectives, blind13's "chứng khoán Việt", blind16).
- organisations: "CSĐT Công an Hà Nội" is one, expanded "Cảnh sát điều tra Công an Hà Nội" and carrying
  Hà Nội. Only the whole name is labelled, and "Công an Hà Nội" inside it is not repeated (blind/: nested
  names, blind20's "CSGT Hà Nội"). "quân đội Trung Quốc" is one carrying Trung Quốc (blind12's "quân đội
  Libya"). "Ford Việt Nam" is one carrying Việt Nam. These are organisations too: "Toyota Motor" (the
  company settling a lawsuit; the capitalised "Hãng" before it only opens the sentence, as blind19's
  "công ty Standard Oil"), "MobiFone", "Sun Group", "Bộ Xây dựng", "Avita" (entering a market; the "Avita"
  inside the laptop's name "Avita Liber" is no mention, blind24's "Soul"), "Genius" (a maker, blind12),
  "Volkswagen", "Tata Motors", the clubs "Lyon" and "Real Madrid", and the tag "(Soha.vn)" (blind13).
  "Payless ShoeSource", "Orient" and "Revlon" count as well: they are the shops and the brand whose
  promotions the ngoisao teasers announce (blind24's "Mommy", "Format"). The tag "(TNO)" is none, a
  dateline tag as blind8's "(NLĐO)". "Trung tâm chống sốc chiến trường" is none: the name of a training
  base, a site, as blind21's "Trung tâm Hội nghị Quốc gia". None either are brands inside a product's name
  ("Maserati Quattroporte", "Samsung Galaxy J7 Pro", "Toyota Avalon LE 2013", "Audi Q5", "Audi Q7", "Sony
  a6400", "GX Gaming", "GILA"; blind3, blind22), "Android" and "iOS" (platforms), "Luật Quản lý thuế" and
  "Hiến pháp" (laws, blind17), "Davis Cup 2022" (a tournament), a national team, and "KCN Yên Lư" (an
  industrial park, a site, blind16's "Puppy Farm").
- figures: "Từ 700 – 1 triệu đồng một xét nghiệm" is the range "700 – 1 triệu đồng", 700000 to 1000000
  "đồng". "Từ" before the range stays outside it (blind3), and the "triệu" scale of the range's end is not
  carried to its start: 700 triệu would exceed the end, so "700" means 700 nghìn. "một xét nghiệm" (what the
  price is for) is left out (blind14's "159 triệu đồng một lượng"). "xấp xỉ 23 triệu đồng" has the qualifier
  "xấp xỉ" ("approximately", as "khoảng"). "ít nhất 80%" has the qualifier "ít nhất" (blind3). "giá từ 2 tỉ
  đồng" is "2 tỉ đồng" with no qualifier ("từ" before a threshold, blind20). "10 điểm chung" has the unit
  "điểm chung", "10 bộ váy áo" the unit "bộ váy áo" (a classifier with a common noun, blind5's "500 thùng mì
  tôm"), "5 ứng dụng miễn phí" the unit "ứng dụng" (the adjective left out, blind21) and "10 mỹ nhân" the
  unit "mỹ nhân". "1 ca mắc mới" is "1 ca mắc" with the unit "ca mắc": the adjective "mới" is left out
  (blind/'s head noun, blind21's "4 sự kiện đáng chú ý"; the dev set's "ca mắc sốt xuất huyết"), and it is a
  real count of one case, not an article. "27 người chết" holds "27 người". These are no figures: "nhóm 3" (a
  group's number, blind15's "bảng F"), "1-2" (a score), "Davis Cup 2022", "tháng 7", "năm 2025", "năm
  2011", "phiên bản 2020", "Avalon LE 2013", "Concept ... 2012", "Noel 2012", "ĐH 2012" (years), "lần thứ
  17" (an ordinal), "Covid-19", "Ipv4/Ipv6", "a6400", "J7", "Q5", "Q7", "chữ V", "viêm gan B", dates
  ("26.12", "ngày 12/8", "(26/12/2012)") and the teasers' time stamps ("10:00 | 10/12/2012"). The number
  words ("hai người", "Ba người", "một căn cứ", "một nghiên cứu") are none too (blind6).
- models: none in these texts. "Liên hoan Thơ quốc tế", "Liên hoan phim Việt Nam" (festivals, blind5) and
  the bridal collection 'Công chúa tuyết' are no models, and neither is "nông thôn mới" (blind3).
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
NGOISAO = "ngoisao.net/ngoisao-2012-hoa-hau-hoan-vu.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TIENPHONG = "tienphong.vn/tienphong-2026-sieu-mau-noi-y-luu-van.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VE_HOME13 = "vnexpress.net/vnexpress-homepage-2013.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
CN = "Trung Quốc"
HQ = "Hàn Quốc"
TT = "Triều Tiên"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (
        ZNEWS_HOME,
        "Bảo Ngọc và Đạt G tổ chức lễ cưới vào giữa tháng 7. Sau đó, hai người luôn đồng hành cùng nhau trong các hoạt động.",
        [P("Bảo Ngọc"), P("Đạt G")],
        [],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Ngôi sao ca nhạc Whitney Houston qua đời",
        [P("Whitney Houston", roles=["Ngôi sao ca nhạc"])],
        [],
        [],
        [],
        [],
    ),
    (DT17, "Tuyệt chiêu thay đổi hình nền trên smartphone Android", [], [], [], [], []),
    (
        DT19_3,
        "Bình Định: Thanh niên chèo thuyền, vớt rác quanh khu “ổ chuột”",
        [],
        [L("Bình Định", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Messi được so sánh 10 điểm chung với Pele",
        [P("Messi"), P("Pele")],
        [],
        [],
        [F("10 điểm chung", 10, "điểm chung")],
        [],
    ),
    (NGOISAO, "'Lộ' cách giảm béo của mỹ nhân Việt 10:00 | 10/12/2012", [], [], [], [], []),
    (
        TN13,
        "Cưỡng chế 17 doanh nghiệp chây ỳ nợ thuế",
        [],
        [],
        [],
        [F("17 doanh nghiệp", 17, "doanh nghiệp")],
        [],
    ),
    (
        VE_HOME13,
        "Siêu xe Maserati Quattroporte phủ bụi ở Quảng Ninh",
        [],
        [L("Quảng Ninh", "tỉnh")],
        [],
        [],
        [],
    ),
    (XINHXINH, "Đông ấm áp với áo len phối màu (26/12/2012)", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Người phụ nữ ép nữ sinh quỳ giữa phố ở Hà Nội",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Luật Quản lý thuế (sửa đổi) cho phép tạm hoãn xuất cảnh với cá nhân thực sự đứng sau chi phối doanh nghiệp nếu nợ thuế, nhằm chặn tình trạng “thuê đại diện” để né trách nhiệm.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        BBG,
        "Ở trận chung kết nhóm 3 khu vực châu Á - châu Đại Dương, thuộc Davis Cup 2022, đội tuyển quần vợt nam Việt Nam thua đội Pacific Oceania với tỷ số 1-2.",
        [],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        DT13,
        "Vụ cưỡng chế đầm tôm gây nhiều tranh cãi tại Hải Phòng",
        [],
        [L("Hải Phòng", "thành phố")],
        [],
        [],
        [],
    ),
    (
        DT19_8,
        "Bộ ảnh đẹp như cổ tích của nhiếp ảnh gia dành 10 năm đi hết mọi nẻo đường tổ quốc",
        [],
        [],
        [],
        [F("10 năm", 10, "năm")],
        [],
    ),
    (DT20, "Người làm nghề trồng phật thủ tất bật vào vụ Tết", [], [], [], [], []),
    (
        NGOISAO,
        "Khuyến mại lớn từ Payless ShoeSource 16:00 | 21/12/2012",
        [],
        [],
        [O("Payless ShoeSource")],
        [],
        [],
    ),
    (
        SOHA13,
        "(Soha.vn) - Đài Loan vừa thiết lập một căn cứ huấn luyện khả năng chịu đựng các đòn tấn công tâm lý chiến của quân đội Trung Quốc nhằm vào họ với tên gọi Trung tâm chống sốc chiến trường",
        [],
        [L("Đài Loan", C), L(CN, C)],
        [O("Soha.vn"), O("quân đội Trung Quốc", place=CN)],
        [],
        [],
    ),
    (
        TIENPHONG,
        "TPHCM cảnh báo lô thuốc trị viêm gan B nghi giả",
        [],
        [L(HCM, "thành phố", m=["TPHCM"])],
        [],
        [],
        [],
    ),
    (VE_HOME13, "Concept xe hơi ấn tượng 2012", [], [], [], [], []),
    (
        XINHXINH,
        "10 bộ váy áo đẹp nhất năm của Jolie (26/12/2012)",
        [P("Jolie")],
        [],
        [],
        [F("10 bộ váy áo", 10, "bộ váy áo")],
        [],
    ),
    (
        DT13,
        "Liên hoan Thơ quốc tế và Ngày Thơ VN",
        [],
        [L(VN, C, m=["VN"])],
        [],
        [],
        [],
    ),
    (
        DT17,
        "5 ứng dụng miễn phí có hạn cho iOS ngày 12/8",
        [],
        [],
        [],
        [F("5 ứng dụng", 5, "ứng dụng")],
        [],
    ),
    (
        DT20,
        "Hà Nội: Thị trường lao động dịp cận Tết nhiều điểm sáng",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (GENK13, 'Một bước tiến quan trọng của "lục địa đen".', [], [], [], [], []),
    (
        NGOISAO,
        "Chăm sóc da ưu đãi tại Orient 17:00 | 21/12/2012",
        [],
        [],
        [O("Orient")],
        [],
        [],
    ),
    (
        TN13,
        "(TNO) Hãng Toyota Motor vào hôm 26.12 đã đồng ý sẽ trả 1,1 tỉ USD để dàn xếp vụ kiện tập thể liên quan đến việc những chiếc xe của hãng này tăng tốc bất thình lình.",
        [],
        [],
        [O("Toyota Motor")],
        [F("1,1 tỉ USD", 1100000000, "USD")],
        [],
    ),
    (
        VE_HOME13,
        "Xế độ ở triển lãm hạng sang Mátxcơva",
        [],
        [L("Mátxcơva", "city")],
        [],
        [],
        [],
    ),
    (
        XINHXINH,
        "Biến đồ ánh kim nổi bật thành trang phục đời thường (26/12/2012)",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "CSĐT Công an Hà Nội đã tạm giữ hình sự Phương Thị Nga, đối tượng có hành vi lấy trộm gói hàng của một nữ sinh, khi cô gái này xin lại đã hành hung, ép nạn nhân quỳ xin lỗi.",
        [P("Phương Thị Nga")],
        [L(HN, "thành phố")],
        [O("CSĐT Công an Hà Nội", "Cảnh sát điều tra Công an Hà Nội", HN)],
        [],
        [],
    ),
    (
        BBG,
        "Ba người đàn ông ở Hòa Bình bắt cóc trên đồi về chế biến thành món ăn, sau đó xuất hiện đau đầu, tê bì, mệt mỏi, yếu cơ, đặc biệt loạn nhịp tim cần hồi sức tích cực.",
        [],
        [L("Hòa Bình", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT17,
        'MobiFone giảm hơn 50% giá bán Samsung Galaxy J7 Pro, tạo "cơn sốt" trên thị trường',
        [],
        [],
        [O("MobiFone")],
        [F("hơn 50%", 50, "%", "hơn")],
        [],
    ),
    (
        DT19_3,
        "Dịch tả lợn Châu Phi tiếp tục lây lan đến TP. Thanh Hóa",
        [],
        [L("Thanh Hóa", "thành phố")],
        [],
        [],
        [],
    ),
    (
        NGOISAO,
        "Sở hữu khuôn mặt chữ V như sao Hàn 10:00 | 21/12/2012",
        [],
        [L(HQ, C, m=["Hàn"])],
        [],
        [],
        [],
    ),
    (
        TN13,
        "Thái Lan và Campuchia dùng chung visa",
        [],
        [L("Thái Lan", C), L("Campuchia", C)],
        [],
        [],
        [],
    ),
    (VE_HOME13, "Toyota Avalon LE 2013 trang bị thiết bị sạc không dây", [], [], [], [], []),
    (
        XINHXINH,
        "Hà Hồ - Thanh Hằng đọ hot trend (26/12/2012)",
        [P("Hà Hồ"), P("Thanh Hằng")],
        [],
        [],
        [],
        [],
    ),
    (BBG, "Vườn bơ trĩu quả ở Lục Nam", [], [L("Lục Nam", "huyện")], [], [], []),
    (
        DT13,
        "Triều Tiên tiễn biệt Chủ tịch Kim Jong-il",
        [P("Kim Jong-il", roles=["Chủ tịch"])],
        [L(TT, C)],
        [],
        [],
        [],
    ),
    (
        DT17,
        "Audi Q5 thế mới có giá từ 2 tỉ đồng",
        [],
        [],
        [],
        [F("2 tỉ đồng", 2000000000, "đồng")],
        [],
    ),
    (
        DT19_3,
        "Từ 700 – 1 triệu đồng một xét nghiệm tìm sán lợn",
        [],
        [],
        [],
        [F("700 – 1 triệu đồng", 700000, "đồng", value_max=1000000)],
        [],
    ),
    (
        GENK13,
        "Trong phần này chúng ta sẽ tìm hiểu các khái niệm mạng LAN/WAN, Ipv4/Ipv6, MAC address...",
        [],
        [],
        [],
        [],
        [],
    ),
    (NGOISAO, "Quà tặng Noel cho mẹ bầu 10:00 | 21/12/2012", [], [], [], [], []),
    (
        SOHA13,
        "Bất chợt “ả” vỗ đánh đốp vào mông tôi, “Chị không bỏ nghề đâu, vì nghề này vừa sướng lại vừa có tiền”.",
        [],
        [],
        [],
        [],
        [],
    ),
    (TN13, "Ai Cập chính thức thông qua Hiến pháp mới", [], [L("Ai Cập", C)], [], [], []),
    (XINHXINH, 'Ngắm thời trang "sao" diện mùa cuối năm (26/12/2012)', [], [], [], [], []),
    (DT13, "Nhà lãnh đạo Triều Tiên qua đời", [], [L(TT, C)], [], [], []),
    (DT19_8, "Audi Q7 có nhiều thay đổi ở phiên bản 2020", [], [], [], [], []),
    (
        NGOISAO,
        "Revlon ưu đãi dịp Giáng sinh 07:00 | 20/12/2012",
        [],
        [],
        [O("Revlon")],
        [],
        [],
    ),
    (TN13, "Tổng thống Myanmar kêu gọi cải tổ", [], [L("Myanmar", C)], [], [], []),
    (XINHXINH, "Tô điểm điệu đà cho mái tóc bằng bờm xinh (26/12/2012)", [], [], [], [], []),
    (
        ZNEWS_KD,
        "Bộ Xây dựng thúc Sun Group nộp quy hoạch nâng cấp sân bay Côn Đảo",
        [],
        [L("Côn Đảo", "đặc khu")],
        [O("Bộ Xây dựng"), O("Sun Group")],
        [],
        [],
    ),
    (
        BBG,
        "Phấn đấu đến năm 2025, cả nước có ít nhất 80% số xã đạt chuẩn nông thôn mới",
        [],
        [],
        [],
        [F("ít nhất 80%", 80, "%", "ít nhất")],
        [],
    ),
    (DT13, "Toàn cảnh thế giới năm 2011", [], [], [], [], []),
    (
        DT19_3,
        "Avita gia nhập thị trường Việt, ra mắt dòng máy tính xách tay Avita Liber",
        [],
        [],
        [O("Avita")],
        [],
        [],
    ),
    (
        DT19_8,
        "Ford Việt Nam sẽ mất 10 năm để triệu hồi, sửa lỗi xe Ranger",
        [],
        [L(VN, C)],
        [O("Ford Việt Nam", place=VN)],
        [F("10 năm", 10, "năm")],
        [],
    ),
    (
        DT20,
        "Việt Nam có 1 ca mắc mới Covid-19, là người nhập cảnh qua đường biển",
        [],
        [L(VN, C)],
        [],
        [F("1 ca mắc", 1, "ca mắc")],
        [],
    ),
    (GENK13, "Genius ra mắt chuột chơi game GILA", [], [], [O("Genius")], [], []),
    (NGOISAO, "Bộ sưu tập váy cưới 'Công chúa tuyết' 14:36 | 18/12/2012", [], [], [], [], []),
    (
        SOHA13,
        "(Soha.vn) - Theo một nghiên cứu trên toàn thế giới thì Hàn Quốc đứng đầu danh sách sở hữu dương vật ngắn nhất.",
        [],
        [L(HQ, C)],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        TN13,
        "Rơi máy bay tại Kazakhstan, 27 người chết",
        [],
        [L("Kazakhstan", C)],
        [],
        [F("27 người", 27, "người")],
        [],
    ),
    (
        XINHXINH,
        "10 mỹ nhân quyền lực nhất làng mốt Hoa ngữ (24/12/2012)",
        [],
        [],
        [],
        [F("10 mỹ nhân", 10, "mỹ nhân")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Tiền đạo trẻ Endrick gia nhập Lyon theo hợp đồng cho mượn từ Real Madrid, đánh dấu bước đi quan trọng trong sự nghiệp nhằm tìm kiếm cơ hội ra sân nhiều hơn.",
        [P("Endrick", roles=["Tiền đạo trẻ"])],
        [],
        [O("Lyon"), O("Real Madrid")],
        [],
        [],
    ),
    (
        DT13,
        "10 người tử vong trong vụ lật xe thảm khốc",
        [],
        [],
        [],
        [F("10 người", 10, "người")],
        [],
    ),
    (
        DT17,
        "Volkswagen và Tata Motors thoả thuận hợp tác bất thành",
        [],
        [],
        [O("Volkswagen"), O("Tata Motors")],
        [],
        [],
    ),
    (
        DT19_3,
        "Sony a6400 chính thức có mặt tại Việt Nam, giá xấp xỉ 23 triệu đồng",
        [],
        [L(VN, C)],
        [],
        [F("xấp xỉ 23 triệu đồng", 23000000, "đồng", "xấp xỉ")],
        [],
    ),
    (
        DT20,
        '"Mở kho" trí tuệ và dữ liệu sẽ thúc đẩy phát triển y học chính xác tại Việt Nam',
        [],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        TN13,
        "(TNO) Trong một động thái có thể làm gia tăng căng thẳng trong khu vực, Trung Quốc cho biết sẽ đầu tư khoảng 1,6 tỉ USD để xây dựng cơ sở hạ tầng phi pháp trên các hòn đảo ở biển Đông.",
        [],
        [L(CN, C)],
        [],
        [F("khoảng 1,6 tỉ USD", 1600000000, "USD", "khoảng")],
        [],
    ),
    (
        XINHXINH,
        "Street Style ấn tượng trong tuần của bạn trẻ Việt (24/12/2012)",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Camera AI ghi lại hình ảnh xúc động của CSGT Hà Nội",
        [],
        [L(HN, "thành phố")],
        [O("CSGT Hà Nội", "Cảnh sát giao thông Hà Nội", HN)],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Bộ Xây dựng đề nghị Sun Group khẩn trương hoàn thiện hồ sơ quy hoạch Cảng hàng không Côn Đảo theo các mốc thời gian đã cam kết.",
        [],
        [L("Côn Đảo", "đặc khu")],
        [O("Bộ Xây dựng"), O("Sun Group")],
        [],
        [],
    ),
    (
        BBG,
        "Phát động đợt cao điểm giải phóng mặt bằng KCN Yên Lư",
        [],
        [L("Yên Lư", "xã")],
        [],
        [],
        [],
    ),
    (DT13, "Liên hoan phim Việt Nam lần thứ 17", [], [L(VN, C)], [], [], []),
    (
        DT19_8,
        "Nhiều bất cập, hệ lụy trong công tác phòng chống cháy rừng tại Nghệ An",
        [],
        [L("Nghệ An", "tỉnh")],
        [],
        [],
        [],
    ),
    (DT20, "Uể oải, thiếu sức sống: Có thể lá gan đang gặp nguy hiểm", [], [], [], [], []),
    (
        GENK13,
        "Thế hệ chuột laser chơi game thuộc dòng GX Gaming cao cấp của Genius.",
        [],
        [],
        [O("Genius")],
        [],
        [],
    ),
    (
        SOHA13,
        "(Soha.vn) - Quả pháo sau đó đã phát nổ khiến cầu thủ này tỏ ra vô cùng đau đớn",
        [],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    (TN13, "Hàn Quốc sắp mua UAV tối tân", [], [L(HQ, C)], [], [], []),
    (
        XINHXINH,
        "'Nghía' qua sắc màu đường phố mùa Noel 2012 (24/12/2012)",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Nhìn lại khoảnh khắc chuyến bay chở khách đầu tiên đến Long Thành",
        [],
        [L("Long Thành", "huyện", ["Đồng Nai"])],
        [],
        [],
        [],
    ),
    (DT13, "Thay đổi trong tuyển sinh ĐH 2012", [], [], [], [], []),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    folder = HERE / "blind25"
    folder.mkdir(exist_ok=True)
    write_kinds(folder, rows_by_kind("blind25", CASES))


if __name__ == "__main__":
    main()

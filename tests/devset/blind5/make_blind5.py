"""Hand labels for the BLIND5 split, written before vnnews, `extractors` or underthesea ever ran on them.

A fifth held-out set, for the last honest measurement of whether the extractors generalise; it is
meant to stay unseen by whoever tunes them. Two sources, kept apart in each row's "source":
- "real": text copied from fixtures no other split uses (selectolax `node.text(deep=True)` of a leaf
  <p>, <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC; the
  item descriptions of the RSS feed; a paragraph a line of the stored texts of tests/fixtures/
  obfuscated). A row's "page" is relative to tests/fixtures/pages, so the feed is "../feeds/..." and a
  stored text "../obfuscated/...". A node was left out when it shares any 40 characters with a text
  of another split. Most unused nodes are home-page headlines: of 100 unused nodes of 60 characters
  or more, 50 of the 53 with a person, place, organisation or figure (or a tempting negative) were
  taken. A leading "PTO- " or "(Baothanhhoa.vn) - " tag is dropped like "(BGĐT) - " in blind4/.
- "written": sentences written for this set in the style of Báo Phú Thọ and other provincial papers
  (commune officials with ranks and roles after a dash or comma, security movements, new-countryside
  programme, farming, budgets and loans, health, schools, traffic accidents, floods, festivals), for
  figures and their negatives (dates, years, times, phone, document and plate numbers, ranks, model
  codes) and for model names (quoted with “ ” or " ", unquoted after a colon, capitalised after the
  kind word, several after "các") and generic phrases that are not models.
No text here occurs in tests/devset/*.jsonl, blind/, blind2/, blind3/ or blind4/ (checked by
tests/test_blind_labels.py). The author read no extractor code (only extractors/facts.py for field
names) and ran no extractor, vnnews command or underthesea on these texts. This script only turns the
notation below into tests/devset/blind5/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind5/make_blind5.py

Conventions: exactly those of tests/devset/blind4/make_blind4.py (and blind/..blind3/ before it), plus
these decisions taken before any scoring:
- figures: a swimming time "49 giây 67" is one figure, 49.67 seconds; an event name "100 mét tự do"
  is not a figure; a floor count "tòa nhà 70 tầng" is a figure with unit "tầng" (like a seat count);
  "12 vạn nhân công" is 120000 (a vạn is ten thousand); "Hơn 70 %" keeps its space in the text; a
  "200 triệu/tháng" fee carries the implied "đồng" ("đồng/tháng"); "gấp 3 - 4 lần" keeps "gấp" and
  "dưới 1 tuổi" keeps "dưới" (as the dev set); "đóng góp tới 40%" keeps "tới" (an amount, as blind4's
  "chờ tới 2 năm"); "từ 1 tỷ đồng/năm trở lên" is "1 tỷ đồng/năm" with no qualifier; "9 tháng năm
  2026" gives "9 tháng" (as the dev set); "2 tấn gạo" has unit "tấn" (a measure) but "500 thùng mì
  tôm" unit "thùng mì tôm" (a count); a phone or hotline number ("0210.3856.113", "1900 9095", "số
  114"), a plate "19H-068.27", "km 12+300", "Quốc lộ 32C", "Quyết định số 1520/QĐ-UBND", "Khu 3" and
  "tổ 12" (numbered units, labelled as places), "xếp hạng 3", "lớp 10", "lần thứ II", "quý III",
  "24/24 giờ", "mức độ 2", "Đội ... số 2", "MIG-21", "B52" and "DJI Agras T40" are not figures.
- people: a stage name ("Mỹ Tâm", "Seungri") is a person; "Bác Hồ" is a mention of Hồ Chí Minh (as
  the dev set); an unnamed office holder ("Chủ tịch VCCI", "Bí thư huyện Phúc Thọ", "HLV Ceres
  Negros") is not a person; two roles after a comma ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND
  xã Tam Nông") are both roles, the organisation being the last one's.
- places: "Guam" is a place of type "territory"; "Triều" in "Mỹ - Triều" is a mention of Triều Tiên;
  "làng Thọ Xuân" is a place of type "làng"; "châu Âu" is not a place (as blind4); "Việt" alone in
  "doanh nghiệp Việt" is not a place mention; "Đền Hùng" (a temple) and "sông Thao" are not places.
- organisations: "Báo Phú Thọ" (in "Toà soạn Báo Phú Thọ") and "Báo Cứu quốc" are organisations
  named by the paper; "nhà SM" names the agency "SM"; "Ethanol Đại Tân" (a company named without
  "Công ty") is an organisation; a bare "Đảng" or "Đảng ủy" is one (as a bare "Huyện ủy" in blind3);
  "Dow Jones" (an index), "Unikey" (software), "EVFTA" (a treaty), "DJI" (a brand), "FA Cup", "World
  Cup", "VĐTG" and "đội tuyển Việt Nam" (as blind3) are not.
- models: "“Một làng tiên tiến kiểu mẫu”" (an article's title) is not a model; "Hội thi Văn nghệ
  quần chúng" (capitalised after the kind word, blind3's rule) is a model of kind "hội thi";
  "phương án “4 tại chỗ”" is a model of kind "phương án"; a festival ("Lễ hội Đền Hùng"), a motto
  after "phương châm", "các chương trình tín dụng chính sách", "Chương trình mục tiêu quốc gia ..."
  (as before), "tiêu chí về thu nhập" and activities after "các mô hình kinh tế như" are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
FEED = "../feeds/vnexpress-2017-07-rss-tin-moi-nhat.xml"
PTO_PRINT = "../obfuscated/baophutho.vn/baophutho-print-134147.stored-text.txt"
BTH_LANG = "../obfuscated/baothanhhoa.vn/baothanhhoa-153013-tu-mot-lang-tien-tien-kieu-mau.stored-text.txt"
BNA = "baonghean.vn/baonghean-2019-demo-detail.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
DT12 = "dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
GENK = "genk.vn/genk-2012-amazon.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
NLD = "nld.com.vn/nld-2012-thieu-tien-hui.html"
VNEC = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
VTC_A = "vtcnews.vn/vtcnews-2025-sample-article.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
HN = "Hà Nội"
UBND = "Ủy ban nhân dân"

REAL = [
    # ------------------------------------------------------------------ RSS item descriptions
    (
        FEED,
        "* McGregor phản pháo Mike Tyson *Man Utd quay lại hỏi mua Gareth Bale *Neymar muốn PSG mua Alexis Sanchez và Coutinho.",
        [
            P("McGregor"),
            P("Mike Tyson"),
            P("Gareth Bale"),
            P("Neymar"),
            P("Alexis Sanchez"),
            P("Coutinho"),
        ],
        [],
        [O("Man Utd"), O("PSG")],
        [],
        [],
    ),
    (
        FEED,
        "VĐV Việt Nam đạt 49 giây 67 tại vòng loại 100 mét tự do nam giải bơi VĐTG ở Hungary, nhưng chưa thể vượt qua vòng loại.",
        [],
        [L(VN, "country"), L("Hungary", "country")],
        [],
        [F("49 giây 67", "49.67", "giây")],
        [],
    ),
    (
        FEED,
        "Câu chuyện của Andrew Young tại BEC Tero Sasana sẽ phần nào cho thấy giá trị của một chuyên gia thể lực trong bóng đá hiện đại.",
        [P("Andrew Young")],
        [],
        [O("BEC Tero Sasana")],
        [],
        [],
    ),
    (
        FEED,
        "Kíp lái xe tăng Ai Cập dũng cảm điều khiển xe chặn đứng vụ tấn công tự sát bằng xe bom của phiến quân thân IS.",
        [],
        [L("Ai Cập", "country")],
        [O("IS")],
        [],
        [],
    ),
    (
        FEED,
        "Phản kháng việc bị đánh, bà Phia xô ngã, cầm chày đánh vào vùng kín khiến ông chồng mất mạng.",
        [P("Phia", "Bà")],
        [],
        [],
        [],
        [],
    ),
    (
        FEED,
        "Hai cô gái đến nhà người vay tiền gây náo loạn, lấy điện thoại để ép đưa trả 10 triệu đồng.",
        [],
        [],
        [],
        [F("10 triệu đồng", 10000000, "đồng")],
        [],
    ),
    (
        FEED,
        "Một tài xế ở Hà Nội mở cửa ôtô bất cẩn đã quệt cô gái đi xe máy ngã văng xuống đường.",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ stored texts of obfuscated pages
    (
        PTO_PRINT,
        "Còn nhớ 7 năm về trước, lúc ấy tôi mới tốt nghiệp đại học và chập chững bước vào nghề. Nơi gửi gắm ước mơ làm báo chuyên nghiệp là Toà soạn Báo Phú Thọ.",
        [],
        [L(PT, "tỉnh")],
        [O("Báo Phú Thọ", place=PT)],
        [F("7 năm", 7, "năm")],
        [],
    ),
    (
        BTH_LANG,
        "Cách đây gần 70 năm, ngày 12-8-1952, trên Báo Cứu quốc, Bác Hồ có bài viết về “Một làng tiên tiến kiểu mẫu” với nội dung: “Là làng Thọ Xuân (Thanh Hóa). Sau khi nghiên cứu kỹ và hiểu rõ kế hoạch sản xuất và tiết kiệm của Chính phủ, đồng bào toàn xã cùng nhau kiểm điểm: mình đã tiết kiệm chưa? Kết quả là thấy rõ mỗi năm Nhân dân toàn xã đã lãng phí 12 vạn nhân công, nghĩa là ta có thể cày cấy thêm 1.000 mẫu ruộng. Thấy như vậy, đồng bào Thọ Xuân bèn cùng nhau tổ chức, làm việc tập đoàn đặt kế hoạch sản xuất và tiết kiệm, lập chương trình nghề nghiệp phụ, như kéo sợi, làm vải, vân vân.",
        [P("Hồ Chí Minh", m=["Bác Hồ"])],
        [
            L("Thọ Xuân", "làng", ["Thanh Hóa"], m=["Thọ Xuân", "Thọ Xuân"]),
            L("Thanh Hóa", "tỉnh"),
        ],
        [O("Báo Cứu quốc"), O("Chính phủ")],
        [
            F("gần 70 năm", 70, "năm", "gần"),
            F("12 vạn nhân công", 120000, "nhân công"),
            F("1.000 mẫu ruộng", 1000, "mẫu ruộng"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ article pages
    (
        BNA,
        "James Rodriguez: Cầu thủ thứ 7 chuyển giao giữa Real và Bayern",
        [P("James Rodriguez")],
        [],
        [O("Real"), O("Bayern")],
        [],
        [],
    ),
    (
        CAFEBIZ,
        'Cha đẻ "phần mềm quốc dân Việt Nam" Unikey lộ diện: Rời bỏ vị trí Giám đốc AI sau 8 năm gắn bó, đầu quân sang MoMo',
        [],
        [L(VN, "country")],
        [O("MoMo")],
        [F("8 năm", 8, "năm")],
        [],
    ),
    (
        DT12,
        "“Mục sở thị” MIG-21 do Phạm Tuân lái từng bắn rơi B52 (25/12)",
        [P("Phạm Tuân")],
        [],
        [],
        [],
        [],
    ),
    (
        DT12,
        "Tàu cá ngừ đại dương bị nhấn chìm, 7 ngư dân thoát nạn (25/12)",
        [],
        [],
        [],
        [F("7 ngư dân", 7, "ngư dân")],
        [],
    ),
    (
        DT12,
        "Hà Nội: Gãy cẩu tháp ở tòa nhà 70 tầng, hàng trăm người hoảng loạn (25/12)",
        [],
        [L(HN, "thành phố")],
        [],
        [F("70 tầng", 70, "tầng")],
        [],
    ),
    # ------------------------------------------------------------------ home-page headlines
    (
        DT17,
        "Bộ Tư pháp sẽ trao đổi với Bộ Giáo dục về việc bút phê lý lịch",
        [],
        [],
        [O("Bộ Tư pháp"), O("Bộ Giáo dục")],
        [],
        [],
    ),
    (
        DT17,
        "Bé 8 tháng tuổi sống sót thần kỳ sau 3 ngày bị mẹ bỏ rơi bên đường",
        [],
        [],
        [],
        [F("8 tháng tuổi", 8, "tháng tuổi"), F("3 ngày", 3, "ngày")],
        [],
    ),
    (
        DT17,
        "Vì sao các đời tổng thống Mỹ không thể ngăn Triều Tiên phát triển hạt nhân?",
        [],
        [L("Mỹ", "country"), L("Triều Tiên", "country")],
        [],
        [],
        [],
    ),
    (
        DT17,
        "Cuộc sống khó đoán tại Guam giữa “trung tâm khẩu chiến” Mỹ - Triều",
        [],
        [L("Guam", "territory"), L("Mỹ", "country"), L("Triều Tiên", "country", m=["Triều"])],
        [],
        [],
        [],
    ),
    (
        DT17,
        "Thanh Hóa: Nhiều trường tư thục lo lắng vì không tuyển đủ học sinh",
        [],
        [L("Thanh Hóa", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT17,
        "Không như Mỹ Tâm - Đức Phúc, đây là các cặp thầy trò showbiz đã từ mặt nhau",
        [P("Mỹ Tâm"), P("Đức Phúc")],
        [],
        [],
        [],
        [],
    ),
    (
        DT17,
        "ĐH Harvard bị tố “kì thị sắc tộc” khi tuyển đa số SV da màu và thiểu số",
        [],
        [],
        [O("ĐH Harvard", "Đại học Harvard")],
        [],
        [],
    ),
    (
        DT17,
        "Người giàu Nhật đóng 200 triệu/tháng để sống trong viện dưỡng lão",
        [],
        [L("Nhật", "country")],
        [],
        [F("200 triệu/tháng", 200000000, "đồng/tháng")],
        [],
    ),
    (
        DT19_3,
        "Lũ quét kinh hoàng tại Indonesia, ít nhất 63 người thiệt mạng",
        [],
        [L("Indonesia", "country")],
        [],
        [F("ít nhất 63 người", 63, "người", "ít nhất")],
        [],
    ),
    (
        DT19_3,
        "Người hùng xả thân khống chế sát thủ “máu lạnh” tại New Zealand",
        [],
        [L("New Zealand", "country")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Lại “nóng” các dự án cao tốc; Bất ngờ đơn từ chức của Tổng giám đốc PVN",
        [],
        [],
        [O("PVN", "Tập đoàn Dầu khí Việt Nam")],
        [],
        [],
    ),
    (
        DT19_3,
        "Đặng Văn Lâm ngày càng xuất sắc, đội tuyển Việt Nam càng có lợi",
        [P("Đặng Văn Lâm")],
        [L(VN, "country")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "MU bị loại ở FA Cup, HLV Solskjaer thừa nhận sự thật cay đắng",
        [P("Solskjaer", roles=["HLV"])],
        [],
        [O("MU")],
        [],
        [],
    ),
    (
        DT19_3,
        "“Bóng hồng” duy nhất bị truy tố trong giai đoạn 2 vụ Hà Văn Thắm",
        [P("Hà Văn Thắm")],
        [],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "PGS.TS Trần Đình Thiên chỉ thẳng điểm bất thường trên thị trường bất động sản",
        [P("Trần Đình Thiên", "PGS.TS")],
        [],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Phát hiện kho báu trị giá hàng tỷ đô la tại một ngôi đền ở Ấn Độ",
        [],
        [L("Ấn Độ", "country")],
        [],
        [],
        [],
    ),
    (
        DT19_3,
        "Bất ngờ tìm thấy hơn 40 con gián chết trong món vịt mua ở cửa hàng",
        [],
        [],
        [],
        [F("hơn 40 con gián", 40, "con gián", "hơn")],
        [],
    ),
    (
        DT19_8,
        "Từ 1/7: Hàng triệu lao động thụ hưởng 5 chính sách tiền lương, việc làm mới",
        [],
        [],
        [],
        [F("5 chính sách tiền lương", 5, "chính sách tiền lương")],
        [],
    ),
    (
        DT19_8,
        'Điểm mặt các ứng viên ngồi "ghế nóng" thay ông Cấn Văn Nghĩa',
        [P("Cấn Văn Nghĩa", "Ông")],
        [],
        [],
        [],
        [],
    ),
    (
        DT19_8,
        "Vụ việc ở Đồng Nai - Không có chuyện “luật cho dân, lệ cho quan”!",
        [],
        [L("Đồng Nai", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT19_8,
        "HLV Ceres Negros ngả mũ, thừa nhận Quang Hải có thể chơi bóng ở châu Âu",
        [P("Quang Hải")],
        [],
        [O("Ceres Negros")],
        [],
        [],
    ),
    (
        DT19_8,
        "Thông tin ngỡ ngàng về cây cầu luôn tiềm ẩn nguy cơ xảy ra thảm hoạ tại Bắc Giang!",
        [],
        [L("Bắc Giang", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        DT19_8,
        "Hà Nội: Bí thư huyện Phúc Thọ bị cách tất cả chức vụ trong Đảng",
        [],
        [L(HN, "thành phố"), L("Phúc Thọ", "huyện", [HN])],
        [O("Đảng")],
        [],
        [],
    ),
    (
        DT19_8,
        "Chủ tịch VCCI: Hơn 70 % doanh nghiêp Việt lần đầu nghe đến EVFTA",
        [],
        [],
        [O("VCCI", "Phòng Thương mại và Công nghiệp Việt Nam")],
        [F("Hơn 70 %", 70, "%", "hơn")],
        [],
    ),
    (
        DT19_8,
        "Bê bối tình dục lớn nhất Hàn Quốc: Seungri bị truy tố với 7 tội danh",
        [P("Seungri")],
        [L("Hàn Quốc", "country")],
        [],
        [F("7 tội danh", 7, "tội danh")],
        [],
    ),
    (
        DT19_8,
        "Vị khách hào phóng boa gần 700 triệu đồng cho nhân viên phục vụ là ai?",
        [],
        [],
        [],
        [F("gần 700 triệu đồng", 700000000, "đồng", "gần")],
        [],
    ),
    (
        DT19_8,
        "Chuyển tuyến chậm, bệnh nhi 10 tuổi tử vong sau điều trị đau bụng, tiêu chảy",
        [],
        [],
        [],
        [F("10 tuổi", 10, "tuổi")],
        [],
    ),
    (
        DT19_8,
        "Vụ “thương binh mất đất, mất chế độ chính sách”: Ban Dân nguyện đề nghị giải quyết",
        [],
        [],
        [O("Ban Dân nguyện")],
        [],
        [],
    ),
    (
        DT19_8,
        "Thứ trưởng Bộ GD&ĐT: “Qua được một ngày thi rồi, chúng ta vẫn không chủ quan”",
        [],
        [],
        [O("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo")],
        [],
        [],
    ),
    (
        GENK,
        "Amazon: Kẻ lão luyện đầy chiến lược trong cuộc chiến công nghệ",
        [],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (
        K14,
        "SNSD tại concert nhà SM: Suýt nữa kết màn chỉ có 2 thành viên, em út Seohyun ...",
        [P("Seohyun")],
        [],
        [O("SM")],
        [F("2 thành viên", 2, "thành viên")],
        [],
    ),
    (
        K14,
        'Diệu Nhi xứng danh "thánh lầy": Báo tin vui cho Lee Dong Wook, tiếc nuối vì lỡ ...',
        [P("Diệu Nhi"), P("Lee Dong Wook")],
        [],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "Đánh bại Argentina, Tây Ban Nha vô địch World Cup lần thứ hai",
        [],
        [L("Argentina", "country"), L("Tây Ban Nha", "country")],
        [],
        [],
        [],
    ),
    (
        NLD,
        "Vụ nợ nần ở Ethanol Đại Tân: Chủ nợ bao vây Công ty CP Đồng Xanh",
        [],
        [],
        [O("Ethanol Đại Tân"), O("Công ty CP Đồng Xanh", "Công ty Cổ phần Đồng Xanh")],
        [],
        [],
    ),
    (
        VNEC,
        "Dow Jones “bay” thêm 300 điểm, giá dầu tụt khỏi đỉnh, Bitcoin giảm",
        [],
        [],
        [],
        [F("300 điểm", 300, "điểm")],
        [],
    ),
    (
        VTC_A,
        "Mở rộng đường hơn 2.000 tỷ đồng 'giải cứu' kẹt xe ở cửa ngõ phía Đông TP.HCM",
        [],
        [L("Hồ Chí Minh", "thành phố", m=["TP.HCM"])],
        [],
        [F("hơn 2.000 tỷ đồng", 2000000000000, "đồng", "hơn")],
        [],
    ),
]

# (text, people, places, organizations, figures, models) of a sentence written for this set
WRITTEN_CASES = [
    (
        "Thượng tá Nguyễn Mạnh Hùng - Trưởng Công an xã Sơn Nga cho biết, năm 2025 lực lượng công an xã đã giải quyết 97/105 tin báo về tội phạm, đạt 92,4%, bắt giữ 14 đối tượng, thu giữ gần 3 kg pháo nổ.",
        [P("Nguyễn Mạnh Hùng", "Thượng tá", ["Trưởng Công an xã Sơn Nga"], "Công an xã Sơn Nga")],
        [L("Sơn Nga", "xã", [PT])],
        [O("Công an xã Sơn Nga", place="Sơn Nga")],
        [
            F("97/105 tin báo", 97, "tin báo", of=105),
            F("đạt 92,4%", "92.4", "%", "đạt"),
            F("14 đối tượng", 14, "đối tượng"),
            F("gần 3 kg", 3, "kg", "gần"),
        ],
        [],
    ),
    (
        "Xã Hy Cương đã xây dựng 23 mô hình tự quản về an ninh trật tự, trong đó có các mô hình: Cổng trường an toàn, Xóm đạo bình yên, Dòng họ không có người vi phạm pháp luật.",
        [],
        [L("Hy Cương", "xã", [PT])],
        [],
        [F("23 mô hình", 23, "mô hình")],
        [
            M("Cổng trường an toàn", "mô hình"),
            M("Xóm đạo bình yên", "mô hình"),
            M("Dòng họ không có người vi phạm pháp luật", "mô hình"),
        ],
    ),
    (
        "Đại úy Hà Thị Lan, Phó Trưởng Công an xã Thanh Sơn, đã trực tiếp hướng dẫn người dân kích hoạt 1.240 tài khoản định danh điện tử; người dân cần hỗ trợ liên hệ số điện thoại 0210.3856.113.",
        [P("Hà Thị Lan", "Đại úy", ["Phó Trưởng Công an xã Thanh Sơn"], "Công an xã Thanh Sơn")],
        [L("Thanh Sơn", "xã", [PT])],
        [O("Công an xã Thanh Sơn", place="Thanh Sơn")],
        [F("1.240 tài khoản định danh điện tử", 1240, "tài khoản định danh điện tử")],
        [],
    ),
    (
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Đoan Hùng cho biết, dư nợ các chương trình tín dụng chính sách đến ngày 30/9 đạt 612,4 tỷ đồng với 12.306 khách hàng; mức cho vay tối đa 100 triệu đồng/hộ, thời hạn 3 - 5 năm.",
        [],
        [L("Đoan Hùng", "huyện", [PT])],
        [O("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Đoan Hùng", place="Đoan Hùng")],
        [
            F("đạt 612,4 tỷ đồng", 612400000000, "đồng", "đạt"),
            F("12.306 khách hàng", 12306, "khách hàng"),
            F("tối đa 100 triệu đồng/hộ", 100000000, "đồng/hộ", "tối đa"),
            F("3 - 5 năm", 3, "năm", value_max=5),
        ],
        [],
    ),
    (
        "Xã Phù Ninh phát động phong trào “Phù Ninh chung sức xây dựng nông thôn mới nâng cao” giai đoạn 2026 - 2030, phấn đấu mỗi năm có thêm 2 - 3 khu dân cư đạt chuẩn kiểu mẫu.",
        [],
        [L("Phù Ninh", "xã", [PT], m=["Phù Ninh", "Phù Ninh"])],
        [],
        [F("2 - 3 khu dân cư", 2, "khu dân cư", value_max=3)],
        [M("Phù Ninh chung sức xây dựng nông thôn mới nâng cao", "phong trào")],
    ),
    (
        "Đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Tam Nông chủ trì hội nghị sơ kết công tác quý III với sự tham dự của 85 đại biểu.",
        [
            P(
                "Lê Quang Vinh",
                "Đồng chí",
                ["Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Tam Nông"],
                "HĐND xã Tam Nông",
            )
        ],
        [L("Tam Nông", "xã", [PT])],
        [O("Đảng ủy"), O("HĐND xã Tam Nông", "Hội đồng nhân dân xã Tam Nông", "Tam Nông")],
        [F("85 đại biểu", 85, "đại biểu")],
        [],
    ),
    (
        "Tại km 12+300 Quốc lộ 32C, đoạn qua xã Hạ Hòa, khoảng 21 giờ 15 phút ngày 8/10, xe ô tô tải BKS 19H-068.27 đâm vào xe máy, làm 1 người tử vong tại chỗ, 2 người bị thương.",
        [],
        [L("Hạ Hòa", "xã", [PT])],
        [],
        [F("1 người", 1, "người"), F("2 người", 2, "người")],
        [],
    ),
    (
        "Lũ trên sông Thao lên nhanh khiến 312 hộ dân ở các xã Văn Lang, Cẩm Khê bị ngập, trên 150 ha lúa mùa và 27 ha ao cá bị thiệt hại, ước tính khoảng 4,8 tỷ đồng.",
        [],
        [L("Văn Lang", "xã", [PT]), L("Cẩm Khê", "xã", [PT])],
        [],
        [
            F("312 hộ dân", 312, "hộ dân"),
            F("trên 150 ha", 150, "ha", "trên"),
            F("27 ha", 27, "ha"),
            F("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "khoảng"),
        ],
        [],
    ),
    (
        "Trung tâm Y tế huyện Lâm Thao tổ chức khám sàng lọc miễn phí cho hơn 1.200 người cao tuổi; qua khám phát hiện 186 trường hợp tăng huyết áp, 74 trường hợp đái tháo đường.",
        [],
        [L("Lâm Thao", "huyện", [PT])],
        [O("Trung tâm Y tế huyện Lâm Thao", place="Lâm Thao")],
        [
            F("hơn 1.200 người cao tuổi", 1200, "người cao tuổi", "hơn"),
            F("186 trường hợp", 186, "trường hợp"),
            F("74 trường hợp", 74, "trường hợp"),
        ],
        [],
    ),
    (
        "Chương trình “Sữa học đường” năm học 2025 - 2026 được triển khai tại 41 trường học, với khoảng 9.500 trẻ được uống sữa 5 buổi/tuần.",
        [],
        [],
        [],
        [
            F("41 trường học", 41, "trường học"),
            F("khoảng 9.500 trẻ", 9500, "trẻ", "khoảng"),
            F("5 buổi/tuần", 5, "buổi/tuần"),
        ],
        [M("Sữa học đường", "chương trình")],
    ),
    (
        "Hội Liên hiệp Phụ nữ xã Yên Lập tổ chức Cuộc thi “Phụ nữ khéo tay, đảm việc nhà” với 16 đội tham gia; giải Nhất trị giá 3 triệu đồng.",
        [],
        [L("Yên Lập", "xã", [PT])],
        [O("Hội Liên hiệp Phụ nữ xã Yên Lập", place="Yên Lập")],
        [F("16 đội", 16, "đội"), F("3 triệu đồng", 3000000, "đồng")],
        [M("Phụ nữ khéo tay, đảm việc nhà", "cuộc thi")],
    ),
    (
        "Các mô hình “Tổ phụ nữ tự quản đường hoa”, “Bữa sáng yêu thương” và “Tiếng loa an ninh” được duy trì hiệu quả tại 28/28 khu dân cư của xã Thanh Thủy.",
        [],
        [L("Thanh Thủy", "xã", [PT])],
        [],
        [F("28/28 khu dân cư", 28, "khu dân cư", of=28)],
        [
            M("Tổ phụ nữ tự quản đường hoa", "mô hình"),
            M("Bữa sáng yêu thương", "mô hình"),
            M("Tiếng loa an ninh", "mô hình"),
        ],
    ),
    (
        "Theo Quyết định số 1520/QĐ-UBND ngày 5/6/2025 của UBND tỉnh, xã Tân Sơn được phân bổ 8,65 tỷ đồng vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.",
        [],
        [L("Tân Sơn", "xã", [PT])],
        [O("UBND tỉnh", f"{UBND} tỉnh")],
        [F("8,65 tỷ đồng", 8650000000, "đồng")],
        [],
    ),
    (
        "Từ đầu vụ, xã Chí Đám đã trồng mới 35 ha bưởi, nâng tổng diện tích lên gần 1.100 ha; sản lượng ước đạt 14.500 tấn, giá bán từ 25.000 - 40.000 đồng/quả.",
        [],
        [L("Chí Đám", "xã", [PT])],
        [],
        [
            F("35 ha", 35, "ha"),
            F("gần 1.100 ha", 1100, "ha", "gần"),
            F("đạt 14.500 tấn", 14500, "tấn", "đạt"),
            F("25.000 - 40.000 đồng/quả", 25000, "đồng/quả", value_max=40000),
        ],
        [],
    ),
    (
        "Ông Phạm Văn Sơn – Giám đốc Hợp tác xã chè Long Cốc cho biết, mỗi năm hợp tác xã xuất bán khoảng 600 tấn chè búp tươi, doanh thu hơn 7 tỷ đồng, tạo việc làm thường xuyên cho 45 lao động.",
        [P("Phạm Văn Sơn", "Ông", ["Giám đốc Hợp tác xã chè Long Cốc"], "Hợp tác xã chè Long Cốc")],
        [L("Long Cốc", "xã", [PT])],
        [O("Hợp tác xã chè Long Cốc", place="Long Cốc")],
        [
            F("khoảng 600 tấn", 600, "tấn", "khoảng"),
            F("hơn 7 tỷ đồng", 7000000000, "đồng", "hơn"),
            F("45 lao động", 45, "lao động"),
        ],
        [],
    ),
    (
        "Hội Nông dân xã Tứ Xã hướng dẫn hội viên phát triển các mô hình kinh tế như nuôi gà thả vườn, trồng rau an toàn, nuôi cá lồng, mang lại thu nhập 150 - 200 triệu đồng/hộ/năm.",
        [],
        [L("Tứ Xã", "xã", [PT])],
        [O("Hội Nông dân xã Tứ Xã", place="Tứ Xã")],
        [F("150 - 200 triệu đồng/hộ/năm", 150000000, "đồng/hộ/năm", value_max=200000000)],
        [],
    ),
    (
        "Trung tá Đỗ Minh Tuấn, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh, cho biết 9 tháng năm 2026 trên địa bàn xảy ra 63 vụ tai nạn giao thông, làm chết 41 người, giảm 3 người so với cùng kỳ.",
        [
            P(
                "Đỗ Minh Tuấn",
                "Trung tá",
                ["Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"],
                "phòng Cảnh sát giao thông Công an tỉnh",
            )
        ],
        [],
        [O("phòng Cảnh sát giao thông Công an tỉnh")],
        [
            F("9 tháng", 9, "tháng"),
            F("63 vụ tai nạn giao thông", 63, "vụ tai nạn giao thông"),
            F("41 người", 41, "người"),
            F("3 người", 3, "người"),
        ],
        [],
    ),
    (
        "Cuộc vận động “Ngày vì người nghèo” năm nay đã tiếp nhận trên 2,3 tỷ đồng, hỗ trợ xây mới 19 nhà Đại đoàn kết, mỗi nhà 60 triệu đồng.",
        [],
        [],
        [],
        [
            F("trên 2,3 tỷ đồng", 2300000000, "đồng", "trên"),
            F("19 nhà Đại đoàn kết", 19, "nhà Đại đoàn kết"),
            F("60 triệu đồng", 60000000, "đồng"),
        ],
        [M("Ngày vì người nghèo", "cuộc vận động")],
    ),
    (
        "Xã Vân Phú hiện đạt 19/19 tiêu chí nông thôn mới nâng cao, còn tiêu chí Nhà ở dân cư và tiêu chí Môi trường và an toàn thực phẩm đang được hoàn thiện để đạt chuẩn kiểu mẫu.",
        [],
        [L("Vân Phú", "xã", [PT])],
        [],
        [F("19/19 tiêu chí", 19, "tiêu chí", of=19)],
        [M("Nhà ở dân cư", "tiêu chí"), M("Môi trường và an toàn thực phẩm", "tiêu chí")],
    ),
    (
        "Lễ hội Đền Hùng năm 2026 dự kiến đón khoảng 7 triệu lượt khách; Ban tổ chức bố trí 1.500 cán bộ, chiến sĩ làm nhiệm vụ bảo đảm an ninh trật tự.",
        [],
        [],
        [],
        [
            F("khoảng 7 triệu lượt khách", 7000000, "lượt khách", "khoảng"),
            F("1.500 cán bộ", 1500, "cán bộ"),
        ],
        [],
    ),
    (
        "Chiến dịch “Mùa hè xanh” năm 2026 thu hút hơn 3.000 đoàn viên thanh niên tham gia, làm mới 12 km đường bê tông nông thôn, tặng 450 suất quà cho học sinh nghèo.",
        [],
        [],
        [],
        [
            F("hơn 3.000 đoàn viên thanh niên", 3000, "đoàn viên thanh niên", "hơn"),
            F("12 km", 12, "km"),
            F("450 suất quà", 450, "suất quà"),
        ],
        [M("Mùa hè xanh", "chiến dịch")],
    ),
    (
        "Bà Nguyễn Thị Thu Hằng, Hiệu trưởng Trường THCS Hùng Vương, cho biết năm học này nhà trường có 32 lớp với 1.215 học sinh, tỷ lệ học sinh đỗ vào lớp 10 công lập đạt 87,6%.",
        [P("Nguyễn Thị Thu Hằng", "Bà", ["Hiệu trưởng Trường THCS Hùng Vương"], "Trường THCS Hùng Vương")],
        [],
        [O("Trường THCS Hùng Vương", "Trường Trung học cơ sở Hùng Vương")],
        [
            F("32 lớp", 32, "lớp"),
            F("1.215 học sinh", 1215, "học sinh"),
            F("đạt 87,6%", "87.6", "%", "đạt"),
        ],
        [],
    ),
    (
        "Thực hiện phương án “4 tại chỗ”, xã Xuân Đài đã chuẩn bị 2 tấn gạo, 500 thùng mì tôm và 15 xuồng máy để sẵn sàng ứng phó khi mưa lũ kéo dài 3 - 5 ngày.",
        [],
        [L("Xuân Đài", "xã", [PT])],
        [],
        [
            F("2 tấn", 2, "tấn"),
            F("500 thùng mì tôm", 500, "thùng mì tôm"),
            F("15 xuồng máy", 15, "xuồng máy"),
            F("3 - 5 ngày", 3, "ngày", value_max=5),
        ],
        [M("4 tại chỗ", "phương án")],
    ),
    (
        "Năm 2026, Khu 3 xã Trung Sơn được chọn xây dựng khu dân cư kiểu mẫu với tổng kinh phí 2,15 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 65%, còn lại do nhân dân đóng góp.",
        [],
        [L("3", "khu", ["Trung Sơn", PT]), L("Trung Sơn", "xã", [PT])],
        [],
        [F("2,15 tỷ đồng", 2150000000, "đồng"), F("65%", 65, "%")],
        [],
    ),
    (
        "Công an xã Minh Đài đã vận động nhân dân giao nộp 7 khẩu súng tự chế, 2 quả lựu đạn và gần 1 tháng qua tiếp nhận thêm 34 dao, kiếm các loại.",
        [],
        [L("Minh Đài", "xã", [PT])],
        [O("Công an xã Minh Đài", place="Minh Đài")],
        [
            F("7 khẩu súng tự chế", 7, "khẩu súng tự chế"),
            F("2 quả lựu đạn", 2, "quả lựu đạn"),
            F("gần 1 tháng", 1, "tháng", "gần"),
            F("34 dao", 34, "dao"),
        ],
        [],
    ),
    (
        "Bệnh viện Đa khoa tỉnh tiếp nhận 27 bệnh nhân nghi ngộ độc thực phẩm sau bữa ăn tại đám cưới ở tổ 12 phường Thanh Miếu; hiện 25 bệnh nhân đã xuất viện.",
        [],
        [L("12", "tổ", ["Thanh Miếu", PT]), L("Thanh Miếu", "phường", [PT])],
        [O("Bệnh viện Đa khoa tỉnh")],
        [F("27 bệnh nhân", 27, "bệnh nhân"), F("25 bệnh nhân", 25, "bệnh nhân")],
        [],
    ),
    (
        "Đến nay, toàn xã có 2.460/2.615 hộ đạt danh hiệu “Gia đình văn hóa”, 18 khu dân cư văn hóa và 96% người dân tham gia bảo hiểm y tế.",
        [],
        [],
        [],
        [
            F("2.460/2.615 hộ", 2460, "hộ", of=2615),
            F("18 khu dân cư văn hóa", 18, "khu dân cư văn hóa"),
            F("96%", 96, "%"),
        ],
        [],
    ),
    (
        "Hội thi “Dân vận khéo” xã Hoàng Cương lần thứ II có 9 đội dự thi đến từ các chi bộ, trình bày 12 mô hình tiêu biểu trong phát triển kinh tế và xây dựng nông thôn mới.",
        [],
        [L("Hoàng Cương", "xã", [PT])],
        [],
        [F("9 đội", 9, "đội"), F("12 mô hình", 12, "mô hình")],
        [M("Dân vận khéo", "hội thi")],
    ),
    (
        "Đề án “Phát triển vùng chè chất lượng cao gắn với du lịch trải nghiệm” được triển khai trên diện tích 250 ha, hỗ trợ 50% giá giống và tối đa 30 triệu đồng cho mỗi hộ làm homestay.",
        [],
        [],
        [],
        [
            F("250 ha", 250, "ha"),
            F("50%", 50, "%"),
            F("tối đa 30 triệu đồng", 30000000, "đồng", "tối đa"),
        ],
        [M("Phát triển vùng chè chất lượng cao gắn với du lịch trải nghiệm", "đề án")],
    ),
    (
        "Từ ngày 15/10 đến 15/11, các xã phía Tây triển khai tiêm vắc xin lở mồm long móng cho khoảng 42.000 con gia súc, đạt trên 80% tổng đàn.",
        [],
        [],
        [],
        [
            F("khoảng 42.000 con gia súc", 42000, "con gia súc", "khoảng"),
            F("trên 80%", 80, "%", "trên"),
        ],
        [],
    ),
    (
        "Ông Triệu Văn Khoa, Trưởng khu Đồng Xuân, xã Thu Cúc cho biết khu có 145 hộ, 612 nhân khẩu, trong đó 89% là đồng bào dân tộc Mường.",
        [P("Triệu Văn Khoa", "Ông", ["Trưởng khu Đồng Xuân"])],
        [L("Đồng Xuân", "khu", ["Thu Cúc", PT]), L("Thu Cúc", "xã", [PT])],
        [],
        [F("145 hộ", 145, "hộ"), F("612 nhân khẩu", 612, "nhân khẩu"), F("89%", 89, "%")],
        [],
    ),
    (
        "Phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi” có 1.832 hộ đạt danh hiệu các cấp; nhiều hộ có thu nhập từ 1 tỷ đồng/năm trở lên.",
        [],
        [],
        [],
        [F("1.832 hộ", 1832, "hộ"), F("1 tỷ đồng/năm", 1000000000, "đồng/năm")],
        [M("Nông dân thi đua sản xuất, kinh doanh giỏi", "phong trào")],
    ),
    (
        "Mưa lớn kèm lốc sét đêm 21/7 làm sập 1 nhà, tốc mái 53 nhà, gãy đổ khoảng 6 ha ngô tại các xã Văn Miếu, Võ Miếu; thiệt hại ban đầu gần 900 triệu đồng.",
        [],
        [L("Văn Miếu", "xã", [PT]), L("Võ Miếu", "xã", [PT])],
        [],
        [
            F("1 nhà", 1, "nhà"),
            F("53 nhà", 53, "nhà"),
            F("khoảng 6 ha", 6, "ha", "khoảng"),
            F("gần 900 triệu đồng", 900000000, "đồng", "gần"),
        ],
        [],
    ),
    (
        "Hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, phiên chợ hàng Việt về nông thôn tại xã Tam Sơn thu hút 40 gian hàng và khoảng 5.000 lượt khách.",
        [],
        [L(VN, "country", m=[VN, VN]), L("Tam Sơn", "xã", [PT])],
        [],
        [F("40 gian hàng", 40, "gian hàng"), F("khoảng 5.000 lượt khách", 5000, "lượt khách", "khoảng")],
        [M("Người Việt Nam ưu tiên dùng hàng Việt Nam", "cuộc vận động")],
    ),
    (
        "Thiếu tá Bùi Đức Thắng - Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ số 1 cho biết, đơn vị luôn duy trì trực 24/24 giờ, đến hiện trường trong 5 - 7 phút sau khi nhận tin báo qua số 114.",
        [
            P(
                "Bùi Đức Thắng",
                "Thiếu tá",
                ["Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ số 1"],
                "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ số 1",
            )
        ],
        [],
        [O("Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ số 1")],
        [F("5 - 7 phút", 5, "phút", value_max=7)],
        [],
    ),
    (
        "Các chương trình “Ngày hội hiến máu tình nguyện”, “Chủ nhật đỏ” và “Giọt hồng yêu thương” năm 2026 đã tiếp nhận 4.318 đơn vị máu, vượt 8% kế hoạch.",
        [],
        [],
        [],
        [F("4.318 đơn vị máu", 4318, "đơn vị máu"), F("8%", 8, "%")],
        [
            M("Ngày hội hiến máu tình nguyện", "chương trình"),
            M("Chủ nhật đỏ", "chương trình"),
            M("Giọt hồng yêu thương", "chương trình"),
        ],
    ),
    (
        "Xã Lập Thạch hỗ trợ 20 triệu đồng/ha cho các hộ chuyển đổi đất lúa kém hiệu quả sang trồng cây ăn quả; sau 2 năm, thu nhập trên mỗi ha tăng gấp 3 - 4 lần.",
        [],
        [L("Lập Thạch", "xã", [PT])],
        [],
        [
            F("20 triệu đồng/ha", 20000000, "đồng/ha"),
            F("2 năm", 2, "năm"),
            F("gấp 3 - 4 lần", 3, "lần", "gấp", value_max=4),
        ],
        [],
    ),
    (
        "Trường Mầm non Hoa Sen được đầu tư xây mới 8 phòng học, 1 nhà đa năng với tổng mức đầu tư 12,7 tỷ đồng, dự kiến đưa vào sử dụng trước ngày 5/9/2026.",
        [],
        [],
        [O("Trường Mầm non Hoa Sen")],
        [
            F("8 phòng học", 8, "phòng học"),
            F("1 nhà đa năng", 1, "nhà đa năng"),
            F("12,7 tỷ đồng", 12700000000, "đồng"),
        ],
        [],
    ),
    (
        "Qua 5 năm thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, xã Sơn Dương đã bình xét 6 khu dân cư tiêu biểu, mỗi khu được thưởng 5 triệu đồng.",
        [],
        [L("Sơn Dương", "xã", [PT])],
        [],
        [F("5 năm", 5, "năm"), F("6 khu dân cư", 6, "khu dân cư"), F("5 triệu đồng", 5000000, "đồng")],
        [M("Toàn dân đoàn kết xây dựng đời sống văn hóa", "phong trào")],
    ),
    (
        "Sáng 12/3, Hội Cựu chiến binh xã Bình Phú ra mắt mô hình “Cựu chiến binh giúp nhau làm kinh tế” với 30 thành viên, tổng vốn góp ban đầu 150 triệu đồng.",
        [],
        [L("Bình Phú", "xã", [PT])],
        [O("Hội Cựu chiến binh xã Bình Phú", place="Bình Phú")],
        [F("30 thành viên", 30, "thành viên"), F("150 triệu đồng", 150000000, "đồng")],
        [M("Cựu chiến binh giúp nhau làm kinh tế", "mô hình")],
    ),
    (
        "Giá lợn hơi tại các xã trên địa bàn hiện ở mức 62.000 - 65.000 đồng/kg, tăng khoảng 4.000 đồng/kg so với tháng trước; người chăn nuôi chỉ nên tái đàn 1 - 2 con/m2 chuồng.",
        [],
        [],
        [],
        [
            F("62.000 - 65.000 đồng/kg", 62000, "đồng/kg", value_max=65000),
            F("khoảng 4.000 đồng/kg", 4000, "đồng/kg", "khoảng"),
            F("1 - 2 con/m2", 1, "con/m2", value_max=2),
        ],
        [],
    ),
    (
        "Đội tuyển xã Thanh Ba giành giải Nhất toàn đoàn tại Hội thi Văn nghệ quần chúng năm 2026, xếp hạng 3 môn kéo co và đạt 4 huy chương vàng.",
        [],
        [L("Thanh Ba", "xã", [PT])],
        [],
        [F("4 huy chương vàng", 4, "huy chương vàng")],
        [M("Văn nghệ quần chúng", "hội thi")],
    ),
    (
        "Ông Đinh Công Hải, Phó Chủ tịch UBND xã Yên Sơn, cho biết nguồn thu ngân sách năm 2025 đạt 18,6 tỷ đồng, bằng 124% dự toán; chi ngân sách 41,2 tỷ đồng.",
        [P("Đinh Công Hải", "Ông", ["Phó Chủ tịch UBND xã Yên Sơn"], "UBND xã Yên Sơn")],
        [L("Yên Sơn", "xã", [PT])],
        [O("UBND xã Yên Sơn", f"{UBND} xã Yên Sơn", "Yên Sơn")],
        [
            F("đạt 18,6 tỷ đồng", 18600000000, "đồng", "đạt"),
            F("124%", 124, "%"),
            F("41,2 tỷ đồng", 41200000000, "đồng"),
        ],
        [],
    ),
    (
        "Các tổ bay flycam DJI Agras T40 phun thuốc trừ sâu cho khoảng 300 ha lúa mỗi ngày, giảm 30 - 40% lượng thuốc so với phun thủ công.",
        [],
        [],
        [],
        [
            F("khoảng 300 ha", 300, "ha", "khoảng"),
            F("30 - 40%", 30, "%", value_max=40),
        ],
        [],
    ),
    (
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới và các phong trào thi đua đã góp phần nâng thu nhập bình quân lên hơn 65 triệu đồng/người/năm, giảm tỷ lệ hộ nghèo còn 1,9%.",
        [],
        [],
        [],
        [
            F("hơn 65 triệu đồng/người/năm", 65000000, "đồng/người/năm", "hơn"),
            F("1,9%", "1.9", "%"),
        ],
        [],
    ),
    (
        "Theo Thượng úy Lương Văn Hiếu, Phó Đội trưởng Đội Cảnh sát giao thông số 2, tài xế điều khiển xe khách 45 chỗ có nồng độ cồn 0,42 mg/lít khí thở, bị phạt 35 triệu đồng và tước giấy phép lái xe 22 tháng.",
        [
            P(
                "Lương Văn Hiếu",
                "Thượng úy",
                ["Phó Đội trưởng Đội Cảnh sát giao thông số 2"],
                "Đội Cảnh sát giao thông số 2",
            )
        ],
        [],
        [O("Đội Cảnh sát giao thông số 2")],
        [
            F("45 chỗ", 45, "chỗ"),
            F("0,42 mg/lít khí thở", "0.42", "mg/lít khí thở"),
            F("35 triệu đồng", 35000000, "đồng"),
            F("22 tháng", 22, "tháng"),
        ],
        [],
    ),
    (
        "Tiêu chí về thu nhập được xã Hiền Lương xác định là khâu đột phá, với mô hình liên kết trồng sắn nguyên liệu quy mô 120 ha và mô hình nuôi ong lấy mật 800 đàn.",
        [],
        [L("Hiền Lương", "xã", [PT])],
        [],
        [F("120 ha", 120, "ha"), F("800 đàn", 800, "đàn")],
        [],
    ),
    (
        "Trạm Y tế xã Sơn Vi triển khai tiêm chủng mở rộng cho 326 trẻ dưới 1 tuổi, tỷ lệ tiêm đủ 8 loại vắc xin đạt 98,5%; liên hệ đường dây nóng 1900 9095 khi có phản ứng sau tiêm.",
        [],
        [L("Sơn Vi", "xã", [PT])],
        [O("Trạm Y tế xã Sơn Vi", place="Sơn Vi")],
        [
            F("326 trẻ", 326, "trẻ"),
            F("dưới 1 tuổi", 1, "tuổi", "dưới"),
            F("8 loại vắc xin", 8, "loại vắc xin"),
            F("đạt 98,5%", "98.5", "%", "đạt"),
        ],
        [],
    ),
    (
        "Mô hình “Khu dân cư không ma túy” được nhân rộng ra 47/52 khu; phong trào “Xây dựng xã, phường, thị trấn lành mạnh không có tệ nạn ma túy” cũng được phát động trong toàn xã Lâm Thao.",
        [],
        [L("Lâm Thao", "xã", [PT])],
        [],
        [F("47/52 khu", 47, "khu", of=52)],
        [
            M("Khu dân cư không ma túy", "mô hình"),
            M("Xây dựng xã, phường, thị trấn lành mạnh không có tệ nạn ma túy", "phong trào"),
        ],
    ),
    (
        "Với phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, xã Hạ Hòa đã làm mới 4,6 km đường trục thôn, rộng 3,5 m, nhân dân đóng góp tới 40% kinh phí.",
        [],
        [L("Hạ Hòa", "xã", [PT])],
        [],
        [
            F("4,6 km", "4.6", "km"),
            F("3,5 m", "3.5", "m"),
            F("tới 40%", 40, "%", "tới"),
        ],
        [],
    ),
    (
        "Năm học 2026 - 2027, toàn tỉnh có 176 trường đạt chuẩn quốc gia mức độ 2, chiếm 28,4%; dự kiến sáp nhập khoảng 15 - 20 điểm trường lẻ có dưới 10 học sinh.",
        [],
        [],
        [],
        [
            F("176 trường", 176, "trường"),
            F("28,4%", "28.4", "%"),
            F("khoảng 15 - 20 điểm trường lẻ", 15, "điểm trường lẻ", "khoảng", value_max=20),
            F("dưới 10 học sinh", 10, "học sinh", "dưới"),
        ],
        [],
    ),
    (
        'Đoàn Thanh niên xã Thanh Thủy ra mắt mô hình "Thùng rác xanh - Đổi rác lấy quà", sau 3 tháng đã thu gom gần 2,5 tấn rác thải nhựa, đổi 320 phần quà cho người dân.',
        [],
        [L("Thanh Thủy", "xã", [PT])],
        [O("Đoàn Thanh niên xã Thanh Thủy", place="Thanh Thủy")],
        [
            F("3 tháng", 3, "tháng"),
            F("gần 2,5 tấn", "2.5", "tấn", "gần"),
            F("320 phần quà", 320, "phần quà"),
        ],
        [M("Thùng rác xanh - Đổi rác lấy quà", "mô hình")],
    ),
    (
        'Cuộc thi "Tìm hiểu pháp luật về phòng, chống ma túy" do Sở Tư pháp tổ chức thu hút 18.652 lượt người dự thi; thời gian làm bài tối đa 30 phút, trả lời từ 20 - 25 câu hỏi.',
        [],
        [],
        [O("Sở Tư pháp")],
        [
            F("18.652 lượt người", 18652, "lượt người"),
            F("tối đa 30 phút", 30, "phút", "tối đa"),
            F("20 - 25 câu hỏi", 20, "câu hỏi", value_max=25),
        ],
        [M("Tìm hiểu pháp luật về phòng, chống ma túy", "cuộc thi")],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL] + [
    ("written", WRITTEN, PT, *labels) for labels in WRITTEN_CASES
]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind5", CASES))


if __name__ == "__main__":
    main()

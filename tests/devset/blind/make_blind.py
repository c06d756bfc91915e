"""Hand labels for the BLIND split: real sentences from tests/fixtures/pages, labelled before any run.

Every text was copied from a fixture page's body/sapo paragraphs (selectolax text, whitespace collapsed;
a leading "(Dân trí) - " or "Video News · " tag dropped where noted) and labelled by reading it, for all
five fact types, without running vnnews or underthesea on it and without reading the extractors' code.
No text here occurs in tests/devset/*.jsonl. This script only turns the compact notation below into
tests/devset/blind/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind/make_blind.py

Conventions (taken from issue 3 and the existing dev set, decided before scoring):
- people: name without honorific; later short mentions ("chị Hương" -> "Hương") are mentions; a person's
  name inside an organisation's name (Trường THPT Chu Văn An) is not a person mention. (Since extractor v74 a
  photographer's credit, "Ảnh: Lê Hiếu", is no person mention either, as a byline's writer is not: the
  fixture splits' 23 credit labels were taken out to match the external labels.)
- places: the bare name without its level prefix ("TP Cần Thơ" -> "Cần Thơ", "TP HCM" -> "HCM"; a fused
  "TPHCM"/"TP.HCM" stays whole as in the dev set); countries count, also as sports teams; a unit or
  country named inside an organisation, project, road-link or landmark name ("UBND TP Cần Thơ", "sân bay
  Long Thành", "cao tốc Châu Đốc - Cần Thơ", "Đại nội Huế") is still a place mention; streets are not.
- organisations: the longest name as written, nested names not repeated; a parenthesised abbreviation
  after a full name ("(IEA)", "(PVN)") is not labelled; "HĐQT"/"HĐTV" in a role are not labelled;
  newspapers are organisations ("PV Dân trí"); a ministry named without "Bộ" in a role
  ("Bộ trưởng Công Thương") is not.
- figures: number with what is counted (head noun, adjectives left out unless a fixed compound); dates,
  years, ordinals ("lần thứ 29", "phút 106", "xếp hạng 22"), ranks, house/road numbers and idioms
  ("2 bàn tay trắng") are not figures; small numbers written as words ("hai năm") are not figures
  (dev-set convention); "hàng trăm"/"hàng chục triệu" were labelled as figures here (value 100 / 10000000,
  qualifier "hàng") and taken out at extractor v38, to agree with every held-out labeller from blind3 to
  blind38, who left them out ("hundreds", no number stated).
- models: named campaigns/models/projects with a kind word; generic phrases ("mô hình tăng trưởng mới"),
  honours ("danh hiệu ...") and contests described without a name are not models.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import KINDS, F, L, M, O, P, write_kinds

HERE = Path(__file__).parent
LC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
CT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
CT_ART = "baocantho.com.vn/baocantho-2026-thanh-tra-kiem-tra.html"
VE_CN = "vnexpress.net/vnexpress-2022-cong-nhan-mat-viec-lo-tet.html"
VE_BAY = "vnexpress.net/vnexpress-2022-mo-lai-duong-bay-quoc-te.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VTC = "vtcnews.vn/vtcnews-2025-home.html"
VTC_L = "vtcnews.vn/vtcnews-2025-latest.html"
ZN_KD = "zingnews.vn/znews-2025-kinh-doanh.html"
ZN_HOME = "zingnews.vn/znews-2025-home.html"
ZN_VANG = "zingnews.vn/znews-2025-gia-vang-the-gioi.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19B = "dantri.com.vn/dantri-homepage-2019-08.html"
DT12 = "dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html"
NLD = "nld.com.vn/nld-2012-thieu-tien-hui.html"
TN = "thanhnien.vn/thanhnien-2012-5-bong-hong.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
IONE = "ione.vnexpress.net/ione-2012-nhung-nguoi-kho-hanh.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
VNEC = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
TP = "tienphong.vn/tienphong-2026-sieu-mau-noi-y-luu-van.html"


HCM = "Hồ Chí Minh"
UBND = "Ủy ban nhân dân"

# (page, province, text, people, places, organizations, figures, models)
CASES = [
    (
        LC,
        "Lào Cai",
        "Không ồn ào, không phô trương thành tích, nhưng dấu ấn của Thiếu tá Đoàn Thị Hạnh - cán bộ Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh lại lặng lẽ khắc sâu trong đồng đội bằng những việc làm thiết thực.",
        [
            P(
                "Đoàn Thị Hạnh",
                "Thiếu tá",
                ["cán bộ Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh"],
                "Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh",
            )
        ],
        [],
        [O("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh")],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        'Từ năm 2016 đến nay, chị là người xây dựng mô hình "Thu gom rác thải tái chế” trong đơn vị, vận động đồng đội cùng thực hiện để tiết kiệm gây quỹ giúp học sinh nghèo. Hơn 15 triệu đồng tiết kiệm được không phải con số lớn nhưng hàm chứa ý nghĩa giáo dục sâu sắc - học theo Bác không ở đâu xa mà từ cách giữ gìn môi trường, san sẻ khó khăn với đồng đội, với xã hội.',
        [P("Hồ Chí Minh", m=["Bác"])],
        [],
        [],
        [F("Hơn 15 triệu đồng", 15000000, "đồng", "hơn")],
        [M("Thu gom rác thải tái chế", "mô hình")],
    ),
    (
        LC,
        "Lào Cai",
        'Những con số biết nói: 298 sáng kiến, 6 giải B, 11 giải C cấp Quân khu, cùng hàng loạt giải thưởng cấp tỉnh không chỉ phản ánh trí tuệ mà còn là kết quả của một phương pháp làm việc tỉ mỉ, đầy tâm huyết. Không chỉ "giỏi việc nước”, chị Hạnh còn là tấm gương của người phụ nữ "đảm việc nhà”.',
        [P("Hạnh", "Chị")],
        [],
        [],
        [F("298 sáng kiến", 298, "sáng kiến"), F("6 giải B", 6, "giải B"), F("11 giải C", 11, "giải C")],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Hơn 10 năm học và làm theo Bác, chị Hạnh tích lũy không ít phần thưởng: Chiến sĩ thi đua toàn quân năm 2022, giải Nhì Hội thi kể chuyện về Bác Hồ, bằng khen của Bộ trưởng Bộ Quốc phòng, Chủ tịch UBND tỉnh, Chính ủy Quân khu 2… Nhưng với chị, danh hiệu lớn nhất là niềm tin của đồng đội, là nụ cười của các em nhỏ được giúp đỡ, là ánh mắt hãnh diện của chồng và các con khi nhắc đến mẹ.",
        [P("Hồ Chí Minh", m=["Bác", "Bác Hồ"]), P("Hạnh", "Chị")],
        [],
        [O("Bộ Quốc phòng"), O("UBND tỉnh", "Ủy ban nhân dân tỉnh"), O("Quân khu 2")],
        [F("Hơn 10 năm", 10, "năm", "hơn")],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Sinh ra và lớn lên tại thị trấn Yên Bình, huyện Yên Bình, Nguyễn Anh Tuấn - chàng trai trẻ sinh năm 2004 hiện đang là sinh viên năm 3, Ngành Quản lý Văn hóa, Trường Đại học Sư phạm Nghệ thuật Trung ương đang dần khẳng định tên tuổi của mình trong lĩnh vực thiết kế thời trang với những dấu ấn riêng đậm chất dân tộc.",
        [P("Nguyễn Anh Tuấn")],
        [L("Yên Bình", "thị trấn", ["Yên Bình", "Yên Bái"]), L("Yên Bình", "huyện", ["Yên Bái"])],
        [O("Trường Đại học Sư phạm Nghệ thuật Trung ương")],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Theo thông tin từ Công ty lữ hành Hana Tour – hãng du lịch lớn nhất Hàn Quốc – lượng đặt tour trọn gói đến Sa Pa (Lào Cai) trong nửa đầu năm 2025 đã tăng tới 333% so với cùng kỳ năm 2024. Đặc biệt, trong tháng 1/2025, lượng khách Hàn đặt tour đến điểm đến vùng cao này tăng vọt 1.138%, đánh dấu mức tăng trưởng kỷ lục.",
        [],
        [L("Hàn Quốc", "country"), L("Sa Pa", "thị xã", ["Lào Cai"]), L("Lào Cai", "tỉnh")],
        [O("Công ty lữ hành Hana Tour")],
        [F("tới 333%", 333, "%", "tới"), F("1.138%", 1138, "%")],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Trên vùng đất nông nghiệp còn nhiều khó khăn của xã Tân Hương, huyện Yên Bình, một mô hình nông nghiệp công nghệ cao kết hợp du lịch nông nghiệp đang dần hình thành và mang đến hy vọng mới cho sản xuất nông nghiệp địa phương. Người đặt những viên gạch đầu tiên cho giấc mơ ấy là anh Tạ Hữu Tình – một người dám nghĩ, dám làm, kiên trì theo đuổi hướng đi mới.",
        [P("Tạ Hữu Tình", "Anh")],
        [L("Tân Hương", "xã", ["Yên Bình", "Yên Bái"]), L("Yên Bình", "huyện", ["Yên Bái"])],
        [],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Theo thống kê, trên địa bàn huyện Trạm Tấu hiện có 43 cơ sở dịch vụ lưu trú đang hoạt động. Mặc dù dịp hè không phải là thời điểm “vàng” để Trạm Tấu đón khách, tuy nhiên trước nhu cầu du lịch ngày càng tăng cao của người dân, các khu, điểm du lịch trên địa bàn huyện đều sẵn sàng tâm thế để đón du khách tới tham quan, trải nghiệm.",
        [],
        [L("Trạm Tấu", "huyện", ["Yên Bái"], m=["Trạm Tấu", "Trạm Tấu"])],
        [],
        [F("43 cơ sở dịch vụ lưu trú", 43, "cơ sở dịch vụ lưu trú")],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Là học sinh lớp 12A7, Trường THPT Chu Văn An, huyện Văn Yên, so với các bạn bè cùng trang lứa, em Nguyễn Tùng Dương có hoàn cảnh gia đình khó khăn. Thế nhưng Tùng Dương đã luôn nỗ lực, cố gắng, biến nghịch cảnh thành động lực, thắp sáng con đường học vấn bằng nghị lực phi thường và khát vọng thành công.",
        [P("Nguyễn Tùng Dương", "Em", m=["Nguyễn Tùng Dương", "Tùng Dương"])],
        [L("Văn Yên", "huyện", ["Yên Bái"])],
        [O("Trường THPT Chu Văn An", "Trường Trung học phổ thông Chu Văn An")],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Ủy ban nhân dân tỉnh Lào Cai vừa ban hành Văn bản số 249/KH-UBND về việc tổ chức Festival sông Hồng năm 2025.",
        [],
        [L("Lào Cai", "tỉnh")],
        [O("Ủy ban nhân dân tỉnh Lào Cai", place="Lào Cai")],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Nói đến ngành chế biến, xuất khẩu quế ở huyện Văn Yên, nhiều người sẽ nhớ đến doanh nhân Phí Văn Tiệp - Giám đốc Công ty TNHH Đại Lâm, xã An Thịnh. Khởi nghiệp với 2 bàn tay trắng, song nhờ ý chí, nghị lực, anh Tiệp đã gây dựng thương hiệu trong lĩnh vực chế biến các sản phẩm từ quế và đưa quế Văn Yên vươn xa ra thị trường quốc tế.",
        [
            P(
                "Phí Văn Tiệp",
                roles=["Giám đốc Công ty TNHH Đại Lâm"],
                org="Công ty TNHH Đại Lâm",
                m=["Phí Văn Tiệp", "Tiệp"],
            )
        ],
        [
            L("Văn Yên", "huyện", ["Yên Bái"], m=["Văn Yên", "Văn Yên"]),
            L("An Thịnh", "xã", ["Văn Yên", "Yên Bái"]),
        ],
        [O("Công ty TNHH Đại Lâm", "Công ty Trách nhiệm hữu hạn Đại Lâm")],
        [],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Nữ du khách Australia Nannette Holliday dành 36 giờ đi tàu Thống Nhất xuyên Việt, khám phá cảnh sắc, con người và nhịp sống dọc theo dải đất hình chữ S.",
        [P("Nannette Holliday")],
        [L("Australia", "country")],
        [],
        [F("36 giờ", 36, "giờ")],
        [],
    ),
    (
        LC,
        "Lào Cai",
        "Nếu mặt trời mang đến ánh sáng cho ban ngày, sao Khuê thắp sáng màn đêm thì Trần Thị Mai Anh - Giám đốc Hợp tác xã Nhật Khuê chính là sự kết hợp lặng thầm nhưng rực rỡ của cả hai - một ngọn lửa nhỏ bền bỉ cháy lên từ gian khó, một vì sao kiên định soi đường giữa bóng tối số phận.",
        [P("Trần Thị Mai Anh", roles=["Giám đốc Hợp tác xã Nhật Khuê"], org="Hợp tác xã Nhật Khuê")],
        [],
        [O("Hợp tác xã Nhật Khuê")],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CT) - Ngày 7-1, Đoàn công tác của Văn phòng UBND TP Cần Thơ, do bà Lê Xuân Hoa, Phó Chánh Văn phòng UBND thành phố, làm Trưởng đoàn, khảo sát tình hình tiếp nhận, giải quyết và trả kết quả thủ tục hành chính (TTHC)",
        [
            P(
                "Lê Xuân Hoa",
                "Bà",
                ["Phó Chánh Văn phòng UBND thành phố", "Trưởng đoàn"],
                "Văn phòng UBND thành phố",
            )
        ],
        [L("Cần Thơ", "thành phố")],
        [
            O("Văn phòng UBND TP Cần Thơ", f"Văn phòng {UBND} TP Cần Thơ", "Cần Thơ"),
            O("Văn phòng UBND thành phố", f"Văn phòng {UBND} thành phố"),
        ],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "Sáng 7-1, tại Hà Nội, Tổng Bí thư Tô Lâm làm việc với Ban Chính sách, chiến lược Trung ương về định hướng xây dựng 2 nghị quyết: về đổi mới mô hình phát triển đất nước dựa trên khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        [P("Tô Lâm", roles=["Tổng Bí thư"])],
        [L("Hà Nội", "thành phố")],
        [O("Ban Chính sách, chiến lược Trung ương")],
        [F("2 nghị quyết", 2, "nghị quyết")],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CTO) - Chiều 7-1, Sở Văn hóa, Thể thao và Du lịch TP Cần Thơ tổ chức hội nghị công bố các quyết định về công tác cán bộ.",
        [],
        [L("Cần Thơ", "thành phố")],
        [O("Sở Văn hóa, Thể thao và Du lịch TP Cần Thơ", place="Cần Thơ")],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CTO) - Kiểm tra tiến độ thi công cao tốc Châu Đốc - Cần Thơ - Sóc Trăng, ông Nguyễn Văn Hòa, Phó Chủ tịch UBND TP Cần Thơ, yêu cầu tập trung đẩy nhanh tiến độ công trình để thông xe kỹ thuật vào 30-6-2026.",
        [P("Nguyễn Văn Hòa", "Ông", ["Phó Chủ tịch UBND TP Cần Thơ"], "UBND TP Cần Thơ")],
        [
            L("Châu Đốc", "thành phố", ["An Giang"]),
            L("Cần Thơ", "thành phố", m=["Cần Thơ", "Cần Thơ"]),
            L("Sóc Trăng", "tỉnh"),
        ],
        [O("UBND TP Cần Thơ", f"{UBND} TP Cần Thơ", "Cần Thơ")],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CTO) - Tối 6-1, Phó Thủ tướng Chính phủ Trần Hồng Hà - Trưởng Ban Chỉ đạo Quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) chủ trì phiên họp trực tuyến toàn quốc (lần thứ 29)...",
        [
            P(
                "Trần Hồng Hà",
                roles=[
                    "Phó Thủ tướng Chính phủ",
                    "Trưởng Ban Chỉ đạo Quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)",
                ],
                org="Chính phủ",
            )
        ],
        [],
        [
            O("Chính phủ"),
            O(
                "Ban Chỉ đạo Quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định"
            ),
        ],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CT) - Chiều 6-1, UBND TP Cần Thơ tổ chức họp cơ quan báo, đài định kỳ, quý IV-2025. Ông Trương Cảnh Tuyên, Phó Bí thư Thành ủy, Chủ tịch UBND TP Cần Thơ chủ trì cuộc họp. Cùng dự có ông Trần Văn Huyến, Phó Bí thư Thành ủy Cần Thơ...",
        [
            P("Trương Cảnh Tuyên", "Ông", ["Phó Bí thư Thành ủy", "Chủ tịch UBND TP Cần Thơ"]),
            P("Trần Văn Huyến", "Ông", ["Phó Bí thư Thành ủy Cần Thơ"], "Thành ủy Cần Thơ"),
        ],
        [L("Cần Thơ", "thành phố", m=["Cần Thơ", "Cần Thơ", "Cần Thơ"])],
        [
            O("UBND TP Cần Thơ", f"{UBND} TP Cần Thơ", "Cần Thơ", m=["UBND TP Cần Thơ", "UBND TP Cần Thơ"]),
            O("Thành ủy Cần Thơ", place="Cần Thơ"),
            O("Thành ủy"),
        ],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CTO) - Ngày 6-1, Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị trực tiếp kết hợp trực tuyến tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của ngành Tài chính. Ông Vương Quốc Nam, Phó Chủ tịch UBND TP Cần Thơ dự hội nghị tại điểm cầu TP Cần Thơ.",
        [
            P("Phạm Minh Chính", roles=["Thủ tướng Chính phủ"], org="Chính phủ"),
            P("Vương Quốc Nam", "Ông", ["Phó Chủ tịch UBND TP Cần Thơ"], "UBND TP Cần Thơ"),
        ],
        [L("Cần Thơ", "thành phố", m=["Cần Thơ", "Cần Thơ"])],
        [O("Chính phủ"), O("UBND TP Cần Thơ", f"{UBND} TP Cần Thơ", "Cần Thơ")],
        [],
        [],
    ),
    (
        CT_CAT,
        "Cần Thơ",
        "(CT) - UBND phường Sóc Trăng vừa triển khai mô hình “Chứng thực chữ ký tại nhà”, nhằm giúp người yếu thế hoặc người gặp khó khăn đặc biệt thuận lợi thực hiện thủ tục hành chính.",
        [],
        [L("Sóc Trăng", "phường", ["Cần Thơ"])],
        [O("UBND phường Sóc Trăng", f"{UBND} phường Sóc Trăng", "Sóc Trăng")],
        [],
        [M("Chứng thực chữ ký tại nhà", "mô hình")],
    ),
    (
        CT_ART,
        "Cần Thơ",
        "Đặc biệt, Thanh tra Chính phủ đã phối hợp với các địa phương rà soát kỹ hồ sơ, căn cứ vào quy định của pháp luật và tình hình thực tế để đưa ra phương án xử lý, giải quyết có tính khả thi đối với 226 vụ việc khiếu nại, tố cáo phức tạp, kéo dài, vượt cấp lên Trung ương trên địa bàn Hà Nội theo chỉ đạo của Tổng Bí thư, Thủ tướng Chính phủ.",
        [],
        [L("Hà Nội", "thành phố")],
        [O("Thanh tra Chính phủ"), O("Chính phủ")],
        [F("226 vụ việc khiếu nại", 226, "vụ việc khiếu nại")],
        [],
    ),
    (
        VE_CN,
        None,
        "Cách phòng trọ chị Huyền hơn 5 km, chị Huỳnh Thị Thủy, 43 tuổi, trọ trên đường Phạm Văn Chiêu (quận Gò Vấp) vẫn chưa biết Tết này sẽ về Bình Định với con hay ở lại thành phố. Chị Thủy vốn là công nhân Công ty giày da Huê Phong nhưng thất nghiệp giữa năm 2020 do doanh nghiệp cắt giảm lao động. Lớn tuổi, sức khỏe suy giảm, chị không thể tìm được công việc trong nhà máy, đành xin phụ quán ăn với thu nhập mỗi tháng hơn 5 triệu đồng.",
        [P("Huyền", "Chị"), P("Huỳnh Thị Thủy", "Chị", m=["Huỳnh Thị Thủy", "Thủy"])],
        [L("Gò Vấp", "quận", [HCM]), L("Bình Định", "tỉnh")],
        [O("Công ty giày da Huê Phong")],
        [
            F("hơn 5 km", 5, "km", "hơn"),
            F("43 tuổi", 43, "tuổi"),
            F("hơn 5 triệu đồng", 5000000, "đồng", "hơn"),
        ],
        [],
    ),
    (
        VE_CN,
        None,
        "Theo số liệu của Tổng cục Thống kê, người lao động ở TP HCM có thu nhập bình quân tháng giảm chỉ còn 5,8 triệu đồng, mức thấp nhất trong nhiều năm trở lại đây. Tỷ lệ thiếu việc làm ở thành phố tăng tới 8,5%.",
        [],
        [L(HCM, "thành phố", m=["HCM"])],
        [O("Tổng cục Thống kê")],
        [F("5,8 triệu đồng", 5800000, "đồng"), F("tới 8,5%", "8.5", "%", "tới")],
        [],
    ),
    (
        VE_CN,
        None,
        "Ông Hồ Xuân Lâm, Phó chủ tịch Liên đoàn lao động TP HCM, cho hay ngoài sự hỗ trợ của chính quyền và đoàn thể, rất nhiều chủ nhà trọ cùng công đoàn quận, huyện đã tổ chức tiệc tất niên, tặng quà cho những lao động khó khăn, không về quê dịp Tết này. Đơn cử tại Gò Vấp, 50 tổ công nhân tự quản cùng tham gia ngày hội gói giò chả để tặng người ở trọ. Công đoàn quận Bình Tân hỗ trợ kinh phí để chủ trọ tổ chức tiệc tất niên cho công nhân ở lại ăn Tết...",
        [
            P(
                "Hồ Xuân Lâm",
                "Ông",
                ["Phó chủ tịch Liên đoàn lao động TP HCM"],
                "Liên đoàn lao động TP HCM",
            )
        ],
        [L(HCM, "thành phố", m=["HCM"]), L("Gò Vấp", "quận", [HCM]), L("Bình Tân", "quận", [HCM])],
        [O("Liên đoàn lao động TP HCM", place=HCM), O("Công đoàn quận Bình Tân", place="Bình Tân")],
        [F("50 tổ công nhân tự quản", 50, "tổ công nhân tự quản")],
        [],
    ),
    (
        VE_BAY,
        None,
        "Cục Hàng không Việt Nam đã thông báo đến nhà chức trách các nước về việc không hạn chế khai thác các chuyến bay thương mại quốc tế từ ngày 15/2.",
        [],
        [L("Việt Nam", "country")],
        [O("Cục Hàng không Việt Nam")],
        [],
        [],
    ),
    (
        VE_BAY,
        None,
        '"Chủ trương của Chính phủ là mở cửa du lịch quốc tế trước 30/3 , ngành hàng không phải đi trước một bước", ông Sơn nói.',
        [P("Sơn", "Ông")],
        [],
        [O("Chính phủ")],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        "TP Huế Cục Di sản văn hóa đề nghị Sở Văn hóa và Thể thao TP Huế tổ chức kiểm tra về các công trình xây dựng mới ở Phủ Nội vụ bên trong Đại nội Huế.",
        [],
        [L("Huế", "thành phố", m=["Huế", "Huế", "Huế"])],
        [O("Cục Di sản văn hóa"), O("Sở Văn hóa và Thể thao TP Huế", place="Huế")],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        'Sáng 14/1, Tổng Bí thư Tô Lâm, Bí thư Quân ủy Trung ương, trao tặng danh hiệu "Anh hùng Lực lượng vũ trang nhân dân" cho Tổng cục Hậu cần - Kỹ thuật (Bộ Quốc phòng).',
        [P("Tô Lâm", roles=["Tổng Bí thư", "Bí thư Quân ủy Trung ương"], org="Quân ủy Trung ương")],
        [],
        [O("Quân ủy Trung ương"), O("Tổng cục Hậu cần - Kỹ thuật"), O("Bộ Quốc phòng")],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        "Ông Trần Cẩm Tú, Thường trực Ban Bí thư cho biết nhân sự khóa XIV đảm bảo hợp lý giữa tiêu chuẩn và cơ cấu, giữa kế thừa và ổn định, đổi mới và phát triển, chuyên môn và sáng tạo.",
        [P("Trần Cẩm Tú", "Ông", ["Thường trực Ban Bí thư"], "Ban Bí thư")],
        [],
        [O("Ban Bí thư")],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        "Đồng Nai Bộ Xây dựng giao ACV chuẩn bị các bước để triển khai giai đoạn 2 dự án sân bay Long Thành, gồm đường băng thứ ba và nhà ga thứ hai công suất 25 triệu hành khách.",
        [],
        [L("Đồng Nai", "tỉnh"), L("Long Thành", "huyện", ["Đồng Nai"])],
        [O("Bộ Xây dựng"), O("ACV")],
        [F("25 triệu hành khách", 25000000, "hành khách")],
        [M("sân bay Long Thành", "dự án")],
    ),
    (
        VE_CAT,
        None,
        "Khu liên hợp thể dục thể thao quốc gia Rạch Chiếc, vốn đầu tư hơn 145.000 tỷ đồng, động thổ sáng 15/1, kỳ vọng trở thành trung tâm thể thao - văn hóa tầm cỡ quốc tế.",
        [],
        [],
        [],
        [F("hơn 145.000 tỷ đồng", 145000000000000, "đồng", "hơn")],
        [],
    ),
    (
        VE_CAT,
        None,
        "Tuyến metro dài hơn 11 km, vốn đầu tư hơn 55.000 tỷ đồng khởi công sáng 15/1, mở đầu giai đoạn tăng tốc để 5 năm tới TP HCM đạt mục tiêu 187 km đường sắt đô thị.",
        [],
        [L(HCM, "thành phố", m=["HCM"])],
        [],
        [
            F("hơn 11 km", 11, "km", "hơn"),
            F("hơn 55.000 tỷ đồng", 55000000000000, "đồng", "hơn"),
            F("5 năm", 5, "năm"),
            F("187 km", 187, "km"),
        ],
        [],
    ),
    (
        VE_CAT,
        None,
        "Lâm Đồng Nghe tiếng gió rít qua khe vách ván gỗ, thầy Trần Phi Thế ra hiệu cho học trò lớp 5C ngồi xích lại gần nhau để giữ ấm trong lớp học nằm lọt thỏm giữa rừng.",
        [P("Trần Phi Thế", "Thầy")],
        [L("Lâm Đồng", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        "Nhiều lãnh đạo, nguyên lãnh đạo Đảng và Nhà nước tới viếng đại tướng Lê Văn Dũng tại Nhà tang lễ Quốc gia phía Nam, TP HCM, sáng 14/1.",
        [P("Lê Văn Dũng", "Đại tướng")],
        [L(HCM, "thành phố", m=["HCM"])],
        [O("Đảng")],
        [],
        [],
    ),
    (
        VE_CAT,
        None,
        "Đà Nẵng Bị bỏ trong bụi rậm khi mới hơn một tuần tuổi, Trương Thị Bích Diễm khóc đến nổ hai con ngươi mắt. Nhưng số phận mù loà không ngăn được đam mê đàn hát của chị.",
        [P("Trương Thị Bích Diễm")],
        [L("Đà Nẵng", "thành phố")],
        [],
        [],
        [],
    ),
    (
        VTC,
        None,
        "Hà Nội bổ nhiệm tiến sĩ y khoa Nguyễn Trọng Diện làm Giám đốc Sở Y tế, sau gần hai năm cơ quan này chỉ có lãnh đạo phụ trách.",
        [P("Nguyễn Trọng Diện", roles=["Giám đốc Sở Y tế"], org="Sở Y tế")],
        [L("Hà Nội", "thành phố")],
        [O("Sở Y tế")],
        [],
        [],
    ),
    (
        VTC,
        None,
        "Cơ quan An ninh điều tra Bộ Công an kết thúc điều tra vụ án liên quan bị can Lê Trung Khoa, chuyển hồ sơ đến Viện Kiểm sát nhân dân Tối cao đề nghị truy tố.",
        [P("Lê Trung Khoa")],
        [],
        [O("Cơ quan An ninh điều tra Bộ Công an"), O("Viện Kiểm sát nhân dân Tối cao")],
        [],
        [],
    ),
    (
        VTC,
        None,
        "Thái Hồng Quỳnh Chi, học sinh lớp 11 Hóa 1, Trường THPT Chuyên Hà Nội – Amsterdam, đạt điểm tuyệt đối 1600 trong kỳ thi chuẩn hoá SAT, lọt top 1% thế giới.",
        [P("Thái Hồng Quỳnh Chi")],
        [L("Hà Nội", "thành phố")],
        [O("Trường THPT Chuyên Hà Nội – Amsterdam", "Trường Trung học phổ thông Chuyên Hà Nội – Amsterdam")],
        [F("1600", 1600), F("1%", 1, "%")],
        [],
    ),
    (
        VTC_L,
        None,
        "Công an tỉnh Đắk Lắk vừa triệt phá đường dây buôn bán, vận chuyển ma túy từ Campuchia về Việt Nam, thu giữ 9,2kg ma túy và 2 khẩu súng.",
        [],
        [L("Đắk Lắk", "tỉnh"), L("Campuchia", "country"), L("Việt Nam", "country")],
        [O("Công an tỉnh Đắk Lắk", place="Đắk Lắk")],
        [F("9,2kg", "9.2", "kg"), F("2 khẩu súng", 2, "khẩu súng")],
        [],
    ),
    (
        VTC_L,
        None,
        "Mohammed Ali Ahmed Al-Haddad - Tổng tham mưu trưởng quân đội Libya, đã thiệt mạng trong một vụ tai nạn máy bay hôm 23/12 sau khi rời thủ đô Ankara của Thổ Nhĩ Kỳ.",
        [P("Mohammed Ali Ahmed Al-Haddad", roles=["Tổng tham mưu trưởng quân đội Libya"])],
        [L("Libya", "country"), L("Ankara", "thành phố", ["Thổ Nhĩ Kỳ"]), L("Thổ Nhĩ Kỳ", "country")],
        [],
        [],
        [],
    ),
    (
        VTC,
        None,
        "Ngô Châu Anh vừa đón nhận học bổng toàn phần trị giá 9,7 tỷ đồng cho 4 năm tại Đại học Colgate, trường khai phóng xếp hạng 22 toàn nước Mỹ.",
        [P("Ngô Châu Anh")],
        [L("Mỹ", "country")],
        [O("Đại học Colgate")],
        [F("9,7 tỷ đồng", 9700000000, "đồng"), F("4 năm", 4, "năm")],
        [],
    ),
    (
        VTC,
        None,
        "Sở Xây dựng Hà Nội lên phương án phân luồng để thí điểm hạn chế ô tô tải trên 10 tấn, xe đầu kéo từ Đại lộ Thăng Long, Quốc lộ 32 vào đường Vành đai 3 trên cao.",
        [],
        [L("Hà Nội", "thành phố")],
        [O("Sở Xây dựng Hà Nội", place="Hà Nội")],
        [F("trên 10 tấn", 10, "tấn", "trên")],
        [],
    ),
    (
        VTC,
        None,
        "Tổng thống Vladimir Putin từng cảnh báo cựu Tổng thống George W. Bush về việc kết nạp Ukraine vào NATO sẽ gây ra cuộc đối đầu lâu dài giữa Nga và Mỹ.",
        [P("Vladimir Putin", roles=["Tổng thống"]), P("George W. Bush", roles=["cựu Tổng thống"])],
        [L("Ukraine", "country"), L("Nga", "country"), L("Mỹ", "country")],
        [O("NATO")],
        [],
        [],
    ),
    (
        VTC,
        None,
        "Tại phiên họp thứ 52, Ủy ban Thường vụ Quốc hội xem xét, thông qua 2 nghị quyết về tiêu chuẩn đơn vị hành chính và phân loại đô thị.",
        [],
        [],
        [O("Ủy ban Thường vụ Quốc hội")],
        [F("2 nghị quyết", 2, "nghị quyết")],
        [],
    ),
    (
        ZN_KD,
        None,
        "LPBank vừa công bố đơn từ nhiệm của ông Nguyễn Đức Thụy, Chủ tịch HĐQT và ông Nguyễn Văn Thùy, Phó chủ tịch HĐQT (em trai ông Thụy) theo nguyện vọng cá nhân.",
        [
            P("Nguyễn Đức Thụy", "Ông", ["Chủ tịch HĐQT"], m=["Nguyễn Đức Thụy", "Thụy"]),
            P("Nguyễn Văn Thùy", "Ông", ["Phó chủ tịch HĐQT"]),
        ],
        [],
        [O("LPBank")],
        [],
        [],
    ),
    (
        ZN_KD,
        None,
        "Ngày 27/11, Bộ trưởng Nông nghiệp và Môi trường (NNMT) Trần Đức Thắng cùng Phó tổng cục trưởng Tổng Cục Hải quan Trung Quốc đã ký Nghị định thư xuất khẩu mít tươi.",
        [P("Trần Đức Thắng", roles=["Bộ trưởng Nông nghiệp và Môi trường"])],
        [L("Trung Quốc", "country")],
        [O("Tổng Cục Hải quan Trung Quốc", place="Trung Quốc")],
        [],
        [],
    ),
    (
        ZN_KD,
        None,
        "Phiên bứt phá mạnh của cổ phiếu VIC đã kéo tài sản của Chủ tịch Vingroup Phạm Nhật Vượng tăng thêm 1,7 tỷ USD chỉ trong 24 giờ, mức tăng nhiều thứ hai thế giới hôm nay.",
        [P("Phạm Nhật Vượng", roles=["Chủ tịch Vingroup"], org="Vingroup")],
        [],
        [O("Vingroup")],
        [F("1,7 tỷ USD", 1700000000, "USD"), F("24 giờ", 24, "giờ")],
        [],
    ),
    (
        ZN_KD,
        None,
        "Thủ tướng Phạm Minh Chính đã ký quyết định giao giữ vị trí quyền Bộ trưởng Công Thương đối với ông Lê Mạnh Hùng, Chủ tịch HĐTV Petrovietnam (PVN).",
        [
            P("Phạm Minh Chính", roles=["Thủ tướng"]),
            P(
                "Lê Mạnh Hùng",
                "Ông",
                ["quyền Bộ trưởng Công Thương", "Chủ tịch HĐTV Petrovietnam"],
                "Petrovietnam",
            ),
        ],
        [],
        [O("Petrovietnam")],
        [],
        [],
    ),
    (
        ZN_KD,
        None,
        'Chủ tịch FPT Trương Gia Bình nhấn mạnh AI bình dân và 5 trụ cột công nghệ sẽ đưa FPT vươn lên. Ông đánh giá năm 2025 khó khăn "ngút trời" nhưng cơ hội "không tưởng tượng được".',
        [P("Trương Gia Bình", roles=["Chủ tịch FPT"], org="FPT")],
        [],
        [O("FPT", m=["FPT", "FPT"])],
        [F("5 trụ cột công nghệ", 5, "trụ cột công nghệ")],
        [],
    ),
    (
        ZN_KD,
        None,
        "Sau gần 1 năm chuẩn bị, thẩm định hồ sơ, thảo luận và thẩm tra, dự án sân bay Gia Bình (Bắc Ninh) đã được Quốc hội thông qua chủ trương đầu tư và giao Masterise Group làm chủ đầu tư.",
        [],
        [L("Gia Bình", "huyện", ["Bắc Ninh"]), L("Bắc Ninh", "tỉnh")],
        [O("Quốc hội"), O("Masterise Group")],
        [F("gần 1 năm", 1, "năm", "gần")],
        [M("sân bay Gia Bình", "dự án")],
    ),
    (
        ZN_HOME,
        None,
        "Sau cú đúp vô địch sáng 17/12, Trịnh Thu Vinh trở thành vận động viên giành nhiều HCV nhất tại SEA Games 33.",
        [P("Trịnh Thu Vinh")],
        [],
        [],
        [],
        [],
    ),
    (
        ZN_HOME,
        None,
        "Tại phòng họp báo sau trận thắng Malaysia, HLV Kim Sang-sik cho biết, ông rất vui và hài lòng với màn trình diễn của U22 Việt Nam. Đối thủ của U22 Việt Nam ở bán kết SEA Games 33 là Philipines.",
        [P("Kim Sang-sik", roles=["HLV"])],
        [
            L("Malaysia", "country"),
            L("Việt Nam", "country", m=["Việt Nam", "Việt Nam"]),
            L("Philipines", "country"),
        ],
        [],
        [],
        [],
    ),
    (
        ZN_KD,
        None,
        "TP.HCM đã làm việc với hơn 50 doanh nghiệp lớn thuộc 4 lĩnh vực quan trọng và lựa chọn 10 nhà đầu tư tiềm năng tham gia giai đoạn đầu thành lập Trung tâm Tài chính Quốc tế TP.HCM.",
        [],
        [L(HCM, "thành phố", m=["TP.HCM", "TP.HCM"])],
        [O("Trung tâm Tài chính Quốc tế TP.HCM", place=HCM)],
        [
            F("hơn 50 doanh nghiệp", 50, "doanh nghiệp", "hơn"),
            F("4 lĩnh vực", 4, "lĩnh vực"),
            F("10 nhà đầu tư", 10, "nhà đầu tư"),
        ],
        [],
    ),
    (
        ZN_KD,
        None,
        "LS Eco Energy của Hàn Quốc - công ty con của Tập đoàn LS Cable & System đã phê duyệt kế hoạch đầu tư mở rộng hoạt động kinh doanh đất hiếm tại Việt Nam.",
        [],
        [L("Hàn Quốc", "country"), L("Việt Nam", "country")],
        [O("LS Eco Energy"), O("Tập đoàn LS Cable & System")],
        [],
        [],
    ),
    (
        ZN_VANG,
        None,
        "Tuần trước, Tổng thống Mỹ Donald Trump đã tuyên bố áp đặt lệnh phong tỏa đối với tất cả tàu chở dầu nằm trong diện trừng phạt ra vào Venezuela.",
        [P("Donald Trump", roles=["Tổng thống Mỹ"])],
        [L("Mỹ", "country"), L("Venezuela", "country")],
        [],
        [],
        [],
    ),
    (
        ZN_VANG,
        None,
        "Đáng chú ý, giá bạc thế giới giao ngay cũng tăng 1,9% lên 68,4 USD /ounce, sau khi chạm mức đỉnh mới 69,44 USD /ounce. Giá bạc đã tăng hơn 136% kể từ đầu năm.",
        [],
        [],
        [],
        [
            F("1,9%", "1.9", "%"),
            F("68,4 USD /ounce", "68.4", "USD/ounce"),
            F("69,44 USD /ounce", "69.44", "USD/ounce"),
            F("hơn 136%", 136, "%", "hơn"),
        ],
        [],
    ),
    (
        ZN_VANG,
        None,
        "Theo các chiến lược gia của Macquarie, động lực đứng sau các mức đỉnh gần đây của bạc chủ yếu đến từ tình trạng thiếu hụt cung - cầu kéo dài và nhu cầu nhập khẩu gia tăng tại Ấn Độ trong mùa lễ hội. Nhóm này cho biết kỳ vọng giá bạc bình quân đạt 57 USD /ounce vào năm 2026.",
        [],
        [L("Ấn Độ", "country")],
        [O("Macquarie")],
        [F("đạt 57 USD /ounce", 57, "USD/ounce", "đạt")],
        [],
    ),
    (
        NHANDAN,
        None,
        "Ngay sau tiếng còi khai cuộc, Tây Ban Nha nhanh chóng kiểm soát thế trận. Phút thứ 5, Lamine Yamal có cơ hội đầu tiên nhưng không thắng được thủ thành Emiliano Martinez. Trong phần lớn hiệp 1, đoàn quân của huấn luyện viên Luis de la Fuente duy trì quyền kiểm soát bóng vượt trội, song gặp nhiều khó khăn trước hàng phòng ngự chơi lùi sâu và đầy kỷ luật của Argentina.",
        [
            P("Lamine Yamal"),
            P("Emiliano Martinez", roles=["thủ thành"]),
            P("Luis de la Fuente", roles=["huấn luyện viên"]),
        ],
        [L("Tây Ban Nha", "country"), L("Argentina", "country")],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        None,
        "Bước ngoặt đến ở phút 106. Từ quả tạt của Pedro Porro bên cánh phải, Nico Williams đánh đầu chuyền bóng vào trung lộ để Ferran Torres băng vào dứt điểm một chạm tung nóc lưới Argentina, ghi bàn thắng duy nhất của trận đấu.",
        [P("Pedro Porro"), P("Nico Williams"), P("Ferran Torres")],
        [L("Argentina", "country")],
        [],
        [],
        [],
    ),
    (
        DT17,
        None,
        "Trao đổi với PV Dân trí, ông Nguyễn Công Khanh - Cục trưởng Cục Hộ tịch, Quốc tịch và Chứng thực (Bộ Tư pháp) - khẳng định, Bộ Giáo dục và Đào tạo không thể quy định cấp xã phải làm thế nào về lý lịch tư pháp.",
        [
            P(
                "Nguyễn Công Khanh",
                "Ông",
                ["Cục trưởng Cục Hộ tịch, Quốc tịch và Chứng thực"],
                "Cục Hộ tịch, Quốc tịch và Chứng thực",
            )
        ],
        [],
        [
            O("Dân trí"),
            O("Cục Hộ tịch, Quốc tịch và Chứng thực"),
            O("Bộ Tư pháp"),
            O("Bộ Giáo dục và Đào tạo"),
        ],
        [],
        [],
    ),
    (
        DT19,
        None,
        "Sáng 17/3, hàng trăm phụ huynh từ Bắc Ninh đưa con em mình đến Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương (38 Trung Văn, Nam Từ Liêm, Hà Nội) để xét nghiệm ấu trùng sán lợn. Nhiều phụ huynh đã bật khóc khi nhận kết quả con mình dương tính với bệnh.",
        [],
        [
            L("Bắc Ninh", "tỉnh"),
            L("Trung Văn", "phường", ["Nam Từ Liêm", "Hà Nội"]),
            L("Nam Từ Liêm", "quận", ["Hà Nội"]),
            L("Hà Nội", "thành phố"),
        ],
        [O("Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương")],
        [],
        [],
    ),
    (
        DT12,
        None,
        "UBND Hà Nội vừa thông báo về việc hoán đổi ngày nghỉ hàng tuần vào các dịp nghỉ lễ, Tết năm 2013. Tết Dương lịch được nghỉ 4 ngày liên tục từ 29/12/2012 đến hết ngày 1/1/2013; Tết Âm lịch được nghỉ 9 ngày liên tục từ 9/2/2013 đến hết ngày 17/2/2013.",
        [],
        [L("Hà Nội", "thành phố")],
        [O("UBND Hà Nội", f"{UBND} Hà Nội", "Hà Nội")],
        [F("4 ngày", 4, "ngày"), F("9 ngày", 9, "ngày")],
        [],
    ),
    (
        DT19B,
        None,
        "Trong kỳ thi THPT quốc gia, 12.000 tình nguyện viên tại Hà Nội đã đồng loạt ra quân tiếp sức, hỗ trợ các thí sinh và người nhà bằng nhiều hoạt động thiết thực.",
        [],
        [L("Hà Nội", "thành phố")],
        [],
        [F("12.000 tình nguyện viên", 12000, "tình nguyện viên")],
        [],
    ),
    (
        NLD,
        None,
        'Chiều ngày 26-12, Tòa Phúc thẩm TAND Tối cao tại TPHCM đã tuyên bác kháng cáo, y án 18 năm tù giam đối với Đặng Văn Trung (SN 1980, quê Cà Mau) về tội "Giết người".',
        [P("Đặng Văn Trung")],
        [L(HCM, "thành phố", m=["TPHCM"]), L("Cà Mau", "tỉnh")],
        [
            O(
                "Tòa Phúc thẩm TAND Tối cao tại TPHCM",
                "Tòa Phúc thẩm Tòa án nhân dân Tối cao tại TPHCM",
                HCM,
            )
        ],
        [F("18 năm", 18, "năm")],
        [],
    ),
    (
        NLD,
        None,
        "Năm 2007, Đặng Văn Trung đến thuê nhà của chị Phạm Kim Hương (SN 1971, ngụ tỉnh Vĩnh Long). Một thời gian sau, Trung chuyển đi ở trọ nơi khác.",
        [P("Đặng Văn Trung", m=["Đặng Văn Trung", "Trung"]), P("Phạm Kim Hương", "Chị")],
        [L("Vĩnh Long", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        NLD,
        None,
        "Trong thời gian thuê nhà chị Hương, Trung có tham gia chơi hụi do chị Hương làm chủ và thiếu tiền hụi là 2.500.000 đồng. Nhiều lần chị Hương đòi nợ nhưng Trung vẫn chưa trả.",
        [P("Hương", "Chị", m=["Hương", "Hương", "Hương"]), P("Trung", m=["Trung", "Trung"])],
        [],
        [],
        [F("2.500.000 đồng", 2500000, "đồng")],
        [],
    ),
    (
        TN,
        None,
        '(TNO) TAND TP.Đà Nẵng ngày 19.12 xét xử sơ thẩm, tuyên phạt: Nguyễn Thị Tiền (22 tuổi, Krông Buk, Đắk Lắk) 16 năm tù; 8 năm tù đối Đặng Thị Ngọc Yến (20 tuổi, Krông Păk, Đắk Lắk), Nguyễn Thị Thu Thủy (21 tuổi), Hoàng Thị Tuyết Nga (29 tuổi, cùng trú tại Đà Nẵng); 2 năm tù cho Nguyễn Thị Diễm My (18 tuổi, Hải Châu, Đà Nẵng), về cùng tội " mua bán trái phép chất ma túy ".',
        [
            P("Nguyễn Thị Tiền"),
            P("Đặng Thị Ngọc Yến"),
            P("Nguyễn Thị Thu Thủy"),
            P("Hoàng Thị Tuyết Nga"),
            P("Nguyễn Thị Diễm My"),
        ],
        [
            L("Đà Nẵng", "thành phố", m=["Đà Nẵng", "Đà Nẵng", "Đà Nẵng"]),
            L("Krông Buk", "huyện", ["Đắk Lắk"]),
            L("Đắk Lắk", "tỉnh", m=["Đắk Lắk", "Đắk Lắk"]),
            L("Krông Păk", "huyện", ["Đắk Lắk"]),
            L("Hải Châu", "quận", ["Đà Nẵng"]),
        ],
        [O("TAND TP.Đà Nẵng", "Tòa án nhân dân TP.Đà Nẵng", "Đà Nẵng")],
        [
            F("22 tuổi", 22, "tuổi"),
            F("16 năm", 16, "năm"),
            F("8 năm", 8, "năm"),
            F("20 tuổi", 20, "tuổi"),
            F("21 tuổi", 21, "tuổi"),
            F("29 tuổi", 29, "tuổi"),
            F("2 năm", 2, "năm"),
            F("18 tuổi", 18, "tuổi"),
        ],
        [],
    ),
    (
        TN,
        None,
        "Trước đó, ngày 6.4.2012, cơ quan công an đã bắt quả tang Yến đang tàng trữ 2,402 gram ma túy tổng hợp tại đường Dũng Sỹ Thanh Khê, đồng thời bắt quả tang Nga và My tàng trữ ma túy tại hẻm 49 Lê Đình Thám (Đà Nẵng).",
        [P("Yến"), P("Nga"), P("My")],
        [L("Đà Nẵng", "thành phố")],
        [],
        [F("2,402 gram", "2.402", "gram")],
        [],
    ),
    (
        CAFEBIZ,
        None,
        "Trở lại Việt Nam, Phạm Kim Long đầu quân cho IBM Việt Nam, FPT Telecom. VNG là công ty gần nhất ông đầu quân, với vị trí Giám đốc Zalo AI.",
        [P("Phạm Kim Long", roles=["Giám đốc Zalo AI"], org="Zalo AI")],
        [L("Việt Nam", "country", m=["Việt Nam", "Việt Nam"])],
        [O("IBM Việt Nam"), O("FPT Telecom"), O("VNG"), O("Zalo AI")],
        [],
        [],
    ),
    (
        CAFEBIZ,
        None,
        'Khi được hỏi câu hỏi khá nhạy cảm về việc "so găng" giữa nơi cũ và chốn mới, ông Long chia sẻ khá chừng mực: " VNG cụ thể là Zalo là công ty tôi làm 8 năm, có nhiều gắn bó và cảm xúc, và cũng rất kính trọng anh Minh (ông Lê Hồng Minh – TGĐ VNG), anh Khải (Vương Quang Khải – Phó TGĐ VNG), làm việc rất gắn bó với anh Khải. Zalo đầu tư AI rất lớn".',
        [
            P("Long", "Ông"),
            P("Lê Hồng Minh", "Ông", ["TGĐ VNG"], "VNG", m=["Lê Hồng Minh", "Minh"]),
            P("Vương Quang Khải", "Anh", ["Phó TGĐ VNG"], "VNG", m=["Vương Quang Khải", "Khải", "Khải"]),
        ],
        [],
        [O("VNG", m=["VNG", "VNG", "VNG"]), O("Zalo", m=["Zalo", "Zalo"])],
        [F("8 năm", 8, "năm")],
        [],
    ),
    (
        CAFEBIZ,
        None,
        "Trước đây tôi cũng không biết nhiều về MoMo, nhưng sau buổi hẹn đầu tiên cùng anh Nguyễn Mạnh Tường (Phó Chủ Tịch HĐQT & Co-CEO) và anh Thái Trí Hùng (Phó Tổng Giám Đốc - CTO), và sau đó là buổi gặp mặt với cả ban lãnh đạo công nghệ của MoMo, tôi nhận thấy tầm nhìn và hướng đi của MoMo thật sự gắn liền với cuộc sống hàng ngày của hàng chục triệu người dân. Với tầm nhìn đó, tôi tin đây là một công việc hấp dẫn, tạo ra giá trị cho đông đảo người dùng.",
        [
            P("Nguyễn Mạnh Tường", "Anh", ["Phó Chủ Tịch HĐQT", "Co-CEO"]),
            P("Thái Trí Hùng", "Anh", ["Phó Tổng Giám Đốc", "CTO"]),
        ],
        [],
        [O("MoMo", m=["MoMo", "MoMo", "MoMo"])],
        [],
        [],
    ),
    (
        IONE,
        None,
        "Lúc đầu, bé Li Xiaoyuan chỉ có một vết chàm nhỏ trên lưng, nhưng sau đó, nó đã lan khắp lưng rồi mọc cả sang cánh tay và mặt. Bác sĩ phẫu thuật Lou Zhongquan ở Bệnh viện da liễu thành phố Triệu Khánh tin rằng, cô bé mắc chứng bệnh hiếm thấy khi các nốt ruồi mọc không thể kiểm soát.",
        [P("Li Xiaoyuan", "Bé"), P("Lou Zhongquan", roles=["Bác sĩ phẫu thuật"])],
        [L("Triệu Khánh", "thành phố", ["Trung Quốc"])],
        [O("Bệnh viện da liễu thành phố Triệu Khánh", place="Triệu Khánh")],
        [],
        [],
    ),
    (
        IONE,
        None,
        "Anh Zhang Hongming, đến từ Trùng Khánh, Trung Quốc, đã mắc phải hội chứng Nevus bẩm sinh, khiến cho nốt ruồi, bớt và lông trên cơ thể phát triển ngoài tầm kiểm soát. Kết quả là, gần như một nửa cơ thể trên của anh Zhang phủ kín màu đen và lông cứng.",
        [P("Zhang Hongming", "Anh", m=["Zhang Hongming", "Zhang"])],
        [L("Trùng Khánh", "thành phố", ["Trung Quốc"]), L("Trung Quốc", "country")],
        [],
        [],
        [],
    ),
    (
        K14,
        None,
        "Giám đốc Công an tỉnh An Giang cho biết, phát hiện 4 đường dây mua bán người trên các tỉnh thành liên quan vụ hơn 40 người tháo chạy từ casino Campchia về Việt Nam.",
        [],
        [L("An Giang", "tỉnh"), L("Campchia", "country"), L("Việt Nam", "country")],
        [O("Công an tỉnh An Giang", place="An Giang")],
        [F("4 đường dây", 4, "đường dây"), F("hơn 40 người", 40, "người", "hơn")],
        [],
    ),
    (
        VNEC,
        None,
        "Giám đốc đầu tư Brad McMillan của Commonwealth Financial Network thừa nhận biến động trên thị trường có thể kéo dài một thời gian, nhưng nói nhà đầu tư không nên lo ngại về lãi suất tăng, vì đó là chuyện bình thường khi nền kinh tế trở lại trạng thái bình thường.",
        [P("Brad McMillan", roles=["Giám đốc đầu tư"])],
        [],
        [O("Commonwealth Financial Network")],
        [],
        [],
    ),
    (
        VNEC,
        None,
        "S&P 500 đang tiến tới hoàn tất tuần giảm thứ ba liên tiếp. Từ đầu tuần tới nay, Dow Jones đã giảm 3,3%; S&P 500 mất 3,9%; và Nasdaq trượt gần 5%.",
        [],
        [],
        [],
        [F("3,3%", "3.3", "%"), F("3,9%", "3.9", "%"), F("gần 5%", 5, "%", "gần")],
        [],
    ),
    (
        VNEC,
        None,
        "Cơ quan Năng lượng Quốc tế (IEA) nói rằng thị trường dầu lửa toàn cầu có thể dư cung trong quý 1 năm nay, nhưng lượng dầu tồn kho đang ở mức thấp hơn nhiều so với mức trướcd dại dịch.",
        [],
        [],
        [O("Cơ quan Năng lượng Quốc tế")],
        [],
        [],
    ),
    (
        TP,
        None,
        'TPO - Tỉnh Bách Nhiên vừa nổi tiếng với bộ phim ngôn tình "Đầu xuân tươi sáng", bạn gái anh là siêu mẫu Lưu Văn bị chỉ trích tạo ra nhiều ý kiến trái chiều.',
        [P("Tỉnh Bách Nhiên"), P("Lưu Văn", roles=["siêu mẫu"])],
        [],
        [],
        [],
        [],
    ),
]


def rows() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for page, province, text, *labels in CASES:
        for kind, facts in zip(KINDS, labels, strict=True):
            row = {"split": "blind", "source": "fixture", "page": page, "text": text}
            if province:
                row["province"] = province
            row[kind] = facts
            out[kind].append(row)
    return out


def main() -> None:
    write_kinds(HERE, rows())


if __name__ == "__main__":
    main()

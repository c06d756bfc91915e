"""Hand labels for the BLIND4 split, written before vnnews, `extractors` or underthesea ever ran on them.

A fourth held-out set, for the final measurement of whether the extractors generalise; it is meant to
stay unseen by whoever tunes them. Two sources, kept apart in each row's "source":
- "real": sentences and paragraphs copied from fixture pages no other split uses (selectolax
  `node.text(deep=True)` of a <p>/<li>/<h2>/<h3> node, whitespace collapsed, NFC), relative to
  tests/fixtures/pages. Teasers are cut to their summary as in blind/..blind3/; a leading "(BGĐT) - ",
  "(BGĐT)- " or "(Dân trí) - " tag and a leading place tag of vnexpress category teasers ("Hà Nội ",
  "Thanh Hóa ") are dropped, a "(Soha.vn) - " tag is kept (and labelled, as blind2 did).
- "written": sentences written for this set in the style of Báo Phú Thọ (commune officials, security,
  new-countryside programme, farming, budgets, health, schools, accidents, storms), for figures and
  their negatives and for model names (quoted with “ ” or " ", unquoted after a colon or after "các
  mô hình", repeated) and generic phrases that are not models.
No text here occurs in tests/devset/*.jsonl, blind/, blind2/ or blind3/ (checked by
tests/test_blind4_devset.py). The author read no extractor code (only extractors/facts.py for field
names) and ran no extractor, vnnews command or underthesea on these texts. This script only turns the
notation below into tests/devset/blind4/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind4/make_blind4.py

Conventions: exactly those of tests/devset/blind3/make_blind3.py (and blind/, blind2/ before it), plus
these decisions taken before any scoring:
- figures: a match score ("0-4", "tỷ số 1-0"), "chấm 11 m" (the penalty spot's name), "tuổi 29" /
  "ở tuổi 30" (age written after "tuổi", like "phút 34"), "top 5", "thứ 12/34" (a rank), "km 89+500"
  (a road marker), "báo động 2", "khu 5", "Rebel 250", "iPhone 7" are not figures; a seat count of a
  vehicle class ("xe khách 16 chỗ", "ô tô 4 chỗ") is a figure with unit "chỗ"; "chờ tới 2 năm" keeps
  "tới" as a qualifier (how long, not a verb of reaching); "chiếm X%" / "bằng X%" carry no qualifier;
  a prison term "7 năm 6 tháng tù" is two figures "7 năm" and "6 tháng"; "người cao tuổi" is a fixed
  compound unit.
- people: an occupation before a name ("tài xế", "trung vệ", "Huấn luyện viên") is a role; "Cựu đại
  tá" is the title as written; initials ("chị Q") are not people.
- organisations: football clubs are organisations, a league or tournament ("Premier League", "Giải bóng
  đá vô địch quốc gia") is not; a brand in a business name ("Pierre Cardin") is not; a personal blog
  ("Gates Notes") is not; an organising committee ("Ban tổ chức ...") is not.
- places: a numbered hamlet ("thôn 8", "ấp 1", "khu 5") is a place named by its number (a "#2"
  mention when the number first occurs in a date); road sections ("Ngọc Hồi - Văn Điển"), peninsulas,
  lakes, "biển Đông" and resort names are not places; a country in an award name ("Quả bóng vàng Việt
  Nam") is a place mention.
- models: a beauty contest named after "Cuộc thi" is a model (kind "cuộc thi"); "mô hình Dân vận khéo
  “...”" names the quoted part, kind "mô hình"; a "Hội thảo" title, "Tháng hành động ...", "Phương án
  phòng, chống thiên tai", "Đề án 06", a "danh hiệu" and a contest described without a name are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
VNEC = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
VE_CAT = "vnexpress.net/vnexpress-2026-category-thoi-su.html"
VE13 = "vnexpress.net/vnexpress-homepage-2013.html"
VTC = "vtcnews.vn/vtcnews-2025-home.html"
ZN_HOME = "zingnews.vn/znews-2025-home.html"
ZN_KD = "zingnews.vn/znews-2025-kinh-doanh.html"
SOHA = "soha.vn/soha-homepage-2013.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
WRITTEN = None  # page of a written sentence

VN = "Việt Nam"
PT = "Phú Thọ"
BGI = "Bắc Giang"
HN = "Hà Nội"
UBND = "Ủy ban nhân dân"

REAL = [
    (
        BG,
        "Ngày 13/8, Thủ tướng Chính phủ Phạm Minh Chính kiểm tra thực tế, làm việc tại Công ty cổ phần Phân đạm và Hóa chất Hà Bắc (thuộc Tập đoàn Hóa chất Việt Nam). Tham gia đoàn công tác có đại diện một số bộ, ngành T.Ư.",
        [P("Phạm Minh Chính", roles=["Thủ tướng Chính phủ"], org="Chính phủ")],
        [L("Hà Bắc", "tỉnh"), L(VN, "country")],
        [
            O("Chính phủ"),
            O("Công ty cổ phần Phân đạm và Hóa chất Hà Bắc", place="Hà Bắc"),
            O("Tập đoàn Hóa chất Việt Nam", place=VN),
        ],
        [],
        [],
    ),
    (
        BG,
        "Do mâu thuẫn tình cảm, Mai Xuân Thái dùng dao nhọn đâm chị Q (40 tuổi) tử vong trên phố Hàng Bài, quận Hoàn Kiếm, TP Hà Nội. Cơ quan Cảnh sát điều tra vừa ra quyết định khởi tố, bắt tạm giam bị can này.",
        [P("Mai Xuân Thái")],
        [L("Hoàn Kiếm", "quận", [HN]), L(HN, "thành phố")],
        [O("Cơ quan Cảnh sát điều tra")],
        [F("40 tuổi", 40, "tuổi")],
        [],
    ),
    (
        BG,
        "Ô tô đi từ đường Láng ra Ngã Tư Sở (Hà Nội) đã tông hàng loạt xe máy đang chờ đổ xăng tại cửa hàng xăng dầu, làm ít nhất 8 người bị thương. Sự việc xảy ra vào tối 12/8.",
        [],
        [L(HN, "thành phố")],
        [],
        [F("ít nhất 8 người", 8, "người", "ít nhất")],
        [],
    ),
    (
        BG,
        "Tối 12/8, đêm chung kết Cuộc thi Hoa hậu Thế giới Việt Nam 2022 - Miss World Vietnam 2022 đã diễn ra tại bán đảo Hải Giang, thành phố Quy Nhơn, tỉnh Bình Định. 37 thí sinh lọt vào Vòng Chung kết đã trải qua 4 phần thi chính gồm: Áo dài dân tộc, Áo tắm, Trang phục dạ hội và Phần thi ứng xử.",
        [],
        [L(VN, "country"), L("Quy Nhơn", "thành phố", ["Bình Định"]), L("Bình Định", "tỉnh")],
        [],
        [F("37 thí sinh", 37, "thí sinh"), F("4 phần thi", 4, "phần thi")],
        [M("Hoa hậu Thế giới Việt Nam 2022", "cuộc thi")],
    ),
    (
        BG,
        "Đây là vườn bơ rộng hơn 2 ha của gia đình anh Dương Văn Dẫu, thôn Bảo Lộc 1, xã Bảo Sơn (Lục Nam). Từng có thời gian làm việc ở tỉnh Đắk Lắk - địa phương trồng nhiều bơ, anh Dẫu biết được giá trị kinh tế từ loại cây trồng này nên mang giống bơ về trồng tại quê mình.",
        [P("Dương Văn Dẫu", "Anh", m=["Dương Văn Dẫu", "Dẫu"])],
        [
            L("Bảo Lộc 1", "thôn", ["Bảo Sơn", "Lục Nam"]),
            L("Bảo Sơn", "xã", ["Lục Nam"]),
            L("Lục Nam", "huyện"),
            L("Đắk Lắk", "tỉnh"),
        ],
        [],
        [F("hơn 2 ha", 2, "ha", "hơn")],
        [],
    ),
    (
        BG,
        "Ngày 14/8, Cơ quan Cảnh sát điều tra tội phạm về tệ nạn xã hội, Công an tỉnh Hà Nam cho biết đang tạm giữ hình sự đối tượng Nguyễn Trường Giang (sinh năm 1997, trú tại thôn 8, xã Chính Lý, huyện Lý Nhân) về tội giết người.",
        [P("Nguyễn Trường Giang")],
        [
            L("Hà Nam", "tỉnh"),
            L("8", "thôn", ["Chính Lý", "Lý Nhân", "Hà Nam"], m=["8#2"]),
            L("Chính Lý", "xã", ["Lý Nhân", "Hà Nam"]),
            L("Lý Nhân", "huyện", ["Hà Nam"]),
        ],
        [
            O("Cơ quan Cảnh sát điều tra tội phạm về tệ nạn xã hội"),
            O("Công an tỉnh Hà Nam", place="Hà Nam"),
        ],
        [],
        [],
    ),
    (
        BG,
        "Công an huyện Việt Yên (Bắc Giang) vừa bắt giữ 3 đối tượng có hành vi 'Cướp giật tài sản' tại tổ dân phố (TDP) My Điền 1, thị trấn Nếnh.",
        [],
        [
            L("Việt Yên", "huyện", [BGI]),
            L(BGI, "tỉnh"),
            L("My Điền 1", "tổ dân phố", ["Nếnh", "Việt Yên", BGI]),
            L("Nếnh", "thị trấn", ["Việt Yên", BGI]),
        ],
        [O("Công an huyện Việt Yên", place="Việt Yên")],
        [F("3 đối tượng", 3, "đối tượng")],
        [],
    ),
    (
        BG,
        "Cựu đại tá Phùng Anh Lê bị phạt 7 năm 6 tháng tù do 'chủ mưu' vụ nhận tiền để thả bị can trái pháp luật. Tại phiên toà, ông Lê không nhận tội.",
        [P("Phùng Anh Lê", "Cựu đại tá", m=["Phùng Anh Lê", "Lê"])],
        [],
        [],
        [F("7 năm", 7, "năm"), F("6 tháng", 6, "tháng")],
        [],
    ),
    (
        BG,
        "Manchester United (Man Utd) thua trận thứ hai liên tiếp tại Premier League khi đoàn quân của Huấn luyện viên Ten Hag thất bại 0-4 trên sân của Brentford trong trận đấu thuộc vòng hai.",
        [P("Ten Hag", roles=["Huấn luyện viên"])],
        [],
        [O("Manchester United"), O("Brentford")],
        [],
        [],
    ),
    (
        BG,
        "Cuối tháng 2/2022, do bản thân có nợ nần nên Nguyễn Văn Hưng (SN 1993), trú tại thôn Rừng Long, xã Lục Sơn, huyện Lục Nam (Bắc Giang) đã nảy sinh ý định, thu thập thông tin về các thửa đất do chủ sử dụng đất có nhu cầu bán và biết được có 5 hộ có nhu cầu cần bán đất tại khu vực các xã: Vô Tranh, Bình Sơn và Lục Sơn.",
        [P("Nguyễn Văn Hưng")],
        [
            L("Rừng Long", "thôn", ["Lục Sơn", "Lục Nam", BGI]),
            L("Lục Sơn", "xã", ["Lục Nam", BGI], m=["Lục Sơn", "Lục Sơn"]),
            L("Lục Nam", "huyện", [BGI]),
            L(BGI, "tỉnh"),
            L("Vô Tranh", "xã", ["Lục Nam", BGI]),
            L("Bình Sơn", "xã", ["Lục Nam", BGI]),
        ],
        [],
        [F("5 hộ", 5, "hộ")],
        [],
    ),
    (
        BG,
        "Ngày 2/8, tại đường 293 đoạn qua địa phận thôn Quỷnh Sành, xã Nghĩa Phương, Công an huyện Lục Nam chủ trì phối hợp với Phòng Kỹ thuật Hình sự (Công an tỉnh Bắc Giang); Hạt Kiểm lâm huyện Lục Nam và Công an xã Nghĩa Phương kiểm tra phát hiện đối tượng Đào Văn Thiệu (SN 1977), trú tại thôn Trại Lán, xã Vô Tranh (Lục Nam) đang có hành vi vận chuyển trái phép 2 cá thể động vật còn sống, gồm: 1 cá thể rắn và 1 cá thể chồn.",
        [P("Đào Văn Thiệu")],
        [
            L("Quỷnh Sành", "thôn", ["Nghĩa Phương", "Lục Nam", BGI]),
            L("Nghĩa Phương", "xã", ["Lục Nam", BGI], m=["Nghĩa Phương", "Nghĩa Phương"]),
            L("Lục Nam", "huyện", [BGI], m=["Lục Nam", "Lục Nam", "Lục Nam"]),
            L(BGI, "tỉnh"),
            L("Trại Lán", "thôn", ["Vô Tranh", "Lục Nam", BGI]),
            L("Vô Tranh", "xã", ["Lục Nam", BGI]),
        ],
        [
            O("Công an huyện Lục Nam", place="Lục Nam"),
            O("Phòng Kỹ thuật Hình sự"),
            O("Công an tỉnh Bắc Giang", place=BGI),
            O("Hạt Kiểm lâm huyện Lục Nam", place="Lục Nam"),
            O("Công an xã Nghĩa Phương", place="Nghĩa Phương"),
        ],
        [
            F("2 cá thể động vật", 2, "cá thể động vật"),
            F("1 cá thể rắn", 1, "cá thể rắn"),
            F("1 cá thể chồn", 1, "cá thể chồn"),
        ],
        [],
    ),
    (
        BG,
        "Tối 13/8, trên sân vận động Thiên Trường (tỉnh Nam Định) đã diễn ra trận đấu giữa Câu lạc bộ Nam Định gặp Câu lạc bộ Sông Lam Nghệ An thuộc vòng 12, Giải bóng đá vô địch quốc gia Night Wolf 2022.",
        [],
        [L("Nam Định", "tỉnh", m=["Nam Định", "Nam Định"]), L("Nghệ An", "tỉnh")],
        [
            O("Câu lạc bộ Nam Định", place="Nam Định"),
            O("Câu lạc bộ Sông Lam Nghệ An", place="Nghệ An"),
        ],
        [],
        [],
    ),
    (
        BG,
        "Nhiều tháng trở lại đây, khu vực hành lang quốc lộ 37, đoạn tiếp giáp giữa cửa hàng xăng dầu số 7 và Khu dân cư Đình Trám - Sen Hồ, thị trấn Nếnh (Việt Yên) tràn lan rác thải.",
        [],
        [L("Nếnh", "thị trấn", ["Việt Yên"]), L("Việt Yên", "huyện")],
        [],
        [],
        [],
    ),
    (
        BG,
        "Hiện cả nước có khoảng 459.100 phòng học các cấp tiểu học, trung học cơ sở, trung học phổ thông công lập, hơn 85% trong số này đã được kiên cố hóa.",
        [],
        [],
        [],
        [
            F("khoảng 459.100 phòng học", 459100, "phòng học", "khoảng"),
            F("hơn 85%", 85, "%", "hơn"),
        ],
        [],
    ),
    (
        BG,
        "Theo tin từ Tổng cục Du lịch, Việt Nam sẽ đăng cai tổ chức trực tiếp Diễn đàn Du lịch Mekong 2022 (MTF 2022) từ ngày 9-14/10 tại Khu nghỉ dưỡng Nam Hội An (Hoiana), tỉnh Quảng Nam. Đây sẽ là sự kiện gặp mặt trực tiếp đầu tiên của 6 điểm đến thuộc Tiểu vùng Mekong Mở rộng (GMS) kể từ năm 2019.",
        [],
        [L(VN, "country"), L("Quảng Nam", "tỉnh")],
        [O("Tổng cục Du lịch")],
        [F("6 điểm đến", 6, "điểm đến")],
        [],
    ),
    (
        BG,
        "Trước khi lao ô tô 4 chỗ vào cây xăng gần Ngã Tư Sở khiến 8 người bị thương, tài xế Ngô Công Hán (35 tuổi) đã uống bia.",
        [P("Ngô Công Hán", roles=["tài xế"])],
        [],
        [],
        [F("4 chỗ", 4, "chỗ"), F("8 người", 8, "người"), F("35 tuổi", 35, "tuổi")],
        [],
    ),
    (
        DT13,
        "Trong 3 ngày nghỉ Tết Độc lập, số ca tai nạn giao thông (TNGT) tăng khá cao, với nhiều ca nặng. Riêng tại BV Việt Đức (Hà Nội), số ca nhập viện tăng mạnh vào ngày 2/9, bệnh nhân phải xếp hàng chờ mổ.",
        [],
        [L(HN, "thành phố")],
        [O("BV Việt Đức", "Bệnh viện Việt Đức")],
        [F("3 ngày", 3, "ngày")],
        [],
    ),
    (
        DT17,
        'Đi ô tô vào đổ xăng và chờ lấy hóa đơn thanh toán, giám đốc một doanh nghiệp đã "tiện tay" nẫng luôn chiếc điện thoại iPhone 7 của nhân viên cây xăng rồi nhanh chóng bỏ đi nhưng hành vi này đã bị camera ghi lại.',
        [],
        [],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Phải chờ tới 2 năm chăm bón vất vả, những trái phật thủ của người dân Đắc Sở (Hoài Đức, Hà Nội) giờ đây mới trĩu cành trên nền đất mới trong thời điểm giáp Tết này.",
        [],
        [L("Đắc Sở", "xã", ["Hoài Đức", HN]), L("Hoài Đức", "huyện", [HN]), L(HN, "thành phố")],
        [],
        [F("tới 2 năm", 2, "năm", "tới")],
        [],
    ),
    (
        DT20,
        'Hộp sọ của hai con khỉ đầu chó, được ướp xác cách đây hơn 3.000 năm, đã giúp thu hẹp vị trí của một "vùng đất trù phú" trong truyền thuyết.',
        [],
        [],
        [],
        [F("hơn 3.000 năm", 3000, "năm", "hơn")],
        [],
    ),
    (
        DT20,
        "Hà Nội đang vào dịp rét. Nhiệt độ về đêm có khi xuống dưới 10 độ C rét run cầm cập. Thế nhưng có một số người, dù ở trong nhà có lò sưởi hay điều hòa không khí vẫn run mà không... vì rét.",
        [],
        [L(HN, "thành phố")],
        [],
        [F("dưới 10 độ C", 10, "độ C", "dưới")],
        [],
    ),
    (
        DT20,
        "Năm 2021, Khoa Các khoa học liên ngành, ĐH Quốc gia Hà Nội(VNU - SIS) mở ngành học mới cử nhân ngành Quản trị thương hiệu.",
        [],
        [L(HN, "thành phố")],
        [
            O("Khoa Các khoa học liên ngành"),
            O("ĐH Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội", HN),
        ],
        [],
        [],
    ),
    (
        VNEC,
        "Hôm thứ Tư, Nasdaq đã rơi vào trạng thái thị trường điều chỉnh (correction) do giảm hơn 10% từ mức kỷ lục thiết lập vào tháng 11.",
        [],
        [],
        [O("Nasdaq")],
        [F("hơn 10%", 10, "%", "hơn")],
        [],
    ),
    (
        VE_CAT,
        'Tài xế xe khách 16 chỗ "không chú ý quan sát, không làm chủ tốc độ, không giữ khoảng cách an toàn" dẫn đến tai nạn làm 4 người chết, 5 người bị thương.',
        [],
        [],
        [],
        [F("16 chỗ", 16, "chỗ"), F("4 người", 4, "người"), F("5 người", 5, "người")],
        [],
    ),
    (
        VE_CAT,
        "Đại lộ hoa và công nghệ ánh sáng dài khoảng một km sẽ được tổ chức ở phường Hạ Long và Hồng Gai dịp Tết Nguyên đán Bính Ngọ 2026.",
        [],
        [L("Hạ Long", "phường"), L("Hồng Gai", "phường")],
        [],
        [],
        [],
    ),
    (
        VE_CAT,
        "Trong lúc kiểm tra cống ở khu vực chợ Ngọc Hà, phường Phú Mỹ (Bà Rịa - Vũng Tàu cũ), hai công nhân bị ngạt khí, tử vong trưa 15/1.",
        [],
        [L("Phú Mỹ", "phường", ["Bà Rịa - Vũng Tàu"]), L("Bà Rịa - Vũng Tàu", "tỉnh")],
        [],
        [],
        [],
    ),
    (
        VE_CAT,
        "Quốc lộ 1 đoạn Ngọc Hồi - Văn Điển được mở rộng từ 4 lên 8 làn xe, dự kiến hoàn thành vào quý I/2026, giúp giảm ùn tắc cho cửa ngõ phía Nam Thủ đô.",
        [],
        [],
        [],
        [F("4", 4, "làn xe"), F("8 làn xe", 8, "làn xe")],
        [],
    ),
    (
        VE_CAT,
        "Nhà nghỉ tại phường Hà Đông bốc cháy nghi do phóng hỏa, cảnh sát cứu được 7 người, rạng sáng 14/1.",
        [],
        [L("Hà Đông", "phường")],
        [],
        [F("7 người", 7, "người")],
        [],
    ),
    (
        VE13,
        'Mẫu cruiser cổ điển thuộc loại "hàng Nhật xuất Mỹ" Honda Rebel 250 phiên bản 2012 với nước sơn xám mờ cuốn hút.',
        [],
        [L("Nhật", "country"), L("Mỹ", "country")],
        [],
        [],
        [],
    ),
    (
        VTC,
        "Sau ba tuần tuyệt thực nhằm “bỏ đói” khối u, người đàn ông sụt giảm 14 kg, thể trạng suy kiệt rõ rệt, trong khi khối u không thay đổi.",
        [],
        [],
        [],
        [F("14 kg", 14, "kg")],
        [],
    ),
    (
        VTC,
        "Ăn tỏi được cho là tốt cho gan nhờ khả năng chống oxy hóa, nhưng bác sĩ cho biết ăn 2 tép tỏi mỗi ngày chỉ có lợi khi dùng đúng cách, đúng liều.",
        [],
        [],
        [],
        [F("2 tép tỏi", 2, "tép tỏi")],
        [],
    ),
    (
        VTC,
        "Mỹ sẽ triển khai các biện pháp nhằm vào ngành công nghiệp bán dẫn của Trung Quốc, áp dụng mức thuế quan mới đối với chip nhập khẩu kể từ 23/6/2027.",
        [],
        [L("Mỹ", "country"), L("Trung Quốc", "country")],
        [],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Tại vòng 15 giải VĐQG Bồ Đào Nha 2025/26, Benfica đánh bại CLB Famalicao với tỷ số 1-0 nhờ bàn thắng trên chấm 11 m của Pavlidis ở phút 34.",
        [P("Pavlidis")],
        [L("Bồ Đào Nha", "country")],
        [O("Benfica"), O("CLB Famalicao", "Câu lạc bộ Famalicao")],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Trưa 22/12, Liên đoàn Bóng đá Malaysia (FAM) lên tiếng sau hàng loạt lùm xùm liên quan đến 7 cầu thủ nhập tịch trong nỗ lực xử lý khủng hoảng và khôi phục niềm tin.",
        [],
        [L("Malaysia", "country")],
        [O("Liên đoàn Bóng đá Malaysia", place="Malaysia")],
        [F("7 cầu thủ", 7, "cầu thủ")],
        [],
    ),
    (
        ZN_HOME,
        "Sáng 22/12/2025, tại Hà Nội, khai mạc Hội nghị lần thứ 15 Ban Chấp hành Trung ương Đảng khóa XIII.",
        [],
        [L(HN, "thành phố")],
        [O("Ban Chấp hành Trung ương Đảng")],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Chiều 22/12, một xe đầu kéo lưu thông trên tuyến đường ĐT830, đoạn qua ấp 1 (xã Long Cang, tỉnh Tây Ninh) đã bất ngờ gặp sự cố đứt dây chằng buộc hàng hóa.",
        [],
        [
            L("1", "ấp", ["Long Cang", "Tây Ninh"]),
            L("Long Cang", "xã", ["Tây Ninh"]),
            L("Tây Ninh", "tỉnh"),
        ],
        [],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Sau 6 ngày vận hành trung tâm giao thông ứng dụng camera AI, nhiều nút giao trọng điểm tại Hà Nội ghi nhận chuyển biến rõ nét về trật tự giao thông.",
        [],
        [L(HN, "thành phố")],
        [],
        [F("6 ngày", 6, "ngày")],
        [],
    ),
    (
        ZN_KD,
        "Trong số 10 tổ chức đầu tiên trở thành thành viên của Trung tâm Tài chính quốc tế tại Đà Nẵng, Vietcombank là ngân hàng duy nhất trong danh sách.",
        [],
        [L("Đà Nẵng", "thành phố")],
        [O("Trung tâm Tài chính quốc tế"), O("Vietcombank")],
        [F("10 tổ chức", 10, "tổ chức")],
        [],
    ),
    (
        ZN_KD,
        "Vingroup đặt mục tiêu tăng trưởng mạnh mẽ trong năm 2025 với doanh thu hợp nhất dự kiến đạt 300.000 tỷ đồng và lợi nhuận sau thuế khoảng 10.000 tỷ đồng.",
        [],
        [],
        [O("Vingroup")],
        [
            F("đạt 300.000 tỷ đồng", 300000000000000, "đồng", "đạt"),
            F("khoảng 10.000 tỷ đồng", 10000000000000, "đồng", "khoảng"),
        ],
        [],
    ),
    (
        ZN_HOME,
        "Cựu Tổng thống Mỹ Barack Obama đã chia sẻ 11 cuốn sách ông yêu thích trong năm 2025, theo Book Riot.",
        [P("Barack Obama", roles=["Cựu Tổng thống Mỹ"])],
        [L("Mỹ", "country")],
        [O("Book Riot")],
        [F("11 cuốn sách", 11, "cuốn sách")],
        [],
    ),
    (
        ZN_HOME,
        "Tỷ phú Microsoft Bill Gates chia sẻ 5 cuốn sách ông yêu thích cho mùa đông năm 2025, theo Gates Notes.",
        [P("Bill Gates", roles=["Tỷ phú Microsoft"], org="Microsoft")],
        [],
        [O("Microsoft")],
        [F("5 cuốn sách", 5, "cuốn sách")],
        [],
    ),
    (
        ZN_HOME,
        "Ở tuổi 29, Nguyễn Quỳnh Anh - vợ trung vệ Đỗ Duy Mạnh - có hôn nhân viên mãn, công việc kinh doanh thuận lợi.",
        [P("Nguyễn Quỳnh Anh"), P("Đỗ Duy Mạnh", roles=["trung vệ"])],
        [],
        [],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Báo Sài Gòn Giải Phóng chính thức công bố top 5 rút gọn cho đề cử Quả bóng vàng Việt Nam 2025. Danh sách gồm Tiến Linh, Quang Hải, Đình Bắc, Hoàng Đức và Trung Kiên.",
        [P("Tiến Linh"), P("Quang Hải"), P("Đình Bắc"), P("Hoàng Đức"), P("Trung Kiên")],
        [L(VN, "country")],
        [O("Báo Sài Gòn Giải Phóng")],
        [],
        [],
    ),
    (
        ZN_KD,
        "Hệ thống truy xuất nguồn gốc của Bộ Công Thương chính thức vận hành từ hôm nay (23/12), giúp minh bạch thông tin sản phẩm và sẽ bắt buộc với nhóm hàng rủi ro cao từ năm 2026.",
        [],
        [],
        [O("Bộ Công Thương")],
        [],
        [],
    ),
    (
        ZN_KD,
        "Emall Việt Nam liên tiếp công bố việc tiếp quản quyền sở hữu và vận hành hệ thống kinh doanh của thương hiệu Pierre Cardin tại 2 thị trường quốc tế là Thái Lan và Canada.",
        [],
        [L(VN, "country"), L("Thái Lan", "country"), L("Canada", "country")],
        [O("Emall Việt Nam", place=VN)],
        [F("2 thị trường", 2, "thị trường")],
        [],
    ),
    (
        ZN_KD,
        "Trong khi TP.HCM đề xuất giảm mạnh giá đất nông nghiệp từ năm 2026, Viện Kinh tế Tài nguyên và Môi trường cho rằng cần xác định mức giá sát thị trường để bảo đảm hài hòa lợi ích.",
        [],
        [L("TP.HCM", "thành phố")],
        [O("Viện Kinh tế Tài nguyên và Môi trường")],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Sáng 18/12, Nhà xuất bản Chính trị quốc gia Sự thật phối hợp Tạp chí Cộng sản tổ chức hội thảo khoa học quốc gia “Khoa học, công nghệ và đổi mới sáng tạo trong kỷ nguyên số - Xu hướng và giải pháp”.",
        [],
        [],
        [O("Nhà xuất bản Chính trị quốc gia Sự thật"), O("Tạp chí Cộng sản")],
        [],
        [],
    ),
    (
        ZN_HOME,
        "Chuyến đi Việt Nam ở tuổi 30 trở thành bước ngoặt với Vaishali Gauba (du khách Ấn Độ sống tại Mỹ), khiến cô chuyển từ mê độc hành sang trân trọng việc có người cùng sẻ chia.",
        [P("Vaishali Gauba")],
        [L(VN, "country"), L("Ấn Độ", "country"), L("Mỹ", "country")],
        [],
        [],
        [],
    ),
    (
        SOHA,
        "(Soha.vn) - Mỹ sẽ cung cấp cho Thổ Nhĩ Kỳ hàng loạt tên lửa không đối không AIM-9X-2 SIDEWINDER.",
        [],
        [L("Mỹ", "country"), L("Thổ Nhĩ Kỳ", "country")],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        SOHA,
        "Bộ luật Lao động sửa đổi quy định, lao động nữ được nghỉ trước và sau khi sinh con 6 tháng.",
        [],
        [],
        [],
        [F("6 tháng", 6, "tháng")],
        [],
    ),
    (
        SOHA,
        "Vụ hỏa hoạn xảy ra đêm 26/12, tại xưởng sản xuất bông sợi xuất khẩu ở Xuân Thới Đông 1, xã Xuân Thới Đông, huyện Hóc Môn, TPHCM.",
        [],
        [
            L("Xuân Thới Đông 1", "ấp", ["Xuân Thới Đông", "Hóc Môn", "TPHCM"]),
            L("Xuân Thới Đông", "xã", ["Hóc Môn", "TPHCM"]),
            L("Hóc Môn", "huyện", ["TPHCM"]),
            L("TPHCM", "thành phố"),
        ],
        [],
        [],
        [],
    ),
    (
        SOHA,
        "(Soha.vn) - Bộ Quốc phòng Nga có kế hoạch bắt đầu mua các xe tăng chiến đấu chủ lực tiên tiến trên cơ sở bệ mang hạng nặng Armata vào năm 2014.",
        [],
        [L("Nga", "country")],
        [O("Soha.vn"), O("Bộ Quốc phòng Nga", place="Nga")],
        [],
        [],
    ),
    (
        SOHA,
        "(Soha.vn) - Những khẩu súng trong ảnh đều là những khẩu mà các tay súng đã sử dụng trong 3 vụ thảm sát đẫm máu gần đây ở Mỹ.",
        [],
        [L("Mỹ", "country")],
        [O("Soha.vn")],
        [F("3 vụ thảm sát", 3, "vụ thảm sát")],
        [],
    ),
    (
        SOHA,
        "(Soha.vn) - Bão Wukong đang tiến vào biển Đông với sức gió giật cấp 10, miền Bắc tiếp tục rét đậm kèm mưa phùn và đón đợt không khí lạnh tăng cường.",
        [],
        [],
        [O("Soha.vn")],
        [],
        [],
    ),
    (
        NHANDAN,
        "Chiến thắng tối thiểu sau 120 phút thi đấu giúp Tây Ban Nha lần thứ hai bước lên đỉnh vinh quang của bóng đá thế giới, khép lại hành trình World Cup 2026 bằng chuỗi trận bất bại đầy thuyết phục.",
        [],
        [L("Tây Ban Nha", "country")],
        [],
        [F("120 phút", 120, "phút")],
        [],
    ),
]

WRITTEN_CASES = [
    (
        "Năm 2025, xã Cẩm Khê đã huy động trên 12,5 tỷ đồng xây dựng nông thôn mới, trong đó nhân dân đóng góp 3,2 tỷ đồng và hiến trên 4.800 m2 để mở rộng đường giao thông.",
        [],
        [L("Cẩm Khê", "xã", [PT])],
        [],
        [
            F("trên 12,5 tỷ đồng", 12500000000, "đồng", "trên"),
            F("3,2 tỷ đồng", 3200000000, "đồng"),
            F("trên 4.800 m2", 4800, "m2", "trên"),
        ],
        [],
    ),
    (
        "Đồng chí Hà Văn Quang, Bí thư Đảng ủy xã Tam Nông, yêu cầu các thôn tiếp tục đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
        [P("Hà Văn Quang", "Đồng chí", ["Bí thư Đảng ủy xã Tam Nông"], "Đảng ủy xã Tam Nông")],
        [L("Tam Nông", "xã", [PT])],
        [O("Đảng ủy xã Tam Nông", place="Tam Nông")],
        [],
        [
            M("Toàn dân đoàn kết xây dựng đời sống văn hóa", "phong trào"),
            M("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "cuộc vận động"),
        ],
    ),
    (
        "Trên tuyến Quốc lộ 2, đoạn qua xã Phù Ninh, lúc 14 giờ 30 phút ngày 3/9, xe tải BKS 19C-123.45 va chạm với xe máy khiến 2 người bị thương nặng.",
        [],
        [L("Phù Ninh", "xã", [PT])],
        [],
        [F("2 người", 2, "người")],
        [],
    ),
    (
        "Toàn tỉnh hiện có 187/225 xã đạt chuẩn nông thôn mới, chiếm 83,1%; 42 xã đạt chuẩn nông thôn mới nâng cao và 9 xã đạt chuẩn nông thôn mới kiểu mẫu.",
        [],
        [],
        [],
        [
            F("187/225 xã", 187, "xã", of=225),
            F("83,1%", "83.1", "%"),
            F("42 xã", 42, "xã"),
            F("9 xã", 9, "xã"),
        ],
        [],
    ),
    (
        "Bệnh viện Đa khoa tỉnh Phú Thọ vừa đưa vào sử dụng hệ thống chụp cộng hưởng từ 1,5 Tesla trị giá gần 25 tỷ đồng, phục vụ khoảng 40 - 50 lượt bệnh nhân mỗi ngày.",
        [],
        [L(PT, "tỉnh")],
        [O("Bệnh viện Đa khoa tỉnh Phú Thọ", place=PT)],
        [
            F("1,5 Tesla", "1.5", "Tesla"),
            F("gần 25 tỷ đồng", 25000000000, "đồng", "gần"),
            F("khoảng 40 - 50 lượt bệnh nhân", 40, "lượt bệnh nhân", "khoảng", value_max=50),
        ],
        [],
    ),
    (
        "Hội Nông dân xã Hạ Hòa triển khai mô hình “Chi hội nông dân nghề nghiệp trồng chè an toàn” với 35 hội viên tham gia, diện tích 18 ha, năng suất đạt 12 - 14 tấn/ha/năm.",
        [],
        [L("Hạ Hòa", "xã", [PT])],
        [O("Hội Nông dân xã Hạ Hòa", place="Hạ Hòa")],
        [
            F("35 hội viên", 35, "hội viên"),
            F("18 ha", 18, "ha"),
            F("đạt 12 - 14 tấn/ha/năm", 12, "tấn/ha/năm", "đạt", value_max=14),
        ],
        [M("Chi hội nông dân nghề nghiệp trồng chè an toàn", "mô hình")],
    ),
    (
        "Công an tỉnh phát động phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2025; đến nay đã xây dựng 1.256 tổ an ninh trật tự, tiếp nhận 312 tin báo tố giác tội phạm.",
        [],
        [],
        [O("Công an tỉnh")],
        [F("1.256 tổ an ninh trật tự", 1256, "tổ an ninh trật tự"), F("312 tin báo", 312, "tin báo")],
        [M("Toàn dân bảo vệ an ninh Tổ quốc", "phong trào")],
    ),
    (
        "Theo Kế hoạch số 125/KH-UBND, năm học 2025 - 2026 toàn tỉnh tuyển mới 1.850 giáo viên, trong đó bậc mầm non chiếm 38%.",
        [],
        [],
        [],
        [F("1.850 giáo viên", 1850, "giáo viên"), F("38%", 38, "%")],
        [],
    ),
    (
        "Xã Thanh Ba phấn đấu đến hết năm 2026 có ít nhất 3 sản phẩm OCOP đạt 4 sao, thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.",
        [],
        [L("Thanh Ba", "xã", [PT])],
        [],
        [
            F("ít nhất 3 sản phẩm OCOP", 3, "sản phẩm OCOP", "ít nhất"),
            F("đạt 4 sao", 4, "sao", "đạt"),
            F("đạt 72 triệu đồng/người/năm", 72000000, "đồng/người/năm", "đạt"),
        ],
        [],
    ),
    (
        "Ông Nguyễn Văn Bình, Chủ tịch UBND xã Đoan Hùng, cho biết trận mưa lớn đêm 12/7 làm 46 ngôi nhà bị tốc mái, làm ngập úng khoảng 20 ha, ước thiệt hại trên 1,2 tỷ đồng.",
        [P("Nguyễn Văn Bình", "Ông", ["Chủ tịch UBND xã Đoan Hùng"], "UBND xã Đoan Hùng")],
        [L("Đoan Hùng", "xã", [PT])],
        [O("UBND xã Đoan Hùng", f"{UBND} xã Đoan Hùng", "Đoan Hùng")],
        [
            F("46 ngôi nhà", 46, "ngôi nhà"),
            F("khoảng 20 ha", 20, "ha", "khoảng"),
            F("trên 1,2 tỷ đồng", 1200000000, "đồng", "trên"),
        ],
        [],
    ),
    (
        "Huyện đoàn Lâm Thao tổ chức Hội thi “Tuổi trẻ với văn hóa giao thông” thu hút 24 đội thi với hơn 200 đoàn viên tham gia.",
        [],
        [L("Lâm Thao", "huyện", [PT])],
        [O("Huyện đoàn Lâm Thao", place="Lâm Thao")],
        [F("24 đội thi", 24, "đội thi"), F("hơn 200 đoàn viên", 200, "đoàn viên", "hơn")],
        [M("Tuổi trẻ với văn hóa giao thông", "hội thi")],
    ),
    (
        "Các xã tập trung thực hiện các tiêu chí Môi trường, Nhà ở dân cư và Thu nhập; riêng tiêu chí số 17 về môi trường vẫn còn 5 xã chưa đạt.",
        [],
        [],
        [],
        [F("5 xã", 5, "xã")],
        [
            M("Môi trường", "tiêu chí"),
            M("Nhà ở dân cư", "tiêu chí"),
            M("Thu nhập", "tiêu chí"),
        ],
    ),
    (
        "Chương trình “Mỗi xã một sản phẩm” (OCOP) giai đoạn 2021 - 2025 đã giúp tỉnh có 286 sản phẩm được công nhận, tăng 1,8 lần so với năm 2020.",
        [],
        [],
        [],
        [F("286 sản phẩm", 286, "sản phẩm"), F("1,8 lần", "1.8", "lần")],
        [M("Mỗi xã một sản phẩm", "chương trình")],
    ),
    (
        "Bà Đinh Thị Hoa, Giám đốc Sở Y tế, cho biết từ đầu năm đến nay toàn tỉnh ghi nhận 215 ca mắc sốt xuất huyết, giảm 32% so với cùng kỳ; không có trường hợp tử vong.",
        [P("Đinh Thị Hoa", "Bà", ["Giám đốc Sở Y tế"], "Sở Y tế")],
        [],
        [O("Sở Y tế")],
        [F("215 ca mắc sốt xuất huyết", 215, "ca mắc sốt xuất huyết"), F("32%", 32, "%")],
        [],
    ),
    (
        "Dự án đường giao thông liên xã Hương Cần - Yên Lương có tổng mức đầu tư 68 tỷ đồng, dài 7,2 km, mặt đường rộng 5,5 m, dự kiến hoàn thành trong quý II/2026.",
        [],
        [L("Hương Cần", "xã", [PT]), L("Yên Lương", "xã", [PT])],
        [],
        [
            F("68 tỷ đồng", 68000000000, "đồng"),
            F("7,2 km", "7.2", "km"),
            F("5,5 m", "5.5", "m"),
        ],
        [M("đường giao thông liên xã Hương Cần - Yên Lương", "dự án")],
    ),
    (
        "Thực hiện Đề án 06 của Chính phủ, đến ngày 30/6, xã Tân Sơn đã kích hoạt 9.312 tài khoản định danh điện tử mức độ 2, đạt 91,5% chỉ tiêu.",
        [],
        [L("Tân Sơn", "xã", [PT])],
        [O("Chính phủ")],
        [
            F("9.312 tài khoản định danh điện tử", 9312, "tài khoản định danh điện tử"),
            F("đạt 91,5%", "91.5", "%", "đạt"),
        ],
        [],
    ),
    (
        "Ngân hàng Chính sách xã hội tỉnh đã giải ngân 1.245 tỷ đồng cho hơn 28.000 lượt hộ vay vốn, dư nợ tăng 8,7% so với đầu năm.",
        [],
        [],
        [O("Ngân hàng Chính sách xã hội tỉnh")],
        [
            F("1.245 tỷ đồng", 1245000000000, "đồng"),
            F("hơn 28.000 lượt hộ", 28000, "lượt hộ", "hơn"),
            F("8,7%", "8.7", "%"),
        ],
        [],
    ),
    (
        "Hưởng ứng cuộc thi “Tuổi trẻ học tập và làm theo lời Bác”, các chi bộ có 18.400 bài dự thi, gấp 2 lần năm trước.",
        [],
        [],
        [],
        [F("18.400 bài dự thi", 18400, "bài dự thi"), F("2 lần", 2, "lần")],
        [M("Tuổi trẻ học tập và làm theo lời Bác", "cuộc thi")],
    ),
    (
        "Giá lợn hơi tại các xã phía Tây dao động từ 62.000 - 65.000 đồng/kg, tăng 3.000 đồng/kg so với tháng trước.",
        [],
        [],
        [],
        [
            F("62.000 - 65.000 đồng/kg", 62000, "đồng/kg", value_max=65000),
            F("3.000 đồng/kg", 3000, "đồng/kg"),
        ],
        [],
    ),
    (
        "Đại úy Trần Minh Đức, Trưởng Công an xã Yên Lập, cùng tổ công tác đã kịp thời giải cứu 2 cháu nhỏ bị đuối nước tại hồ Ngòi Lao chiều 21/6.",
        [P("Trần Minh Đức", "Đại úy", ["Trưởng Công an xã Yên Lập"], "Công an xã Yên Lập")],
        [L("Yên Lập", "xã", [PT])],
        [O("Công an xã Yên Lập", place="Yên Lập")],
        [F("2 cháu", 2, "cháu")],
        [],
    ),
    (
        "Xã Phú Mỹ đang nhân rộng các mô hình: Camera an ninh, Tổ liên gia an toàn phòng cháy chữa cháy, Điểm chữa cháy công cộng, với tổng kinh phí hơn 450 triệu đồng.",
        [],
        [L("Phú Mỹ", "xã", [PT])],
        [],
        [F("hơn 450 triệu đồng", 450000000, "đồng", "hơn")],
        [
            M("Camera an ninh", "mô hình"),
            M("Tổ liên gia an toàn phòng cháy chữa cháy", "mô hình"),
            M("Điểm chữa cháy công cộng", "mô hình"),
        ],
    ),
    (
        "Năm 2025, tỷ lệ tham gia bảo hiểm y tế toàn tỉnh đạt 94,6%, vượt 0,6 điểm phần trăm so với chỉ tiêu Nghị quyết.",
        [],
        [],
        [],
        [F("đạt 94,6%", "94.6", "%", "đạt"), F("0,6 điểm phần trăm", "0.6", "điểm phần trăm")],
        [],
    ),
    (
        "Hội Liên hiệp Phụ nữ tỉnh triển khai cuộc vận động “5 không, 3 sạch” tới 100% chi hội phụ nữ, giúp 1.120 hội viên thoát nghèo.",
        [],
        [],
        [O("Hội Liên hiệp Phụ nữ tỉnh")],
        [F("100%", 100, "%"), F("1.120 hội viên", 1120, "hội viên")],
        [M("5 không, 3 sạch", "cuộc vận động")],
    ),
    (
        "Từ ngày 1/10, Phòng Cảnh sát giao thông Công an tỉnh mở đợt cao điểm kiểm soát nồng độ cồn, xử lý 1.532 trường hợp vi phạm, phạt tiền trên 3,4 tỷ đồng, tước 286 giấy phép lái xe.",
        [],
        [],
        [O("Phòng Cảnh sát giao thông Công an tỉnh")],
        [
            F("1.532 trường hợp vi phạm", 1532, "trường hợp vi phạm"),
            F("trên 3,4 tỷ đồng", 3400000000, "đồng", "trên"),
            F("286 giấy phép lái xe", 286, "giấy phép lái xe"),
        ],
        [],
    ),
    (
        "Phương án phòng, chống thiên tai năm 2025 của xã Thanh Sơn xác định 14 điểm có nguy cơ sạt lở cao, với 237 hộ cần di dời khi có mưa lũ.",
        [],
        [L("Thanh Sơn", "xã", [PT])],
        [],
        [F("14 điểm", 14, "điểm"), F("237 hộ", 237, "hộ")],
        [],
    ),
    (
        "Đồng chí Lê Thị Kim Dung, Phó Chủ tịch UBND tỉnh, trao 120 suất học bổng của Quỹ Khuyến học tỉnh, mỗi suất 2 triệu đồng, cho học sinh dân tộc thiểu số vượt khó học giỏi.",
        [P("Lê Thị Kim Dung", "Đồng chí", ["Phó Chủ tịch UBND tỉnh"], "UBND tỉnh")],
        [],
        [O("UBND tỉnh", f"{UBND} tỉnh"), O("Quỹ Khuyến học tỉnh")],
        [F("120 suất học bổng", 120, "suất học bổng"), F("2 triệu đồng", 2000000, "đồng")],
        [],
    ),
    (
        "Xã Hoàng Cương đã chuyển đổi đất lúa kém hiệu quả sang nuôi trồng thủy sản với diện tích 35 ha, cho giá trị 180 - 200 triệu đồng/ha, gấp 3 - 4 lần trồng lúa.",
        [],
        [L("Hoàng Cương", "xã", [PT])],
        [],
        [
            F("35 ha", 35, "ha"),
            F("180 - 200 triệu đồng/ha", 180000000, "đồng/ha", value_max=200000000),
            F("3 - 4 lần", 3, "lần", value_max=4),
        ],
        [],
    ),
    (
        "Trung tâm Y tế huyện Thanh Thủy đã khám sàng lọc cho 2.340 người cao tuổi, phát hiện 17,5% mắc tăng huyết áp và 9% mắc đái tháo đường.",
        [],
        [L("Thanh Thủy", "huyện", [PT])],
        [O("Trung tâm Y tế huyện Thanh Thủy", place="Thanh Thủy")],
        [
            F("2.340 người cao tuổi", 2340, "người cao tuổi"),
            F("17,5%", "17.5", "%"),
            F("9%", 9, "%"),
        ],
        [],
    ),
    (
        "Đội tuyển học sinh giỏi của tỉnh giành 15 giải tại Kỳ thi chọn học sinh giỏi quốc gia năm học 2025 - 2026, tăng 4 giải so với năm trước.",
        [],
        [],
        [],
        [F("15 giải", 15, "giải"), F("4 giải", 4, "giải")],
        [],
    ),
    (
        "Triển khai chiến dịch “Mùa hè xanh” năm 2025, Tỉnh đoàn huy động hơn 3.000 lượt đoàn viên, thanh niên tham gia sửa chữa 12 tuyến đường.",
        [],
        [],
        [O("Tỉnh đoàn")],
        [
            F("hơn 3.000 lượt đoàn viên", 3000, "lượt đoàn viên", "hơn"),
            F("12 tuyến đường", 12, "tuyến đường"),
        ],
        [M("Mùa hè xanh", "chiến dịch")],
    ),
    (
        "Huyện tiếp tục nhân rộng các mô hình kinh tế hiệu quả, phong trào thi đua yêu nước và chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        "Đề án “Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Mường” được HĐND tỉnh thông qua với tổng kinh phí 86,5 tỷ đồng, thực hiện trong 5 năm.",
        [],
        [],
        [O("HĐND tỉnh", "Hội đồng nhân dân tỉnh")],
        [F("86,5 tỷ đồng", 86500000000, "đồng"), F("5 năm", 5, "năm")],
        [M("Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Mường", "đề án")],
    ),
    (
        "Chiều 18/9, tại km 89+500 Quốc lộ 32C, xe khách 29 chỗ mất lái lao xuống vực sâu khoảng 4 m, làm 1 người tử vong, 11 người bị thương.",
        [],
        [],
        [],
        [
            F("29 chỗ", 29, "chỗ"),
            F("khoảng 4 m", 4, "m", "khoảng"),
            F("1 người", 1, "người"),
            F("11 người", 11, "người"),
        ],
        [],
    ),
    (
        "Ban Tổ chức cuộc thi sáng tác ca khúc về quê hương Đất Tổ đã nhận được 74 tác phẩm của 52 tác giả trong và ngoài tỉnh.",
        [],
        [],
        [],
        [F("74 tác phẩm", 74, "tác phẩm"), F("52 tác giả", 52, "tác giả")],
        [],
    ),
    (
        "Ông Phạm Đức Long, Trưởng phòng Kinh tế xã Lâm Thao, cho biết vụ Xuân 2026 xã gieo cấy lúa trên diện tích 1.150 ha, trong đó 70% diện tích sử dụng giống chất lượng cao.",
        [
            P(
                "Phạm Đức Long",
                "Ông",
                ["Trưởng phòng Kinh tế xã Lâm Thao"],
                "Phòng Kinh tế xã Lâm Thao",
            )
        ],
        [L("Lâm Thao", "xã", [PT])],
        [O("Phòng Kinh tế xã Lâm Thao", place="Lâm Thao", m=["phòng Kinh tế xã Lâm Thao"])],
        [F("1.150 ha", 1150, "ha"), F("70%", 70, "%")],
        [],
    ),
    (
        "Thực hiện phong trào thi đua “Phú Thọ chung sức xây dựng nông thôn mới”, nhân dân xã Văn Miếu hiến hơn 6.000 m2, góp 2.500 ngày công.",
        [],
        [L(PT, "tỉnh"), L("Văn Miếu", "xã", [PT])],
        [],
        [F("hơn 6.000 m2", 6000, "m2", "hơn"), F("2.500 ngày công", 2500, "ngày công")],
        [M("Phú Thọ chung sức xây dựng nông thôn mới", "phong trào thi đua")],
    ),
    (
        "Năm 2025, toàn tỉnh có 1.024 khu dân cư được công nhận danh hiệu “Khu dân cư văn hóa”, chiếm 89,2% tổng số khu dân cư.",
        [],
        [],
        [],
        [F("1.024 khu dân cư", 1024, "khu dân cư"), F("89,2%", "89.2", "%")],
        [],
    ),
    (
        "Hội Cựu chiến binh xã Hy Cương duy trì các mô hình Ngày Chủ nhật xanh, Thắp sáng đường quê và Tuyến đường tự quản, thu hút 420 hội viên tham gia.",
        [],
        [L("Hy Cương", "xã", [PT])],
        [O("Hội Cựu chiến binh xã Hy Cương", place="Hy Cương")],
        [F("420 hội viên", 420, "hội viên")],
        [
            M("Ngày Chủ nhật xanh", "mô hình"),
            M("Thắp sáng đường quê", "mô hình"),
            M("Tuyến đường tự quản", "mô hình"),
        ],
    ),
    (
        "Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đầu năm ước đạt 6.870 tỷ đồng, bằng 78,4% dự toán, tăng 12% so với cùng kỳ.",
        [],
        [],
        [],
        [
            F("9 tháng", 9, "tháng"),
            F("đạt 6.870 tỷ đồng", 6870000000000, "đồng", "đạt"),
            F("78,4%", "78.4", "%"),
            F("12%", 12, "%"),
        ],
        [],
    ),
    (
        "Mô hình Dân vận khéo “Chuyển đổi số trong thanh toán không dùng tiền mặt” của xã Trung Sơn đã có 85% hộ gia đình sử dụng ví điện tử.",
        [],
        [L("Trung Sơn", "xã", [PT])],
        [],
        [F("85%", 85, "%")],
        [M("Chuyển đổi số trong thanh toán không dùng tiền mặt", "mô hình")],
    ),
    (
        "Xã Tu Vũ ra quân “Tháng hành động vì an toàn thực phẩm”, kiểm tra 56 cơ sở, phát hiện 7 cơ sở vi phạm, tiêu hủy số thực phẩm không rõ nguồn gốc nặng 120 kg.",
        [],
        [L("Tu Vũ", "xã", [PT])],
        [],
        [F("56 cơ sở", 56, "cơ sở"), F("7 cơ sở", 7, "cơ sở"), F("120 kg", 120, "kg")],
        [],
    ),
    (
        "Sáng 15/8, Thiếu tướng Nguyễn Văn Hùng, Giám đốc Công an tỉnh, dự lễ ra mắt mô hình “Khu dân cư 3 không” tại khu 5, xã Bản Nguyên; đường dây nóng 0210.3846.113 hoạt động 24/24h.",
        [P("Nguyễn Văn Hùng", "Thiếu tướng", ["Giám đốc Công an tỉnh"], "Công an tỉnh")],
        [L("5", "khu", ["Bản Nguyên", PT]), L("Bản Nguyên", "xã", [PT])],
        [O("Công an tỉnh")],
        [],
        [M("Khu dân cư 3 không", "mô hình")],
    ),
    (
        "Năm học 2025 - 2026, Trường Tiểu học Hùng Lô có 612 học sinh, tỷ lệ học sinh học 2 buổi/ngày đạt 100%.",
        [],
        [L("Hùng Lô", "xã", [PT])],
        [O("Trường Tiểu học Hùng Lô", place="Hùng Lô")],
        [
            F("612 học sinh", 612, "học sinh"),
            F("2 buổi/ngày", 2, "buổi/ngày"),
            F("đạt 100%", 100, "%", "đạt"),
        ],
        [],
    ),
    (
        "Mưa lớn do ảnh hưởng của bão số 3 khiến mực nước sông Thao lên mức 19,2 m, trên báo động 2 là 0,7 m; 3 xã phải sơ tán 128 hộ.",
        [],
        [],
        [],
        [
            F("19,2 m", "19.2", "m"),
            F("0,7 m", "0.7", "m"),
            F("3 xã", 3, "xã"),
            F("128 hộ", 128, "hộ"),
        ],
        [],
    ),
    (
        "Chương trình “Nâng bước em tới trường” đã trao tặng 350 xe đạp, trị giá 525 triệu đồng; chương trình sẽ tiếp tục triển khai tại 12 trường học vùng khó khăn.",
        [],
        [],
        [],
        [
            F("350 xe đạp", 350, "xe đạp"),
            F("525 triệu đồng", 525000000, "đồng"),
            F("12 trường học", 12, "trường học"),
        ],
        [M("Nâng bước em tới trường", "chương trình")],
    ),
    (
        'Hội Nông dân tỉnh phát động cuộc thi "Nhà nông sáng tạo" năm 2026, giải nhất trị giá 15 triệu đồng.',
        [],
        [],
        [O("Hội Nông dân tỉnh")],
        [F("15 triệu đồng", 15000000, "đồng")],
        [M("Nhà nông sáng tạo", "cuộc thi")],
    ),
    (
        'Phong trào "Xanh - Sạch - Đẹp" được triển khai rộng khắp; sau 2 năm, phong trào Xanh - Sạch - Đẹp đã trồng mới 18.500 cây xanh và lắp đặt 1.200 bóng đèn.',
        [],
        [],
        [],
        [
            F("2 năm", 2, "năm"),
            F("18.500 cây xanh", 18500, "cây xanh"),
            F("1.200 bóng đèn", 1200, "bóng đèn"),
        ],
        [M("Xanh - Sạch - Đẹp", "phong trào", m=["Xanh - Sạch - Đẹp", "Xanh - Sạch - Đẹp"])],
    ),
    (
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 của Phú Thọ đạt 68,5 điểm, xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc.",
        [],
        [L(PT, "tỉnh")],
        [],
        [F("đạt 68,5 điểm", "68.5", "điểm", "đạt"), F("5 bậc", 5, "bậc")],
        [],
    ),
    (
        "Trận lốc xoáy chiều 5/5 làm tốc mái 17 và 23 ngôi nhà tại hai xã Sơn Vi và Tứ Xã.",
        [],
        [L("Sơn Vi", "xã", [PT]), L("Tứ Xã", "xã", [PT])],
        [],
        [F("17", 17, "ngôi nhà"), F("23 ngôi nhà", 23, "ngôi nhà")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL] + [
    ("written", WRITTEN, PT, *labels) for labels in WRITTEN_CASES
]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind4", CASES))


if __name__ == "__main__":
    main()

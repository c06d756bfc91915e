"""Second, independent hand labels for the 69 texts of the BLIND33 split, to measure how far two labellers agree.

Who and how: written by a second labeller, who did not see blind33's labels (nothing under
tests/devset/blind33/ nor its history was opened, no search was run over it, and the SPLITS table of
tests/test_blind_labels.py was not read), read no extractor code (only extractors/facts.py's field
names), no bench code, and ran no extractor, vnnews command, bench or underthesea on any text. The
texts are the 69 of blind33 as handed over (/tmp/agree/texts_blind33.json), in their order and byte for
byte, each with its page (relative to tests/fixtures/pages); a few pages' HTML was read for context
(the dantri 2013 and 2020 and soha 2013 homepages). Every label was decided by meaning, from reading
the Vietnamese. One thing to know: the docstring of tests/devset/blind28/make_blind28.py, read for its
conventions, names the dantri-homepage-2019-03 lede "(Dân trí) - Từ tháng 3 này, ... 2-3 nhân viên
..." as the next qualifying node after its stop (text 0 here); it shows that text, no label of it.
This script only turns the notation below into tests/devset/second/blind33/{people,places,
organizations,figures,models}.jsonl (split "blind33", source "real"):
    python tests/devset/second/make_second33.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind32, plus these decisions, new here
or where the earlier splits left a choice:
- people: "ca sĩ Hồ Việt Trung" has the role "ca sĩ" as written in lower case (blind2's "Ca sĩ" for the
  same man, blind32's lower-case occupations), "Ca sĩ Xuân Nghi" the role "Ca sĩ", "thủ môn Trung
  Kiên" the role "thủ môn" (blind3); "Chủ tịch Triều Tiên - Kim Jong-il" has the role "Chủ tịch Triều
  Tiên" (the office before the dash, blind22's "Chủ tịch NextTech – Nguyễn Hoà Bình", blind13's "Thủ
  tướng Thái Lan"), no organisation; "Bộ trưởng Thăng" is "Thăng" (a one-word name, blind13) with the
  role "Bộ trưởng" and no organisation; '"đệ nhất mỹ nhân" Vương Tổ Hiền' has no role (a quoted
  epithet, blind21), nor "người đẹp Curaçao Xiohenne Renita" (blind28's "Người đẹp"); "Pax Thiên"
  (their adopted son), "Ozil", "Shia LaBeouf", "Trấn Thành", "Việt Hương" (no "Việt"), "Hồng Đào",
  "Khởi My", "Kelvin Khánh", "Trịnh Thu Vinh" and "Can Lộ Lộ" (after "Hot girl ... Trung Quốc:", no
  role) are people; "chàng ca sĩ "Mấy nhịp cầu tre"" (unnamed, a song title), "Chàng trai vàng Tin
  học" (blind22), "Tổng chủ biên SGK Ngữ văn", "Thủ tướng", "'nàng thơ' của Trấn Thành", "Bé trai" and
  "'Đại gia' Hàn Quốc" with no name give nothing; "cầu vượt Hùng Vương" (a bridge) holds no person.
- places: "Việt N" (soha's topic title, cut at 50 characters by the page) is a "country" named as
  printed (blind32's "Whitney Hou": names are labelled as printed, the cut falling at the text's end),
  as is "Philipines" (blind/'s same misspelling in the same story); "người đẹp Curaçao" names Curaçao, a
  "country" (a constituent country with its own government, blind24's "Greenland"); "thành Manchester"
  names Manchester, a "city" with no parent (blind29's "thành Vinh"); "Hong Kong" is a "city" with no
  parent (blind17); "Ninh Thuận" on the 2022 page is a "tỉnh" (blind4); the two "TP.HCM" inside the two
  universities' names are mentions of Hồ Chí Minh (blind23), "TPHCM:" too; "đội tuyển U22 Việt Nam",
  "cầu thủ Thái Lan", "người Mỹ", "Các hacker Trung Quốc", "Bé trai 5 tuổi Trung Quốc", "'Đại gia' Hàn
  Quốc" and "lừa cả Thái Lan" name their countries; "Doanh nghiệp Việt" (blind28), "châu Á" (a region),
  "BV Hữu nghị Việt Đức" (blind27) and "cầu vượt Hùng Vương" name no place.
- organisations: "Trường ĐH Kỹ thuật công nghệ TP.HCM" and "Trường ĐH Bách khoa TP.HCM" are expanded
  "Trường Đại học ..." and carry Hồ Chí Minh (blind27, blind23's "TAND TP.HCM"); "BV Hữu nghị Việt
  Đức" is expanded "Bệnh viện Hữu nghị Việt Đức" (blind27's "BV Việt Đức"); "Bộ Công thương" is one as
  written; "Cục Cảnh sát giao thông", "Bộ Xây dựng", "Arsenal", acting companies "Honda" (launching a
  car), "Nvidia" and "Moore Threads", "Facebook" in "Đến Facebook" (the company he went to work for,
  the dev set's Facebook acting as a company) and the tags "(Dân trí)" and "(Soha.vn)" are; "Pierre
  Cardin" in "chuỗi Pierre Cardin" (a brand's chain, blind4's same story: a brand in a business name),
  "Honda" inside "Honda N-Box" and "BYD" inside "BYD Racco" (brands inside a product's name, blind21's
  "HTC"), "Vinalines Queen" (a ship, blind22's "tàu Bình Minh 02"), chips "Huashan" and "Lushan",
  "GPU", "AI", "SGK", "ATGT", "SEA Games", "cảnh sát giao thông" (the force in general, blind20) and
  "Hoa hậu siêu quốc gia 2013" (a contest, blind28) are none.
- figures: "2-3 nhân viên" is 2 to 3 "nhân viên" (blind28's "7-8%/năm"); "37 đội - nhóm sinh viên" is
  "37 đội" (the second noun after the dash left out, blind31's "Gần 1 nghìn đội viên, thiếu nhi"),
  "4 đội" a count; "có 1 kẻ thắng 1 kẻ thua" holds "1 kẻ thắng" and "1 kẻ thua", real counts of one
  (one winner, one loser, blind25's "1 ca mắc mới", not an article as blind17's "1 ng bạn"), while
  "cả 2" (both) has no counted noun and is none (blind32's "top 5 danh sách"); "ít nhất 40 người" has
  the qualifier "ít nhất" (blind25); "4 dấu hiệu lạ" and "4 dấu hiệu dưới đây" are "4 dấu hiệu"
  (blind27's "7 ngành học mới"); "3 kỷ lục SEA Games" is "3 kỷ lục" (blind23's "5 nghệ sĩ Hàn"), "4
  HCV" has the unit "HCV"; "vượt 200 km" is "200 km" with no qualifier (travelling, blind29's "vượt");
  "4.600 m" is 4600 "m"; "sau 6 ngày" holds "6 ngày" (blind24's "sau 3 giờ"); "7 tỷ đồng", "45 triệu
  euro" and "5 tuổi" are figures; "tuổi 70" (blind17's "tuổi 55"), "Covid-19", "U22", "N-Box",
  "Hoa hậu siêu quốc gia 2013", "Tết Dương lịch 2026", "Xuân - Hè 2012", "năm 2011", "tháng 3", "tháng
  1/2026" and "chiều 25.12" are none, nor the number words ("ba mẹ con", "một mình", "một thời", "một
  bộ ảnh", "một từ", "một robot", "Một trong những", "một người", "một ca mổ").
- models: "cuộc thi Hoa hậu siêu quốc gia 2013" is a model, "Hoa hậu siêu quốc gia 2013" with the kind
  "cuộc thi" (blind4's "Cuộc thi Hoa hậu Thế giới Việt Nam 2022": a beauty contest named after "cuộc
  thi", its year kept); "cuộc thi đua xe mô hình" (an unnamed contest of model cars) and "Hình mẫu"
  (an example) are none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind33"
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT20 = "dantri.com.vn/dantri-homepage-2020-12.html"
SOHA13 = "soha.vn/soha-homepage-2013.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HN = "Hà Nội"
HCM = "Hồ Chí Minh"
CN = "Trung Quốc"
MY = "Mỹ"
HK = "Hong Kong"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (
        DT19_3,
        "(Dân trí) - Từ tháng 3 này, mỗi đồn cảnh sát ở Thái Lan sẽ phải cử ra 2-3 nhân viên được bầu chọn là... mập nhất, để đưa đến trại huấn luyện với những bài tập giảm cân cấp tốc.",
        [],
        [L("Thái Lan", C)],
        [O("Dân trí")],
        [F("2-3 nhân viên", 2, "nhân viên", value_max=3)],
        [],
    ),
    (
        DT20,
        "Cận cảnh nhà 7 tỷ đồng của ca sĩ Hồ Việt Trung",
        [P("Hồ Việt Trung", roles=["ca sĩ"])],
        [],
        [],
        [F("7 tỷ đồng", 7000000000, "đồng")],
        [],
    ),
    (
        BBG,
        "Vụ cháy nhà tại Ninh Thuận: Đã tìm thấy thi thể ba mẹ con",
        [],
        [L("Ninh Thuận", "tỉnh")],
        [],
        [],
        [],
    ),
    (DT19_3, "Khoảnh khắc hài hước: Khi con người và đồ công nghệ “không thuộc về nhau”", [], [], [], [], []),
    (
        DT20,
        'Nhan sắc vượt thời gian của "đệ nhất mỹ nhân" Vương Tổ Hiền',
        [P("Vương Tổ Hiền")],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        'Mới đây nhất, chàng ca sĩ "Mấy nhịp cầu tre" nổi tiếng một thời còn khiến công chúng ngỡ ngàng khi thực hiện một bộ ảnh giả gái đầy ấn tượng.',
        [],
        [],
        [],
        [],
        [],
    ),
    (
        TN13,
        "Trường ĐH Kỹ thuật công nghệ TP.HCM tổ chức cuộc thi đua xe mô hình diễn ra vào chiều 25.12, thu hút 37 đội - nhóm sinh viên, trong đó có 4 đội đến từ Trường ĐH Bách khoa TP.HCM tham gia dự thi.",
        [],
        [L(HCM, "thành phố", m=["TP.HCM", "TP.HCM"])],
        [
            O("Trường ĐH Kỹ thuật công nghệ TP.HCM", "Trường Đại học Kỹ thuật công nghệ TP.HCM", HCM),
            O("Trường ĐH Bách khoa TP.HCM", "Trường Đại học Bách khoa TP.HCM", HCM),
        ],
        [F("37 đội", 37, "đội"), F("4 đội", 4, "đội")],
        [],
    ),
    (BBG, "Tổ chức Tết Trung thu cho trẻ em bảo đảm an toàn, tiết kiệm", [], [], [], [], []),
    (
        DT13,
        "Bé trai 5 tuổi Trung Quốc một mình lái máy bay",
        [],
        [L(CN, C)],
        [],
        [F("5 tuổi", 5, "tuổi")],
        [],
    ),
    (DT20, "Vừa bị bạn gái cũ tố bạo hành, Shia LaBeouf đã có bồ mới", [P("Shia LaBeouf")], [], [], [], []),
    (
        SOHA13,
        "TPHCM: Hỏa hoạn trong đêm, xưởng bông sợi chìm trong “biển lửa”",
        [],
        [L(HCM, "thành phố", m=["TPHCM"])],
        [],
        [],
        [],
    ),
    (ZNEWS_HOME, "'Kei car' Honda N-Box sắp có bản thuần điện, đối đầu BYD Racco", [], [], [], [], []),
    (BBG, "Lễ Vu lan - khắc sâu hạnh nguyện báo hiếu, hiếu hạnh", [], [], [], [], []),
    (
        DT13,
        "Ozil gia nhập Arsenal với giá 45 triệu euro",
        [P("Ozil")],
        [],
        [O("Arsenal")],
        [F("45 triệu euro", 45000000, "euro")],
        [],
    ),
    (
        DT20,
        "Ca sĩ Xuân Nghi xác nhận dương tính với Covid-19 tại Mỹ",
        [P("Xuân Nghi", roles=["Ca sĩ"])],
        [L(MY, C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Honda dự kiến ra mắt phiên bản thuần điện của mẫu Kei car N-Box, trong bối cảnh cạnh tranh gia tăng và nỗ lực thúc đẩy thị trường xe điện còn chậm tại Nhật Bản.",
        [],
        [L("Nhật Bản", C)],
        [O("Honda")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Doanh nghiệp Việt thâu tóm chuỗi Pierre Cardin ở Canada, Thái Lan",
        [],
        [L("Canada", C), L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    (
        DT20,
        "Chàng trai vàng Tin học: Đến Facebook không phải để chứng tỏ bản thân",
        [],
        [],
        [O("Facebook")],
        [],
        [],
    ),
    (
        ZNEWS_KD,
        "Thủ tướng yêu cầu Bộ Xây dựng rà soát lại các quy chuẩn, tiêu chuẩn, điều kiện đường sắt tốc độ cao để lựa chọn công nghệ, tiến hành lựa chọn phương thức đầu tư trong tháng 1/2026.",
        [],
        [],
        [O("Bộ Xây dựng")],
        [],
        [],
    ),
    (BBG, "Tiếp tục bảo đảm trật tự ATGT tại khu vực thi công cầu vượt Hùng Vương", [], [], [], [], []),
    (
        DT13,
        "(Dân trí) - Một tình huống dở khóc dở cười của cuộc thi Hoa hậu siêu quốc gia 2013 đã diễn ra khi người đẹp Curaçao Xiohenne Renita bị phát hiện có bầu…",
        [P("Xiohenne Renita")],
        [L("Curaçao", C)],
        [O("Dân trí")],
        [],
        [M("Hoa hậu siêu quốc gia 2013", "cuộc thi")],
    ),
    (
        DT20,
        "Nam sinh Singapore dùng điện thoại quay lén dưới váy phụ nữ",
        [],
        [L("Singapore", C)],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "(Soha.vn) - Đêm qua thành Manchester có 1 kẻ thắng 1 kẻ thua song cả 2 đều chung sức... “chửi rủa” trọng tài.",
        [],
        [L("Manchester", "city")],
        [O("Soha.vn")],
        [F("1 kẻ thắng", 1, "kẻ thắng"), F("1 kẻ thua", 1, "kẻ thua")],
        [],
    ),
    (ZNEWS_HOME, "Lịch nghỉ Tết Dương lịch 2026 mới nhất", [], [], [], [], []),
    (
        ZNEWS_KD,
        "'Đại gia' Hàn Quốc tham vọng kinh doanh đất hiếm tại Việt Nam",
        [],
        [L("Hàn Quốc", C), L(VN, C)],
        [],
        [],
        [],
    ),
    (
        BBG,
        "Cháy nhà thờ ở Ai Cập, ít nhất 40 người thiệt mạng",
        [],
        [L("Ai Cập", C)],
        [],
        [F("ít nhất 40 người", 40, "người", "ít nhất")],
        [],
    ),
    (DT13, "Cuộc chiến album của Lady Gaga và Katy Perry", [P("Lady Gaga"), P("Katy Perry")], [], [], [], []),
    (DT20, "Ấn Độ: Hình mẫu về quản lý giáo dục trong đại dịch Covid-19", [], [L("Ấn Độ", C)], [], [], []),
    (
        BBG,
        'Xe máy khan hàng, tăng giá "chóng mặt": Bộ Công thương chỉ rõ nguyên nhân',
        [],
        [],
        [O("Bộ Công thương")],
        [],
        [],
    ),
    (
        SOHA13,
        "Angelina Jolie - Brad Pitt đưa Pax Thiên về Việt N",
        [P("Angelina Jolie"), P("Brad Pitt"), P("Pax Thiên")],
        [L("Việt N", C)],
        [],
        [],
        [],
    ),
    (SOHA13, "Nguy cơ chiến tranh tại Iran:", [], [L("Iran", C)], [], [], []),
    (
        SOHA13,
        "Chủ tịch Triều Tiên - Kim Jong-il qua đời:",
        [P("Kim Jong-il", roles=["Chủ tịch Triều Tiên"])],
        [L("Triều Tiên", C)],
        [],
        [],
        [],
    ),
    (SOHA13, "Thế giới đón giáng sinh năm 2011:", [], [], [], [], []),
    (SOHA13, "Vinalines Queen - con tàu về cõi chết", [], [], [], [], []),
    (ZNEWS_HOME, "Đối thủ của Nvidia tại Trung Quốc lộ diện", [], [L(CN, C)], [O("Nvidia")], [], []),
    (
        SOHA13,
        'Thu phí xe máy- Bộ trưởng Thăng "lục túi" người dâ',
        [P("Thăng", roles=["Bộ trưởng"])],
        [],
        [],
        [],
        [],
    ),
    (
        SOHA13,
        "Kim Tae Hee và Song Seung Hun đến Việt Nam",
        [P("Kim Tae Hee"), P("Song Seung Hun")],
        [L(VN, C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Moore Threads, công ty thiết kế bộ xử lý đồ họa (GPU) của Trung Quốc ra mắt chip Huashan dành cho AI và chip Lushan dành cho chơi game thủ với hiệu suất vượt qua sản phẩm đến từ Nvidia.",
        [],
        [L(CN, C)],
        [O("Moore Threads"), O("Nvidia")],
        [],
        [],
    ),
    (SOHA13, "Nóng hổi tin tức về lương thưởng dịp Tết:", [], [], [], [], []),
    (ZNEWS_HOME, "Chỉ với một từ, hacker có thể kiểm soát cả binh đoàn robot", [], [], [], [], []),
    (SOHA13, "Xu hướng thời trang Xuân - Hè 2012", [], [], [], [], []),
    (SOHA13, "Rộn ràng không khí đón Tết", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Các hacker Trung Quốc đã tìm ra một lỗ hỏng giúp xâm nhập vào một robot ban đầu, sau đó lan truyền qua các robot khác bằng tiếp xúc gần.",
        [],
        [L(CN, C)],
        [],
        [],
        [],
    ),
    (ZNEWS_HOME, "Một trong những loại ung thư nguy hiểm nhất", [], [], [], [], []),
    (SOHA13, "Cả nước đón Tết Nhâm Thìn:", [], [], [], [], []),
    (
        ZNEWS_HOME,
        'Nghiên cứu cho thấy quá trình lão hóa không chỉ làm giảm khả năng điều trị mà còn có thể trực tiếp thúc đẩy ung thư tụy tiến triển "hung hãn" hơn sau tuổi 70.',
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Ung thư giai đoạn cuối có 4 dấu hiệu lạ, đi khám càng sớm càng tốt",
        [],
        [],
        [],
        [F("4 dấu hiệu", 4, "dấu hiệu")],
        [],
    ),
    (SOHA13, "Hot girl tai tiếng bậc nhất Trung Quốc: Can Lộ Lộ", [P("Can Lộ Lộ")], [L(CN, C)], [], [], []),
    (
        ZNEWS_HOME,
        "Ung thư là căn bệnh có tỷ lệ mắc và tử vong ngày càng tăng, nếu thấy cơ thể có 4 dấu hiệu dưới đây kéo dài có thể cảnh báo ung thư đã bước vào giai đoạn cuối.",
        [],
        [],
        [],
        [F("4 dấu hiệu", 4, "dấu hiệu")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Cháy chung cư Hong Kong: Vì sao ngọn lửa bốc cao như 'đuốc khổng lồ'?",
        [],
        [L(HK, "city")],
        [],
        [],
        [],
    ),
    (ZNEWS_HOME, "Hot girl eSports từng bước lừa cả Thái Lan", [], [L("Thái Lan", C)], [], [], []),
    (ZNEWS_HOME, "Tổng chủ biên SGK Ngữ văn nói gì về 'Nỗi buồn chiến tranh'?", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Điểm bất thường thổi bùng thảm kịch trong vụ cháy chung cư Hong Kong",
        [],
        [L(HK, "city")],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Hành trình tàn phá của ngọn lửa trong thảm họa cháy chung cư Hong Kong",
        [],
        [L(HK, "city")],
        [],
        [],
        [],
    ),
    (ZNEWS_HOME, "Vì sao nhiều nước châu Á chuyển thủ đô?", [], [], [], [], []),
    (ZNEWS_HOME, "Bài học cho Lê Dương Bảo Lâm", [P("Lê Dương Bảo Lâm")], [], [], [], []),
    (
        ZNEWS_HOME,
        "Thấy gì khi 'nàng thơ' của Trấn Thành đánh bại Việt Hương, Hồng Đào",
        [P("Trấn Thành"), P("Việt Hương"), P("Hồng Đào")],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Tôi rời BV Hữu nghị Việt Đức, vượt 200 km vì một ca mổ đặc biệt",
        [],
        [],
        [O("BV Hữu nghị Việt Đức", "Bệnh viện Hữu nghị Việt Đức")],
        [F("200 km", 200, "km")],
        [],
    ),
    (
        ZNEWS_HOME,
        "HLV Kim Sang-sik: Việt Nam sẵn sàng gặp Philipines ở bán kết",
        [P("Kim Sang-sik", roles=["HLV"])],
        [L(VN, C), L("Philipines", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Kinh hoàng nhảy dù bị treo lơ lửng ở độ cao 4.600 m",
        [],
        [],
        [],
        [F("4.600 m", 4600, "m")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Cảnh quay nghẹt thở ghi lại khoảnh khắc một người nhảy dù vật lộn giữa không trung vì dù dự phòng của anh bất ngờ bung ra và mắc vào đuôi máy bay trong lúc thực hiện cú nhảy.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Khoảnh khắc viral của thủ môn Trung Kiên với cầu thủ Thái Lan",
        [P("Trung Kiên", roles=["thủ môn"])],
        [L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Dòng người 'đi bão' nhìn từ hệ thống camera AI của cảnh sát giao thông",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Cục Cảnh sát giao thông đăng tải video, cho thấy đoàn người đổ ra đường ăn mừng chiến thắng của đội tuyển U22 Việt Nam vẫn tuân thủ giao thông, dừng đèn đỏ chuẩn.",
        [],
        [L(VN, C)],
        [O("Cục Cảnh sát giao thông")],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Rơi máy bay, cả gia đình tay đua nổi tiếng người Mỹ thiệt mạng",
        [],
        [L(MY, C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Hiện trạng giao thông tại Hà Nội sau 6 ngày triển khai camera AI",
        [],
        [L(HN, "thành phố")],
        [],
        [F("6 ngày", 6, "ngày")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Hậu trường chụp ảnh cưới của Kelvin Khánh và Khởi My",
        [P("Kelvin Khánh"), P("Khởi My")],
        [],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Trịnh Thu Vinh: '4 HCV, 3 kỷ lục SEA Games là điều ngoài mong đợi'",
        [P("Trịnh Thu Vinh")],
        [],
        [],
        [F("4 HCV", 4, "HCV"), F("3 kỷ lục", 3, "kỷ lục")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Nga khẳng định tàu ngầm không bị hư hại sau cuộc tập kích của Ukraine",
        [],
        [L("Nga", C), L("Ukraine", C)],
        [],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind33", CASES))


if __name__ == "__main__":
    main()

"""Hand-written labels for the dev split of tests/devset/{people,places,organizations}.jsonl.

The labels below were typed by a person reading each sentence, not produced by vnnews. This script only
turns the compact notation into JSON lines (held-out lines already in the files are kept, first):
    python tests/devset/make_devset.py
Texts come from the seed article (tests/fixtures/seed), fixture pages (tests/fixtures/pages) and
sentences written for the purpose, including negatives (no fact of that type).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notation import F, L, M, O, P

HERE = Path(__file__).parent


SEED = "seed"
FIX = "fixture"
OWN = "written"

# (source, text, province, author, people, places, organizations); None = not labelled for that type.
CASES = [
    (
        SEED,
        "Đại diện Ủy ban MTTQ và các đoàn thể phường Thanh Vinh, thị xã Phú Thọ ký giao ước phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”.",
        "Phú Thọ",
        None,
        [],
        [L("Thanh Vinh", "phường", ["Phú Thọ", "Phú Thọ"]), L("Phú Thọ", "thị xã", ["Phú Thọ"])],
        [O("Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc")],
    ),
    (
        SEED,
        "PTĐT - Đảng ta luôn xác định công tác dân vận là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng; là điều kiện quan trọng đảm bảo vai trò lãnh đạo của Đảng, củng cố và tăng cường mối quan hệ máu thịt giữa Đảng, Nhà nước với nhân dân. Đối với lực lượng công an nhân dân, công tác dân vận luôn được xem là nhiệm vụ then chốt trong sự nghiệp bảo vệ an ninh quốc gia, giữ gìn trật tự, an toàn xã hội, vì vậy những năm qua, Ban Dân vận Tỉnh ủy và Công an tỉnh đã xây dựng, ký kết chương trình phối hợp thực hiện công tác dân vận giai đoạn 2016 - 2020, nhằm tạo sự chuyển biến mạnh mẽ về chất lượng, hiệu quả trong phối hợp thực hiện công tác dân vận; phát huy sức mạnh tổng hợp của các cấp, các ngành, cả hệ thống chính trị và toàn dân.",
        "Phú Thọ",
        None,
        [],
        [],
        [O("Ban Dân vận Tỉnh ủy"), O("Công an tỉnh")],
    ),
    (
        SEED,
        "Thực hiện chương trình phối hợp làm công tác dân vận, Ban Dân vận Huyện ủy Cẩm Khê và Công an huyện đã tích cực, chủ động tham mưu cho Huyện ủy xây dựng, ban hành chương trình phối hợp và triển khai thực hiện đến 100% khối dân vận, lực lượng công an các xã, thị trấn với nhiều hình thức đa dạng, phong phú gắn với thực tiễn ở địa phương, cơ sở; phối hợp chặt chẽ tuyên truyền, vận động đoàn viên, hội viên và nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc. Bên cạnh đó, huyện đã phối hợp duy trì hoạt động thường xuyên của trên 300 ban ANTT, gần 2.000 tổ liên gia tự quản, cụm liên kết về ANTT xóa sơ hở vùng giáp ranh; phát huy hoạt động của các mô hình tự quản về ANTT như mô hình: Chốt đảm bảo ANTT, tiếng kẻng, mõ an ninh, bóng đèn an ninh tự quản… Các xã tự thành lập các mô hình Ban ANTT họ giáo, mô hình “3 không, 1 có”.",
        "Phú Thọ",
        None,
        [],
        [L("Cẩm Khê", "huyện", ["Phú Thọ"])],
        [O("Ban Dân vận Huyện ủy Cẩm Khê", place="Cẩm Khê"), O("Công an huyện"), O("Huyện ủy")],
    ),
    (
        SEED,
        "Xã Sơn Nga là điểm thực hiện tốt mô hình “Chốt đảm bảo ANTT”, từ khi thực hiện, đã mang lại nhiều tín hiệu tích cực, thể hiện sự gắn kết giữa lực lượng chức năng, chính quyền địa phương và người dân trong công tác bảo vệ ANTT tại địa phương. Ông Nguyễn Công Thương - Trưởng Công an xã cho biết: Trước đây khi chưa có chốt đảm bảo ANTT, tình trạng mất trộm vật nuôi diễn ra thường xuyên.",
        "Phú Thọ",
        None,
        [P("Nguyễn Công Thương", "Ông", ["Trưởng Công an xã"], "Công an xã")],
        [L("Sơn Nga", "xã", ["Cẩm Khê", "Phú Thọ"])],
        [O("Công an xã")],
    ),
    (
        SEED,
        "Trung tá Lê Văn Bàng - Phó Đội trưởng Đội xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện cho biết: Việc thực hiện chương trình phối hợp làm công tác dân vận giữa Công an huyện và Ban Dân vận Huyện ủy đã có hiệu quả thiết thực đối với công tác bảo vệ ANTT trên địa bàn.",
        "Phú Thọ",
        None,
        [
            P(
                "Lê Văn Bàng",
                "Trung tá",
                ["Phó Đội trưởng Đội xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện"],
                "Đội xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện",
            )
        ],
        [],
        [
            O("Đội xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện"),
            O("Công an huyện"),
            O("Ban Dân vận Huyện ủy"),
        ],
    ),
    (
        SEED,
        "Ở huyện Thanh Sơn, với vai trò là lực lượng nòng cốt trong công tác bảo đảm ANTT, Công an huyện đã phát động phong trào “Toàn dân bảo vệ an ninh Tổ quốc” sát với đặc điểm, tình hình của địa bàn, Ban chỉ đạo huyện chỉ đạo các xã, thị trấn tổ chức luyện tập 2 phương án, 3 kế hoạch trong thế trận an ninh nhân dân, hướng dẫn 97/285 khu dân cư tổ chức luyện tập phương án “Vây bắt tội phạm” và “Phòng cháy chữa cháy” trong thế trận an ninh nhân dân. Tập trung chỉ đạo nhân rộng các mô hình, điển hình như mô hình “Hòm thư tố giác” phối hợp với chi đoàn thanh niên cơ sở, “Tiếng kẻng an ninh” tại địa bàn xã Thục Luyện, “Phòng chống xâm hại tình dục trẻ em” tại các xã, thị trấn.",
        "Phú Thọ",
        None,
        [],
        [L("Thanh Sơn", "huyện", ["Phú Thọ"]), L("Thục Luyện", "xã", ["Thanh Sơn", "Phú Thọ"])],
        [O("Công an huyện"), O("Ban chỉ đạo huyện")],
    ),
    (
        SEED,
        "Mô hình “Chốt đảm bảo ANTT” ở xã Sơn Nga góp phần đảm bảo an ninh chính trị, trật tự an toàn xã hội tại địa bàn.",
        "Phú Thọ",
        None,
        [],
        [L("Sơn Nga", "xã", ["Cẩm Khê", "Phú Thọ"])],
        [],
    ),
    (
        SEED,
        "Qua 3 năm thực hiện Chương trình số 03 giữa Ban Dân vận Tỉnh ủy và Công an tỉnh về phối hợp thực hiện công tác dân vận giai đoạn 2016 - 2020, Ban Dân vận Tỉnh ủy và Công an tỉnh luôn quan tâm lãnh đạo, chỉ đạo triển khai và thực hiện nghiêm túc nội dung phối hợp thực hiện công tác dân vận. Trong đó thực hiện tốt Cuộc vận động “Xây dựng phong cách người công an nhân dân bản lĩnh, nhân văn, vì nhân dân phục vụ”.",
        "Phú Thọ",
        None,
        [],
        [],
        [
            O("Ban Dân vận Tỉnh ủy", m=["Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy"]),
            O("Công an tỉnh", m=["Công an tỉnh", "Công an tỉnh"]),
        ],
    ),
    (
        SEED,
        "Thời gian qua, đã có 123 tập thể, 95 cá nhân đăng ký thực hiện mô hình “Dân vận khéo” trên lĩnh vực ANTT. Các mô hình tập trung vào các lĩnh vực chủ yếu như: Dân vận khéo trong vận động nhân dân thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; trong công tác cải cách thủ tục hành chính, tiếp dân, xử lý vi phạm giao thông, văn hoá ứng xử của lực lượng công an; dân vận khéo trong tạm giữ, tạm giam…",
        "Phú Thọ",
        None,
        [],
        [],
        [],
    ),
    (
        SEED,
        "Điển hình là cải cách hành chính trong lĩnh vực cấp giấy chứng minh nhân dân tại Công an tỉnh thời gian hoàn thành từ 3 - 5 ngày; cấp giấy phép khắc dấu 1 ngày; đăng ký xe mô tô từ 3 ngày xuống 1 ngày.",
        "Phú Thọ",
        None,
        [],
        [],
        [O("Công an tỉnh")],
    ),
    (
        SEED,
        "Công an tỉnh quan tâm chỉ đạo củng cố kiện toàn đội ngũ nòng cốt ở cơ sở, duy trì hoạt động của 2.887 ban ANTT, 16.628 tổ liên gia tự quản về ANTT, 29 dòng họ tự quản về ANTT, 47 cụm liên kết bảo vệ ANTT xoá sơ hở vùng giáp ranh.",
        "Phú Thọ",
        None,
        [],
        [],
        [O("Công an tỉnh")],
    ),
    (
        SEED,
        "Bà Dương Thị Thu Vân - Phó Trưởng Ban Dân vận Tỉnh ủy cho biết: Thông qua công tác phối hợp giữa Ban Dân vận Tỉnh ủy với Công an tỉnh đã cho thấy hiệu quả tích cực từ nhiều mặt. Mặt trận Tổ quốc và các đoàn thể đã gắn bó chặt chẽ hơn với lực lượng công an trong vận động nhân dân tham gia các phong trào giữ gìn ANTT. Thời gian tới, 2 cơ quan tiếp tục thực hiện có hiệu quả Cuộc vận động “Công an nhân dân chấp hành nghiêm điều lệnh; xây dựng nếp sống văn hóa vì nhân dân phục vụ”, “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, thực hiện Chỉ thị số 04 của Bộ trưởng Bộ Công an về “Đổi mới, nâng cao chất lượng phong trào Công an nhân dân học tập, thực hiện sáu điều Bác Hồ dạy trong tình hình mới”...",
        "Phú Thọ",
        None,
        [
            P("Dương Thị Thu Vân", "Bà", ["Phó Trưởng Ban Dân vận Tỉnh ủy"], "Ban Dân vận Tỉnh ủy"),
            P("Hồ Chí Minh", m=["Hồ Chí Minh", "Bác Hồ"]),
        ],
        [],
        [
            O("Ban Dân vận Tỉnh ủy", m=["Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy"]),
            O("Công an tỉnh"),
            O("Mặt trận Tổ quốc"),
            O("Công an nhân dân", m=["Công an nhân dân", "Công an nhân dân"]),
            O("Bộ Công an"),
        ],
    ),
    # --- fixture pages -------------------------------------------------------------------------------
    (
        FIX,
        "(CTO)- Ngày 8-1, Phó Thủ tướng Thường trực Nguyễn Hòa Bình chủ trì hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ công tác năm 2026 của ngành Thanh tra.",
        None,
        None,
        [P("Nguyễn Hòa Bình", roles=["Phó Thủ tướng Thường trực"])],
        [],
        [],
    ),
    (
        FIX,
        "Ông Trương Cảnh Tuyên, Phó Bí thư Thành uỷ, Chủ tịch UBND TP Cần Thơ cùng lãnh đạo Thanh tra thành phố, lãnh đạo các phòng nghiệp vụ và Trưởng Ban tiếp công dân thành phố tham dự hội nghị tại điểm cầu TP Cần Thơ.",
        None,
        None,
        [P("Trương Cảnh Tuyên", "Ông", ["Phó Bí thư Thành uỷ", "Chủ tịch UBND TP Cần Thơ"], "Thành uỷ")],
        [L("Cần Thơ", "thành phố", [], m=["Cần Thơ", "Cần Thơ"])],
        [
            O("Thành uỷ"),
            O("UBND TP Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ"),
            O("Thanh tra thành phố"),
            O("Ban tiếp công dân thành phố"),
        ],
    ),
    (
        FIX,
        "Chủ tịch UBND TP Cần Thơ Trương Cảnh Tuyên, cùng lãnh đạo Thanh tra thành phố tham dự hội nghị.",
        None,
        None,
        [P("Trương Cảnh Tuyên", roles=["Chủ tịch UBND TP Cần Thơ"], org="UBND TP Cần Thơ")],
        [L("Cần Thơ", "thành phố")],
        [O("UBND TP Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ"), O("Thanh tra thành phố")],
    ),
    (
        FIX,
        "Phát biểu chỉ đạo hội nghị, Phó Thủ tướng Thường trực Nguyễn Hòa Bình ghi nhận và biểu dương những thành tựu đạt được của ngành Thanh tra.",
        None,
        None,
        [P("Nguyễn Hòa Bình", roles=["Phó Thủ tướng Thường trực"])],
        [],
        [],
    ),
    (
        FIX,
        "Thủ tướng Chính phủ Phạm Minh Chính: Vượt gió ngược, tạo nền tảng, bứt phá bước vào kỷ nguyên mới",
        None,
        None,
        [P("Phạm Minh Chính", roles=["Thủ tướng Chính phủ"], org="Chính phủ")],
        [],
        [O("Chính phủ")],
    ),
    (
        FIX,
        "Việt Nam quan ngại sâu sắc về thông tin liên quan đến tình hình hiện nay ở Venezuela",
        None,
        None,
        [],
        [L("Việt Nam", "country"), L("Venezuela", "country")],
        [],
    ),
    (
        FIX,
        "Chuyên gia Đoàn Minh Xương ủng hộ HLV Mai Đức Chung làm tuyển quốc gia Việt Nam nhưng về tương lai ông cho rằng bóng đá Việt Nam nên có HLV ngoại.",
        None,
        None,
        [P("Đoàn Minh Xương", roles=["Chuyên gia"]), P("Mai Đức Chung", roles=["HLV"])],
        [L("Việt Nam", "country", m=["Việt Nam", "Việt Nam"])],
        [],
    ),
    (
        FIX,
        '"Luật ban hành cần phải quan tâm tới chất lượng và số lượng nhằm mục tiêu quan trọng là thành lập mới 2 triệu doanh nghiệp. Bên cạnh đó, cần tạo ra nhận thức xã hội, phong trào khởi nghiệp mạnh mẽ, Bộ trưởng Bùi Quang Vinh nhấn mạnh."',
        None,
        None,
        [P("Bùi Quang Vinh", roles=["Bộ trưởng"])],
        [],
        [],
    ),
    (
        FIX,
        "TạiMoMo, ông Long phụ trách các nhóm nghiên cứu công nghệ xử lý ngôn ngữ tự nhiên và thị giác máy tính.",
        None,
        None,
        [P("Long", "Ông")],
        [],
        [],
    ),
    (
        FIX,
        "VNG cụ thể là Zalo là công ty tôi làm 8 năm, có nhiều gắn bó và cảm xúc, và cũng rất kính trọng anh Minh (ông Lê Hồng Minh – TGĐ VNG), anh Khải (Vương Quang Khải – Phó TGĐ VNG), làm việc rất gắn bó với anh Khải.",
        None,
        None,
        [
            P("Lê Hồng Minh", "Ông", ["TGĐ VNG"], "VNG", m=["Lê Hồng Minh", "Minh"]),
            P("Vương Quang Khải", "Anh", ["Phó TGĐ VNG"], "VNG", m=["Vương Quang Khải", "Khải", "Khải"]),
        ],
        [],
        None,
    ),
    (
        FIX,
        "Ngày 22/10, BS.CK2 Cao Thị Hồng, Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật (HECI), Bệnh viện Chợ Rẫy, cho biết bệnh nhân đau bụng âm ỉ, ăn uống khó tiêu, đầy hơi và tiêu chảy kéo dài nhiều tuần, sụt 2-3 kg.",
        None,
        None,
        [
            P(
                "Cao Thị Hồng",
                "BS.CK2",
                ["Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật"],
                "Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật",
            )
        ],
        [],
        [O("Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật"), O("Bệnh viện Chợ Rẫy")],
    ),
    (
        FIX,
        "Theo bác sĩ Hồng, lymphoma đường ruột là u lympho ác tính ngoài hạch phát triển từ mô lympho trong thành ruột.",
        None,
        None,
        [P("Hồng", "Bác sĩ")],
        [],
        [],
    ),
    (
        FIX,
        "Trong một diễn biến khác được xem là có lợi cho vàng, ông Trump có thể bổ nhiệm Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed) mới ngay từ đầu tháng 1 để thay thế ông Jerome Powell, người dự kiến nghỉ hưu vào giữa năm 2026.",
        None,
        None,
        [P("Trump", "Ông"), P("Jerome Powell", "Ông")],
        [L("Mỹ", "country")],
        [O("Cục Dự trữ Liên bang Mỹ")],
    ),
    (
        FIX,
        "Theo cáo trạng, khoảng 16 giờ ngày 8.6.2012, Công an Đà Nẵng đã bắt quả tang Tiền đang mua bán trái phép ma túy tại P.Hòa Cường Nam (Đà Nẵng), thu giữ hơn 127 gram ma túy tổng hợp.",
        None,
        None,
        [P("Tiền")],
        [
            L("Đà Nẵng", "thành phố", m=["Đà Nẵng", "Đà Nẵng"]),
            L("Hòa Cường Nam", "phường", ["Hải Châu", "Đà Nẵng"]),
        ],
        [O("Công an Đà Nẵng", place="Đà Nẵng")],
    ),
    (
        FIX,
        "Nga và My khai nhận đã cùng với Thủy mua ma túy của Tiền về bán kiếm lời.",
        None,
        None,
        [P("Nga"), P("My"), P("Thủy"), P("Tiền")],
        [],
        [],
    ),
    (
        FIX,
        "Kế hoạch nghỉ Tết Dương lịch của UBND TPHCM tương tự như Hà Nội và các tỉnh, thành khác.",
        None,
        None,
        [],
        [L("Hồ Chí Minh", "thành phố", m=["TPHCM"]), L("Hà Nội", "thành phố")],
        [O("UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Hồ Chí Minh")],
    ),
    (
        FIX,
        "Tổng biên tập: Đỗ Danh Phương - Giấy phép số 1872/GP- BTTTT cấp ngày 9 tháng 10 năm 2012 của Bộ Thông tin và Truyền thông. Địa chỉ: 127 Võ Văn Tần, Phường 6, Quận 3 - TPHCM.",
        None,
        None,
        [P("Đỗ Danh Phương", roles=["Tổng biên tập"])],
        [
            L("6", "phường", ["3", "Hồ Chí Minh"]),
            L("3", "quận", ["Hồ Chí Minh"]),
            L("Hồ Chí Minh", "thành phố", m=["TPHCM"]),
        ],
        [O("Bộ Thông tin và Truyền thông")],
    ),
    (
        FIX,
        "Ông Hoàng Minh Sơn, chủ quán cà phê trên đường Nguyễn Thị Định cho hay, hơn 1 tuần nay gia đình ông đang sửa chữa mặt bằng để bàn giao phục vụ dự án. Theo ông Sơn việc phải lùi sâu công trình khiến hoạt động kinh doanh bị ảnh hưởng.",
        None,
        None,
        [P("Hoàng Minh Sơn", "Ông", m=["Hoàng Minh Sơn", "Sơn"])],
        [],
        [],
    ),
    (
        FIX,
        "Ghi nhận của PV Báo Điện tử VTC News những ngày cuối năm 2025, các hộ dân dọc tuyến đã cơ bản hoàn tất việc bàn giao mặt bằng cho chủ đầu tư.",
        None,
        None,
        [],
        [],
        [O("Báo Điện tử VTC News")],
    ),
    (
        FIX,
        "Dự án mở rộng đoạn đường Nguyễn Thị Định đã được TP.HCM chấp thuận chủ trương đầu tư từ khoảng 10 năm trước.",
        None,
        None,
        [],
        [L("Hồ Chí Minh", "thành phố", m=["TP.HCM"])],
        [],
    ),
    (
        FIX,
        "Đây là chức vô địch World Cup thứ hai trong lịch sử của bóng đá Tây Ban Nha, sau lần đăng quang tại Nam Phi năm 2010.",
        None,
        None,
        [],
        [L("Tây Ban Nha", "country"), L("Nam Phi", "country")],
        [],
    ),
    (
        FIX,
        "Có khoảng 30.000 cư dân tại một khu phố buồn tẻ của thủ đô Hàn Quốc, còn được biết tới với cái tên Làng Thi cử, nơi các sĩ tử chuẩn bị cho những kỳ thi tuyển công chức.",
        None,
        None,
        [],
        [L("Hàn Quốc", "country")],
        [],
    ),
    (
        FIX,
        "Dịp Tết Âm lịch năm 2013, công chức, viên chức sẽ được nghỉ 9 ngày liên tục, từ ngày 9/2/2013 (29 tháng Chạp năm Nhâm Thìn) đến hết ngày 17/2/2013.",
        None,
        None,
        [],
        [],
        [],
    ),
    (
        FIX,
        "Review Lào Cai là chuyên mục giới thiệu những điểm đến hấp dẫn, các di tích lịch sử, văn hoá và danh lam thắng cảnh nổi bật của tỉnh Lào Cai.",
        None,
        None,
        [],
        [L("Lào Cai", "tỉnh", m=["Lào Cai", "Lào Cai"])],
        [],
    ),
    # --- written for the dev set ---------------------------------------------------------------------------
    (
        OWN,
        "Ông Nguyễn Văn Khánh - Chủ tịch UBND xã Tiên Lương cho biết, năm nay xã có thêm 2 khu dân cư kiểu mẫu.",
        "Phú Thọ",
        None,
        [P("Nguyễn Văn Khánh", "Ông", ["Chủ tịch UBND xã Tiên Lương"], "UBND xã Tiên Lương")],
        [L("Tiên Lương", "xã", ["Cẩm Khê", "Phú Thọ"])],
        [O("UBND xã Tiên Lương", "Ủy ban nhân dân xã Tiên Lương", "Tiên Lương")],
    ),
    (
        OWN,
        "Đồng chí Bùi Văn Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã trao quà cho các gia đình chính sách.",
        "Phú Thọ",
        None,
        [P("Bùi Văn Quang", "Đồng chí", ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"], "Tỉnh ủy")],
        [],
        [O("Tỉnh ủy"), O("UBND tỉnh", "Ủy ban nhân dân tỉnh")],
    ),
    (
        OWN,
        "Thượng tá Nguyễn Minh Tuấn, Phó Giám đốc Công an tỉnh kiểm tra công tác bảo đảm an ninh trật tự tại xã Xuân Đài.",
        "Phú Thọ",
        None,
        [P("Nguyễn Minh Tuấn", "Thượng tá", ["Phó Giám đốc Công an tỉnh"], "Công an tỉnh")],
        [L("Xuân Đài", "xã", ["Tân Sơn", "Phú Thọ"])],
        [O("Công an tỉnh")],
    ),
    (
        OWN,
        "Chị Hà Thị Lan ở khu 5, xã Hương Xạ, huyện Hạ Hòa phấn khởi vì vườn bưởi cho thu nhập ổn định. Theo chị Lan, mỗi năm gia đình thu về hơn 100 triệu đồng.",
        "Phú Thọ",
        None,
        [P("Hà Thị Lan", "Chị", m=["Hà Thị Lan", "Lan"])],
        [
            L("5", "khu", ["Hương Xạ", "Hạ Hòa", "Phú Thọ"]),
            L("Hương Xạ", "xã", ["Hạ Hòa", "Phú Thọ"]),
            L("Hạ Hòa", "huyện", ["Phú Thọ"]),
        ],
        [],
    ),
    (
        OWN,
        "Tham dự hội nghị có Thiếu tướng Phạm Văn Hòa, Chính ủy Bộ đội Biên phòng tỉnh.",
        None,
        None,
        [P("Phạm Văn Hòa", "Thiếu tướng", ["Chính ủy Bộ đội Biên phòng tỉnh"], "Bộ đội Biên phòng tỉnh")],
        [],
        [O("Bộ đội Biên phòng tỉnh")],
    ),
    (
        OWN,
        "Theo Đại úy Trần Quốc Việt, Đội trưởng Đội Cảnh sát hình sự Công an thị xã Phú Thọ, các đối tượng đã bị khởi tố.",
        None,
        None,
        [
            P(
                "Trần Quốc Việt",
                "Đại úy",
                ["Đội trưởng Đội Cảnh sát hình sự Công an thị xã Phú Thọ"],
                "Đội Cảnh sát hình sự Công an thị xã Phú Thọ",
            )
        ],
        [L("Phú Thọ", "thị xã", ["Phú Thọ"])],
        [O("Đội Cảnh sát hình sự Công an thị xã Phú Thọ", place="Phú Thọ")],
    ),
    (
        OWN,
        "Bác sĩ Lê Thị Thanh Hương, Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh khuyến cáo phụ huynh không tự ý cho trẻ dùng kháng sinh.",
        None,
        None,
        [
            P(
                "Lê Thị Thanh Hương",
                "Bác sĩ",
                ["Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh"],
                "Bệnh viện Đa khoa tỉnh",
            )
        ],
        [],
        [O("Bệnh viện Đa khoa tỉnh")],
    ),
    (
        OWN,
        "Anh Đỗ Văn Nam, một hộ nuôi cá ở xã Sơn Vi cho rằng mô hình đã giúp gia đình anh có thêm việc làm.",
        "Phú Thọ",
        None,
        [P("Đỗ Văn Nam", "Anh")],
        [L("Sơn Vi", "xã", ["Lâm Thao", "Phú Thọ"])],
        [],
    ),
    (
        OWN,
        "Ngày 5/6, tại hội trường UBND huyện, Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên.",
        "Phú Thọ",
        None,
        [],
        [],
        [O("UBND huyện", "Ủy ban nhân dân huyện"), O("Ban Tuyên giáo Huyện ủy")],
    ),
    (
        OWN,
        "Các đồng chí lãnh đạo tỉnh đã dâng hương tưởng niệm các anh hùng liệt sĩ.",
        None,
        None,
        [],
        [],
        [],
    ),
    (
        OWN,
        "Ông Tuấn cho biết hợp tác xã sẽ mở rộng diện tích trồng chè lên 50 ha.",
        None,
        None,
        [P("Tuấn", "Ông")],
        [],
        [],
    ),
    (OWN, "Bà con trong thôn đã hiến hơn 2.000 m2 đất để làm đường.", None, None, [], [], []),
    (
        OWN,
        "Bà Rịa - Vũng Tàu là địa phương có nhiều khu công nghiệp lớn.",
        None,
        None,
        [],
        [L("Bà Rịa - Vũng Tàu", "tỉnh")],
        [],
    ),
    (
        OWN,
        "Theo Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Thanh Hải, toàn tỉnh có 160 sản phẩm OCOP.",
        None,
        None,
        [
            P(
                "Nguyễn Thanh Hải",
                roles=["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"],
                org="Sở Nông nghiệp và Phát triển nông thôn",
            )
        ],
        [],
        [O("Sở Nông nghiệp và Phát triển nông thôn")],
    ),
    (
        OWN,
        "Tổng Bí thư Tô Lâm đã có bài viết quan trọng về chuyển đổi số.",
        None,
        None,
        [P("Tô Lâm", roles=["Tổng Bí thư"])],
        [],
        [],
    ),
    (
        OWN,
        "Thầy giáo Nguyễn Văn Hùng là người gắn bó hơn 20 năm với học sinh vùng cao.",
        None,
        None,
        [P("Nguyễn Văn Hùng")],
        [],
        [],
    ),
    (
        OWN,
        "Đêm 12/8, Công an xã Thục Luyện phát hiện 3 đối tượng đang đánh bạc.",
        "Phú Thọ",
        None,
        [],
        [L("Thục Luyện", "xã", ["Thanh Sơn", "Phú Thọ"])],
        [O("Công an xã Thục Luyện", place="Thục Luyện")],
    ),
    (
        OWN,
        "Đoàn công tác của tỉnh Vĩnh Phúc đã đến thăm và làm việc tại huyện Lâm Thao.",
        "Phú Thọ",
        None,
        [],
        [L("Vĩnh Phúc", "tỉnh"), L("Lâm Thao", "huyện", ["Phú Thọ"])],
        [],
    ),
    (
        OWN,
        "Sáng 3/9, Liên đoàn Lao động tỉnh phối hợp với Hội Nông dân tỉnh tổ chức lễ ký kết chương trình phối hợp.",
        None,
        None,
        [],
        [],
        [O("Liên đoàn Lao động tỉnh"), O("Hội Nông dân tỉnh")],
    ),
    (
        OWN,
        "Nhiều lao động của huyện Yên Lập đang làm việc tại Nhật Bản, Hàn Quốc và Đài Loan.",
        "Phú Thọ",
        None,
        [],
        [
            L("Yên Lập", "huyện", ["Phú Thọ"]),
            L("Nhật Bản", "country"),
            L("Hàn Quốc", "country"),
            L("Đài Loan", "country"),
        ],
        [],
    ),
    (OWN, "Ý kiến của cử tri đã được tổng hợp gửi đến các cơ quan chức năng.", None, None, [], [], []),
    (OWN, "Anh em trong tổ tự quản thay nhau trực chốt suốt đêm.", None, None, [], [], []),
    (
        OWN,
        "Thực hiện kế hoạch của Ban Chỉ đạo 138 tỉnh, lực lượng chức năng đã ra quân trấn áp tội phạm.",
        None,
        None,
        [],
        [],
        [O("Ban Chỉ đạo 138 tỉnh")],
    ),
    (
        OWN,
        "Tại buổi làm việc, ông Hồ Đức Phớc, Bộ trưởng Bộ Tài chính đề nghị đẩy nhanh giải ngân vốn đầu tư công.",
        None,
        None,
        [P("Hồ Đức Phớc", "Ông", ["Bộ trưởng Bộ Tài chính"], "Bộ Tài chính")],
        [],
        [O("Bộ Tài chính")],
    ),
    (
        OWN,
        "Công ty Cổ phần Supe Phốt phát và Hóa chất Lâm Thao đóng góp 500 triệu đồng vào quỹ vì người nghèo.",
        "Phú Thọ",
        None,
        [],
        [],
        [O("Công ty Cổ phần Supe Phốt phát và Hóa chất Lâm Thao")],
    ),
    (
        OWN,
        "Hội Liên hiệp Phụ nữ tỉnh đã hỗ trợ 30 phụ nữ khởi nghiệp trong năm 2023.",
        None,
        None,
        [],
        [],
        [O("Hội Liên hiệp Phụ nữ tỉnh")],
    ),
    (
        OWN,
        "Tỉnh đoàn phát động chiến dịch thanh niên tình nguyện hè tại 225 xã, phường, thị trấn.",
        None,
        None,
        [],
        [],
        [O("Tỉnh đoàn")],
    ),
    (
        OWN,
        "HĐND tỉnh khóa XIX tổ chức kỳ họp thứ 7 vào đầu tháng 12.",
        None,
        None,
        [],
        [],
        [O("HĐND tỉnh", "Hội đồng nhân dân tỉnh")],
    ),
    (
        OWN,
        "Trường Đại học Hùng Vương tuyển sinh 2.500 chỉ tiêu năm nay.",
        None,
        None,
        [],
        [],
        [O("Trường Đại học Hùng Vương")],
    ),
    (
        OWN,
        "Chi cục Kiểm lâm tỉnh đã phát hiện 15 vụ vi phạm về quản lý rừng.",
        None,
        None,
        [],
        [],
        [O("Chi cục Kiểm lâm tỉnh")],
    ),
    (
        OWN,
        "Viện Kiểm sát nhân dân huyện Đoan Hùng đã truy tố bị can về tội trộm cắp tài sản.",
        "Phú Thọ",
        None,
        [],
        [L("Đoan Hùng", "huyện", ["Phú Thọ"])],
        [O("Viện Kiểm sát nhân dân huyện Đoan Hùng", place="Đoan Hùng")],
    ),
    (
        OWN,
        "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh đã cho vay 1.200 tỷ đồng.",
        None,
        None,
        [],
        [],
        [O("Ngân hàng Nông nghiệp và Phát triển nông thôn")],
    ),
    (
        OWN,
        "Người dân ở bản Mường Khến, xã Tân Minh, huyện Đà Bắc đã làm du lịch cộng đồng.",
        None,
        None,
        [],
        [
            L("Mường Khến", "bản", ["Tân Minh", "Đà Bắc", "Hòa Bình"]),
            L("Tân Minh", "xã", ["Đà Bắc", "Hòa Bình"]),
            L("Đà Bắc", "huyện", ["Hòa Bình"]),
        ],
        [],
    ),
    (
        OWN,
        "TP Việt Trì đã hoàn thành chỉnh trang đô thị trước lễ hội Đền Hùng.",
        None,
        None,
        [],
        [L("Việt Trì", "thành phố", ["Phú Thọ"])],
        [],
    ),
    (
        OWN,
        "Huyện ủy Tân Sơn đã tổng kết 10 năm thực hiện Nghị quyết.",
        "Phú Thọ",
        None,
        [],
        [L("Tân Sơn", "huyện", ["Phú Thọ"])],
        [O("Huyện ủy Tân Sơn", place="Tân Sơn")],
    ),
    (
        OWN,
        "Năm 2017, iPhone X và Samsung Galaxy được bán rất chạy tại thị trường trong nước.",
        None,
        None,
        [],
        [],
        [],
    ),
    (OWN, "Anh Thành là người đầu tiên đưa giống chè mới về thôn.", None, None, [P("Thành", "Anh")], [], []),
    (
        OWN,
        "Ông Trần Văn Lâm, 68 tuổi, trú tại tổ dân phố số 3, thị trấn Thanh Sơn chia sẻ niềm vui.",
        "Phú Thọ",
        None,
        [P("Trần Văn Lâm", "Ông")],
        [
            L("3", "tổ dân phố", ["Thanh Sơn", "Thanh Sơn", "Phú Thọ"]),
            L("Thanh Sơn", "thị trấn", ["Thanh Sơn", "Phú Thọ"]),
        ],
        [],
    ),
    (
        OWN,
        "Về phía tỉnh Hòa Bình có đồng chí Nguyễn Phi Long, Bí thư Tỉnh ủy.",
        None,
        None,
        [P("Nguyễn Phi Long", "Đồng chí", ["Bí thư Tỉnh ủy"], "Tỉnh ủy")],
        [L("Hòa Bình", "tỉnh")],
        [O("Tỉnh ủy")],
    ),
    (
        OWN,
        "Ủy ban Kiểm tra Tỉnh ủy đã thi hành kỷ luật 3 đảng viên.",
        None,
        None,
        [],
        [],
        [O("Ủy ban Kiểm tra Tỉnh ủy")],
    ),
    (
        OWN,
        "Công an huyện Phù Ninh phối hợp với Đồn Biên phòng cửa khẩu tổ chức tuần tra.",
        "Phú Thọ",
        None,
        [],
        [L("Phù Ninh", "huyện", ["Phú Thọ"])],
        [O("Công an huyện Phù Ninh", place="Phù Ninh")],
    ),
    (
        OWN,
        "Mặt trận Tổ quốc Việt Nam tỉnh đã vận động được hơn 40 tỷ đồng ủng hộ Quỹ Vì người nghèo.",
        None,
        None,
        [],
        [L("Việt Nam", "country")],
        [O("Mặt trận Tổ quốc Việt Nam tỉnh")],
    ),
    (
        OWN,
        "Phóng viên Báo Phú Thọ đã có mặt tại hiện trường.",
        None,
        None,
        [],
        [L("Phú Thọ", "tỉnh")],
        [O("Báo Phú Thọ", place="Phú Thọ")],
    ),
    (
        OWN,
        "Lớp tập huấn do Trung tâm Khuyến nông tỉnh tổ chức thu hút 80 nông dân tham gia.",
        None,
        None,
        [],
        [],
        [O("Trung tâm Khuyến nông tỉnh")],
    ),
    (
        OWN,
        "Sở Lao động - Thương binh và Xã hội đã trao 200 suất quà cho người có công.",
        None,
        None,
        [],
        [],
        [O("Sở Lao động - Thương binh và Xã hội")],
    ),
    (
        OWN,
        "Hợp tác xã Nông nghiệp Thanh Minh cung ứng giống lúa cho bà con.",
        None,
        None,
        [],
        [],
        [O("Hợp tác xã Nông nghiệp Thanh Minh")],
    ),
    (
        OWN,
        "Bệnh nhân được chuyển lên Bệnh viện Bạch Mai ở Hà Nội để điều trị.",
        None,
        None,
        [],
        [L("Hà Nội", "thành phố")],
        [O("Bệnh viện Bạch Mai")],
    ),
    (OWN, "Phong trào thi đua yêu nước đã lan tỏa sâu rộng trong nhân dân.", None, None, [], [], []),
    (
        OWN,
        "Ông Lò Văn Pằn, người có uy tín ở bản Pà Cò, luôn vận động bà con giữ gìn an ninh.",
        None,
        None,
        [P("Lò Văn Pằn", "Ông")],
        [L("Pà Cò", "bản")],
        [],
    ),
    (
        OWN,
        "Học sinh Trường Tiểu học Lê Văn Tám được tặng 100 bộ sách giáo khoa.",
        None,
        None,
        [],
        [],
        [O("Trường Tiểu học Lê Văn Tám")],
    ),
    (
        OWN,
        "Bí thư Huyện ủy Hạ Hòa Lê Minh Trí yêu cầu các xã tập trung thu hoạch lúa.",
        "Phú Thọ",
        None,
        [P("Lê Minh Trí", roles=["Bí thư Huyện ủy Hạ Hòa"], org="Huyện ủy Hạ Hòa")],
        [L("Hạ Hòa", "huyện", ["Phú Thọ"])],
        [O("Huyện ủy Hạ Hòa", place="Hạ Hòa")],
    ),
    (
        OWN,
        "Cô Nguyễn Thị Thu Hà, giáo viên Trường THCS Lâm Thao, có 15 năm đứng lớp.",
        None,
        None,
        [P("Nguyễn Thị Thu Hà", "Cô", ["giáo viên Trường THCS Lâm Thao"], "Trường THCS Lâm Thao")],
        [],
        [O("Trường THCS Lâm Thao", "Trường Trung học cơ sở Lâm Thao")],
    ),
    (
        OWN,
        "Từ Hà Nội, đoàn xe tiếp tục lên Lào Cai và Yên Bái.",
        None,
        None,
        [],
        [L("Hà Nội", "thành phố"), L("Lào Cai", "tỉnh"), L("Yên Bái", "tỉnh")],
        [],
    ),
    (
        OWN,
        "Phường Gia Cẩm và phường Tân Dân là hai đơn vị dẫn đầu phong trào.",
        "Phú Thọ",
        None,
        [],
        [L("Gia Cẩm", "phường", ["Việt Trì", "Phú Thọ"]), L("Tân Dân", "phường", ["Việt Trì", "Phú Thọ"])],
        [],
    ),
    (
        OWN,
        "Ông Nguyễn Văn Nam sinh năm 1965, trú tại xóm Chùa, xã Minh Hòa.",
        "Phú Thọ",
        None,
        [P("Nguyễn Văn Nam", "Ông")],
        [L("Chùa", "xóm", ["Minh Hòa", "Yên Lập", "Phú Thọ"]), L("Minh Hòa", "xã", ["Yên Lập", "Phú Thọ"])],
        [],
    ),
    (OWN, "Đến nay, toàn huyện có 18/18 xã đạt chuẩn nông thôn mới.", None, None, [], [], []),
    (
        OWN,
        "Chủ tịch nước Lương Cường đã gửi thư chúc Tết đồng bào.",
        None,
        None,
        [P("Lương Cường", roles=["Chủ tịch nước"])],
        [],
        [],
    ),
    (
        OWN,
        "Giữa Việt Nam và Campuchia có đường biên giới dài hơn 1.100 km.",
        None,
        None,
        [],
        [L("Việt Nam", "country"), L("Campuchia", "country")],
        [],
    ),
    (
        OWN,
        "Ông Ba Nguyễn ở thôn Đông bày tỏ phấn khởi.",
        None,
        None,
        [P("Ba Nguyễn", "Ông")],
        [L("Đông", "thôn")],
        [],
    ),
    (
        OWN,
        "Em Vũ Thị Ngọc Ánh đã xuất sắc giành Huy chương Vàng Olympic Toán.",
        None,
        None,
        [P("Vũ Thị Ngọc Ánh", "Em")],
        [],
        [],
    ),
    (
        OWN,
        "Hội Cựu chiến binh phường Nông Trang trao 10 suất quà cho hội viên nghèo.",
        "Phú Thọ",
        None,
        [],
        [L("Nông Trang", "phường", ["Việt Trì", "Phú Thọ"])],
        [O("Hội Cựu chiến binh phường Nông Trang", place="Nông Trang")],
    ),
    (
        OWN,
        "Theo Trung tá Hà Minh Đức, Trưởng Công an xã Văn Lung, tình hình an ninh trật tự trên địa bàn ổn định.",
        "Phú Thọ",
        None,
        [P("Hà Minh Đức", "Trung tá", ["Trưởng Công an xã Văn Lung"], "Công an xã Văn Lung")],
        [L("Văn Lung", "xã", ["Phú Thọ", "Phú Thọ"])],
        [O("Công an xã Văn Lung", place="Văn Lung")],
    ),
]


# Split "blindfix": sentences written for the fixes after blind set #1 (foreign names after a role, a unit
# followed by its parent, later bare mentions, numbers that are not places, head-less organisations).
BLINDFIX = [
    (
        OWN,
        "Người tiêu dùng chuộng hàng Nhật, còn thượng đỉnh Hàn - Triều bị hoãn; ông Triều và bà Nguyễn Nhật Linh không bình luận.",
        None,
        None,
        [P("Triều", "Ông"), P("Nguyễn Nhật Linh", "Bà")],
        [L("Nhật", "country"), L("Hàn Quốc", "country", m=["Hàn"]), L("Triều Tiên", "country", m=["Triều"])],
        [],
    ),
    (
        OWN,
        "Nước lũ làm ngập các xã Hương Xạ, Phương Viên và Đan Thượng, trong khi hai phường Nông Trang, Tân Dân vẫn an toàn.",
        None,
        None,
        [],
        [
            L("Hương Xạ", "xã", ["Hạ Hòa", "Phú Thọ"]),
            L("Phương Viên", "xã", ["Hạ Hòa", "Phú Thọ"]),
            L("Đan Thượng", "xã", ["Hạ Hòa", "Phú Thọ"]),
            L("Nông Trang", "phường", ["Việt Trì", "Phú Thọ"]),
            L("Tân Dân", "phường", ["Việt Trì", "Phú Thọ"]),
        ],
        [],
    ),
    (
        OWN,
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Thanh Ba đã giải ngân cho 40 hộ.",
        None,
        None,
        [],
        [L("Thanh Ba", "huyện", ["Phú Thọ"])],
        [
            O(
                "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Thanh Ba",
                place="Thanh Ba",
            )
        ],
    ),
    (
        OWN,
        "Ông Lê Văn Tám, Trưởng phòng Nông nghiệp huyện Thanh Ba, cho biết nguồn vốn đã được phân bổ.",
        None,
        None,
        [
            P(
                "Lê Văn Tám",
                "Ông",
                ["Trưởng phòng Nông nghiệp huyện Thanh Ba"],
                "phòng Nông nghiệp huyện Thanh Ba",
            )
        ],
        [L("Thanh Ba", "huyện", ["Phú Thọ"])],
        [O("phòng Nông nghiệp huyện Thanh Ba", place="Thanh Ba")],
    ),
    (
        OWN,
        "Đội Cảnh sát giao thông số 3 phối hợp với Trạm Y tế xã Hiền Lương trong đợt kiểm tra.",
        None,
        None,
        [],
        # several communes bear the name: no parent without a province
        [L("Hiền Lương", "xã")],
        [O("Đội Cảnh sát giao thông số 3"), O("Trạm Y tế xã Hiền Lương", place="Hiền Lương")],
    ),
    (
        OWN,
        "Bộ KH&CN và Bộ TN&MT cùng ký kết quy chế phối hợp; giữa Barca và Real, Bayern chọn đứng ngoài, còn MU và phiến quân IS không liên quan.",
        None,
        None,
        [],
        [],
        [O("Bộ KH&CN"), O("Bộ TN&MT"), O("Barca"), O("Real"), O("Bayern"), O("MU"), O("IS")],
    ),
    (
        OWN,
        "Mike Donovan thắng knock-out, còn David Moretti bỏ cuộc ở hiệp ba.",
        None,
        None,
        [P("Mike Donovan"), P("David Moretti")],
        [],
        [],
    ),
    (
        OWN,
        "Sau trận thua, HLV Ancelotti cho biết tiền đạo Vinícius sẽ nghỉ 2 tuần.",
        None,
        None,
        [P("Ancelotti", roles=["HLV"]), P("Vinícius", "Tiền đạo")],
        [],
        [],
    ),
    (
        OWN,
        "Cửa hàng bán túi mang thương hiệu Michael Kors vừa khai trương ở trung tâm thành phố.",
        None,
        None,
        [],
        [],
        [],
    ),
    (
        OWN,
        "Bức ảnh do Nguyễn Đạt chụp năm 1975 được trao lại cho bảo tàng; xe khách chạy về Phan Thiết lúc 5 giờ sáng.",
        None,
        None,
        [P("Nguyễn Đạt")],
        [L("Phan Thiết", "thành phố", ["Bình Thuận"])],
        [],
    ),
    (
        OWN,
        "Thay ông Cấn Văn Hòa giữ chức vụ là ông Đậu Minh Khải.",
        None,
        None,
        [P("Cấn Văn Hòa", "Ông"), P("Đậu Minh Khải", "Ông")],
        [],
        [],
    ),
    (
        OWN,
        "Thủ tướng Anh Keir Starmer đã gặp Tổng thống Pháp Emmanuel Macron tại Paris.",
        None,
        None,
        [P("Keir Starmer", roles=["Thủ tướng"]), P("Emmanuel Macron", roles=["Tổng thống"])],
        [L("Anh", "country"), L("Pháp", "country")],
        [],
    ),
    (
        OWN,
        "Trong hiệp hai, thủ môn Thibaut Courtois cản phá cú sút của tiền đạo Kylian Mbappé.",
        None,
        None,
        [P("Thibaut Courtois", "Thủ môn"), P("Kylian Mbappé", "Tiền đạo")],
        [],
        [],
    ),
    (
        OWN,
        "Đoàn khảo sát đã đến Mường Tè (Lai Châu) và Hoàng Mai, Hà Nội để làm việc.",
        None,
        None,
        [],
        [
            L("Mường Tè", "huyện", ["Lai Châu"]),
            L("Lai Châu", "tỉnh"),
            L("Hoàng Mai", "quận", ["Hà Nội"]),
            L("Hà Nội", "thành phố"),
        ],
        [],
    ),
    (
        OWN,
        "Du khách đổ về huyện Mù Cang Chải ngắm lúa chín. Năm nay Mù Cang Chải đón hơn 20 nghìn lượt khách.",
        None,
        None,
        [],
        [L("Mù Cang Chải", "huyện", [], m=["Mù Cang Chải", "Mù Cang Chải"])],
        [],
    ),
    (
        OWN,
        "Tư lệnh Quân khu 3 đã ký Văn bản số 112 gửi các đơn vị.",
        None,
        None,
        [],
        [],
        None,
    ),
    (
        OWN,
        "Tập đoàn đã chuyển giao dự án cho Vingroup, còn Viettel và NATO không tham gia.",
        None,
        None,
        [],
        [],
        [O("Vingroup"), O("Viettel"), O("NATO")],
    ),
    (
        OWN,
        "Ông được phong danh hiệu Anh hùng Lao động năm 2020.",
        None,
        None,
        [],
        [],
        None,
    ),
    (
        OWN,
        "Công ty TNHH Một thành viên Thủy lợi Phú Thọ, PetroVietnam Power và Ban Chính sách, chiến lược Trung ương ký kết hợp tác.",
        "Phú Thọ",
        None,
        [],
        None,
        [
            O(
                "Công ty TNHH Một thành viên Thủy lợi Phú Thọ",
                expanded="Công ty Trách nhiệm hữu hạn Một thành viên Thủy lợi Phú Thọ",
                place="Phú Thọ",
            ),
            O("PetroVietnam Power"),
            O("Ban Chính sách, chiến lược Trung ương"),
        ],
    ),
    (
        OWN,
        "Đội tuyển Việt Nam của HLV Kim Sang-sik thắng Thái Lan 2-1 tại Mỹ Đình.",
        None,
        None,
        [P("Kim Sang-sik", roles=["HLV"])],
        None,
        None,
    ),
    (
        OWN,
        "Đồng chí Lê Văn Hưng, Huyện ủy viên, Chủ tịch UBND xã Tứ Xã dự Lễ khai giảng; Bộ GD-ĐT gửi thư chúc mừng.",
        "Phú Thọ",
        None,
        [
            P(
                "Lê Văn Hưng",
                "Đồng chí",
                ["Huyện ủy viên", "Chủ tịch UBND xã Tứ Xã"],
                "UBND xã Tứ Xã",
            )
        ],
        None,
        [O("UBND xã Tứ Xã", expanded="Ủy ban nhân dân xã Tứ Xã", place="Tứ Xã"), O("Bộ GD-ĐT")],
    ),
    (
        OWN,
        "Đoàn Phú Thọ giành 12 huy chương; Trung tâm Hành chính 2.000 tỷ đồng được khánh thành.",
        None,
        None,
        [],
        [L("Phú Thọ", "tỉnh")],
        [O("Trung tâm Hành chính")],
    ),
    (
        OWN,
        "Tuyến xe buýt nối Việt Trì với Hạ Long, còn chuyến bay đi Đà Lạt tạm dừng.",
        "Phú Thọ",
        None,
        [],
        [L("Việt Trì", "thành phố", ["Phú Thọ"]), L("Hạ Long", "thành phố"), L("Đà Lạt", "thành phố")],
        [],
    ),
    (
        OWN,
        "(Soha.vn) - Em từng học trường THPT chuyên Hùng Vương, nay theo học trường ĐH Bách khoa Hà Nội; hàng Việt được xuất sang thị trường Mỹ.",
        None,
        None,
        [],
        None,
        [
            O("Soha.vn"),
            O("trường THPT chuyên Hùng Vương", expanded="trường Trung học phổ thông chuyên Hùng Vương"),
            O("trường ĐH Bách khoa Hà Nội", expanded="trường Đại học Bách khoa Hà Nội", place="Hà Nội"),
        ],
    ),
    (
        OWN,
        "Ban Tổ chức hội thi cảm ơn Quỹ Khuyến học tỉnh; Câu lạc bộ Phú Thọ gặp Câu lạc bộ Hòa Bình tại Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XX.",
        "Phú Thọ",
        None,
        [],
        None,
        [
            O("Quỹ Khuyến học tỉnh"),
            O("Câu lạc bộ Phú Thọ", place="Phú Thọ"),
            O("Câu lạc bộ Hòa Bình", place="Hòa Bình"),
            O("Ban Chấp hành Đảng bộ tỉnh"),
        ],
    ),
    (
        OWN,
        "Bệnh nhân được chuyển lên BV Việt Đức; Hạt Kiểm lâm huyện Tân Sơn và Tạp chí Cộng sản cùng dự.",
        "Phú Thọ",
        None,
        [],
        [L("Tân Sơn", "huyện", ["Phú Thọ"])],
        [
            O("BV Việt Đức", expanded="Bệnh viện Việt Đức"),
            O("Hạt Kiểm lâm huyện Tân Sơn", place="Tân Sơn"),
            O("Tạp chí Cộng sản"),
        ],
    ),
    (
        OWN,
        "Paulo Dybala, tiền đạo của AS Roma, và Emma Watson (diễn viên người Anh) đến Hà Nội.",
        None,
        None,
        [P("Paulo Dybala"), P("Emma Watson")],
        None,
        None,
    ),
    (
        OWN,
        "Khuất Văn Hòa và Bành Thị Lan được tặng Bằng khen của UBND tỉnh.",
        "Phú Thọ",
        None,
        [P("Khuất Văn Hòa"), P("Bành Thị Lan")],
        None,
        None,
    ),
    (
        OWN,
        "Benfica thắng Chelsea, còn Xpeng và BYD mở nhà máy; theo Yonhap, Lầu Năm Góc chưa bình luận.",
        None,
        None,
        [],
        None,
        [O("Benfica"), O("Chelsea"), O("Xpeng"), O("BYD"), O("Yonhap"), O("Lầu Năm Góc")],
    ),
    (
        OWN,
        "Trên TikTok, nhân viên bán hàng livestream; tại Nga, giá xăng tăng; ông Phan Thiết cho biết.",
        None,
        None,
        [P("Phan Thiết", "Ông", m=["Phan Thiết"])],
        [L("Nga", "country")],
        None,
    ),
]


# Split "issue3": figures and models sentences written for issue 3 (head-noun units, labels that are not
# counts, mixed quotes, unquoted lists, named projects), none taken from tests/devset/blind*/.
ISSUE3_FIGURES = [
    (
        "Hơn 30 doanh nghiệp nhỏ và vừa, 8 hợp tác xã kiểu mới tham gia hội chợ.",
        [F("Hơn 30 doanh nghiệp", 30, "doanh nghiệp", "hơn"), F("8 hợp tác xã", 8, "hợp tác xã")],
    ),
    (
        "Khoảng 200 người hâm mộ đứng chờ, 15 người bị thương nhẹ.",
        [F("Khoảng 200 người hâm mộ", 200, "người hâm mộ", "khoảng"), F("15 người", 15, "người")],
    ),
    (
        "Sau giai đoạn 1 thành công, tỉnh triển khai giai đoạn 3 với 120 hộ tham gia.",
        [F("120 hộ", 120, "hộ")],
    ),
    ("Đội tuyển giành vị trí thứ 3, thủ môn vào sân ở phút 88, đứng hạng 15 thế giới.", []),
    ("Anh khởi nghiệp từ 2 bàn tay trắng và 1 nắng 2 sương trên đồng ruộng.", []),
    (
        "Giá vàng lên 3.400 USD / ounce, giá lúa đạt 8.000 đồng /kg.",
        [F("3.400 USD / ounce", 3400, "USD/ounce"), F("đạt 8.000 đồng /kg", 8000, "đồng/kg", "đạt")],
    ),
    (
        "Từ 3 đến 5 ngày tới, khu vực có mưa từ 50-100 mm, có nơi trên 150 mm.",
        [
            F("3 đến 5 ngày", 3, "ngày", value_max=5),
            F("50-100 mm", 50, "mm", value_max=100),
            F("trên 150 mm", 150, "mm", "trên"),
        ],
    ),
    (
        "Tỉnh đã hỗ trợ 1 tỷ 200 triệu đồng cho 3 người khác và 12 người nhập viện.",
        [F("1 tỷ 200 triệu đồng", 1200000000, "đồng"), F("3 người", 3, "người"), F("12 người", 12, "người")],
    ),
    (
        "Năm 2025, toàn tỉnh có 1.234 doanh nghiệp thành lập mới, vốn đăng ký hơn 10 nghìn tỷ đồng.",
        [
            F("1.234 doanh nghiệp", 1234, "doanh nghiệp"),
            F("hơn 10 nghìn tỷ đồng", 10000000000000, "đồng", "hơn"),
        ],
    ),
    (
        "Lãi suất lên 7-8%/năm, doanh thu kỳ vọng tăng 30-50%/năm trong 5 năm tới.",
        [
            F("7-8%/năm", 7, "%/năm", value_max=8),
            F("30-50%/năm", 30, "%/năm", value_max=50),
            F("5 năm", 5, "năm"),
        ],
    ),
    (
        "Bệnh viện đã tiếp nhận 15 bệnh nhân, trong đó 2 ca nặng phải chuyển tuyến.",
        [F("15 bệnh nhân", 15, "bệnh nhân"), F("2 ca", 2, "ca")],
    ),
    (
        "Phiên tòa xét xử 12 bị cáo; có 6 học sinh giỏi cấp Tỉnh và 5 cuốn sách ông yêu thích.",
        [
            F("12 bị cáo", 12, "bị cáo"),
            F("6 học sinh giỏi", 6, "học sinh giỏi"),
            F("5 cuốn sách", 5, "cuốn sách"),
        ],
    ),
    ("Trận chung kết SEA Games 33 tối 18/12 diễn ra ở sân Rajamangala; tổng đài 113 luôn trực.", []),
    (
        "Mỗi suất quà trị giá 500.000đ, đã có 97/285 khu dân cư đạt chuẩn.",
        [F("500.000đ", 500000, "đ"), F("97/285 khu dân cư", 97, "khu dân cư", of=285)],
    ),
    (
        "Hai vụ tai nạn làm 3 và 5 người bị thương; 2, 3 hoặc 4 xã sẽ sáp nhập, còn ngày 3 và 5/6 đoàn làm việc.",
        [
            F("3", 3, "người"),
            F("5 người", 5, "người"),
            F("2", 2, "xã"),
            F("3", 3, "xã"),
            F("4 xã", 4, "xã"),
        ],
    ),
    (
        "Thôn duy trì các mô hình như: Chốt đảm bảo ANTT, camera giám sát với hơn 120 mắt camera hoạt động.",
        [F("hơn 120 mắt camera", 120, "mắt camera", "hơn")],
    ),
    (
        "Đại hội nhiệm kỳ 2020 - 2025 diễn ra trong 2 ngày; xã đạt 19/19 tiêu chí nông thôn mới.",
        [
            F("2 ngày", 2, "ngày"),
            F("đạt 19/19 tiêu chí", 19, "tiêu chí", "đạt", of=19),
        ],
    ),
    (
        "Tuyến đường 5 km nối Quốc lộ 32C với đường 5 của xã đã hoàn thành sau 18 tháng.",
        [F("5 km", 5, "km"), F("18 tháng", 18, "tháng")],
    ),
    (
        "Xã đã giải quyết 2.415 hồ sơ, cấp 1.250 tài khoản định danh mức độ 2 và trao 12 bằng khen.",
        [
            F("2.415 hồ sơ", 2415, "hồ sơ"),
            F("1.250 tài khoản định danh", 1250, "tài khoản định danh"),
            F("12 bằng khen", 12, "bằng khen"),
        ],
    ),
    (
        "Bé gái 2 tháng tuổi được cấp cứu sau 8 tiếng đồng hồ; 45 vụ cháy nhà ở đã xảy ra.",
        [
            F("2 tháng tuổi", 2, "tháng tuổi"),
            F("8 tiếng đồng hồ", 8, "tiếng đồng hồ"),
            F("45 vụ cháy nhà ở", 45, "vụ cháy nhà ở"),
        ],
    ),
    (
        "Giờ làm giảm từ 48 xuống 44 giờ; xã lắp 120 bóng đèn chiếu sáng, triển khai tới 100% thôn.",
        [
            F("48", 48, "giờ"),
            F("44 giờ", 44, "giờ"),
            F("120 bóng đèn", 120, "bóng đèn"),
            F("100%", 100, "%"),
        ],
    ),
    (
        "Hội có 9 chi hội đạt danh hiệu “Gia đình 5 không, 3 sạch, đủ tiêu chuẩn”, hiến hơn 1.500 m² đất.",
        [F("9 chi hội", 9, "chi hội"), F("hơn 1.500 m²", 1500, "m²", "hơn")],
    ),
    (
        "Giá thuê 15.000 đồng/60 phút; tàu chạy tối đa 120km/h, giá dầu tăng 0,52USD/thùng.",
        [
            F("15.000 đồng", 15000, "đồng"),
            F("60 phút", 60, "phút"),
            F("tối đa 120km/h", 120, "km/h", "tối đa"),
            F("0,52USD/thùng", "0.52", "USD/thùng"),
        ],
    ),
    (
        "Đoàn giành 3 Huy chương Vàng; 12 cơ sở vi phạm bị xử phạt, 300 vé xe miễn phí được trao cho 45 thí sinh dự thi.",
        [
            F("3 Huy chương Vàng", 3, "Huy chương Vàng"),
            F("12 cơ sở", 12, "cơ sở"),
            F("300 vé xe", 300, "vé xe"),
            F("45 thí sinh", 45, "thí sinh"),
        ],
    ),
    (
        "Số tiền lên tới 12 tỷ đồng; 8 xã vùng cao đạt 1.200/1.500 điểm.",
        [
            F("tới 12 tỷ đồng", 12000000000, "đồng", "tới"),
            F("8 xã", 8, "xã"),
            F("đạt 1.200/1.500 điểm", 1200, "điểm", "đạt", of=1500),
        ],
    ),
    (
        "Thu ngân sách ước đạt 1.250 tỷ đồng; anh bị phạt 3 năm 6 tháng tù, nhiệt độ xuống dưới 8 độ C.",
        [
            F("đạt 1.250 tỷ đồng", 1250000000000, "đồng", "đạt"),
            F("3 năm", 3, "năm"),
            F("6 tháng", 6, "tháng"),
            F("dưới 8 độ C", 8, "độ C", "dưới"),
        ],
    ),
    (
        "Xã xác định 9 điểm có nguy cơ sạt lở, tiếp nhận 45 tin báo tố giác tội phạm và vượt 1,2 điểm phần trăm.",
        [
            F("9 điểm", 9, "điểm"),
            F("45 tin báo", 45, "tin báo"),
            F("1,2 điểm phần trăm", "1.2", "điểm phần trăm"),
        ],
    ),
    (
        "Chương trình triển khai tới 8 trường học vùng khó khăn; cuộc vận động “3 sạch” tới 100% chi hội.",
        [F("8 trường học", 8, "trường học"), F("100%", 100, "%")],
    ),
    (
        "Trận lũ làm 15 ngôi nhà ở xã Tân Phú bị sập; dự án mở rộng tới 100 ha.",
        [F("15 ngôi nhà", 15, "ngôi nhà"), F("tới 100 ha", 100, "ha", "tới")],
    ),
    (
        "Mỗi gia đình đóng 5 triệu/năm, còn giá thuê kho lên 12 triệu/tháng.",
        [F("5 triệu/năm", 5000000, "đồng/năm"), F("12 triệu/tháng", 12000000, "đồng/tháng")],
    ),
    (
        "Ngọn lửa bùng lên ở tầng 9 của tòa nhà 25 tầng, khiến hàng chục người hoảng loạn tháo chạy.",
        [F("25 tầng", 25, "tầng"), F("hàng chục người", 10, "người", "hàng")],
    ),
    (
        "Trung tâm Y tế ghi nhận 12 trường hợp đái tháo đường mới, 6 bệnh nhân nghi mắc sởi và tiêm 5 loại vắc xin.",
        [
            F("12 trường hợp", 12, "trường hợp"),
            F("6 bệnh nhân", 6, "bệnh nhân"),
            F("5 loại vắc xin", 5, "loại vắc xin"),
        ],
    ),
    (
        "Công an bắt 2 nghi phạm; hội trao 300 thùng mì tôm, 40 thùng sữa và 2 tấn gạo; dầu thô giữ 80 USD/thùng.",
        [
            F("2 nghi phạm", 2, "nghi phạm"),
            F("300 thùng mì tôm", 300, "thùng mì tôm"),
            F("40 thùng sữa", 40, "thùng sữa"),
            F("2 tấn", 2, "tấn"),
            F("80 USD/thùng", 80, "USD/thùng"),
        ],
    ),
    (
        "Kình ngư về nhất nội dung 200 mét ngửa với thời gian 2 phút, còn ở 50m tự do nữ cô bơi 25 giây 81.",
        [F("2 phút", 2, "phút"), F("25 giây 81", "25.81", "giây")],
    ),
    ("Lực lượng trực 24/24 giờ, đường dây nóng hoạt động 24/7 trong dịp lễ.", []),
    (
        "Đội khách thắng nhờ quả phạt trên chấm 11 m; bản đồ quy hoạch tỷ lệ 1/2.000 được công bố.",
        [],
    ),
    (
        "Ngân hàng đã giải ngân cho 1.500 lượt hộ vay vốn, trong đó 12 khoản vay được gia hạn.",
        [F("1.500 lượt hộ", 1500, "lượt hộ"), F("12 khoản vay", 12, "khoản vay")],
    ),
    (
        "Hàng triệu người thụ hưởng chính sách mới từ tháng sau.",
        [F("Hàng triệu người", 1000000, "người", "hàng")],
    ),
]

ISSUE3_MODELS = [
    (
        'Hội Phụ nữ xã duy trì mô hình "Nhà sạch, vườn đẹp” và mô hình “Tiết kiệm vì phụ nữ nghèo" tại các chi hội.',
        [M("Nhà sạch, vườn đẹp", "mô hình"), M("Tiết kiệm vì phụ nữ nghèo", "mô hình")],
    ),
    (
        "Các địa phương nhân rộng các mô hình như: Camera an ninh, Cổng trường an toàn, Tuyến đường tự quản…",
        [
            M("Camera an ninh", "mô hình"),
            M("Cổng trường an toàn", "mô hình"),
            M("Tuyến đường tự quản", "mô hình"),
        ],
    ),
    ("Chính phủ hướng tới mô hình tăng trưởng mới dựa trên khoa học công nghệ.", []),
    ("Sở ban hành chương trình công tác năm 2026 và kế hoạch kiểm tra định kỳ.", []),
    (
        "Bộ Xây dựng kiểm tra tiến độ dự án cầu Phong Châu và dự án nhà máy thủy điện Hòa Bình mở rộng.",
        [M("cầu Phong Châu", "dự án"), M("nhà máy thủy điện Hòa Bình", "dự án")],
    ),
    ("Dự án trồng rừng thay thế và dự án xây dựng trường học được đẩy nhanh.", []),
    (
        'Nhiều chương trình như "Áo ấm cho em", "Bát cháo hành" được duy trì.',
        [M("Áo ấm cho em", "chương trình"), M("Bát cháo hành", "chương trình")],
    ),
    (
        "Huyện đoàn tổ chức chương trình với chủ đề “Xuân yêu thương” cho 200 trẻ em.",
        [M("Xuân yêu thương", "chương trình")],
    ),
    ("Doanh nghiệp dùng mô hình AI mới và mô hình PPP trong đầu tư.", []),
    (
        "Thôn duy trì các mô hình như: Chốt đảm bảo ANTT, camera giám sát với hơn 120 mắt camera hoạt động.",
        [M("Chốt đảm bảo ANTT", "mô hình"), M("camera giám sát", "mô hình")],
    ),
    (
        "Xã nhân rộng các mô hình: Khu dân cư không có tội phạm, Tiếng kẻng an ninh đã phát huy hiệu quả.",
        [M("Khu dân cư không có tội phạm", "mô hình"), M("Tiếng kẻng an ninh", "mô hình")],
    ),
    (
        "Ngoài ra còn có các mô hình Tổ tự quản đường giao thông, Chi hội phụ nữ an toàn và Thắp sáng đường quê.",
        [
            M("Tổ tự quản đường giao thông", "mô hình"),
            M("Chi hội phụ nữ an toàn", "mô hình"),
            M("Thắp sáng đường quê", "mô hình"),
        ],
    ),
    (
        "Em đạt giải Nhất cuộc thi Khoa học và Kỹ thuật cấp tỉnh; các phong trào Đền ơn đáp nghĩa, Uống nước nhớ nguồn được hưởng ứng.",
        [
            M("Khoa học và Kỹ thuật", "cuộc thi"),
            M("Đền ơn đáp nghĩa", "phong trào"),
            M("Uống nước nhớ nguồn", "phong trào"),
        ],
    ),
    (
        "Xã tập trung thực hiện tiêu chí Môi trường, tiêu chí Y tế khó đạt; dự án đường sắt tốc độ cao Bắc - Nam được khởi công.",
        [
            M("Môi trường", "tiêu chí"),
            M("Y tế", "tiêu chí"),
            M("đường sắt tốc độ cao Bắc - Nam", "dự án"),
        ],
    ),
    ("Bộ tiêu chí Nông thôn mới kiểu mẫu đã được ban hành.", []),
    (
        "Hội có 3 mô hình tiêu biểu gồm: Tổ tiết kiệm, Vườn mẫu nông dân giúp nhau phát triển, Nhà an toàn đã được nhân rộng ra 12/15 xã, thị trấn.",
        [
            M("Tổ tiết kiệm", "mô hình"),
            M("Vườn mẫu nông dân giúp nhau phát triển", "mô hình"),
            M("Nhà an toàn", "mô hình"),
        ],
    ),
    (
        "Thôn duy trì các mô hình: Tổ tự quản, Đèn đường an ninh, góp phần giảm 20% số vụ trộm cắp.",
        [M("Tổ tự quản", "mô hình"), M("Đèn đường an ninh", "mô hình")],
    ),
    (
        "Xã hoàn thành các tiêu chí Giao thông, Y tế và Văn hóa; phong trào Sáng - Xanh - Sạch được nhân rộng.",
        [
            M("Giao thông", "tiêu chí"),
            M("Y tế", "tiêu chí"),
            M("Văn hóa", "tiêu chí"),
            M("Sáng - Xanh - Sạch", "phong trào"),
        ],
    ),
    (
        "Dự án đường giao thông liên thôn Đồng Lạc - Hữu Khánh được khởi công.",
        [M("đường giao thông liên thôn Đồng Lạc - Hữu Khánh", "dự án")],
    ),
    (
        "Xã duy trì các mô hình: Nói không với ma túy, Camera an ninh, Tổ tự quản số 5.",
        [
            M("Nói không với ma túy", "mô hình"),
            M("Camera an ninh", "mô hình"),
            M("Tổ tự quản số 5", "mô hình"),
        ],
    ),
    (
        "Hội nhân rộng các mô hình: Phụ nữ với pháp luật, Điểm chữa cháy công cộng, với tổng kinh phí 90 triệu đồng.",
        [M("Phụ nữ với pháp luật", "mô hình"), M("Điểm chữa cháy công cộng", "mô hình")],
    ),
    (
        "Tỉnh triển khai các chương trình Khoa học và Công nghệ cấp tỉnh.",
        [M("Khoa học và Công nghệ", "chương trình")],
    ),
]


def _write_issue3() -> None:
    """Replace the "issue3" rows of figures.jsonl and models.jsonl, keeping every other row first."""
    for kind, cases in (("figures", ISSUE3_FIGURES), ("models", ISSUE3_MODELS)):
        path = HERE / f"{kind}.jsonl"
        lines = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and '"split": "issue3"' not in line
        ]
        for text, labels in cases:
            row = {"split": "issue3", "source": OWN, "text": text, kind: labels}
            lines.append(json.dumps(row, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    _write_issue3()
    kinds = {"people": 4, "places": 5, "organizations": 6}
    for kind, idx in kinds.items():
        path = HERE / f"{kind}.jsonl"
        kept = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if '"split": "dev"' not in line and '"split": "blindfix"' not in line
        ]
        lines = list(kept)
        for split, case in [*(("dev", c) for c in CASES), *(("blindfix", c) for c in BLINDFIX)]:
            labels = case[idx]
            if labels is None:
                continue
            row = {"split": split, "source": case[0], "text": case[1]}
            if case[2]:
                row["province"] = case[2]
            if case[3]:
                row["author"] = case[3]
            row[kind] = labels
            lines.append(json.dumps(row, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

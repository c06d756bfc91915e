"""Second, independent hand labels for the 40 long paragraphs of the BLIND37 split, to measure how far two labellers agree.

Who and how: written by a second labeller, who did not see blind37's labels (nothing under
tests/devset/blind37/ or tests/devset/blind38/ nor their history was opened, no search was run for these
texts' words, and the SPLITS table of tests/test_blind_labels.py was not read), read no extractor code
(only extractors/facts.py's field names), no bench code and no other test, and ran no extractor,
vnnews command, bench or underthesea on any text. The texts are the 40 of blind37 as handed over
(/tmp/agree/texts_blind37.json), in their order and byte for byte, each with its page (relative to
tests/fixtures/pages). What was read for the conventions: tests/devset/notation.py, the docstring and
label rows of tests/devset/blind13/make_blind13.py, the "Conventions" part of the docstrings of
blind14 to blind36, blind39 to blind41, blind45 and blind46, a few of their label rows (how repeated
mentions, "Q.6" and "(BGĐT)" are written) and tests/devset/second/make_second33.py. Every label was
decided by meaning, from reading the Vietnamese. One thing to know: the docstring of
tests/devset/blind40/make_blind40.py, read for its conventions, cites "blind37's bare 'Cục'" as an
organisation (beside blind36's bare "Bộ"); it shows no text and no other label of this split, and the
bare "Cục" of text 30 here was decided on blind36's bare "Bộ". This script only turns the notation
below into tests/devset/second/blind37/{people,places,organizations,figures,models}.jsonl (split
"blind37", source "real"):
    python tests/devset/second/make_second37.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind36, blind39 to blind41, blind45
and blind46. These texts are long paragraphs, so every mention of every fact is labelled (blind34 to
blind36): a person, place or organisation named again has all its mentions in one fact, in text order,
a short name whose first free occurrence lies inside a longer mention listed after that mention
("Cục" after the two "Cục Bưu điện Trung ương", "My" after "Huyền My", "Phương" after "Hà Phương"),
and "X#2" taking the second free occurrence when the first is left unlabelled (an abbreviation in
brackets after the full name, a name inside a quoted title, a date); every figure is listed in text
order. The decisions, new here or where the earlier splits left a choice:
- people: "Người đẹp Huyền My" gives no role (blind28's "Người đẹp"), and her bare "My" in her own
  quoted words ("khiến My nhớ lại") is a mention; "nhà thiết kế Lê Thanh Hòa" has the role "nhà thiết
  kế" (an occupation before the name, blind19's "nhà báo", blind20's "nhà văn"); "nam ca sĩ Seungri" has
  the role "nam ca sĩ" as written (blind18's "Nữ diễn viên"), the description after the dash ("cựu thành
  viên của nhóm Big Bang", a former member) no role, and "Big Bang" (a music group) neither person nor
  organisation (blind21's "IVE"); "tay đua Greg Biffle" has the role "tay đua" (an occupation, blind32's
  lower-case "đạo diễn"); "TS Vũ Tiến Lộc, Chủ tịch VCCI" has the title "TS" (blind3), the role after
  the comma and the organisation VCCI (blind34's "Nguyễn Thị Kim Anh, Trưởng đoàn ..."); "HLV Frank
  Lampard" has the role "HLV" (blind13), both mentions in one fact; "Bộ trưởng Nguyễn Mạnh Hùng" has the
  role "Bộ trưởng" and no organisation (blind34's "Bộ trưởng Phùng Xuân Nhạ"); "Ông Trump" is Trump with
  the title "Ông" (blind30); "bé An" (twice) is "An" with the title "Bé" (blind13, blind29's "bé Nhân
  Ái"), while "cậu bé Lê Đức Trọng" and "chàng thanh niên Hồng Năm" have none (descriptions, blind14's
  "Cậu bé"), Lê Đức Trọng holding no Đức (blind17); "Gửi Trung!" opening a reply to a reader names
  him, a person by a one-word name (blind13); "Hà Phương ... Phương", "Lưu Văn" (three times) and "Tỉnh
  Bách Nhiên" (twice, no place, blind35), "Petr Cech", "Choi Jong Hoon" and the seventeen players of
  the Argentine line-up (blind36's Spanish line-up, in text order, the minutes no figures) are people;
  "ông già Noel" is none (blind14); "HLV trưởng", "CEO tự xưng là "cùi bắp"", "Giám đốc Công an ...",
  "Chủ tịch HĐQT Alibaba", "chủ tịch xã", "Vợ của ông" with no name give nothing.
- places: "(P.Thủ Thiêm, Q.2)" gives Thủ Thiêm, a "phường" with parent "2", and "2", a "quận" named by
  its number (blind34's "Q.6"), with no city given (none is named, blind36's "huyện Nam Đàn"); "(Q.11)"
  is "11", a "quận"; "sông Sài Gòn" (a river, blind17's "sông Hồng") and "công viên văn hóa Đầm Sen"
  (Đầm Sen is no unit) name no place; "TP. Vinh" is Vinh, a "thành phố" with no parent (blind17), and
  "Cầu Rầm" none (blind15); "bang Bắc Carolina (Mỹ)" is Bắc Carolina, a "bang" with parent Mỹ (the dev
  set's "bang Ohio (Mỹ)"); "Hồng Kông (Trung Quốc)" is Hồng Kông, a "city" with parent Trung Quốc (a
  foreign city with its country in brackets, blind13's written rows), and the "Trung Quốc" inside the
  translated title of the editorial ("tạm dịch: Bản đồ trên hộ chiếu Trung Quốc đi quá xa") is none (a
  name inside a work's title, blind19, blind21), nor "China" in the English title; "thành phố Seoul"
  is Seoul with the type "thành phố" as written (blind35's "thành phố Liêu Thành") and labelled inside
  "sở cảnh sát thành phố Seoul"; "Mingyi (Cát Lâm)" names Cát Lâm (Jilin), a Chinese "tỉnh" with no
  parent given (blind35's "tỉnh Vân Nam"); "Victoria" (the beach where a creature washed up) is a
  "bang" (the Australian state) with no parent; "Bà Rịa - Vũng Tàu" (as printed) inside "Công an Bà
  Rịa - Vũng Tàu" and the dateline "Đồng Nai:" are "tỉnh" (blind17, blind23); "Khu dân cư Alibaba Tân
  Thành" names Tân Thành, a former "huyện" keeping its old type (a unit inside a housing project's
  name, blind25's "KCN Yên Lư", blind23's "Hà Bắc"), with no parent (the province stands in another
  headline, blind29's "Nam Giang"); "Hải Dương" is a "tỉnh", labelled in the related link only, its
  occurrence inside the quoted title of the article none; "báo giới Anh" (the English press) names Anh
  (blind22's "Báo Hồng Kông"); "giấc mơ Mỹ" (the American dream) names Mỹ (blind32's "giấc mơ
  Brazil"), as do "biên giới Mỹ - Mexico", "kho bạc Mỹ", "Người Mỹ"; "người El Salvador" names El
  Salvador; "Việt Nam" inside the contests' names "Hoa khôi sinh viên Việt Nam" and "Hoa hậu Việt Nam
  2014" is labelled (blind25's "Liên hoan phim Việt Nam", blind32's "Quả bóng vàng Việt Nam 2025"),
  and so is the one inside the agreement's name "Thương mại tự do Việt Nam – EU" (blind18's "Hiệp định
  Paris"); "tuyến số 36 (Hà Nội)" names Hà Nội; "mảnh đời Việt" (an adjective, blind16), "trời Tây"
  (blind17), "biển Đông" (blind4), "South China" in the paper's English name (blind32's "Vietnam’s Next
  Top Model") name no place.
- organisations: "Liên hợp quốc (LHQ)" is "Liên hợp quốc", the bracketed abbreviation not labelled
  (blind21's "(EU)"); "Cục Dự trữ Liên bang Mỹ (Fed)" is one carrying Mỹ, the bracketed "Fed" not
  labelled and the three later bare "Fed" its mentions ("Fed#2" each: the second free occurrence, the
  first being the bracketed one), while "trái phiếu kho bạc Mỹ" (Treasury bonds, an instrument) gives no
  organisation; "Cục Bưu điện Trung ương" (twice) and the bare "Cục" after it (blind36's bare "Bộ") are
  one; "Cục Cảnh sát Môi trường" is labelled in the related link only, not inside the quoted article
  title (as its place); "báo Dân trí" is a second mention of the tag's "Dân trí" (blind36); "phe Dân
  chủ" (the Democrats reacting to Trump) names the party, "Dân chủ", the common noun "phe" left out
  (blind28's "ngân hàng ACB"; the bare "Đảng", blind10); "EU" (three times: inside the agreement's name,
  "thương mại với EU", "Việt Nam - EU sắp ký") is the union, unexpanded (blind28's "ASEAN"), while
  "CPTPP" and "EVFTA" (agreements, blind30) are none; "VCCI" inside the role is one (blind22's
  "NextTech"); "Chủ tịch HĐQT Alibaba" and "Công ty Địa ốc Alibaba" are one company, named by its whole
  name with both mentions, the "Alibaba" inside "Khu dân cư Alibaba Tân Thành" (a housing project, a
  site, blind20) no mention (blind28's "Apple Store"); "Công an Bà Rịa - Vũng Tàu" inside a role with no
  name is one carrying the province (blind29's "Cựu Trưởng Công an Tây Hồ"); "sở cảnh sát thành phố
  Seoul" is one as written in lower case (blind22's "sở Y tế"), carrying Seoul, "văn phòng công tố" (no
  name) none; "bệnh viện phẫu thuật thẩm mỹ Mingyi" is "Mingyi" (the descriptive common noun before it
  left out, blind30's "MisterGreen"); "South China Morning Post" is the paper, "báo" left out and
  "(SCMP)" not labelled; "Dũng Tây Barbershop" (the barbershop whose barbers cut patients' hair free, a
  business acting, blind24's "Mommy") and "Bespoke Investment Group" (the firm whose report is quoted)
  are; "(BGĐT)" is expanded "Báo Bắc Giang điện tử", carrying Bắc Giang (blind24), with no place label;
  "Chelsea" (four times), "Amazon" and the tag "(Dân trí)" are; "AWS" (Amazon's web service, blind17's
  "Creatspace"), "Cessna C550" (a plane), "Big Bang", "Bộ luật Lao động", "Luật Việc làm", "BHXH"
  (blind27's "BHYT"), "Plasma", "LED", "PCI 2018" (a survey's index), "công an" and "Cảnh sát" (forces
  in general, blind20) are none.
- figures: "gần 1 tháng", "gần 4 tháng" and "gần 10 năm" carry "gần"; "xa quê đến 30 năm" is "đến 30
  năm" with the qualifier "đến" (blind14's "nghỉ đến 4 ngày"); "lần lượt lên tới 71% và 77%" is "tới
  71%" with the qualifier "tới" (blind34's "lên đến 25.000 Euro") and "77%" with none; "20.000 trẻ nhập
  cư" keeps the noun with its modifier (blind21); "vay thêm 3 tỷ" carries the implied "đồng" (blind30's
  "hơn 3 tỷ"); "8 gái mại dâm", "7 người", "10 bài học", "4 bước", "4 lần" and "3 năm" are counts;
  "độ tuổi từ ngoài 20 đến dưới 30" holds no figure (ages after "tuổi", blind17's "tuổi ngoài 40",
  blind31's "độ tuổi 20"); "Điều 49" (an article of a law, a number naming a part, blind15's "Phần 3"),
  "tuyến số 36" (a bus route's number, blind22's "metro số 2"), "Q.2" and "Q.11" (units' numbers,
  places), the match minutes ("58'", blind36), "Cessna C550", "PCI 2018", "Hoa hậu Việt Nam 2014",
  "năm 2017" (years), clock times ("22h", "21h"), dates ("tối 2/9", "ngày 18/12", "Ngày 25/6", "ngày
  19/6", "tháng 3", "tháng 7") and "%" without a digit are none, nor the number words ("Một báo cáo",
  "hai cha con", "hàng nghìn người", "một vẻ ngoài", "một ngày", "một số", "năm tháng", "vài tiếng",
  "Hàng ngàn người", "một lần", "ba bà cháu", "Một người dân", "Một chiến thắng", "vài dòng").
- models: none in these texts. "cuộc thi Hoa khôi sinh viên Việt Nam" (a beauty contest) is no model:
  "cuộc thi" is none of the model kinds blind31 lists (mô hình, phong trào, chiến dịch, cuộc vận động,
  chương trình, đề án), and no first-labeller split read here labels a contest as a model (unlike the
  choice of tests/devset/second/make_second33.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind37"
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
BNA = "baonghean.vn/baonghean-2019-demo-detail.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
GENK13 = "genk.vn/genk-homepage-2013.html"
IONE = "ione.vnexpress.net/ione-2012-nhung-nguoi-kho-hanh.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
TN12 = "thanhnien.vn/thanhnien-2012-5-bong-hong.html"
TP26 = "tienphong.vn/tienphong-2026-sieu-mau-noi-y-luu-van.html"
VNE12 = "vnexpress.net/vnexpress-2012-vo-ngoai-tinh.html"
VNE13 = "vnexpress.net/vnexpress-homepage-2013.html"
VNEC22 = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
VNN24 = "vietnamnet.vn/vietnamnet-2024-article-chrome-body-replaced.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"

VN = "Việt Nam"
HN = "Hà Nội"
CN = "Trung Quốc"
MY = "Mỹ"
BRVT = "Bà Rịa - Vũng Tàu"
C = "country"
BGDT = O("BGĐT", "Báo Bắc Giang điện tử", "Bắc Giang")
ARGENTINA = [
    "Emi Martínez",
    "Montiel",
    "Molina",
    "Romero",
    "Medina",
    "Lisandro",
    "Otamendi",
    "Tagliafico",
    "De Paul",
    "Giuliano Simeone",
    "Enzo Fernandez",
    "Mac Allister",
    "Nico Gonzalez",
    "Paredes",
    "Messi",
    "Julian Alvarez",
    "Senesi",
]

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (  # 0
        DT13,
        "(Dân trí) - Syria đã chính thức đề nghị Liên hợp quốc (LHQ) ngăn chặn mọi hành động gây hấn nhằm vào nước này khi nguy cơ chiến tranh ngày càng tới gần. >> Mỹ điều tàu sân bay hạt nhân hỗ trợ tấn công Syria >> Tấn công trừng phạt Syria: Kịch bản pha trộn đang định hình",
        [],
        [L("Syria", C, m=["Syria"] * 3), L(MY, C)],
        [O("Dân trí"), O("Liên hợp quốc")],
        [],
        [],
    ),
    (  # 1
        GENK13,
        "Chất lượng hình ảnh là tiêu chí không chỉ được phần lớn người mua TV quan tâm mà còn luôn được các hãng tập trung cải thiện. Tuy nhiên, xét về chất hình, màn hình Plasma vẫn đang được đánh giá cao hơn LED.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 2
        VNEC22,
        "Một báo cáo của Bespoke Investment Group nói rằng bán tháo trong những giờ giao dịch cuối đã trở thành một xu hướng kể từ đầu năm đến nay. “Giá cổ phiếu thường tăng trong buổi sáng, rồi bị bán mạnh vào cuối giờ chiều. Sự giảm điểm tệ hơn bình thường vào cuối phiên đã dẫn tới xu hướng giảm điểm của thị trường trong gần 1 tháng nay”, báo cáo viết.",
        [],
        [],
        [O("Bespoke Investment Group")],
        [F("gần 1 tháng", 1, "tháng", "gần")],
        [],
    ),
    (  # 3
        VNE13,
        "Cưới vợ chưa được bao lâu, chàng thanh niên Hồng Năm hăm hở sang Đức lao động mong kiếm tiền, rồi dòng đời xô đẩy ông xa quê đến 30 năm. Vợ ông ở Việt Nam bán nhà đánh bạc, con cái cũng không ưa bố. > Những mảnh đời Việt ở trời Tây> Di thư của người bà gửi đứa cháu tù tội ở Đức",
        [P("Hồng Năm")],
        [L("Đức", C, m=["Đức", "Đức"]), L(VN, C)],
        [],
        [F("đến 30 năm", 30, "năm", "đến")],
        [],
    ),
    (  # 4
        ZING12,
        "Đến khoảng 22h, các ngả đường vào trung tâm thành phố kẹt cứng, dòng xe ngang qua đi nhích từng chút một. Đêm càng về khuya, người đến trung tâm càng đông. Tất cả mọi người đều ăn mặc đẹp, các cặp đôi dắt tay nhau đi dạo, các các cụ già đi hóng mát, các em nhỏ trong bộ quần áo ông già Noel được ba mẹ chở đi chơi khiến cho không khí rất rộn ràng.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 5
        DT19_8,
        '(Dân trí) - Bức ảnh hai cha con người El Salvador bị chết đuối tại biên giới Mỹ - Mexico đã cho thấy sự nguy hiểm mà những người di cư phải đối mặt khi tìm cách vượt biên vào Mỹ. >> Ông Trump đề xuất chấm dứt "bảo lãnh nhập cư", phe Dân chủ phản ứng dữ dội >> Chuyến bay chấm dứt giấc mơ Mỹ của hàng nghìn người nhập cư >> Mỹ tính đưa 20.000 trẻ nhập cư vào tạm các doanh trại quân đội',
        [P("Trump", "Ông")],
        [L("El Salvador", C), L(MY, C, m=[MY] * 4), L("Mexico", C)],
        [O("Dân trí"), O("Dân chủ")],
        [F("20.000 trẻ nhập cư", 20000, "trẻ nhập cư")],
        [],
    ),
    (  # 6
        NHANDAN,
        "Argentina: Emi Martínez; Montiel (Molina 58'), Romero (Medina 70'), Lisandro (Otamendi 44'), Tagliafico; De Paul (Giuliano Simeone 70'), Enzo Fernandez, Mac Allister, Nico Gonzalez (Paredes 46'); Messi, Julian Alvarez (Senesi 102')",
        [P(name) for name in ARGENTINA],
        [L("Argentina", C)],
        [],
        [],
        [],
    ),
    (  # 7
        TP26,
        "Tuy nhiên, hành động nhỏ của Lưu Văn lại đem tới nhiều rắc rối, khiến cô vấp phải làn sóng chê bai của khán giả. Nhiều người cho rằng dù Lưu Văn và Tỉnh Bách Nhiên thực sự hẹn hò ngoài đời thật, khi Tỉnh Bách Nhiên có phim đang phát sóng với nghệ sĩ khác, bộ đôi trong phim đang nổi tiếng, Lưu Văn không nên lộ diện, tránh làm ảnh hưởng tới cảm nhận của khán giả khi xem phim.",
        [P("Lưu Văn", m=["Lưu Văn"] * 3), P("Tỉnh Bách Nhiên", m=["Tỉnh Bách Nhiên"] * 2)],
        [],
        [],
        [],
        [],
    ),
    (  # 8
        XINHXINH,
        'Bạn đã sắm sửa rất nhiều nhưng vẫn đang tần ngần trước tủ quần áo, băn khoăn không biết nên "mix&match" trang phục làm sao để có một vẻ ngoài thật tươi mới, nổi bật, đủ để thu hút ánh mắt của mọi người và tỏa sáng trong dịp lễ cả năm mới có một ngày? Hãy cùng "check" thử 4 bước để chọn trang phục "from-head-to-toe" cho buổi party linh đình sắp tới nhé!',
        [],
        [],
        [],
        [F("4 bước", 4, "bước")],
        [],
    ),
    (  # 9
        BNA,
        "Đây là ý kiến luật sư. Người đẹp Huyền My chia sẻ, cô cảm thấy các thí sinh của cuộc thi Hoa khôi sinh viên Việt Nam có vẻ đẹp đồng đều và rất trong sáng. “Nhìn các bạn cố gắng luyện tập, tham gia các hoạt động của cuộc thi cũng như chịu khó rèn luyện các kỹ năng khiến My nhớ lại quãng thời gian tham dự Hoa hậu Việt Nam 2014”, Huyền My tâm sự. Trong đêm chung kết, Huyền My đảm nhận vai trò cố vấn chuyên môn và ngồi dưới hàng ghế khán giả để theo dõi các phần thi. Huyền My rất chăm chút và hài lòng với sự thể hiện của các thí sinh. Thậm chí, Huyền My còn vào hậu trường thăm hỏi các bạn sinh viên và động viên các bạn bình tĩnh, không quá hồi hộp, lo lắng để hoàn thành các phần thi được trọn vẹn. Người đẹp diện trang phục đỏ rực rỡ của nhà thiết kế Lê Thanh Hòa với những đường cắt xẻ táo bạo nhưng không quá hở hang.",
        [
            P("Huyền My", m=["Huyền My", "My", "Huyền My", "Huyền My", "Huyền My", "Huyền My"]),
            P("Lê Thanh Hòa", roles=["nhà thiết kế"]),
        ],
        [L(VN, C, m=[VN, VN])],
        [],
        [],
        [],
    ),
    (  # 10
        DT19_8,
        "(Dân trí) - Theo nguồn tin từ báo giới Anh, HLV Frank Lampard đã đạt thỏa thuận trở về Chelsea làm HLV trưởng. Hợp đồng của anh với Chelsea sẽ có thời hạn trong 3 năm. >> Chelsea chính thức đón Petr Cech trở lại >> Nhật ký chuyển nhượng ngày 19/6: Frank Lampard đồng ý dẫn dắt Chelsea",
        [P("Frank Lampard", roles=["HLV"], m=["Frank Lampard", "Frank Lampard"]), P("Petr Cech")],
        [L("Anh", C)],
        [O("Dân trí"), O("Chelsea", m=["Chelsea"] * 4)],
        [F("3 năm", 3, "năm")],
        [],
    ),
    (  # 11
        VNEC22,
        "Gây áp lực giảm lên thị trường phiên này vẫn là đà tăng của lợi suất trái phiếu kho bạc Mỹ, mà nguyên nhân là việc Cục Dự trữ Liên bang Mỹ (Fed) chủ trương đẩy nhanh thắt chặt chính sách tiền tệ. Cuộc họp của Fed sẽ diễn ra vào tuần tới. Thị trường cho rằng khả năng Fed nâng lãi suất trong lần họp này là thấp, và nghiêng về dự báo Fed sẽ nâng lãi suất từ tháng 3 và có 4 lần nâng trong năm nay.",
        [],
        [L(MY, C, m=[MY, MY])],
        [O("Cục Dự trữ Liên bang Mỹ", place=MY, m=["Cục Dự trữ Liên bang Mỹ", "Fed#2", "Fed#2", "Fed#2"])],
        [F("4 lần", 4, "lần")],
        [],
    ),
    (  # 12
        ZING12,
        'Không khí Noel tại nhà thờ này rất nhộn nhịp, đặc biệt hang đá là nơi thu hút được rất nhiều người xem. Cầu Rầm là nhà thờ lớn nhất ở TP. Vinh nên thu hút được hàng nghìn người tới vui chơi, "xem chúa giáng trần".',
        [],
        [L("Vinh", "thành phố")],
        [],
        [],
        [],
    ),
    (  # 13
        BBG,
        "(BGĐT) - Với mong muốn góp sức nhỏ bé, mang lại niềm vui, hạnh phúc cho mọi người, vào thứ Ba, thứ Tư hằng tuần, nhóm thợ cắt tóc Dũng Tây Barbershop có mặt tại một số bệnh viện cắt tóc miễn phí cho bệnh nhân.",
        [],
        [],
        [BGDT, O("Dũng Tây Barbershop")],
        [],
        [],
    ),
    (  # 14
        DT13,
        "(Dân trí)- Bị suy thận mãn giai đoạn cuối khiến cậu bé Lê Đức Trọng liên tục đau đớn, kêu khóc. Gương mặt phù nề, tóc vàng hoe do thiếu máu, chân tay yếu ớt, bủn rủn, ấy vậy nhưng em vẫn tin một ngày được chữa khỏi bệnh để về nhà đi học.",
        [P("Lê Đức Trọng")],
        [],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 15
        IONE,
        "Từ khi sinh ra, cậu bé đã ở trong tình trạng tóc mọc quá nhiều bên má phải, và càng ngày nó càng phát triển dài hơn. Điều kiện kinh tế gia đình bé An không thể lo chi phí điều trị cho cậu bé người sói. May mắn đã mỉm cười với bé An khi bệnh viện phẫu thuật thẩm mỹ Mingyi (Cát Lâm) đã đồng ý điều trị miễn phí cho cậu bé vào tháng 7 vừa qua.",
        [P("An", "Bé", m=["An", "An"])],
        [L("Cát Lâm", "tỉnh")],
        [O("Mingyi")],
        [],
        [],
    ),
    (  # 16
        XINHXINH,
        '... kèm chất liệu dày dặn sẽ là sự lựa chọn an toàn cho bạn. Ngoài ra, bộ đôi legging và giày cao gót xuyệt tông đen vừa giúp bạn thêm ấm áp, lại vừa tăng tính thời trang của set đồ. Chúng cũng góp phần "kéo dài" thêm đôi chân của bạn.',
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 17
        DT13,
        "(Dân trí) - Những màn pháo hoa tầm thấp với nghệ thuật tạo hình độc đáo đã đồng loạt bừng sáng vào lúc 21h tối 2/9 tại khu vực đầu đường hầm sông Sài Gòn (P.Thủ Thiêm, Q.2) và công viên văn hóa Đầm Sen (Q.11).",
        [],
        [L("Thủ Thiêm", "phường", ["2"]), L("2", "quận", m=["2#2"]), L("11", "quận")],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 18
        VNE12,
        "Gửi Trung! Nếu thực sự bạn vẫn còn yêu thương vợ mình và tương lai của cháu sau này được hạnh phúc thì bạn cần phải làm những việc sau đây: Tuyệt đối bỏ hẳn tật xấu là đánh vợ và bạn hãy làm cách gì đó để cho ...",
        [P("Trung")],
        [],
        [],
        [],
        [],
    ),
    (  # 19
        ZING13,
        "Tương tự với thể loại văn viết thư. Thư gửi cho người thân hay thư làm quen cũng chả khác nhau là mấy. Để chuẩn bị kết thúc bức thư thì phải có câu “Thư viết đến đây đã dài, mình xin dừng bút”. Vậy là có không ít bài văn kiểu viết thư mới có vài dòng nhưng cũng để câu: “Thư viết đến đây đã dài”.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 20
        DT19_8,
        '(Dân trí) - TS Vũ Tiến Lộc, Chủ tịch VCCI cho biết, theo điều tra PCI 2018, tỷ lệ doanh nghiệp Việt Nam có mức độ hiểu biết về các hiệp định thương mại tự do rất hạn chế. Với Hiệp định CPTPP và Thương mại tự do Việt Nam – EU (EVFTA), con số này lần lượt lên tới 71% và 77%. >> Hiệp định thương mại với EU sắp được ký: "Quả ngọt" của gần 10 năm "gieo trồng" >> Việt Nam - EU sắp ký Hiệp định thương mại tự do mang lại lợi ích lớn chưa từng có',
        [P("Vũ Tiến Lộc", "TS", ["Chủ tịch VCCI"], "VCCI")],
        [L(VN, C, m=[VN] * 3)],
        [O("Dân trí"), O("VCCI"), O("EU", m=["EU"] * 3)],
        [F("tới 71%", 71, "%", "tới"), F("77%", 77, "%"), F("gần 10 năm", 10, "năm", "gần")],
        [],
    ),
    (  # 21
        ZING13,
        "Nhiều trường ở Hà Nội đã cẩn thận đến nỗi yêu cầu học sinh phải có thêm cuốn vở “chuẩn bị tập làm văn”. Ở cuốn vở này, học sinh làm đi làm lại một bài văn để cô sửa cho đến khi nào thật đúng ý cô thì lúc đó bài làm mới được viết vào vở tập làm văn chính thức.",
        [],
        [L(HN, "thành phố")],
        [],
        [],
        [],
    ),
    (  # 22
        DT19_8,
        '(Dân trí) - Bức xúc vì dự án triển khai bị cơ quan chức năng cho là sai phép nên cưỡng chế và tạm giữ nhân viên của mình, một doanh nhân bất động sản đã có những phát ngôn xúc phạm công an, chủ tịch xã. Ngay sau đó, CEO tự xưng là "cùi bắp" đã công khai xin lỗi. >> Giám đốc Công an Bà Rịa - Vũng Tàu nói gì về phát ngôn của Chủ tịch HĐQT Alibaba? >> Đồng Nai: Cần xử lý triệt để các vi phạm của Công ty Địa ốc Alibaba >> Khu dân cư Alibaba Tân Thành đang rao bán trái phép?',
        [],
        [L(BRVT, "tỉnh"), L("Đồng Nai", "tỉnh"), L("Tân Thành", "huyện")],
        [
            O("Dân trí"),
            O(f"Công an {BRVT}", place=BRVT),
            O("Công ty Địa ốc Alibaba", m=["Alibaba", "Công ty Địa ốc Alibaba"]),
        ],
        [],
        [],
    ),
    (  # 23
        ZNEWS_HOME,
        'Chiếc máy bay cỡ nhỏ Cessna C550 rơi ngay sau khi cất cánh tại sân bay ở bang Bắc Carolina (Mỹ) ngày 18/12, khiến toàn bộ 7 người trên máy bay thiệt mạng, trong đó có tay đua Greg Biffle và các thành viên trong gia đình ông. Vợ của ông đã gửi tin nhắn ám ảnh cho mẹ ruột ngay trước vụ tai nạn máy bay rơi. “Chúng tôi suy sụp hoàn toàn. Trái tim chúng tôi tan vỡ", bà nghẹn ngào chia sẻ.',
        [P("Greg Biffle", roles=["tay đua"])],
        [L("Bắc Carolina", "bang", [MY]), L(MY, C)],
        [],
        [F("7 người", 7, "người")],
        [],
    ),
    (  # 24
        DT13,
        "So với những người chuyển giới xuất hiện gần đây, Hà Phương được nhận xét “nuột” và nữ tính hơn nhiều. Qua gần 4 tháng bị tạm giam, Phương vẫn giữ được dáng chuẩn, nhưng phần nào bớt đi vẻ quyến rũ khi lông chân, râu - ria mép mọc tứ tung… do thiếu thuốc hormone nữ.",
        [P("Hà Phương", m=["Hà Phương", "Phương"])],
        [],
        [],
        [F("gần 4 tháng", 4, "tháng", "gần")],
        [],
    ),
    (  # 25
        TN12,
        "Trong tuần rồi, báo South China Morning Post (SCMP) ở Hồng Kông (Trung Quốc) đăng bài xã luận với tựa đề Map on China Passport goes too far (tạm dịch: Bản đồ trên hộ chiếu Trung Quốc đi quá xa) về việc Trung Quốc in bản đồ đường lưỡi bò phi pháp ôm gần trọn biển Đông vào hộ chiếu và đã bị nhiều nước phản đối.",
        [],
        [L("Hồng Kông", "city", [CN]), L(CN, C, m=[CN, f"{CN}#2"])],
        [O("South China Morning Post")],
        [],
        [],
    ),
    (  # 26
        VNE13,
        "Tôi phải bán cả ngôi nhà cuối cùng cũng bán và tôi phải đi vay thêm 3 tỷ bên ngoài, khi đó mọi người đòi, tôi không còn khả năng trả nợ. Vợ chồng tôi đã không ở với nhau được năm tháng, thỉnh thoảng có gặp nhau. Xa nhau tôi cũng cảm thấy cuộc sống vợ chồng không còn như xưa.",
        [],
        [],
        [],
        [F("3 tỷ", 3000000000, "đồng")],
        [],
    ),
    (  # 27
        DT19_8,
        "(Dân trí) - Ngày 25/6 vừa rồi, đơn vị thám tử điều tra đặc biệt của sở cảnh sát thành phố Seoul đã công bố, vụ án của nam ca sĩ Seungri - cựu thành viên của nhóm Big Bang đã được chuyển giao sang văn phòng công tố. >> Seungri được thả sau vài tiếng bị còng tay, áp giải về trại tạm giam >> Seungri và Choi Jong Hoon liên tục phủ nhận cáo buộc cưỡng dâm >> Cảnh sát tiết lộ Seungri thuê 8 gái mại dâm tại bữa tiệc sinh nhật năm 2017",
        [P("Seungri", roles=["nam ca sĩ"], m=["Seungri"] * 4), P("Choi Jong Hoon")],
        [L("Seoul", "thành phố")],
        [O("Dân trí"), O("sở cảnh sát thành phố Seoul", place="Seoul")],
        [F("8 gái mại dâm", 8, "gái mại dâm")],
        [],
    ),
    (  # 28
        DT17,
        "(Dân trí) - Không khí càng mỏng và lạnh thì máy bay càng bay cao. Khí thải từ động cơ máy bay nóng hơn nhiều so với không khí. Vệt màu trắng - hay còn gọi là vệt sáng - mà chúng ta nhìn thấy trên bầu trời chính là hơi nước từ động cơ nóng bỏng của máy bay bị biến thành băng ở giữa không trung.",
        [],
        [],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 29
        DT17,
        "(Dân trí) - Câu chuyện điểm chuẩn vào khối trường sư phạm thấp và quá thấp đang diễn ra như một nghịch lý và nhức nhối. Giáo dục là quốc sách hàng đầu, nhà giáo phải vững “tay chèo” mới đẩy được “con thuyền” tri thức của lớp lớp thế hệ học sinh đi xa được. >> Thảm hại điểm chuẩn sư phạm: Đổi mới sẽ gặp khó! >> Đau lòng vì điểm trúng tuyển vào ngành sư phạm quá thấp",
        [],
        [],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 30
        VNN24,
        "Cục Bưu điện Trung ương phải giữ được sự đặc biệt của mìnhNhấn mạnh sự đặc biệt có ý nghĩa sống còn với Cục Bưu điện Trung ương, Bộ trưởng Nguyễn Mạnh Hùng yêu cầu Cục giữ cho được điều này, bao gồm cả con người đặc biệt, công nghệ đặc biệt, hạ tầng đặc biệt cũng như dịch vụ đặc biệt.",
        [P("Nguyễn Mạnh Hùng", roles=["Bộ trưởng"])],
        [],
        [O("Cục Bưu điện Trung ương", m=["Cục Bưu điện Trung ương", "Cục Bưu điện Trung ương", "Cục"])],
        [],
        [],
    ),
    (  # 31
        DT13,
        '(Dân trí) - Vừa qua, báo Dân trí đăng bài "Đề nghị Cục Cảnh sát Môi trường điều tra vụ ô nhiễm ở Hải Dương" đã được đông đảo bạn đọc gửi comment về, bức xúc về sự buông lỏng quản lý môi trường và phát lộ một số thông tin bất ngờ vốn đang được giấu giếm. >> Đề nghị Cục Cảnh sát Môi trường điều tra vụ ô nhiễm ở Hải Dương >> Hàng ngàn người ngập ngụa trong chất thải độc hại',
        [],
        [L("Hải Dương", "tỉnh", m=["Hải Dương#2"])],
        [
            O("Dân trí", m=["Dân trí", "Dân trí"]),
            O("Cục Cảnh sát Môi trường", m=["Cục Cảnh sát Môi trường#2"]),
        ],
        [],
        [],
    ),
    (  # 32
        DT19_3,
        "Khi người lao động bị mất việc làm do người sử dụng lao động thay đổi cơ cấu, công nghệ hoặc vì lý do kinh tế, thì ngoài khoản trợ cấp mất việc làm theo quy định tại Điều 49 Bộ luật Lao động, người lao động còn được hưởng trợ cấp thất nghiệp, nếu có đủ điều kiện quy định tại Điều 49 Luật Việc làm. >> Thủ tục làm hồ sơ nhận trợ cấp BHXH một lần >> Chế độ trợ cấp khi công chức nghỉ việc >> Làm việc sau nghỉ hưu vẫn được trợ cấp khi thôi việc",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 33
        DT13,
        "(Dân trí) - Lối suy nghĩ và hành động trong độ tuổi từ ngoài 20 đến dưới 30 có thể ảnh hưởng không nhỏ đến tương lai nghề nghiệp và cuộc sống sau này của bạn. Dưới đây là 10 bài học mà bạn nên cân nhắc áp dụng nếu đang ở trong độ tuổi này:",
        [],
        [],
        [O("Dân trí")],
        [F("10 bài học", 10, "bài học")],
        [],
    ),
    (  # 34
        DT19_8,
        "(Dân trí) - Một người dân ở Victoria đã rất ngạc nhiên khi tình cờ nhìn thấy một sinh vật trông kỳ quái khi đi bộ dọc bãi biển. >> Phát hiện sinh vật biển kì lạ nghi là sinh vật ngoài hành tinh ở Mỹ >> Phát hiện cá voi trắng quý hiếm ngoài khơi bờ biển Mexico",
        [],
        [L("Victoria", "bang"), L(MY, C), L("Mexico", C)],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 35
        GENK12,
        "Dễ dàng nhận thấy là Amazon không bao giờ có bạn bè hay kẻ thù vĩnh viễn cả. Con người, các tập đoàn và tất cả các ngành nghề đều có thể trở thành bạn bè hay kẻ địch hoàn toàn dựa vào toàn cảnh cuộc chơi. Nhiều thập kỷ qua, các tác giả tự xuất bản và các nhà bán lẻ trên mạng như tôi đã trở thành những con Tốt hữu dụng trong việc gián tiếp hạ bệ những kẻ khổng lồ trong cuộc chơi.",
        [],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (  # 36
        DT19_8,
        "(Dân trí) - Khi thấy ba bà cháu chuẩn bị xuống xe, bé gái đứng bám vào cột nhưng chấp chới, ngả nghiêng, nhân viên xe buýt trên tuyến số 36 (Hà Nội) vội đến hỗ trợ. Anh đứng đằng sau giơ sẵn tay để đỡ bé nhưng tinh tế không chạm vào người.",
        [],
        [L(HN, "thành phố")],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 37
        GENK12,
        "Bạn có thể tưởng tượng được việc làm nhà bán lẻ sách giấy trong thập kỷ trước, ngồi nhìn % doanh thu giảm theo từng phút. Bạn sẽ không biết phải làm gì trong tương lai. Amazon sẽ ở mọi nơi và bất khả chiến bại. Một chiến thắng nho nhỏ trong một trận chiến sẽ chả là cái gì. Cuộc chiến theo tầm nhĩn vĩ mô đã nghiên cán cân về phía Amazon rồi.",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"])],
        [],
        [],
    ),
    (  # 38
        GENK12,
        "Thành công của AWS là một ví dụ hoàn hảo. Hầu hết các công ty đều vật lộn với khả năng sinh tồn khi thời gian hoạt động ngày càng dài, cũng như con người vậy. Họ khổ sở và phát hoảng lên vì những sản phẩm và dịch vụ sắp hết hạn với lợi nhuận đang giảm dần. Họ nhận ra sự quan trọng đến sống còn của việc tạo ra một công việc kinh doanh mới khi công việc cũ cần được tẩu tán và biến mất hết.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 39
        GENK12,
        "Mỹ là một nơi tôn vinh sự lãng mạn của các mối quan hệ. Người Mỹ hi vọng các doanh nghiệp đánh giá các mối quan hệ với giá trị nội tại của chúng. Một phong cách thực dụng đối với quan hệ, như của Amazon, cơ bản không phải là phong cách của người Mỹ.",
        [],
        [L(MY, C, m=[MY] * 3)],
        [O("Amazon")],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind37", CASES))


if __name__ == "__main__":
    main()

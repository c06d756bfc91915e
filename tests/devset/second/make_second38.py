"""Second, independent hand labels for the 51 long paragraphs of the BLIND38 split, to measure how far two
labellers agree.

Who and how: written by a second labeller, who did not see blind38's labels: nothing under
tests/devset/blind37/ or tests/devset/blind38/ nor their git history was opened, no file was searched for
these texts' words, and the SPLITS table of tests/test_blind_labels.py was not read. No extractor code was
read (only extractors/facts.py's field names), no bench code and no other test, and no extractor, vnnews
command, bench or underthesea was run on any text. The texts are the 51 of blind38 as handed over
(/tmp/agree/texts_blind38.json), in their order and byte for byte, each with its page (relative to
tests/fixtures/pages); the baolaocai 2026 page's article was read for context (text 0). Read for the
conventions: tests/devset/notation.py, the docstrings of tests/devset/blind13/make_blind13.py and of
blind14 to blind36, blind39 to blind41, blind45 and blind46, the label rows of blind34, blind35 and
blind36 (long paragraphs from the same pages) and tests/devset/second/make_second33.py. Every label was
decided by meaning, from reading the Vietnamese. Things to know: the docstring of blind40, read for its
conventions, cites three of blind38's decisions by name ("anh Tường" with the title "Anh", "huyện Nghi
Lộc" with no parent, "bạn trai Tỉnh Bách Nhiên" a relation giving no role); they are what the earlier
conventions give anyway (blind16's "anh", blind36's "huyện Nam Đàn", blind14's "Mẹ Can Lộ Lộ") and were
labelled so here. This script only turns the notation below into tests/devset/second/blind38/{people,
places,organizations,figures,models}.jsonl (split "blind38", source "real"):
    python tests/devset/second/make_second38.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind36, blind39 to blind41, blind45 and
blind46. These texts are long, so every mention of every fact is labelled, in text order (a person, place
or organisation named again has all its mentions in one fact, blind34 to blind36), and every figure is
listed where it stands. New decisions, or choices the earlier splits left open:
- people: "Bé gái Connie Lloyd ... bé Connie" is one person, Connie Lloyd, with both mentions and the
  title "Bé" from the later "bé Connie" (blind13's bare "Bé" a title; blind11's "Bé gái" none; a title
  from a later mention, blind34's "Thảo ... đại tá Phạm Ngọc Thảo"); "siêu mẫu Lưu Văn" has the role
  "siêu mẫu" as written in lower case (blind18's "Siêu mẫu Thu Hằng", blind33's "ca sĩ"); "Huấn luyện
  viên (HLV) Mano Polking" has the role "Huấn luyện viên" (blind30), the abbreviation in brackets left
  out (blind29's "(GTVT)"); "chuyên gia" before a name is a role (an occupation, blind19's "nhà báo"):
  "chuyên gia nghiên cứu kinh dịch Vũ Quốc Trung" has the role as written through its modifier
  (blind32's "kỹ sư công nghệ"), and "chuyên gia Ryan Detrick của LPL Financial" the role "chuyên gia"
  and the organisation LPL Financial (the firm the expert speaks for, bound to the role word before the
  name, as blind18's "CEO của Microsoft, Satya Nadella"); "tác giả Kai-Fu Lee (Lý Khai Phục)" gives no
  role (blind15's "tác giả") and is one person with the Vietnamese reading of his name in brackets as a
  second mention; "anh Tường", "anh Hùng" have the title "Anh" (blind16); "bầu Kiên" is "Kiên" with the
  title "Bầu" (blind20's "Bầu Đức"), "ông Trần Bắc Hà" the title "Ông", "bắt Hà Văn Thắm" names the man
  (blind19); "Nhà báo Ida Tarbell" has the role "Nhà báo" (blind21); the signatures "(Ly)" and "(Hoa)"
  closing readers' letters are people (blind19's "(Lâm)"); "Can Lộ Lộ", "Bezos", "Clayton Christensen",
  "Rockefeller" (twice), "Roosevelt" (a one-word name, blind13) and "Tỉnh Bách Nhiên" (twice, no place,
  blind36) are people; "bạn trai Tỉnh Bách Nhiên" gives no role (a relation, blind14); "chị" (text 0),
  "ông ấy", "Chuyên gia y tế", "bác sĩ", "lãnh đạo VNCB", "Sao Việt" and "Chúa" in "dòng Chúa cứu thế"
  give nothing.
- places: "Guam" (four times, the first inside "chính quyền Guam", labelled as blind17's "Sở Y tế Quảng
  Ninh") is a "country" (a territory with its own government, blind24's "Greenland", blind33's
  "Curaçao"); "Triều Tiên" (four times) and "Mỹ" (twice, "lãnh thổ Mỹ" and "Mỹ - Triều Tiên") are
  countries; "người Anh" names Anh (blind20's "người Italy"), "đội tuyển Thái Lan" Thái Lan (blind15);
  "TP. Huế" is Huế, a "thành phố" on this 2012 page (blind16, blind17's "TP. Vinh"), its mention "Huế";
  "huyện Nghi Lộc" is a "huyện" with no parent given (the text names no province, blind36's "huyện Nam
  Đàn"), and "nhà thờ Xã Đoài", "nhà thờ Phủ Cam" (parishes, no units, blind15's "nhà thờ Cầu Rầm") name
  no place; "(xã Kon Chiêng, huyện Mang Yang)" gives Kon Chiêng, a "xã" with the parent Mang Yang, and
  Mang Yang, a "huyện" with no parent given (the "Gia Lai" of the related links heads other stories),
  while "Gia Lai" (twice, a dateline and "tại Gia Lai") is a "tỉnh"; "Đê Toăk" (in a forest station's
  name) and "Đồng Châu" (the Thái Bình beach, no unit) name no place; "Hà Tĩnh:" (three datelines),
  "Thái Bình:" (2017 page) and "Gia Lai" are "tỉnh"; "Yên Bái" and "tỉnh Yên Bái" on the 2026 baolaocai
  page are the former "tỉnh" (blind24); "Trung Quốc" (three times), "Ấn Độ", "Ai Cập", "Nhật Bản", "Tây
  Ban Nha", "Argentina" (sides, blind15), "ở Anh", "ở Mỹ", "các trường ở Mỹ" name their countries; "châu
  Á", "châu Âu", "Bắc và Tây Âu", "Nam và Đông Âu", "miền Bắc" (regions), "trời Tây", "Sao Việt"
  (blind16) and the "Bắc Giang" inside "(BGĐT)" (no word of its own, blind22) are none.
- organisations: "chính quyền Guam" is one as written in lower case, carrying Guam (blind14's "Chính
  quyền Mỹ", blind12's "chính phủ Mỹ"); "QQ" in "Trang QQ đưa tin" is the news portal reporting
  (blind34's "Trang Hollywood.com", blind30's "Venturebeat"), while "Instagram" (a platform, blind14) is
  none; "Vinashinlines" is the shipping company, with "Tàu Vinashinlines" (the company's ship, no ship's
  name, unlike blind33's "Vinalines Queen") a second mention; "MoMo" (blind19), "LPL Financial" (the
  firm), "VNCB" (the bank, unexpanded, blind28's "ACB"), "Amazon" (every mention, blind34 to blind36),
  "Standard Oil" (twice, blind19), "Microsoft" in "đội bán hàng của Microsoft", "Facebook" (one of "các
  công ty khác" compared with Amazon, its marketing, blind36's companies compared), "Đại học
  Northwestern", and "MIT", "Berkeley", "Stanford" (the universities, unexpanded, blind18's "Oxford"
  naming no place) are; the tags "(Dân trí)", "(TNO)" (expanded "Thanh Niên Online", blind25) and
  "(BGĐT)" (expanded "Báo Bắc Giang điện tử", carrying Bắc Giang, blind24) are; "cấp Quân khu" (a level,
  no one military region named), "hội phụ nữ" (meetings of the women's union in general), "trạm quản lý
  bảo vệ rừng Đê Toăk" (a station as a site, blind22's "Trung tâm Hội nghị Quốc gia"), "dòng Chúa cứu
  thế" (a church as a site), "World Cup", "VCK" (an event), "đội tuyển Thái Lan" (a team named by its
  country, blind24), products ("Google+", "iPad", "MS Office", the "MS" inside it no mention, blind21's
  "HTC"; "AWS", "Camry"), "AI", "NLP", "eKYC", "chatbot", "PR", "STEM", "Internet", "Covid-19", the
  book titles "AI Superpowers" and "Ván cờ bất tử" and the film "Đầu xuân tươi sáng" are none.
- figures: "14 phút" and "2 vế" (one of two given options) are counts; "gần 3 năm" is counted at each
  of its two places with the qualifier "gần"; "khoảng 4km" is 4 "km" with "khoảng" (blind34's "trên
  60kg"); "từ 36-40 độ" is "36-40 độ", 36 to 40 "độ" (the "từ" left out, blind25, blind33's "2-3 nhân
  viên"); "44.000 tỷ đồng" is 44000000000000 "đồng"; "ít hơn 10%" is 10 "%" with the qualifier "ít hơn"
  as written ("less than", like blind25's "ít nhất"); "năm 2026", "năm 2022", "năm 2012", "Tháng 3",
  "20h" (a clock time), "24/12" (a date) and "Covid-19" are none, nor the number words ("một câu
  chuyện", "một số người", "một cuộc tấn công", "cả trăm người", "Hàng ngàn", "hai người", "hai người
  đàn ông", "Một nửa", "một phần tư", "hàng trăm triệu đồng", "tiền triệu", "một trong").
- models: "mô hình FUD (Fear – Sợ, Uncertainty – Bấp bênh, Doubt – Nghi ngờ)" is one model, "FUD" with the
  kind "mô hình" (an unquoted capitalised name after the kind word, blind14's and blind16's, its expansion
  in brackets no part of it); "mô hình tiết kiệm nuôi ước mơ đến trường cho trẻ em nghèo" (text 0, lower
  case and unquoted) describes Thiếu tá Đoàn Thị Hạnh's savings scheme, which the article names "Thu gom
  rác thải tái chế" further down, and is a common noun, none (blind34's "mô hình sáng kiến", blind36's
  "phong trào thi đua lao động sáng tạo").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, M, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind38"
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
IONE = "ione.vnexpress.net/ione-2012-nhung-nguoi-kho-hanh.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
SOHA12 = "soha.vn/soha-2012-can-lo-lo.html"
TIENPHONG = "tienphong.vn/tienphong-2026-sieu-mau-noi-y-luu-van.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VE12_VO = "vnexpress.net/vnexpress-2012-vo-ngoai-tinh.html"
VE_HOME13 = "vnexpress.net/vnexpress-homepage-2013.html"
VNECO = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"

MY = "Mỹ"
CN = "Trung Quốc"
C = "country"
DANTRI = O("Dân trí")
TNO = O("TNO", "Thanh Niên Online")
BGDT = O("BGĐT", "Báo Bắc Giang điện tử", "Bắc Giang")

# (page, text, people, places, organizations, figures, models), in the order given (text i)
REAL = [
    (  # 0
        BLC,
        "Từ nhiệm vụ chuyên môn quân sự đến những buổi sinh hoạt hội phụ nữ, từ những sáng kiến kỹ thuật cấp Quân khu đến mô hình tiết kiệm nuôi ước mơ đến trường cho trẻ em nghèo, chị đã và đang viết nên một câu chuyện sống động về người phụ nữ quân đội thời kỳ mới: trí tuệ, bản lĩnh và đầy nhân ái.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 1
        DT17,
        "(Dân trí) - Trong khi chính quyền Guam vẫn trấn an người dân rằng không có mối đe dọa nào gia tăng tại hòn đảo này sau khi Triều Tiên công bố kế hoạch phóng tên lửa nhằm vào lãnh thổ Mỹ, một số người vẫn tỏ ra lo ngại về nguy cơ xảy ra một cuộc tấn công và chấp nhận thực tế rằng họ “có thể sẽ ra đi vào ngày mai”. >> Sát thủ này của Nhật Bản sẽ phá hủy tên lửa hạt nhân Triều Tiên trước khi nó kịp đến Guam >> Cuộc sống tại Guam giữa “tâm bão” khẩu chiến Mỹ - Triều Tiên >> Tên lửa Triều Tiên có thể chỉ mất 14 phút để bay tới Guam",
        [],
        [
            L("Guam", C, m=["Guam"] * 4),
            L("Triều Tiên", C, m=["Triều Tiên"] * 4),
            L(MY, C, m=[MY, MY]),
            L("Nhật Bản", C),
        ],
        [DANTRI, O("chính quyền Guam", place="Guam")],
        [F("14 phút", 14, "phút")],
        [],
    ),
    (  # 2
        IONE,
        "Bé gái Connie Lloyd, người Anh sinh ra với chiếc mũi phồng to, đỏ như của một chú hề trong rạp xiếc do sự xuất hiện của một khối u lành tính bao phủ mũi của em. Đó là kết quả của bệnh bướu mạch máu (Haemangioma). Tháng 3 vừa qua, bé Connie đã được phẫu thuật cắt bỏ u, chỉ để lại một vết sẹo nhỏ.",
        [P("Connie Lloyd", "Bé", m=["Connie Lloyd", "Connie"])],
        [L("Anh", C)],
        [],
        [],
        [],
    ),
    (  # 3
        SOHA12,
        'Can Lộ Lộ đang khiến cư dân mạng phát sốt khi cô tung ra trọn bộ ảnh nude trong phòng ngủ và nhà tắm. Chỉ quấn hờ chiếc khăn tắm trên người, bầu ngực đầy cùng cơ thể nóng bỏng của người đẹp lộ rõ qua từng shoot ảnh và khiến người ngắm chỉ muốn "nổ tung".',
        [P("Can Lộ Lộ")],
        [],
        [],
        [],
        [],
    ),
    (  # 4
        TIENPHONG,
        'Trang QQ đưa tin dù không tham gia đóng phim, siêu mẫu Lưu Văn cũng trở thành tâm điểm được bàn luận khi tác phẩm Đầu xuân tươi sáng bùng nổ. Siêu mẫu nội y bị chỉ trích vì đã "thả tim" bức hình bạn trai Tỉnh Bách Nhiên. Loạt hình ảnh được Tỉnh Bách Nhiên đăng trên trang mạng quốc tế Instagram.',
        [P("Lưu Văn", roles=["siêu mẫu"]), P("Tỉnh Bách Nhiên", m=["Tỉnh Bách Nhiên", "Tỉnh Bách Nhiên"])],
        [],
        [O("QQ")],
        [],
        [],
    ),
    (  # 5
        VE12_VO,
        "Những gì tôi làm cho vợ trong lúc tức giận chỉ là những lời nói tổn thương và sự đánh đập không thương tiếc. Cô ấy đã rung động trước một người đàn ông đã có vợ. Về với gia đình cô ấy vẫn luôn chăm sóc tôi và con một cách tốt nhất có thể.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 6
        ZING13,
        "Bài tập làm văn hiện nay của học sinh thường phải theo chuẩn mực chung. Tả cô giáo thì tóc phải đen nhánh, mũi dọc dừa, da trắng mịn; ông bà tóc phải bạc phơ; mẹ phải hiền, dịu dàng; cây bóng mát phải có câu đại loại “tán lá xòe ra như một chiếc ô lớn”. Tả cánh đồng thì “xanh ngun ngút, bạt ngàn lúa”, hay “lúa đang trổ đòng đòng” mà khi ra ngoài đời bao nhiêu học sinh thành phố không hề biết “đòng đòng” là gì nhưng vẫn tả.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 7
        BBG,
        "Cho dù số đội tham dự vòng chung kết (VCK) World Cup của châu Á sẽ tăng lên đáng kể vào năm 2026, nhưng Huấn luyện viên (HLV) Mano Polking vẫn thừa nhận đội tuyển Thái Lan không dễ dự giải vô địch thế giới.",
        [P("Mano Polking", roles=["Huấn luyện viên"])],
        [L("Thái Lan", C)],
        [],
        [],
        [],
    ),
    (  # 8
        CAFEBIZ,
        'Ngoài ra, anh Tường có "đặt hàng" bài toán sử dụng công nghệ xử lý ngôn ngữ tự nhiên (NLP) để xây dựng chatbot chăm sóc khách hàng. Tôi thấy đây là bài khá hay, và cũng gần với các công việc tôi đã làm.',
        [P("Tường", "Anh")],
        [],
        [],
        [],
        [],
    ),
    (  # 9
        GENK12,
        "Nếu bạn hay theo dõi tin tức về Amazon, quy luật chung này có mặt ở khắp mọi nơi. Một công ty sẽ không thể làm được gì nếu sự kiểm soát và hệ thống không hiện diện ở mọi việc họ làm. Khi một điều bất ngờ xảy đến, Amazon, không như những công ty khác, không phản ứng ngay lập tức bằng sự kiểm soát thiệt hại về PR. Như Bezos nói trong một buổi phỏng vấn không lâu trước đây, Amazon chấp nhận bị hiểu lầm và chịu đựng những phản ứng ngược của PR trong khoảng thời gian ngắn. Họ còn có một chiến lược quan trọng và lớn hơn.",
        [P("Bezos")],
        [],
        [O("Amazon", m=["Amazon"] * 3)],
        [],
        [],
    ),
    (  # 10
        VE_HOME13,
        "Năm hết Tết đến, vẫn có cả trăm người đang mắc kẹt trên các con tàu của Vinashinlines trong cảnh không tiền, không thực phẩm, phải đương đầu với thời tiết, tật bệnh và mong sớm được về quê hương. > Tàu Vinashinlines bị bắt giữ ở Ấn Độ",
        [],
        [L("Ấn Độ", C)],
        [O("Vinashinlines", m=["Vinashinlines", "Vinashinlines"])],
        [],
        [],
    ),
    (  # 11
        ZING12,
        "Tại TP. Huế, thời tiết se se lạnh tạo điều kiện cho người dân chào đón Giáng sinh an lành, vui vẻ. Ngay từ 20h tối 24/12, trên các trục đường vào trung tâm thành phố đã đông nghịt người. Hàng ngàn người dân đã đổ về các nhà thờ lớn như nhà thờ Phủ Cam, dòng Chúa cứu thế… để làm lễ cầu nguyện.",
        [],
        [L("Huế", "thành phố")],
        [],
        [],
        [],
    ),
    (  # 12
        CAFEBIZ,
        "Tôi nhận thấy những bài toán mà anh Tường và anh Hùng đặt ra như hệ thống eKYC (nhận diện khách hàng thông qua ảnh chụp và giấy tờ tùy thân), hay chatbot đều rất thực tế, rất quan trọng với sản phẩm lõi của MoMo. Tôi thấy có nhiều thách thức và cũng nhiều động lực khi công việc mình làm có thể tạo ra những ảnh hưởng lớn, giúp cải tiến trải nghiệm của người dùng.",
        [P("Tường", "Anh"), P("Hùng", "Anh")],
        [],
        [O("MoMo")],
        [],
        [],
    ),
    (  # 13
        GENK12,
        "Đó cũng lý giải tại sao những tranh cãi hiện nay về việc so sánh giá cả, và phản ứng trên không được Amazon hồi đáp lại mạnh mẽ. Khi những công ty khác đưa ra lời xin lỗi hay hành động hòa giải, Amazon lại cố gắng làm ít nhất có thể, chờ cho qua cơn bão rồi đi tiếp. Cách mà Amazon đối phó với thị trường tựa như là cách một vị phụ huynh kiên nhẫn mà lười biếng đối phó với một đứa trẻ đang ăn vạ vậy.",
        [],
        [],
        [O("Amazon", m=["Amazon"] * 3)],
        [],
        [],
    ),
    (  # 14
        VE12_VO,
        "Nếu tôi là vợ của bạn chắc đã bỏ bạn từ lâu rồi. Bạn có tư cách gì mà cầu xin sự yêu thương của cô ấy chứ. Hãy nhìn lại bản thân mình đi bạn. Chỉ cần thấy sự vũ phu của bạn người bình thường cũng đã ...",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 15
        ZING13,
        "Phụ huynh khác thì than thở: “Cô cứ nhất nhất bắt con tôi khi tả về người thân phải kể tên, tuổi, nghề nghiệp y như khai lý lịch. Khi cháu bảo em thấy bác em ở nhà nên không biết bác làm nghề gì thì cô bảo “vẫn phải nghĩ ra một nghề nào đó cho bác”. Vậy là cháu lại phải bịa là bác em làm nghề bác sĩ”.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 16
        DT17,
        'Tình yêu, tình bạn và tình thầy trò luôn là những thứ tình cảm đẹp đẽ nhất. Thế nhưng đối với môi trường showbiz đầy thị phi, những thứ tình cảm đó liệu có lâu bền? >> Sao Việt vất vả mưu sinh bằng nghề chân tay ở trời Tây >> Cặp đôi sao Việt tiết lộ "thói hư tật xấu" ít biết >> Sao Việt - người lộ chuyện tình tan vỡ, người công khai yêu đại gia',
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 17
        NHANDAN,
        "Trong quãng thời gian còn lại, Tây Ban Nha tiếp tục tạo ra thêm một số cơ hội nguy hiểm nhưng không có thêm bàn thắng. Phía bên kia chiến tuyến, Argentina nỗ lực tìm bàn gỡ nhưng không thể xuyên thủng hàng phòng ngự được tổ chức chặt chẽ của đối thủ.",
        [],
        [L("Tây Ban Nha", C), L("Argentina", C)],
        [],
        [],
        [],
    ),
    (  # 18
        VNECO,
        "“Nhà đầu tư cần nhận thức được rằng năm 2022 có thể sẽ là một năm nhiều biến động hơn của thị trường. Lãi suất chuẩn bị tăng và Mỹ sẽ có cuộc bầu cử giữa nhiệm kỳ. Những đợt tăng giảm mạnh có thể đang đợi nhà đầu tư trong năm nay”, chuyên gia Ryan Detrick của LPL Financial nhận định.",
        [P("Ryan Detrick", roles=["chuyên gia"], org="LPL Financial")],
        [L(MY, C)],
        [O("LPL Financial")],
        [],
        [],
    ),
    (  # 19
        ZING12,
        "Tại nhà thờ Xã Đoài, huyện Nghi Lộc, không khí đón chào Noel cũng tưng bừng không kém. Năm nay, thời tiết lạnh hơn không làm giảm bớt sự náo nhiệt của ngày lễ trọng đại đối với bà con giáo dân nơi này.",
        [],
        [L("Nghi Lộc", "huyện")],
        [],
        [],
        [],
    ),
    (  # 20
        BBG,
        "(BGĐT) - Thời gian gần đây số ca mắc Covid-19 trong nước gia tăng trở lại. Chuyên gia y tế dự báo dịch Covid-19 có thể tái bùng phát nếu người dân không nâng cao cảnh giác, chủ động thực hiện các biện pháp phòng, chống dịch, nhất là việc tiêm vắc-xin đủ liều.",
        [],
        [],
        [BGDT],
        [],
        [],
    ),
    (  # 21
        DT17,
        "(Dân trí) - Yêu bằng cả trái tim nhưng một khi đã buông lời chia tay thì hãy dứt khoát chứ đừng dùng dằng rồi tự cứa vết thương thêm sâu. Một nửa đích thực của đời mình sẽ xuất hiện thôi, cứ chờ đi, biết đâu hạnh phúc tắc đường nên đến muộn... >> Là con gái, đừng vì cô đơn quá lâu mà nắm vội một bàn tay",
        [],
        [],
        [DANTRI],
        [],
        [],
    ),
    (  # 22
        TN13,
        "(TNO) Ngành thiên văn đã đón chào những phát hiện vô cùng ấn tượng trong năm 2012, làm thay đổi cách con người từng biết về vũ trụ, đồng thời đẩy một số thiết bị quan sát đến mức tới hạn về năng lực của chúng.",
        [],
        [],
        [TNO],
        [],
        [],
    ),
    (  # 23
        VE_HOME13,
        '"Nhân định thắng thiên, không có bùa phép gì có thể hóa giải chuyện xung khắc giữa các cặp vợ chồng mà là do hai người biết hài hòa", chuyên gia nghiên cứu kinh dịch Vũ Quốc Trung nói. >Cô dâu khổ ải vì những kiêng kị ngày cưới',
        [P("Vũ Quốc Trung", roles=["chuyên gia nghiên cứu kinh dịch"])],
        [],
        [],
        [],
        [],
    ),
    (  # 24
        ZNEWS_HOME,
        "Trong khi các quốc gia Bắc và Tây Âu dẫn đầu về doanh số xe điện, phần lớn Nam và Đông Âu vẫn chật vật bắt nhịp, buộc châu Âu phải cân nhắc nới lỏng mục tiêu phát thải trong quá trình chuyển đổi sang phương tiện không phát thải.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 25
        CAFEBIZ,
        'AI có thể là phần lõi quan trọng, hoặc phần tạo nên khác biệt của nhiều sản phẩm, nhưng để một sản phẩm thành công còn cần rất nhiều thành phần khác, mà công sức bỏ ra có thể lớn hơn nhiều phần lõi AI. Nếu dùng AI làm những thứ cao xa, với công nghệ mới nhất, các chỉ số mô hình AI đẹp nhất, nhưng cuối cùng trải nghiệm người dùng không "mượt mà", người dùng không thích, thì cũng là thất bại.',
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 26
        GENK12,
        "Tôi có thể nói rằng trong những công ty công nghệ lớn, Amazon là công ty duy nhất lấy định hướng chiến lược doanh nghiệp làm phương châm kinh doanh. Các công ty khác thường cũng có thể đưa ra các bước đi chiến lược nhưng hầu hết những hành động đó đều vì: thỏa hiệp nội bộ, thúc đẩy bất ngờ, dự án con, sốt sắng trong cạnh tranh, phản ứng tiêu cực hoặc những giá trị doanh nghiệp chưa được kiểm chứng. Điều này thực ra là lý do cho việc các công ty khác thường phản ứng rất nhanh với các vấn đề PR. Khi không có một kế hoạch lớn nào đang được thực hiện, các bước phát triển và đối phó được lập ra một cách riêng biệt. Các phản hồi có thể được tối ưu cho các trường hợp riêng biệt ngay tại thời điểm đó.",
        [],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (  # 27
        ZNEWS_HOME,
        "“Ván cờ bất tử” là minh chứng cho nhận định: Những quân cờ nhỏ bé có thể chứa đựng những câu chuyện vĩ đại. Qua cuốn sách, ta thấy điều ẩn giấu đằng sau quân cờ bao gồm lịch sử, văn hóa, và sự phát triển của trò chơi...",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 28
        CAFEBIZ,
        'Năm ngoái tôi có đọc một quyển sách có tên "AI Superpowers" (Các cường quốc trí tuệ nhân tạo) của tác giả Kai-Fu Lee (Lý Khai Phục). Đây là một quyển sách vô cùng cuốn hút về sự phát triển AI của Trung Quốc. Cuốn sách đã cho thấy AI và Internet đã thay đổi sâu rộng cuộc sống và xã hội Trung Quốc như thế nào. Quả là không ngoa khi nói Trung Quốc là một "siêu cường" AI của thế giới.',
        [P("Kai-Fu Lee", m=["Kai-Fu Lee", "Lý Khai Phục"])],
        [L(CN, C, m=[CN] * 3)],
        [],
        [],
        [],
    ),
    (  # 29
        GENK12,
        "Với Amazon, bạn có thể cảm thấy như là đang quan sát một ván cờ mà trong đó Amazon đang suy tính những bước đi tiếp theo và đối đầu cùng lúc nhiều đối thủ. Những đối thủ này có vẻ như rất mơ hồ, hỗn loạn và đi những bước lung tung như những con gà không đầu, khi Amazon làm bọn họ tan rã một cách rất bài bản.",
        [],
        [],
        [O("Amazon", m=["Amazon"] * 3)],
        [],
        [],
    ),
    (  # 30
        VE12_VO,
        "Cuộc sống đen tối khi bị hai người đàn ông hại đờiKhi no xôi chán chè, sếp xem tôi như đồ chơi; khi cần dùng đến, không cần đá đi. Sếp còn không nhận giọt máu đang mang trong người tôi. (Ly)>> Cùng chủ đề",
        [P("Ly")],
        [],
        [],
        [],
        [],
    ),
    (  # 31
        DT17,
        "(Dân trí) - Vận động các hộ dân đổi đất ruộng lấy đất hoang hóa và hứa sẽ làm thủ tục cấp bìa thế nhưng gần 3 năm vẫn chẳng thấy bìa đất đâu, trong khi diện tích đất ruộng cũ thì bị vị cán bộ tư pháp cho máy đào ao để nuôi cá… >> Hà Tĩnh: Nộp tiền gần 3 năm vẫn không được cấp đất, người dân khốn đốn >> Hà Tĩnh: Nhà thầu thi công đập nước gian dối, dân lo lắng về chất lượng! >> Hà Tĩnh: Bị cắt chế độ, một bệnh binh “kêu cứu”!",
        [],
        [L("Hà Tĩnh", "tỉnh", m=["Hà Tĩnh"] * 3)],
        [DANTRI],
        [F("gần 3 năm", 3, "năm", "gần"), F("gần 3 năm", 3, "năm", "gần")],
        [],
    ),
    (  # 32
        XINHXINH,
        "Sau khi đã chọn được váy và áo khoác đi kèm, bạn phải cân nhắc ngay đến những phụ kiện cần thiết, đặc biệt là một đôi giày và túi xách. Hãy lựa chọn cho mình một đôi giày cao gót để làm tôn lên dáng vóc của mình và một chiếc clutch xinh xắn phù hợp để vừa khẳng định nét nữ tính, vừa lưu giữ được những vật dụng cần thiết. Những đôi giày đế thô, giày cao gót thuần tông đen và boots cao cổ là những sự lựa chọn hợp lý.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 33
        CAFEBIZ,
        "Những người theo đuổi ngành này này phải liên tục cập nhật kiến thức, công nghệ mới, cũng khá là vất vả. Rất may mắn, tôi cũng là người thích học. Tôi hay học qua các nền tảng trực tuyến, qua các bài giảng video của những giáo sư ở các trường ở Mỹ như MIT, Berkeley, Stanford...",
        [],
        [L(MY, C)],
        [O("MIT"), O("Berkeley"), O("Stanford")],
        [],
        [],
    ),
    (  # 34
        GENK12,
        "Trong giới hạn mà định nghĩa về sự xáo trộn của Clayton Christensen có thể áp dụng, có thể nói rằng Amazon đang làm xáo trộn cả một ngành công nghiệp. Họ không chỉ tước ngôi của một vị vua. Họ còn làm nhiều hơn nữa bằng việc xáo trộn các mảnh ghép quan trọng (khu vực bán lẻ) của rất nhiều ngành công nghiệp đang hiện hữu.",
        [P("Clayton Christensen")],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (  # 35
        VE12_VO,
        "'Cười sau xe máy' hay 'khóc trong Camry'?Em thực sự không muốn chia tay người yêu, anh ấy sẽ rất tội nghiệp, và em cũng không làm được. Nhưng số vật chất của anh kia cứ ám ảnh em về một cuộc sống khá giả sung sướng. (Hoa)>> Cùng chủ đề",
        [P("Hoa")],
        [],
        [],
        [],
        [],
    ),
    (  # 36
        BLC,
        "Trong nhịp sống hối hả, xô bồ của đô thị, xu hướng tìm về những không gian xanh mát, yên bình ven các đô thị đang ngày càng được ưa chuộng. Tại Yên Bái, trào lưu du lịch “staycation” (du lịch tại nơi mình sinh sống) hoặc những chuyến đi ngắn ngày đến các địa điểm lân cận thành phố đang trở thành lựa chọn hàng đầu của nhiều du khách và người dân địa phương.",
        [],
        [L("Yên Bái", "tỉnh")],
        [],
        [],
        [],
    ),
    (  # 37
        DT19_3,
        "(Dân trí) - Nằm cách trạm quản lý bảo vệ rừng Đê Toăk (xã Kon Chiêng, huyện Mang Yang) khoảng 4km là những cảnh tượng “hoang tàn” của những sườn đồi bị “cạo trọc, đốt sạch”. Không những thế, các đối tượng “lâm tặc” còn ngang nhiên dùng cưa đốn hạ những cây gỗ lớn và xẻ ngay tại rừng. >> Công trình nước sạch hàng trăm triệu đồng nhanh chóng bị bỏ hoang tại Gia Lai! >> Gia Lai: “Đá tặc” xới nát đồng ruộng, chính quyền không hề hay biết?",
        [],
        [
            L("Kon Chiêng", "xã", ["Mang Yang"]),
            L("Mang Yang", "huyện"),
            L("Gia Lai", "tỉnh", m=["Gia Lai", "Gia Lai"]),
        ],
        [DANTRI],
        [F("khoảng 4km", 4, "km", "khoảng")],
        [],
    ),
    (  # 38
        ZING13,
        "Khi tả về mẹ, sẽ lần lượt chọn một trong 2 vế mà cô giáo đã hướng dẫn: mắt tròn xoe hoặc đen nhánh, mũi cao cao hoặc dọc dừa, dáng đi nhè nhẹ hoặc chậm rãi. Khi được hỏi, vậy nếu không tả mẹ mà tả ba thì làm sao, các học sinh này trả lời ngay: “Nếu tả ba thì thêm vào: tính cách cứng rắn, còn những phần khác thì vẫn tả như cũ”. Khi tả về người bạn để lại nhiều ấn tượng, các học sinh cho biết sẽ theo trình tự sau: “Năm nay bạn ấy trạc tuổi em hoặc cao hơn em cái đầu. Bạn ấy là một người chăm chỉ, tốt bụng, hay giúp đỡ người khác”.",
        [],
        [],
        [],
        [F("2 vế", 2, "vế")],
        [],
    ),
    (  # 39
        DT19_3,
        "(Dân trí) - Trứng là một món chủ yếu trong bữa ăn của nhiều người, nhưng một nghiên mới của các nhà nghiên cứu thuộc Đại học Northwestern đã cho thấy rằng những người ăn nhiều trứng có nguy cơ mắc bệnh tim cao hơn đáng kể.",
        [],
        [],
        [DANTRI, O("Đại học Northwestern")],
        [],
        [],
    ),
    (  # 40
        DT17,
        "Nhà hàng đặc biệt này trả “lương” cho khỉ bằng những quả chuối và đậu nành. >> Là quần áo bằng chân - Nghề truyền thống dần mai một tại Ai Cập >> Thái Bình: Kiếm tiền triệu từ nghề cào ngao thuê ở Đồng Châu >> Chủ trại vịt trời ngày đêm chăm bẵm, gom hàng phục vụ Tết",
        [],
        [L("Ai Cập", C), L("Thái Bình", "tỉnh")],
        [],
        [],
        [],
    ),
    (  # 41
        ZING13,
        "“Nếu quá gò theo dàn ý lại mất đi tính sáng tạo của học sinh. Tôi cho rằng đây cũng là điều cần phải thay đổi trong những năm tới. Có thể dạy một số dàn ý chu toàn nhưng vẫn phải để cho các em phá cách, phân tích theo chiều sâu khía cạnh của một vấn đề chứ không nhất thiết bắt học sinh phải thật toàn diện cả bài mà mất đi sự sắc sảo mang dấu ấn cá nhân”.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 42
        DT19_8,
        "(Dân trí) - Dưới điều kiện mức nhiệt cao từ 36-40 độ như miền Bắc trong những ngày gần đây, cần đặc biệt lưu ý việc sử dụng smartphone trực tiếp dưới ánh nắng vì có thể đem đến những hậu quả khôn lường.",
        [],
        [],
        [DANTRI],
        [F("36-40 độ", 36, "độ", value_max=40)],
        [],
    ),
    (  # 43
        DT17,
        "(Dân trí) - Nói cho cùng, chẳng ai muốn mất tiền, cũng không ai muốn tự biến mình thành nạn nhân cả. Chỉ có điều, nhìn lại quá khứ, những vụ rò rỉ thông tin về việc bắt bầu Kiên, bắt lãnh đạo VNCB, bắt Hà Văn Thắm... đã từng “nhuốm đỏ” thị trường và rồi được xác thực không khỏi khiến người ta băn khoăn trước những tin đồn mới. >> Tin đồn về ông Trần Bắc Hà “thổi bay” 44.000 tỷ đồng trên sàn chứng khoán",
        [P("Kiên", "Bầu"), P("Hà Văn Thắm"), P("Trần Bắc Hà", "Ông")],
        [],
        [DANTRI, O("VNCB")],
        [F("44.000 tỷ đồng", 44000000000000, "đồng")],
        [],
    ),
    (  # 44
        BLC,
        "Trong thời gian qua, tỉnh Yên Bái đã tích cực triển khai các chương trình ứng dụng công nghệ thông tin trong quản lý và xây dựng hệ thống du lịch thông minh, nhằm nâng cao tính cạnh tranh công nghệ của ngành du lịch, tạo ra dịch vụ có giá trị gia tăng cao và tăng tiện ích cho người dân và du khách.",
        [],
        [L("Yên Bái", "tỉnh")],
        [],
        [],
        [],
    ),
    (  # 45
        GENK12,
        "Đôi khi tôi cũng thấy khủng hoảng về việc mình dựa dẫm vào Amazon như thế nào, nhưng rồi tôi nhận ra là tuy việc chạy xung quanh Amazon hơi khó chịu nhưng ít nhất mình cũng là người cùng phe chứ không phải kẻ thù. Tin tôi đi, bạn không muốn trở thành kẻ thù của Amazon đâu. Gần như không có bất kỳ điểm yếu nào của họ mà bạn cố thể tấn công. Amazon thực ra có một điểm yếu duy nhất mà tôi sẽ nói sau đây nhưng thực sự thì nó cũng chả có tác dụng mấy.",
        [],
        [],
        [O("Amazon", m=["Amazon"] * 4)],
        [],
        [],
    ),
    (  # 46
        DT19_8,
        "(Dân trí) - Trên thế giới, vẫn còn một khoảng cách giới lớn trong các ngành nghề STEM (khoa học, công nghệ, kỹ thuật và toán học). Phụ nữ chiếm ít hơn 10% lực lượng lao động kỹ thuật ở Anh; trong khi ở Mỹ, chỉ một phần tư những người làm việc trong các lĩnh vực STEM là nữ giới.",
        [],
        [L("Anh", C), L(MY, C)],
        [DANTRI],
        [F("ít hơn 10%", 10, "%", "ít hơn")],
        [],
    ),
    (  # 47
        GENK12,
        "Danh sách có thể kéo dài thêm nhiều nữa. Điều làm cho mọi việc khó khăn hơn nữa là Amazon sẽ không toàn diện chiến đấu và áp đảo bạn hoàn toàn. Đó đơn giản chỉ là phí phạm năng lượng. Họ muốn bạn phải chống chọi một cách hợp lý theo mức độ mà họ điều khiển. Vì vậy khi bạn nghĩ bản thân biết phải làm thế nào trên mặt trận này, họ lại chuyển sang mặt khác. Khi đó bạn hoặc là lùi mình về mô hình FUD (Fear – Sợ, Uncertainty – Bấp bênh, Doubt – Nghi ngờ) hoặc là đầu hàng và trở thành đồng minh.",
        [],
        [],
        [O("Amazon")],
        [],
        [M("FUD", "mô hình")],
    ),
    (  # 48
        GENK12,
        "Tương phản lại, khi bạn lập một danh sách về những sự kiện quan trọng trong thập kỷ qua của các công ty khác, bạn không thể tìm thấy một khuôn mẫu có hệ thống trong việc đưa ra các thông báo và chuỗi sự kiện. Bạn có thể thấy kẻ mạo hiểm đầy tính anh hùng như Google+, kỳ tích công nghệ như iPad, thành công mỹ mãn như MS Office, nơi tiếp thị tạo tiếng vang tuyệt vời như Facebook, và màn trình diễn của sự bạo lực như đội bán hàng của Microsoft .",
        [],
        [],
        [O("Facebook"), O("Microsoft")],
        [],
        [],
    ),
    (  # 49
        GENK12,
        "Lấy AWS làm ví dụ. Dự án này hoàn toàn không có quyền được thành công. Nó vi phạm tất cả các luật lệ trong sách giáo khoa về sự co dãn trong thương hiệu, định vị thị trường, quản lý cạnh tranh cơ bản và nhiều nữa. Nhưng đó lại là sân chơi phù hợp cho Amazon.",
        [],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (  # 50
        GENK12,
        "Sự sụp đổ của Rockefeller, đại khái vậy, bắt đầu với việc ông ấy đánh giá thấp sức mạnh của báo chí trong việc định hình suy nghĩ của công chúng. Nhà báo Ida Tarbell đã phỉ bang Rockefeller và Standard Oil, và gây nên cuộc chiến chống độc quyền của Roosevelt dẫn tới sự tan rã của Standard Oil.",
        [
            P("Rockefeller", m=["Rockefeller", "Rockefeller"]),
            P("Ida Tarbell", roles=["Nhà báo"]),
            P("Roosevelt"),
        ],
        [],
        [O("Standard Oil", m=["Standard Oil", "Standard Oil"])],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind38", CASES))


if __name__ == "__main__":
    main()

"""Hand labels for the BLIND36 split, written before vnnews, `extractors` or underthesea ever ran on them.

A thirty-sixth held-out set, all real text: the long paragraphs of the fixture pages, to measure the
extractor on article-length text where a fact is named more than once (no text was chosen for naming
a person or for anything else: every qualifying candidate was taken in listing order). One source, in
each row's "source":
- "real": text copied from fixtures by blind6's recipe (selectolax `node.text(deep=True)` of a leaf <p>,
  <li>, <h1>-<h4>, <td> or <div> node, one holding none of those, whitespace collapsed, NFC; "page"
  relative to tests/fixtures/pages). The listing is new and shared by blind34 to blind38: the nodes of
  the 48 HTML pages LONGER than 200 characters (every earlier listing took nodes of 25 to 200
  characters, so none of these was ever listed before), pages sorted by path, a text met twice on one
  page listed once, and a node left out when it shares 40 characters with, lies inside or holds a text
  of any tests/devset/**/*.jsonl as they stood before this round was made; read round-robin (round r
  takes the r-th node of every page that has one); a node sharing 40 characters with an earlier node of
  the listing is marked a duplicate. The listing was split five ways by position: blind34 holds
  positions 0, 5, 10, ..., blind35 1, 6, 11, ..., this split 2, 7, 12, ..., blind37 3, 8, ... and
  blind38 4, 9, ...; the 63 candidates here run from position 2 (round 1) to position 312 (round 37),
  the last of this split's positions (the listing ends at position 315, round 40). Every candidate was
  read in order and taken when it is news text (article paragraph, lede with its related links, teaser,
  a reader's letter or its teaser; not scripts, ad code, widgets, menus, unit lists, imprints or
  filler), holds a digit, a number word or a capitalised word after its first (a capitalised word
  opening a second sentence counts, blind33) and is not a duplicate. Every text taken was checked (by
  script) to occur in its page's body text as the label check reads it. Passed over: position 2
  (baocantho-2026-category-thoi-su, round 1: ad code, an <a><img> ad tag printed as text); 7
  (dantri-2012-chot-lich-nghi-le-tet-2013, round 1: "Do đó, các bến xe ...", news text with no digit,
  number word or capitalised word after its first; "số chuyến" holds no number word); 22
  (thanhnien-2012-5-bong-hong, round 1: a duplicate, ad code like position 2's); 27 and 97
  (vietnamnet-2024-article-chrome-body-replaced, rounds 1 and 3: the fairy tale of "Juliet" that the
  repository's author put in place of the page's body, filler, as blind14 passed over its h1); 57
  (ngoisao-2012, round 2: a visitor-counter script); 67 (vnexpress-2012-vo-ngoai-tinh, round 2: a
  duplicate, the whole reader's letter, holding the text of position 29); 72
  (vtcnews-2025-sample-article, round 2: a duplicate, a search-box script like vtcnews-2025-home's); 107
  (24h-2012, round 4: the Facebook like-box widget and its script); 142 (genk-2012-amazon, round 5: a
  duplicate, sharing 40 characters with position 12, taken here); 172 (zing-2012, round 6: the
  copyright, contact and licence imprint); 177 (baolaocai-2026, round 7: the page's list of the
  province's communes and wards, a menu); 237 (thanhnien-2012-5-bong-hong, round 10: the section menu
  "Tin tức Thanh Niên Online | Tin sao iHay | ..."); 242 (vnexpress-homepage-2013, round 10: the poll
  script "AddVote(...)"); 252 (thanhnien-homepage-2013, round 11: a duplicate, the same section menu);
  267 (dantri-homepage-2017-08, round 13: a duplicate, sharing 40 characters with position 259). Taken
  as news text: genk-2012-amazon's list of lessons ("- Amazon kiên nhẫn ...") and its numbered item "12.
  Quyết tâm đẩy con Tốt ..."; nhandan's line-up paragraph "Tây Ban Nha: Unai Simon; ..." (the match
  report's team sheet); the dantri ledes with their ">>" related links (as blind15 to blind33);
  vnexpress-2012-vo-ngoai-tinh's related-letter teaser "Sự cô đơn đang cướp đi cuộc sống của tôiTôi đã
  tự tử 2 lần, ... (Nguyễn)>> Cùng chủ đề" (its title glued to the teaser as printed); cafebiz's
  interview answer quoting "Change is the only constant in life". Texts are copied exactly as the
  candidate file gives them (glued words such as "tôiTôi", "tuổi)–" kept as printed). This split holds
  47 texts (16 of the 63 candidates passed over: 6 duplicates, 9 not news text, 1 not qualifying): 5, 4,
  4, 5, 3, 3, 3, 3, 4, 1, 1, 2, 2 and 1 texts in rounds 1 to 9, 10, 11, 12, 14 and 15, and one each in
  rounds 17, 19, 22, 27, 32 and 37.
No text here occurs in tests/devset/*.jsonl or blind/..blind35/ (checked by tests/test_blind_labels.py),
nor shares 40 characters with one (checked while listing).
The author read no extractor code (only extractors/facts.py for field names) and ran no extractor,
vnnews command, bench or underthesea on these texts. This script only turns the notation below into
tests/devset/blind36/{people,places,organizations,figures,models}.jsonl:
    python tests/devset/blind36/make_blind36.py

Conventions: exactly those of tests/devset/blind13/make_blind13.py (and blind/..blind12/ before it,
blind14 to blind33 after it), plus these decisions taken before any scoring. These texts are long, so
every mention of every fact is labelled, in text order: a person, place or organisation named again
("Văn Lâm" after "Đặng Văn Lâm", "Muangthong United" after "CLB Muangthong United", "Amazon" six
times) has all its mentions in one fact, and every figure is listed where it stands.
- people: "chị Hạnh" is "Hạnh" with the title "Chị" (blind/'s same woman on this page, blind24's "chị
  Hoa"), and "Thiếu tá Đoàn Thị Hạnh" has the title "Thiếu tá" (blind18, blind20); "Thủ môn Đặng Văn
  Lâm" has the role "Thủ môn" (blind33's "thủ môn Trung Kiên"), with the two later mentions "Văn Lâm"
  (the second again after "Thủ môn"); "cô giáo Hà Thị Huyền" has the role "cô giáo" as written (the word
  "female teacher", an occupation before the name, blind32's "đạo diễn", blind15's "diễn viên"; unlike
  blind20's "thầy Quang Thọ", where the bare "thầy" is a title), the description after the dash ("người
  con gái dân tộc Tày") none; "liệt sỹ Nguyễn Văn Tuấn" has the title "Liệt sỹ" (a state's title of
  honour for a fallen soldier before the name, blind28's "NSND"; capitalised as the earlier splits spell
  a title, blind30's "Đồng chí"), the bare "gia đình liệt sỹ" before it giving nothing; "ông Giáp Văn
  Huyên (54 tuổi)– lúc đó vẫn đang là thẩm phán ..." has the title "Ông" and no role (a role after a
  verb, blind10, blind19); "Nguyễn Năng Mạnh (Chủ tịch HĐQT Công ty cổ phần MediaUSA)" has no role (a
  role after the name in brackets, blind23's "ông Nguyễn Văn Lang (..., nguyên đơn)"), the company
  inside it labelled; "Bác" in "học theo Bác" and "Muốn học Bác" (Uncle Hồ by the bare word) was first left no
  mention, as blind/ left the same phrase on this page unlabelled (blind5's "Bác Hồ" is a mention); since
  extractor v85 it is a mention of Hồ Chí Minh, as the external labellers of the provincial text read it
  (37 of their 45 bare "Bác"), and these rows and blind/'s, blind4's and blind41's were relabelled; the
  signature "(Nguyễn)" closing a reader's letter names its writer, a person (blind19's "(Lâm)");
  "Bezos", "Porro", "Cubarsi", "Laporte", "Cucurella", "Rodri", "Zubimendi", "Pedri", "Merino",
  "Oyarzabal" and "Torres" (one-word names, blind13) are people, and so are "Jack Welch" (named in a
  comparison, "Bezos là Jack Welch") and "Alfred Chandler" (the author of the quoted saying); "Tỉnh Bách
  Nhiên" (blind/'s same actor) is a person and names no province, and "Bạch Kính Đình", "Đậu Kiêu",
  "Tống Dật" and "Hà Siêu Liên" are people, the later "siêu mẫu" and "nam diễn viên" no mentions;
  "Hodgkin" in "lymphoma không Hodgkin" (a disease named after a man) and "Lanchaster" in "định luật
  Lanchaster" (a law named after a man, spelt as printed) hold no person (blind27's "Alzheimer"); the
  film title "Đầu xuân tươi sáng" holds none; "Tốt" and "Hậu" (chess pieces, the pawn and the queen) and
  "Juliet" (only in the filler passed over) are none.
- places: "New Zealand" (four times) is a "country"; "nước Nga" (twice) names Nga; "Cặp chị em song sinh
  10x Yên Bái" names Yên Bái, a "tỉnh" on this 2019 page, and "Tỉnh Yên Bái" on the 2026 baolaocai page
  is the former "tỉnh" (blind24's type on this page); "xã Thượng Bằng La" has the parent Văn Chấn, and
  "đại ngàn Văn Chấn" names Văn Chấn, a "huyện" with no parent given (the story is dated 17/06/2025 and
  its photo caption names "UBND huyện Văn Chấn", so its units keep their types of that date, as
  blind19's "Trạm Tấu" on this page; a forest named by its unit names that unit, blind10's natural
  features, blind15's "vườn đào Nhật Tân"); "xã Nam Lộc, huyện Nam Đàn" gives Nam Lộc, a "xã" with the
  parent Nam Đàn, and Nam Đàn, a "huyện" with no parent given (the province is not named), "giáo xứ Vạn
  Lộc" none (blind17); "quận 1, TP.HCM" is "1", a "quận" with the parent Hồ Chí Minh (blind3's "quận
  1"), and "TP.HCM" a mention of Hồ Chí Minh; "thị xã Phúc Yên" (twice, the second inside "UBND thị xã
  Phúc Yên", labelled as blind17's "Sở Y tế Quảng Ninh") is a "thị xã" on this 2013 page (as it was
  until 2018), with no parent given; "huyện Hiệp Hoà (tỉnh Bắc Giang)" and the later "Hiệp Hòa" are one
  "huyện" named "Hiệp Hòa" with the parent Bắc Giang, both mentions as printed (the old and the new
  placing of the accent, blind29's "Thừa Thiên-Huế"), both inside the court's name and labelled; "Hòa
  Bình:" (a dateline) and "Hà Tĩnh" are "tỉnh"; "Tây Ban Nha:" opening the line-up, the side "Tây Ban
  Nha" and "thủ thành Argentina" name their countries (blind15's sides); "(Thái Lan)" after the club is
  labelled, and "đội tuyển Việt Nam" names Việt Nam (blind15); "Ford Việt Nam" names Việt Nam (blind25);
  "người mẫu Trung Quốc", "truyền thông Trung Quốc" and "giỏi nhất Trung Quốc" name Trung Quốc; "Thái"
  inside "Thái-League" (a name joined by a hyphen) is none (blind29's "VN-Index"); "Tây Bắc" (a region,
  blind13), "Hoa ngữ" (blind13) and "dân tộc Tày" (an ethnic group) name no place.
- organisations: "Amazon", "Google", "Apple", "Microsoft" and "Facebook" (companies compared and acting,
  blind15, blind26) and "General Electric" (a company named in a comparison, "Amazon là General Electric
  của hiện tại") are, each with all its mentions; "MoMo" (blind20); "Bộ Nông nghiệp và Môi trường";
  "Quốc hội" inside "Nghị quyết Quốc hội" is one (the body whose resolution it is, blind28's "Quốc hội"
  in "Chủ tịch Quốc hội"), while "Nghị định", "Nghị quyết", "Luật Đất đai" and "Luật Đường bộ năm 2024"
  are none (blind25's "Luật Quản lý thuế"); the bare "Bộ" ("lãnh đạo Bộ", "Bộ luôn có những điều chỉnh",
  the education ministry by its bare word) is one with two mentions (the bare "Huyện ủy", "Đảng" and
  "Đoàn", blind3, blind10, blind14, blind30), "ĐH, CĐ" (universities and colleges in general, blind20)
  and "(TS)" (thí sinh) none; "Học viện Ngoại giao"; "Công ty cổ phần MediaUSA" as written (nothing
  abbreviated to expand) and "Cục An toàn thực phẩm" (blind32), the "HĐQT" inside the role no
  organisation of its own; "CLB Muangthong United" is expanded "Câu lạc bộ Muangthong United" (blind4's
  "CLB Famalicao"), the later "Muangthong United" its second mention, while "Thái-League" (a league,
  blind14) and "Đội hình tiêu biểu" (a team of the round) are none; the tags "(Dân trí)" and "(Dân
  Việt)" (the paper whose story dantri prints, a tag as blind13's "(Soha.vn)" and blind25's "(TNO)")
  are; in "Tin từ báo Dân trí, Thanh niên, Tiền phong, VOV…" the four papers are four organisations by
  their names, the "báo" before the list a common noun for all of them (blind18's "Bạn đọc Dân trí"),
  and that "Dân trí" is the second mention of the tag's; "TAND huyện Hiệp Hoà" is expanded "Tòa án nhân
  dân huyện Hiệp Hoà" and carries Hiệp Hòa, the later "TAND huyện Hiệp Hòa" its second mention as
  printed (blind/'s "TAND TP.Đà Nẵng"); "VOGUE" (a magazine, as printed) and "Forbes" (blind15);
  "Victoria’s Secret" (blind24, with the page's "’"); "UBND thị xã Phúc Yên" is expanded "Ủy ban nhân
  dân thị xã Phúc Yên" and carries Phúc Yên; "Trường tiểu học Phan Văn Trị" is one as written, holding
  no person (blind31's "Đoàn TNCS Hồ Chí Minh") and carrying no place; "Ford Việt Nam" carries Việt Nam
  (blind25); "Instagram" (a platform, blind14), "Internet", "SGK", "PR", "Kindle-exclusive", "eBooks",
  "chatbot", "World Cup" (an event, blind17), "Giáng sinh", "Noel" and "công an giao thông" (the force
  in general, blind20) are none.
- figures: "2 vụ tấn công đẫm máu" is "2 vụ tấn công" (the adjective left out, blind27's "7 ngành học
  mới"), and "17 phút" is counted at each of its two places; the match minutes of the line-up ("99'",
  "62'", "75'") and "ở phút 67" are moments of the game, none (blind4's "ở phút 34", blind9's "phút
  90+2"); "gần 20 năm" carries "gần"; "hơn 5,8 triệu người theo dõi" is 5800000 "người theo dõi" with
  the qualifier "hơn" (the noun with its modifier, blind21), while "khoảng một triệu" is a number word,
  none; "Top 10 người mẫu đắt giá nhất thế giới" holds "10 người mẫu" (blind24's "top 4 người đẹp", the
  superlative left out, blind25); "90 ngày" is a count, while "12." opening a numbered item is a list
  number, none (blind14); "54 tuổi" is an age and "3 bị cáo" a count; "hơn 5 tỷ đồng" carries "hơn", "2
  phụ nữ" is a count and "24 năm tù" holds "24 năm" (blind14's "Hơn 165 năm tù"); "trên 1 mặt trận"
  holds "1 mặt trận", a real count of one front set against the many-front fight that follows (blind33's
  "1 kẻ thắng"); "2 lần" is a count; "n^2" (an exponent in a formula), "lớp 5" (a school grade,
  blind16), "vòng 3" (blind14's "Vòng 19"), "chiến thắng thứ 2" (an ordinal), "10x" (a generation,
  blind30's "9X"), the "1" of "quận 1" (a unit's number, a place), years and decades ("năm 1988", "những
  năm 2000", "năm 2013", "năm 2014", "năm 2015", "năm 2022", "năm 2024", "2025-2030") and dates ("Tháng
  12/2025", "ngày 15/3", "tháng 5/2018", "ngày 28/11") are none, nor the number words ("một ngành", "một
  công ty", "một cuộc chiến", "hơn trăm cây số", "hàng trăm sáng kiến", "hàng chục triệu người dùng",
  "Một hệ thống", "một vài năm", "hàng tỷ đồng", "một ván cờ", "Một nửa", "hàng chục năm", "một ngày",
  "Hai nghệ sĩ", "tứ đại siêu mẫu", "Một bệnh nhân", "vài phút", "một trong những", "một nhóm", "một số
  điều", "Một nhân viên", "Một đối thủ", "một việc", "một bộ SGK", "một hang đá", "một thời").
- models: none in these texts. "phong trào thi đua lao động sáng tạo" (lower case and unquoted, the
  unit's emulation in creative work described, not a named movement) is a common noun, none (blind12's
  "mô hình trồng bưởi hữu cơ", unlike blind23's named "phong trào toàn dân bảo vệ ANTQ"); the quoted "du
  lịch văn hóa" (a tourism product) and the slogans “biến di sản thành tài sản”, ... are none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
DT13 = "dantri.com.vn/dantri-homepage-2013-09.html"
DT19_3 = "dantri.com.vn/dantri-homepage-2019-03.html"
DT19_8 = "dantri.com.vn/dantri-homepage-2019-08.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
TIENPHONG = "tienphong.vn/tienphong-2026-sieu-mau-noi-y-luu-van.html"
TN13 = "thanhnien.vn/thanhnien-homepage-2013.html"
VE12_VO = "vnexpress.net/vnexpress-2012-vo-ngoai-tinh.html"
VE25 = "vnexpress.net/vnexpress-2025-dau-bung-keo-dai.html"
VNECO = "vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
VTC_SAMPLE = "vtcnews.vn/vtcnews-2025-sample-article.html"
XINHXINH = "xinhxinh.com.vn/xinhxinh-2012-4-buoc-mix-do.html"
ZING12 = "zingnews.vn/zing-2012-moi-nga-duong-ve-nha-tho.html"
ZING13 = "zingnews.vn/zing-2013-keu-troi-vi-van-ta.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"
ZNEWS_KD = "zingnews.vn/znews-2025-kinh-doanh.html"

VN = "Việt Nam"
HCM = "Hồ Chí Minh"
CN = "Trung Quốc"
C = "country"

# (page, text, people, places, organizations, figures, models), in listing order (position i)
REAL = [
    # ------------------------------------------------------------------ round 1
    (  # 12
        GENK12,
        '- Amazon kiên nhẫn để chờ cho các "cơn bão" đi qua.- Thành công của Amazon tới từ việc hạ gục cả một ngành công nghiệp có hệ thống.- Amazon không tạo ra thị trường mới như Google, Apple, không cạnh tranh với một công ty khác, mà họ đang làm xáo trộn rất nhiều ngành công nghiệp.- Hợp tác với Amazon như là "bơi cùng cá mập". Bạn sẽ cùng Amazon chiến thắng một cuộc chiến, nhưng sau đó, bạn sẽ phải chiến đấu với phe chiến thắng để giành chỗ.- Cả công ty hoạt động với tư duy rõ nét về cuộc chơi mà họ theo đuổi.- Amazon có điểm yếu là hoạt động PR và đánh giá thấp sức mạnh báo chí.',
        [],
        [],
        [O("Amazon", m=["Amazon"] * 6), O("Google"), O("Apple")],
        [],
        [],
    ),
    (  # 17
        NHANDAN,
        "Tây Ban Nha: Unai Simon; Porro, Cubarsi, Laporte (Eric Garcia 99'), Cucurella; Rodri (Zubimendi 99'), Fabian Ruiz (Pedri 62'); Alex Baena (Nico Williams 75'), Dani Olmo (Merino 75'), Lamine Yamal; Oyarzabal (Torres 62')",
        [
            P("Unai Simon"),
            P("Porro"),
            P("Cubarsi"),
            P("Laporte"),
            P("Eric Garcia"),
            P("Cucurella"),
            P("Rodri"),
            P("Zubimendi"),
            P("Fabian Ruiz"),
            P("Pedri"),
            P("Alex Baena"),
            P("Nico Williams"),
            P("Dani Olmo"),
            P("Merino"),
            P("Lamine Yamal"),
            P("Oyarzabal"),
            P("Torres"),
        ],
        [L("Tây Ban Nha", C)],
        [],
        [],
        [],
    ),
    (  # 32
        VE25,
        "Bác sĩ đánh giá bệnh nhân nhiều dấu hiệu bất thường nên nội soi dạ dày và đại tràng lấy mẫu sinh thiết phát hiện tế bào lympho không điển hình, nghi ngờ ác tính. Xét nghiệm hóa mô miễn dịch xác định bệnh nhân mắc ung thư lymphoma không Hodgkin ruột non. Bác sĩ nhiều chuyên khoa tiêu hóa, huyết học, giải phẫu bệnh cùng hội chẩn, xây dựng phác đồ điều trị cho bệnh nhân.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 37
        XINHXINH,
        "Từng giờ từng phút đang trôi qua, và hẳn ai ai cũng đang chờ mong những âm thanh ngân vang, rộn rã của tiếng chuông cũng như bầu không khí an lành và hạnh phúc của đêm Giáng sinh. Đây chính là thời điểm để chúng ta quây quần bên gia đình, gửi những lời chúc bình an và tốt đẹp nhất đến tất cả những người yêu thương. Rồi biết bao nhiêu bữa tiệc tưng bừng, náo nhiệt nhân dịp Noel, năm mới đang chờ đợi phía trước nữa chứ.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 42
        ZNEWS_KD,
        "Bộ Nông nghiệp và Môi trường đang lấy ý kiến đối với dự thảo Nghị định quy định chi tiết và hướng dẫn một số điều của Nghị quyết Quốc hội về các cơ chế, chính sách tháo gỡ khó khăn trong thi hành Luật Đất đai.",
        [],
        [],
        [O("Bộ Nông nghiệp và Môi trường"), O("Quốc hội")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 2
    (  # 47
        BLC,
        '"Làm sao để trọn vẹn cả đôi đường?” - đó là câu hỏi mà chị Hạnh thường tự vấn. Bởi lẽ, cùng lúc chị đảm đương nhiều vai: là một quân nhân chuyên ngành thông tin - khoa học quân sự vốn đòi hỏi sự chính xác, kỷ luật; là người mẹ, người vợ trong một gia đình mà chồng công tác cùng ngành cách xa nhà hơn trăm cây số, con gái lớn đang là sinh viên Học viện Ngoại giao, con gái nhỏ là học sinh chuyên ngữ. Để làm tròn vai, chị chọn học theo Bác: sống khoa học, trách nhiệm, tiết kiệm thời gian và giữ gìn sự nhân hậu trong mọi mối quan hệ.',
        [P("Hạnh", "Chị"), P("Hồ Chí Minh", m=["Bác"])],
        [],
        [O("Học viện Ngoại giao")],
        [],
        [],
    ),
    (  # 52
        DT19_3,
        '(Dân trí) - Bà ngoại của thủ phạm gây ra 2 vụ tấn công đẫm máu tại New Zealand cho biết cháu trai nghiện các trò chơi điện tử từ thời còn là học sinh. Điều này có thể lý giải phần nào việc nghi phạm quay video trực tiếp về vụ xả súng trên mạng, trong đó có các cảnh tương tự trong các game bắn súng. >> "Sát thủ máu lạnh" ở New Zealand từng du lịch khắp thế giới, nhiều nước cấp tập điều tra >> Nghi phạm phát trực tiếp 17 phút xả súng ở New Zealand ra hầu tòa >> Chân dung nghi phạm phát trực tiếp 17 phút xả súng đẫm máu tại nhà thờ New Zealand',
        [],
        [L("New Zealand", C, m=["New Zealand"] * 4)],
        [O("Dân trí")],
        [F("2 vụ tấn công", 2, "vụ tấn công"), F("17 phút", 17, "phút"), F("17 phút", 17, "phút")],
        [],
    ),
    (  # 62
        TN13,
        "Ngay khi mùa tuyển sinh ĐH, CĐ năm nay chưa kết thúc, các trường và thí sinh đã thấp thỏm không biết kỳ tuyển sinh năm sau có những điều chỉnh gì. Mặc dù lãnh đạo Bộ vẫn khẳng định sẽ không thay đổi trước năm 2015 nhưng thực tế các năm qua, Bộ luôn có những điều chỉnh trong kỳ thi tuyển sinh khiến các trường cũng cảm thấy lúng túng, huống gì thí sinh (TS).",
        [],
        [],
        [O("Bộ", m=["Bộ", "Bộ"])],
        [],
        [],
    ),
    (  # 77
        ZNEWS_HOME,
        "Nguyễn Năng Mạnh (Chủ tịch HĐQT Công ty cổ phần MediaUSA) nhiều lần đưa tiền hối lộ cho lãnh đạo Cục An toàn thực phẩm cùng cá nhân liên quan với số tiền hàng tỷ đồng để được tạo điều kiện, hướng dẫn khắc phục những tồn tại khi đoàn kiểm tra xuất hiện.",
        [P("Nguyễn Năng Mạnh")],
        [],
        [O("Công ty cổ phần MediaUSA"), O("Cục An toàn thực phẩm")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 3
    (  # 82
        BLC,
        '"Muốn học Bác, hãy học từ việc nhỏ!” - chị tâm niệm vậy và bắt đầu từ chính phong trào thi đua lao động sáng tạo, một thế mạnh của đơn vị chị. Trong vai trò phụ trách công tác khoa học quân sự, chị tham mưu tổ chức thành công các hội thi kỹ thuật, chọn lựa hàng trăm sáng kiến có giá trị thực tiễn cao.',
        [P("Hồ Chí Minh", m=["Bác"])],
        [],
        [],
        [],
        [],
    ),
    (  # 87
        DT19_3,
        "(Dân trí) - Thủ môn Đặng Văn Lâm đang chơi càng lúc càng hay trong màu áo CLB Muangthong United (Thái Lan), điều đó chắc chắn càng giúp cho bản lĩnh của thủ thành này tăng cao, và sẽ rất có lợi khi anh quay lại khoác áo đội tuyển Việt Nam ở các giải quốc tế. >> Văn Lâm giúp Muangthong United giành chiến thắng thứ 2 liên tiếp >> Thủ môn Văn Lâm được chọn vào Đội hình tiêu biểu vòng 3 Thái-League",
        [P("Đặng Văn Lâm", roles=["Thủ môn"], m=["Đặng Văn Lâm", "Văn Lâm", "Văn Lâm"])],
        [L("Thái Lan", C), L(VN, C)],
        [
            O("Dân trí"),
            O(
                "CLB Muangthong United",
                "Câu lạc bộ Muangthong United",
                m=["CLB Muangthong United", "Muangthong United"],
            ),
        ],
        [],
        [],
    ),
    (  # 92
        NHANDAN,
        "Sang hiệp hai, sức ép tiếp tục được Tây Ban Nha gia tăng. Lamine Yamal tạo cơ hội thuận lợi cho Ferran Torres ở phút 67, nhưng cú đánh đầu của tiền đạo này chưa đủ khó để đánh bại Emiliano Martinez. Pau Cubarsi, Pedri và Nico Williams cũng nhiều lần buộc thủ thành Argentina phải trổ tài cứu thua.",
        [
            P("Lamine Yamal"),
            P("Ferran Torres"),
            P("Emiliano Martinez"),
            P("Pau Cubarsi"),
            P("Pedri"),
            P("Nico Williams"),
        ],
        [L("Tây Ban Nha", C), L("Argentina", C)],
        [],
        [],
        [],
    ),
    (  # 102
        XINHXINH,
        'Đây chắc chắn là bước quan trọng nhất, cũng là cơ sở để bạn có thể lựa chọn những item khác đi kèm. Váy liền vẫn đứng đầu trong danh sách những trang phục được ưu tiên lựa chọn vì độ tiện dụng cũng như tính điệu đà, duyên dáng, phù hợp hoàn cảnh của mình. Ngoài ra, bạn còn có thể mở rộng sự lựa chọn với những trang phục khác như chân váy, áo sơmi, shorts, áo pull tay dài... Về màu sắc, trắng và đen là những gam màu khá đơn giản nhưng luôn luôn hiệu quả. Gam đỏ, trắng và xanh là những sắc màu "chuẩn" Giáng sinh. Sequin hay ánh kim chính là "vũ khí" để những cô nàng yêu thích sự nổi bật thật sự tỏa sáng trong đêm này.',
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 4
    (  # 112
        CAFEBIZ,
        "Với các dịch vụ có hàng chục triệu người dùng như MoMo, việc chăm sóc khách hàng cần phải có sự hỗ trợ của các hệ thống giao tiếp chatbot thông minh bên cạnh các nhân viên chăm sóc khách hàng. Chatbot với khả năng hiểu ngôn ngữ có thể trả lời các câu hỏi thường gặp, xử lý các tác vụ đơn giản thông qua kênh chat của ứng dụng.",
        [],
        [],
        [O("MoMo")],
        [],
        [],
    ),
    (  # 117
        GENK12,
        "Hơn bất cứ tập đoàn nào trong thời đại Internet, Amazon có một văn hóa xây dựng chiến thuật trong kinh doanh mạnh mẽ. Amazon là General Electric của hiện tại và Bezos là Jack Welch. Khi quyển sách định nghĩa cho chiến lược doanh nghiệp của thời kỳ đầu của Internet được viết, Amazon sẽ là một ví dụ điển hình mà không phải là Google, Apple, Microsoft hay Facebook. Đó cũng là những công ty lớn, nhưng thành công của họ nằm ở những mảng khác. Khi cuộc chơi về chiến lược doanh nghiệp phát triển hơn, họ sẽ trở thành những tay mơ chứ không phải là một vị kiện tướng.",
        [P("Bezos"), P("Jack Welch")],
        [],
        [
            O("Amazon", m=["Amazon"] * 3),
            O("General Electric"),
            O("Google"),
            O("Apple"),
            O("Microsoft"),
            O("Facebook"),
        ],
        [],
        [],
    ),
    (  # 122
        TIENPHONG,
        'Vẫn có những khán giả ủng hộ Lưu Văn, cho rằng người yêu thích phim Đầu xuân tươi sáng quá khó tính, soi mói, không phân biệt được giữa nhân vật trên màn ảnh và nghệ sĩ ngoài đời thực. Lưu Văn chỉ nhấn thích bức ảnh của Tỉnh Bách Nhiên trên nền tảng mạng xã hội. Trước đó, cô cũng không ít lần "thả tim" cho bạn trai. Khi cả hai ra sân bay cùng nhau, siêu mẫu cũng cố ý đi riêng để tránh làm ảnh hưởng tới fan của Tỉnh Bách Nhiên. Trước đó, khi Bạch Kính Đình, Đậu Kiêu có tác phẩm nổi bật, những người phụ nữ có liên quan như Tống Dật, Hà Siêu Liên đều bị chỉ trích dù họ chỉ ủng hộ tác phẩm một cách bình thường hoặc có những hành động vô tình.',
        [
            P("Lưu Văn", m=["Lưu Văn", "Lưu Văn"]),
            P("Tỉnh Bách Nhiên", m=["Tỉnh Bách Nhiên", "Tỉnh Bách Nhiên"]),
            P("Bạch Kính Đình"),
            P("Đậu Kiêu"),
            P("Tống Dật"),
            P("Hà Siêu Liên"),
        ],
        [],
        [],
        [],
        [],
    ),
    (  # 127
        VTC_SAMPLE,
        "Theo quy định của Luật Đường bộ năm 2024, các hạng mục hạ tầng kỹ thuật thuộc trách nhiệm của đơn vị quản lý phải tự tổ chức di dời để bàn giao mặt bằng. Tuy nhiên, việc phối hợp thực hiện chưa kịp thời, ảnh hưởng đến tiến độ chung của dự án. Chủ đầu tư đang tiếp tục làm việc, đôn đốc các đơn vị liên quan đẩy nhanh việc di dời hạ tầng kỹ thuật, sớm bàn giao mặt bằng, bảo đảm tiến độ tổng thể công trình.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 132
        ZNEWS_HOME,
        "Chủ trương xây dựng một bộ SGK thống nhất trên phạm vi toàn quốc đang nhận được nhiều sự quan tâm. Nhiều ý kiến cho rằng việc biên soạn cần lấy học sinh làm trung tâm, bảo đảm tính khoa học, giảm tải nội dung và phù hợp với điều kiện dạy - học thực tế.",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 5
    (  # 137
        CAFEBIZ,
        "Chatbot cũng có thể hoạt động như lớp giao tiếp ban đầu, hỏi các thông tin sơ bộ của khách hàng, phân luồng xử lý rồi chuyển thông tin đến nhân viên hỗ trợ. Một hệ thống chatbot như vậy sẽ giúp xử lý được nhiều yêu cầu của khách hàng hơn, thời gian nhân viên xử lý mỗi yêu cầu nhanh hơn.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 147
        VNECO,
        "Dầu giảm giá do nhà đầu tư chốt lời sau khi giá dầu đạt đỉnh kể từ năm 2014 trong phiên ngày thứ Tư. Tuy nhiên, nhu cầu tiêu thụ mạnh và nguồn cung eo hẹp vẫn đang tiếp tục hỗ trợ cho giá năng lượng này.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 152
        ZING12,
        "Tương tự, tại điểm nhà thờ giáo xứ Vạn Lộc thuộc xã Nam Lộc, huyện Nam Đàn, cảnh đón mừng lễ Giáng sinh cũng rất rộn ràng. Từ đầu làng ngõ xóm, từng dàn bóng nháy được thắp lên làm sáng cả một vùng. Mỗi nhà đều có một hang đá, cây thông.",
        [],
        [L("Nam Lộc", "xã", ["Nam Đàn"]), L("Nam Đàn", "huyện")],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 6
    (  # 157
        BLC,
        "Trong hàng ngũ phụ nữ quân đội, có những gương mặt rạng ngời giữa thao trường, có những dấu chân bền bỉ nơi biên cương, còn Thiếu tá Đoàn Thị Hạnh âm thầm ở hậu phương, lặng lẽ góp sức bằng những việc làm ý nghĩa.",
        [P("Đoàn Thị Hạnh", "Thiếu tá")],
        [],
        [],
        [],
        [],
    ),
    (  # 162
        DT19_3,
        '(Dân Việt) - Nhiều người nghi ngờ "búp bê sống" nước Nga đã can thiệp thẩm mỹ để có vòng eo bé xíu. >> Cặp chị em song sinh nóng bỏng nước Nga "gây sốt" tại World Cup >> Cặp chị em song sinh 10x Yên Bái thu hút mọi ánh nhìn',
        [],
        [L("Nga", C, m=["Nga", "Nga"]), L("Yên Bái", "tỉnh")],
        [O("Dân Việt")],
        [],
        [],
    ),
    (  # 167
        TIENPHONG,
        "Nghi vấn hẹn hò bắt đầu rộ lên vào năm 2022. Hai nghệ sĩ bị truyền thông Trung Quốc phát hiện sánh đôi ngoài đời thường, còn có ảnh được cho là Tỉnh Bách Nhiên chở Lưu Văn bằng xe đạp. Tháng 12/2025, họ xác nhận chuyện tình cảm của mình qua một bài phỏng vấn trên tạp chí danh tiếng VOGUE.",
        [P("Tỉnh Bách Nhiên"), P("Lưu Văn")],
        [L(CN, C)],
        [O("VOGUE")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 7
    (  # 182
        DT19_3,
        "(Dân trí) - Một bệnh nhân ở Hà Tĩnh được chẩn đoán viêm ruột thừa và đã được phẫu thuật. Thế nhưng sau đó bệnh viện lại tiếp tục thực hiện ca phẫu thuật khác để cắt một bên vòi trứng khiến gia đình hết sức bức xúc.",
        [],
        [L("Hà Tĩnh", "tỉnh")],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 187
        TIENPHONG,
        'Lưu Văn sinh năm 1988, bắt đầu sự nghiệp người mẫu từ giữa những năm 2000. Cô thuộc nhóm "tứ đại siêu mẫu" Hoa ngữ, từng trở thành người mẫu Trung Quốc đầu tiên sải bước trên sàn diễn Victoria’s Secret. Lưu Văn cũng là siêu mẫu kiếm tiền giỏi nhất Trung Quốc, giữ vững sự nghiệp gần 20 năm khiến ai cũng nể phục.',
        [P("Lưu Văn", m=["Lưu Văn", "Lưu Văn"])],
        [L(CN, C, m=[CN, CN])],
        [O("Victoria’s Secret")],
        [F("gần 20 năm", 20, "năm", "gần")],
        [],
    ),
    (  # 192
        ZING13,
        "Lúc này, cô giáo lần lượt đọc, sửa, rồi trả lại cho học sinh. Các em bắt buộc phải học thuộc lòng những bài văn này và đến các kỳ thi các em chỉ còn mỗi một việc là chép bài văn này ra. Có trường hợp phụ huynh phản ứng, không cho con học thuộc lòng thì con lại khóc lóc, vào lớp sợ cô la vì cô bắt từng bạn đứng lên trả bài xem có thuộc không.",
        [],
        [],
        [],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 8
    (  # 197
        CAFEBIZ,
        'Có một câu tôi nghe nhiều là "Change is the only constant in life" (Nôm na là "Thay đổi là bất biến duy nhất trong cuộc sống"). Câu này đặc biệt đúng với ngành công nghệ thông tin. Chỉ cần đứng yên một chỗ thì sau một vài năm là mình bị tụt hậu.',
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 202
        GENK12,
        "Theo sau chiến lược chính là cấu trúc. Đây là câu nói nổi tiếng của Alfred Chandler và bạn có thể thấy và hiểu rõ qua Amazon. Cả công ty được tổ chức xung quanh một ván cờ khổng lồ mà mọi tài sản đều là quân cờ.",
        [P("Alfred Chandler")],
        [],
        [O("Amazon")],
        [],
        [],
    ),
    (  # 207
        VE12_VO,
        "Sự cô đơn đang cướp đi cuộc sống của tôiTôi đã tự tử 2 lần, một thời đại học khi ba mẹ cãi nhau, lần gần đây khi người đó không đáp lại. Tại sao người tôi yêu thương luôn làm tôi đau? (Nguyễn)>> Cùng chủ đề",
        [P("Nguyễn")],
        [],
        [],
        [F("2 lần", 2, "lần")],
        [],
    ),
    # ------------------------------------------------------------------ round 9
    (  # 212
        BLC,
        'Tỉnh Yên Bái xác định "du lịch văn hóa" là sản phẩm đặc trưng, phát triển theo hướng lấy bản sắc văn hóa làm cảm xúc chủ đạo, nhân dân làm chủ thể, trải nghiệm du khách làm trung tâm. Do đó, thời gian qua, các cấp chính quyền đã đẩy mạnh tuyên truyền, huy động sự tham gia của cả hệ thống chính trị và người dân trong phát triển sản phẩm du lịch gắn với bảo tồn di sản, hướng tới “biến di sản thành tài sản”, “biến tài nguyên văn hóa, thiên nhiên thành tài nguyên du lịch”.',
        [],
        [L("Yên Bái", "tỉnh")],
        [],
        [],
        [],
    ),
    (  # 217
        DT19_3,
        "(Dân trí) - \bChỉ vì muốn nhanh vài phút, nhiều người cố tình đi xe máy vào đường cao tốc, và khi thấy công an giao thông ở lối ra, nhiều người đã quay đầu xe chạy ngược chiều, bất chấp việc nhiều xe ô tô đang di chuyển với tốc độ nhanh cực kỳ nguy hiểm. Đó là một trong những tình huống giao thông đáng chú ý trong tuần qua. >> Phẫn nộ đoàn xe máy rước dâu đầu trần, nẹt pô gây náo loạn đường phố",
        [],
        [],
        [O("Dân trí")],
        [],
        [],
    ),
    (  # 222
        TIENPHONG,
        "Xét về độ nổi tiếng quốc tế và vị thế nghề nghiệp, Lưu Văn bỏ xa Tỉnh Bách Nhiên. Cô có hơn 5,8 triệu người theo dõi trên Instagram, còn nam diễn viên chỉ đạt khoảng một triệu. Từ năm 2013, Lưu Văn liên tục có tên trong Top 10 người mẫu đắt giá nhất thế giới do tạp chí Forbes công bố.",
        [P("Lưu Văn", m=["Lưu Văn", "Lưu Văn"]), P("Tỉnh Bách Nhiên")],
        [],
        [O("Forbes")],
        [
            F("hơn 5,8 triệu người theo dõi", 5800000, "người theo dõi", "hơn"),
            F("10 người mẫu", 10, "người mẫu"),
        ],
        [],
    ),
    (  # 227
        ZING13,
        "Có mặt tại Trường tiểu học Phan Văn Trị, quận 1, TP.HCM vào giờ tan trường ngày 28/11, một nhóm học sinh lớp 5 cho biết nếu tả thầy cô, phần mở bài phải là: “Vào năm học trước em đã từng được học thầy/cô...”.",
        [],
        [L("1", "quận", [HCM]), L(HCM, "thành phố", m=["TP.HCM"])],
        [O("Trường tiểu học Phan Văn Trị")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 10
    (  # 232
        DT13,
        "(Dân trí) - Túi khí trên xe sẽ nổ vào trường hợp nào? Những va chạm nào sẽ không kích hoạt túi khí? Những điểm lưu ý khi đối với tiện ích này là gì? Chuyên gia Ford Việt Nam sẽ giúp bạn hiểu rõ hơn về trang bị an toàn này.",
        [],
        [L(VN, C)],
        [O("Dân trí"), O("Ford Việt Nam", place=VN)],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 11
    (  # 247
        DT13,
        "(Dân trí) - Vụ tranh chấp đất kéo dài hàng chục năm khiến gia đình liệt sỹ chìm trong tang thương khi mẹ và chị gái của liệt sỹ Nguyễn Văn Tuấn ra đi trong cùng một ngày. Cố kìm nén đau thương, để theo đuổi vụ việc nhưng đến nay tòa án vẫn “bặt vô âm tín”. >> Người chết không được yên vì quyết định thu hồi đất của thị xã Phúc Yên >> UBND thị xã Phúc Yên cố ý làm trái gây thiệt hại tài sản công dân",
        [P("Nguyễn Văn Tuấn", "Liệt sỹ")],
        [L("Phúc Yên", "thị xã", m=["Phúc Yên", "Phúc Yên"])],
        [O("Dân trí"), O("UBND thị xã Phúc Yên", "Ủy ban nhân dân thị xã Phúc Yên", "Phúc Yên")],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 12
    (  # 257
        BLC,
        "Khi ánh bình minh còn e ấp vén nhẹ làn mây mỏng để tia nắng đầu tiên dịu dàng lách qua những rặng núi trập trùng phủ sương của xã Thượng Bằng La - một miền đất yên bình nằm nép mình giữa đại ngàn Văn Chấn cũng là lúc cô giáo Hà Thị Huyền - người con gái dân tộc Tày khoác lên mình tà áo dài giản dị, bắt đầu một ngày mới.",
        [P("Hà Thị Huyền", roles=["cô giáo"])],
        [L("Thượng Bằng La", "xã", ["Văn Chấn"]), L("Văn Chấn", "huyện")],
        [],
        [],
        [],
    ),
    (  # 262
        GENK12,
        "12. Quyết tâm đẩy con Tốt (eBooks) đến con Hậu với hệ thống cho thuê sách và những đề nghị không thể chối từ cho những nhà xuất bản tham gia Kindle-exclusive trong 90 ngày đầu tiên (trong năm tới, chúng ta có thể thấy sự đi lên của chiến lược xuất bản ebook trước hoặc chỉ xuất bản ebook của nhiều nhà xuất bản nhỏ nhờ thị trường tiềm năng từ ebook)",
        [],
        [],
        [],
        [F("90 ngày", 90, "ngày")],
        [],
    ),
    # ------------------------------------------------------------------ round 14
    (  # 272
        BLC,
        "Từ lâu, Tây Bắc vẫn được nhắc đến như một vùng đất huyền thoại với ruộng bậc thang mênh mông, bản làng mờ sương và những cộng đồng dân tộc mang đậm sắc màu văn hóa bứt phá về phát triển du lịch trong giai đoạn 2025-2030.",
        [],
        [],
        [],
        [],
        [],
    ),
    (  # 277
        GENK12,
        "Câu chuyện thoát ra từ những sự kiện chính trên là về sự mạch lạc. Bạn không phải viết nên một câu chuyện thường thường về nhận thức muộn màng mà có thể được đoán ra từ trước. Một số hành động trên đã phần nào cho cả ngành công nghiệp thấy những chuyện sẽ xảy ra trong tương lai rất xa. Amazon không làm trò bịp bợm hay giả mạo như một số tay chơi vặt vãnh khác, họ thường tạo ra một vị trí mà điểm mạnh của họ có thể được tận dụng, và ở đó, sự lừa dối là không cần thiết. Các đối thủ của Amazon đều có thể nhìn thấy những bước chiến thuật đó nhưng khi chúng thực sự xảy ra, họ hoàn toàn không thể làm được gì cả.",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"])],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 15
    (  # 282
        DT19_3,
        "(Dân trí) - Tin từ báo Dân trí, Thanh niên, Tiền phong, VOV… ngày 15/3 cho biết, vào tháng 5/2018, ông Giáp Văn Huyên (54 tuổi)– lúc đó vẫn đang là thẩm phán TAND huyện Hiệp Hoà (tỉnh Bắc Giang) được lãnh đạo TAND huyện Hiệp Hòa phân công thụ lý giải quyết vụ án hình sự Lừa đảo chiếm đoạt tài sản, có liên quan đến 3 bị cáo.",
        [P("Giáp Văn Huyên", "Ông")],
        [L("Hiệp Hòa", "huyện", ["Bắc Giang"], m=["Hiệp Hoà", "Hiệp Hòa"]), L("Bắc Giang", "tỉnh")],
        [
            O("Dân trí", m=["Dân trí", "Dân trí"]),
            O("Thanh niên"),
            O("Tiền phong"),
            O("VOV"),
            O(
                "TAND huyện Hiệp Hoà",
                "Tòa án nhân dân huyện Hiệp Hoà",
                "Hiệp Hòa",
                m=["TAND huyện Hiệp Hoà", "TAND huyện Hiệp Hòa"],
            ),
        ],
        [F("54 tuổi", 54, "tuổi"), F("3 bị cáo", 3, "bị cáo")],
        [],
    ),
    # ------------------------------------------------------------------ round 17
    (  # 287
        DT19_8,
        'Một nhân viên văn thư đã làm giả chữ ký lãnh đạo nhà trường, sau đó lấy con dấu đóng vào hồ sơ mạo danh một đồng nghiệp để vay tiền ngân hàng >> Mạo danh công ty xuất khẩu lao động lừa đảo hơn 5 tỷ đồng >> Hòa Bình: 2 phụ nữ lĩnh án 24 năm tù giam vì lừa đảo chạy việc >> "Trùm" lừa đảo xuất khẩu lao động liên tục sinh con để trốn thi hành án',
        [],
        [L("Hòa Bình", "tỉnh")],
        [],
        [F("hơn 5 tỷ đồng", 5000000000, "đồng", "hơn"), F("2 phụ nữ", 2, "phụ nữ"), F("24 năm", 24, "năm")],
        [],
    ),
    # ------------------------------------------------------------------ round 19
    (  # 292
        GENK12,
        "Một đặc điểm quan trọng trong câu chuyện này là vấn đề bắt nhịp các hoạt động trên tất cả mặt trận. Một đối thủ của Amazon không chỉ chiến đâu trên 1 mặt trận. Đây là cuộc đấu đa mặt trận phối hợp. Về ngành bán lẻ sách báo, hãy nhìn vào số mặt trận mà Amazon mở ra để chiến đấu: bán lẻ, chuỗi cung ứng, quan hệ với các tác giả, sách cũ, ebook, sản xuất theo yêu cầu, mua hàng giá rẻ.",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"])],
        [F("1 mặt trận", 1, "mặt trận")],
        [],
    ),
    # ------------------------------------------------------------------ round 22
    (  # 297
        GENK12,
        "Khi Amazon mở ra n mặt trận, họ nhận được lợi ích của n^2. Còn khi Microsoft làm việc đó, họ chỉ nhận được n (thực ra có một định luật về tiêu chiến tranh dựa trên định luật Lanchaster, về việc bạn có thể nhận được n^2 lợi ích nếu bạn tập trung nguồn lực đúng đắn. Amazon đã tận dụng vô cùng hiệu quả định luật này trong khi Microsoft lại là ví dụ của một tay mơ gặp may).",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"]), O("Microsoft", m=["Microsoft", "Microsoft"])],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 27
    (  # 302
        GENK12,
        "Một nửa số thành công của Amazon được quyết định từ trước cả khi chúng bắt đầu. Bởi vì Amazon quá giỏi trong việc chọn lựa sân chơi phù hợp với mình và toàn tâm toàn ý phát triển bản thân phù hợp với nó. Có tư duy cuộc chơi như là được tách ra khỏi những chi tiết cụ thể của cong việc của bạn như nói tồn tại ngày nay. Nếu bạn có thể nhìn vào dòng tiền mặt đang chảy ầm ầm với một ánh mắt vô tư, không quá gắn bó với những điều vĩ đại mà bạn xây dựng nên để đạt tới, và tự hỏi bản thân “trò chơi tiếp theo là gì?” thì bạn đã có tư duy cuộc chơi rồi.",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"])],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 32
    (  # 307
        GENK12,
        "Tôi đã dành khá nhiều thời gian tìm kiếm cách phá hoại lối chơi của Amazon và bắt được một số điểm cơ bản chung, tổng hợp các chiêu trò cụ thể, cách chọn cuộc chơi và đối thủ, và nhiều nữa. Mỗi lần tôi nghĩ về những gì mình tìm được, tôi càng hiểu vấn đề sâu sắc hơn và càng ấn tượng hơn với Amazon.",
        [],
        [],
        [O("Amazon", m=["Amazon", "Amazon"])],
        [],
        [],
    ),
    # ------------------------------------------------------------------ round 37
    (  # 312
        GENK12,
        "Không ai tin tưởng Amazon hoàn toàn cả. Họ luôn bị cô lập ở một mức độ nào đấy trong phạm vi các tập đoàn. Khách hàng, nhà cung cấp, chi nhánh, đối tác – tất cả mọi người đều phải học cách đề phòng khi làm việc với Amazon. Không ai toàn tâm toàn ý tạo mối quan hệ với Amazon cả. Bạn làm việc với Amazon hầu hết vì bạn phải làm thế chứ không phải do bạn muốn như vậy.",
        [],
        [],
        [O("Amazon", m=["Amazon"] * 4)],
        [],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    write_kinds(HERE, rows_by_kind("blind36", CASES))


if __name__ == "__main__":
    main()

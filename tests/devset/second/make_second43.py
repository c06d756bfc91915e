"""Second, independent hand labels for the 32 texts of the BLIND43 split, to measure how far two labellers agree.

Who and how: written by a second labeller, who did not see blind43's labels (nothing under
tests/devset/blind43/ nor its history was opened, and the SPLITS table of tests/test_blind_labels.py was
not read), read no extractor code (only extractors/facts.py's field names), no bench code, and ran no
extractor, vnnews command, bench or underthesea on any text. The texts are the 32 of blind43 as handed
over (/tmp/agree/texts_blind43.json: link titles, image captions and meta descriptions), in their order
and byte for byte, each with its page (relative to tests/fixtures/pages). Read for the conventions: the
docstrings and label rows of tests/devset/blind13/make_blind13.py, blind14 to blind36, blind39 to
blind41, blind45 and blind46, tests/devset/second/make_second33.py and tests/devset/notation.py. The
baolaocai 2026 page's HTML was read for context (the dates of the stories whose pictures the captions
describe, its list of units). Every label was decided by meaning, from reading the Vietnamese. Two things
to know: (1) one grep for a few words of another split's texts ("ga Sài Gòn", "Thống Nhất", "Sài Gòn")
was run over every tests/devset/*/make_blind*.py with the lines of blind42 to blind44 filtered out before
display, so nothing of those scripts was seen, but the command did read them; (2) the docstring of
blind45, read for its conventions, cites two decisions that match texts here: "blind43's 'Thành ủy'" (a
body inside a role with no name, labelled) and "blind44's 'Cựu tuyển thủ'" (a role, "Cựu Thủ tướng"
following it); both were known before text 4 and text 26 were labelled.
This script only turns the notation below into tests/devset/second/blind43/{people,places,
organizations,figures,models}.jsonl (split "blind43", source "real"):
    python tests/devset/second/make_second43.py

Every mention of every fact is labelled, in text order, and every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind36, blind39 to blind41, blind45 and
blind46, plus these decisions, new here or where the earlier splits left a choice:
- people: "Ông Triệu Trung Hương - Bí thư Chi bộ thôn Khe Đóm, xã Xuân Tầm, huyện Văn Yên" has the
  title "Ông", the role "Bí thư Chi bộ thôn Khe Đóm" and the organisation "Chi bộ thôn Khe Đóm"
  (blind41's "Bà Mai Thị Thu Hương - Bí thư Chi bộ thôn Tiền Ph&#111;ng, ..."; the commune and district
  after the comma place the hamlet); "Nhà thiết kế Nguyễn Tuấn Anh" has the role "Nhà thiết kế" (an
  occupation before the name, blind19's "nhà báo"), his name as the caption prints it (the story below
  it spells "Nguyễn Anh Tuấn"; names are labelled as printed, blind32) and holding no Anh (blind30);
  "Diễn viên Hà Hương" has the role "Diễn viên" (blind22); "Cựu tuyển thủ Fabio Celestini của đội tuyển
  Thụy Sĩ" has the role "Cựu tuyển thủ" (a former national player, blind32's "Tuyển thủ", blind8's "Cựu
  tiền đạo") and no organisation (a team named by its country, blind24); "Saka" (blind13), "Kylian
  Mbappe", "Harry Kane", "Lionel Messi" (blind39), "Shakespeare", "Van Gogh", "Sơn Tùng M-TP"
  (blind32), "Lê Dương Bảo Lâm", "Đinh Hương", "Đào Bá Lộc" and "Selena Gomez" are people; "Phó Bí thư
  Thường trực Thành ủy" and "Tổng thư ký LHQ" with no name give nothing; "hai vị thuyền trưởng" (the two
  captains, unnamed) gives nothing.
- places: "Mỹ-Triều Tiên" (the conflict between the two) names Mỹ and Triều Tiên, two countries joined
  by a hyphen each standing as itself (unlike blind36's "Thái-League", one name, and blind34's "Âu-Mỹ",
  a region compound); "Bán đảo Triều Tiên" names Triều Tiên (blind16's "bán đảo Triều Tiên"); "thôn Khe
  Đóm, xã Xuân Tầm, huyện Văn Yên" gives Khe Đóm, a "thôn" with parents Xuân Tầm and Văn Yên, Xuân Tầm, a
  "xã" with parent Văn Yên, and Văn Yên, a "huyện" with no parent given (blind41's "thôn Tiền
  Ph&#111;ng, ..."; the story is dated 27/06/2025, before the units were merged, blind36's "Văn Chấn");
  "Ruộng bậc thang Mù Cang Chải" on the 2026 baolaocai page (a story dated 24/06/2025) names Mù Cang
  Chải, a "huyện" with no parent given (terraces named after the district, blind10's natural features
  named by a unit; blind19's "Trạm Tấu", the district's type on this page though its list names "Xã Mù
  Cang Chải"); "TP Bắc Giang:" is Bắc Giang, a "thành phố" with parent Bắc Giang, its mention "Bắc Giang"
  (blind30), while "Bắc Giang giành 5 HCV" (the province's team) is the "tỉnh"; "xã Thạnh Xuân" is a
  "xã" with no parent given (blind41); "cầu thủ Argentina", "cùng Argentina", "đội tuyển Thụy Sĩ" and
  "Việt Nam là một trong 4 nước" name their countries (blind15, blind32); "hồ Gươm" (blind21's "Hồ
  Gươm"), "hồ Đầm Sen" (a lake; Đầm Sen no unit), "Cột cờ đỉnh Fansipan" (a mountain's flag tower,
  blind41's "Fansipan"), "sao Việt" and "Vbiz" (Vietnamese showbiz, blind18's "Showbiz Việt"), "Anh"
  inside the show's name "Anh trai “say hi”" (no country) and the lower-case "trung ương" (the central
  level) name no place.
- organisations: "Cục Bưu điện Trung ương" is one; "Đảng" in "lãnh đạo Đảng, Nhà nước" is one and "Nhà
  nước" none (blind46); "Thành ủy" inside the role "Phó Bí thư Thường trực Thành ủy" with no name is one
  (a body inside a role with no name, blind29's "Mặt trận Tổ quốc thị trấn", blind45's "Ban Tổ chức
  Trung ương"); "LHQ" inside "Tổng thư ký LHQ" is one, expanded "Liên hợp quốc" (blind27's "Liên hợp
  quốc", the same reading); "Chi bộ thôn Khe Đóm" carries Khe Đóm (blind41); "Bộ Y tế" (blind28) is one;
  the photo credits "(Ảnh: FIFA)" give "FIFA" (blind39), "(Ảnh: AFA)" gives "AFA" (the Argentine
  Football Association, unexpanded, a foreign-language acronym, blind15's "VFF", blind41's "AFP") and
  "(Ảnh: THX/TTXVN)" gives "THX" expanded "Tân Hoa Xã" and "TTXVN" expanded "Thông tấn xã Việt Nam"
  (blind41); "facebook" in "trên facebook" (the site, blind8), "Anh trai “say hi”" (a show), "World Cup
  2026", "đội tuyển Thụy Sĩ" (a team named by its country, blind24), "MC" and "Vbiz" are none.
- figures: "5 HCV" is 5 "HCV" (blind33's "4 HCV"); "trẻ dưới 5 tuổi" holds "dưới 5 tuổi", an age with
  the qualifier "dưới" (blind27's "dưới 50cc"); "một trong 4 nước" holds "4 nước" (a count of countries,
  "một trong" a number word); "76 trường hợp dương tính với ma túy" is "76 trường hợp" (the clause after
  it left out, blind29's "4 phiên chợ bán hàng giá rẻ"); "5 động tác yoga" keeps the noun with its
  modifier (blind21); "Saka (số 7)" (a shirt number, blind21's "số 13"), "người thứ 2" (an ordinal,
  blind21), "mùa 1" (a season of a show, a series part, blind15's "Phần 3"), "2013:" (blind21), "World
  Cup 2026", "Covid-19", "M-TP" and the dates "ngày 28/12", "ngày 27/12" are none, nor the number words
  ("hai vị thuyền trưởng", "Một phụ nữ", "một trong").
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind43"
H24 = "24h.com.vn/24h-2012-dot-nhap-lo-luyen-thi.html"
BBG = "baobacgiang.com.vn/baobacgiang-homepage-2022-08.html"
BCT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
DT17 = "dantri.com.vn/dantri-homepage-2017-08.html"
GENK12 = "genk.vn/genk-2012-amazon.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
TINHTE = "tinhte.vn/tinhte-2012-forum-thread.html"
VNN = "vietnamnet.vn/vietnamnet-2024-article-chrome-body-replaced.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"

VN = "Việt Nam"
BG = "Bắc Giang"
C = "country"
FIFA = O("FIFA")
THX = O("THX", "Tân Hoa Xã")
TTXVN = O("TTXVN", "Thông tấn xã Việt Nam")
KD = "Khe Đóm"

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (
        VNN,
        "Nhân viên Cục Bưu điện Trung ương là những chiến sĩ ngày đêm phục vụ lãnh đạo Đảng, Nhà nước. Công việc của họ là đảm bảo các chỉ đạo từ trung ương luôn thông suốt đến địa phương.",
        [],
        [],
        [O("Cục Bưu điện Trung ương"), O("Đảng")],
        [],
        [],
    ),
    (H24, "2013: Ngưng mở ngành tài chính ngân hàng", [], [], [], [], []),
    (
        DT17,
        'Nga, Trung Quốc "hiến kế" tháo ngòi nổ xung đột Mỹ-Triều Tiên',
        [],
        [L("Nga", C), L("Trung Quốc", C), L("Mỹ", C), L("Triều Tiên", C)],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Từ “nghệ sĩ” già hút thuốc lào bên hồ Gươm, “hướng dẫn viên” miệt mài trong phố đến người từng chở Sơn Tùng M-TP, họ là những tài xế xích lô đại diện cho thế hệ đang dần bước vào dĩ vãng.",
        [P("Sơn Tùng M-TP")],
        [],
        [],
        [],
        [],
    ),
    (
        BCT_CAT,
        "Phó Bí thư Thường trực Thành ủy kiểm tra công tác bầu cử tại xã Thạnh Xuân",
        [],
        [L("Thạnh Xuân", "xã")],
        [O("Thành ủy")],
        [],
        [],
    ),
    (NHANDAN, "Đồng đội ăn mừng cùng Saka (số 7). (Ảnh: FIFA)", [P("Saka")], [], [FIFA], [], []),
    (
        NHANDAN,
        "Kylian Mbappe, Harry Kane cùng hai vị thuyền trưởng sẽ có màn đối đầu đáng chú ý trong trận tranh huy chương đồng chung cuộc. (Ảnh: FIFA)",
        [P("Kylian Mbappe"), P("Harry Kane")],
        [],
        [FIFA],
        [],
        [],
    ),
    (
        BLC,
        "Nhà thiết kế Nguyễn Tuấn Anh và thiết kế “Múa điệu xòe hoa”.",
        [P("Nguyễn Tuấn Anh", roles=["Nhà thiết kế"])],
        [],
        [],
        [],
        [],
    ),
    (GENK12, "Có thể phục hồi chữ kí của Shakespeare?", [P("Shakespeare")], [], [], [], []),
    (TINHTE, "(Chia sẻ) Để không bị Tag lung tung trên facebook", [], [], [], [], []),
    (
        BLC,
        "Ông Triệu Trung Hương - Bí thư Chi bộ thôn Khe Đóm, xã Xuân Tầm, huyện Văn Yên (người thứ 2, từ phải sang) vận động nhân dân hiến đất mở rộng đường giao thông nông thôn.",
        [P("Triệu Trung Hương", "Ông", [f"Bí thư Chi bộ thôn {KD}"], f"Chi bộ thôn {KD}")],
        [
            L(KD, "thôn", ["Xuân Tầm", "Văn Yên"]),
            L("Xuân Tầm", "xã", ["Văn Yên"]),
            L("Văn Yên", "huyện"),
        ],
        [O(f"Chi bộ thôn {KD}", place=KD)],
        [],
        [],
    ),
    (GENK12, "Bí ẩn những bông hoa hướng dương trong tranh của Van Gogh", [P("Van Gogh")], [], [], [], []),
    (BLC, "Sương muối phủ trắng khu vực Cột cờ đỉnh Fansipan.", [], [], [], [], []),
    (
        ZNEWS_HOME,
        "Chung kết Anh trai “say hi” gây tranh luận vì kịch bản dài dòng, dàn anh trai mùa 1 chiếm sóng và phong độ MC thiếu ổn định.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        BLC,
        "Ruộng bậc thang Mù Cang Chải - di tích quốc gia đặc biệt trở thành điểm đến của nhiều du khách tr&#111;ng và ngoài nước",
        [],
        [L("Mù Cang Chải", "huyện")],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Diễn viên Hà Hương chia sẻ thất bại của",
        [P("Hà Hương", roles=["Diễn viên"])],
        [],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "Lionel Messi ăn mừng sau khi cùng Argentina tiến vào chung kết World Cup 2026. (Ảnh: AFA)",
        [P("Lionel Messi")],
        [L("Argentina", C)],
        [O("AFA")],
        [],
        [],
    ),
    (
        BBG,
        "TP Bắc Giang: Một phụ nữ đuối nước ở hồ Đầm Sen",
        [],
        [L(BG, "thành phố", [BG])],
        [],
        [],
        [],
    ),
    (
        ZNEWS_HOME,
        "Sau nhiều ngày cầu cứu, van xin và mời thêm hàng loạt nghệ sĩ, Lê Dương Bảo Lâm cuối cùng đã bán hết vé trong ngày 28/12. Song fan meeting ngày 27/12 vẫn còn ế ẩm.",
        [P("Lê Dương Bảo Lâm")],
        [],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "Niềm vui của các cầu thủ Argentina khi có màn lội ngược dòng không thể nào quên trong sự nghiệp. (Ảnh: THX/TTXVN)",
        [],
        [L("Argentina", C)],
        [THX, TTXVN],
        [],
        [],
    ),
    (H24, 'Những ngôi sao "hàng hiếm" của Vbiz', [], [], [], [], []),
    (H24, "Thót tim vì màn nhào lộn của sao Việt", [], [], [], [], []),
    (H24, 'Đinh Hương lột xác cực "chất"', [P("Đinh Hương")], [], [], [], []),
    (H24, "“Chụp lén” sao Việt đi ăn vỉa hè", [], [], [], [], []),
    (
        H24,
        "Đào Bá Lộc hát lại hit của Selena Gomez",
        [P("Đào Bá Lộc"), P("Selena Gomez")],
        [],
        [],
        [],
        [],
    ),
    (
        BBG,
        "Bắc Giang giành 5 HCV nội dung vô địch trẻ vật cổ truyền quốc gia",
        [],
        [L(BG, "tỉnh")],
        [],
        [F("5 HCV", 5, "HCV")],
        [],
    ),
    (
        NHANDAN,
        "Cựu tuyển thủ Fabio Celestini của đội tuyển Thụy Sĩ. (Ảnh: FIFA)",
        [P("Fabio Celestini", roles=["Cựu tuyển thủ"])],
        [L("Thụy Sĩ", C)],
        [FIFA],
        [],
        [],
    ),
    (
        BBG,
        "Bộ Y tế: Chưa tiêm vaccine Covid-19 cho trẻ dưới 5 tuổi",
        [],
        [],
        [O("Bộ Y tế")],
        [F("dưới 5 tuổi", 5, "tuổi", "dưới")],
        [],
    ),
    (
        BBG,
        "Việt Nam là một trong 4 nước có số ca Covid cao nhất tuần qua",
        [],
        [L(VN, C)],
        [],
        [F("4 nước", 4, "nước")],
        [],
    ),
    (
        BBG,
        "Xử lý 76 trường hợp dương tính với ma túy, vi phạm nồng độ cồn trên cao tốc",
        [],
        [],
        [],
        [F("76 trường hợp", 76, "trường hợp")],
        [],
    ),
    (
        BBG,
        "Tổng thư ký LHQ ủng hộ phi hạt nhân hóa hoàn toàn Bán đảo Triều Tiên",
        [],
        [L("Triều Tiên", C)],
        [O("LHQ", "Liên hợp quốc")],
        [],
        [],
    ),
    (
        H24,
        "5 động tác yoga để trẻ mãi không già",
        [],
        [],
        [],
        [F("5 động tác yoga", 5, "động tác yoga")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind43", CASES))


if __name__ == "__main__":
    main()

"""Second, independent hand labels for the 15 texts of the BLIND42 split, to measure how far two labellers agree.

Who and how: written by a second labeller, who did not see blind42's labels (nothing under
tests/devset/blind42/ nor its history was opened, and the SPLITS table of tests/test_blind_labels.py was
not read), read no extractor code (only extractors/facts.py's field names), no bench code, and ran no
extractor, vnnews command, bench or underthesea on any text. The texts are the 15 of blind42 as handed
over (/tmp/agree/texts_blind42.json: link titles, image captions and meta descriptions), in their order
and byte for byte, each with its page (relative to tests/fixtures/pages). Read for the conventions: the
docstrings and label rows of tests/devset/blind13/make_blind13.py, blind14 to blind36, blind39 to
blind41, blind45 and blind46, tests/devset/second/make_second33.py and tests/devset/notation.py. The
baolaocai 2026 page's HTML was read for context (the dates of the stories whose pictures the captions
describe, its list of units). Every label was decided by meaning, from reading the Vietnamese. Two things
to know: (1) while looking for a precedent, one grep for a few words ("ga Sài Gòn", "Thống Nhất", "Sài
Gòn") was run over every tests/devset/*/make_blind*.py with the lines of blind42 to blind44 filtered out
before display, so nothing of those scripts was seen, but the command did read them; (2) the docstrings
of blind45 and blind46 cite a few decisions of blind43 and blind44 (none of blind42).
This script only turns the notation below into tests/devset/second/blind42/{people,places,
organizations,figures,models}.jsonl (split "blind42", source "real"):
    python tests/devset/second/make_second42.py

Every mention of every fact is labelled, in text order, and every figure in text order.

Conventions: exactly those of tests/devset/blind13/make_blind13.py (its docstring and label rows, and
blind/..blind12/ before it) and of the docstrings of blind14 to blind36, blind39 to blind41, blind45 and
blind46, plus these decisions, new here or where the earlier splits left a choice:
- people: "Cầu thủ vào sân thay người Ferran Torres" (the substitute who scored) has the role "Cầu thủ"
  (his occupation before the name, the words on what he did in this match left out, as blind25's "Tiền
  đạo trẻ Endrick" has "Tiền đạo"); "Đại tá Đinh Văn Nơi" has the title "Đại tá" (a rank, blind17's
  "Trung tướng"); "Chị Thu Ngọc" is "Thu Ngọc" with the title "Chị" (blind24's "chị Hoa"); "Quang Hải"
  (blind24) and "Gan Lulu" (the page's spelling of Can Lộ Lộ, labelled as printed, blind32) are people.
- places: "ga Sài Gòn" (the railway station named after the city) names Sài Gòn, a "thành phố"
  (blind23's "Sài Gòn"; a station named by its city as blind22's "sân bay Long Thành" and blind35's
  "quân cảng Novorossiysk"), while "tàu Thống Nhất" (a train) names none (blind20); "xã Bạch Hà, huyện
  Yên Bình" on the 2026 baolaocai page (a story dated 19/06/2025, before the units were merged) gives
  Bạch Hà, a "xã" with parent Yên Bình, and Yên Bình, a "huyện" with no parent given (blind36's "xã
  Thượng Bằng La" and "Văn Chấn" on this page); "TP Cần Thơ" inside the hospital's name is a mention
  "Cần Thơ" of the "thành phố" (blind40's "Bệnh viện Ung bướu TP Cần Thơ"); "VN" is a mention of Việt Nam
  (blind14); "Campuchia", "Indonesia" and "Tây Ban Nha" (the side the goal won for, blind15) are
  countries; "vùng ĐBSCL" (the Mekong Delta, a region, blind15's "miền Tây"), "người Việt" (blind18) and
  "An Lành Farm" name no place.
- organisations: "Bệnh viện Phụ sản TP Cần Thơ" is one carrying Cần Thơ, unexpanded ("TP" is a place
  word, blind40); "Foxconn" (delaying an investment) and "Facebook" (testing a feature, blind24) are
  acting companies; "Twitter" opening "Twitter: hơn 200 triệu tài khoản ..." is the company whose figures
  the headline reports (blind22's "Galaxy Play" and "Netflix", the firms whose revenue a headline is
  about); "(Ảnh: FIFA)" gives "FIFA" (blind39); "An Lành Farm" (a farm as a site, blind16's "Puppy Farm"),
  "Timeline" (a feature), "URL", "AI" and "Các bộ" (ministries in general) are none.
- figures: "hơn 200 triệu tài khoản hoạt động hàng tháng" is "hơn 200 triệu tài khoản hoạt động",
  200000000 "tài khoản hoạt động" with the qualifier "hơn" (the noun with its modifier, blind36's "hơn
  5,8 triệu người theo dõi"; the frequency "hàng tháng" after it left out, as blind13's "40 giờ làm việc
  mỗi tuần"); "hơn 400 triệu Tweet/ngày" is 400000000 "Tweet/ngày" with "hơn" (a rate, blind13's
  "buổi/ngày"); "10 tỷ USD" is 10000000000 "USD"; "hơn 200 km" carries "hơn"; "gần 1 triệu cặp vô sinh"
  is 1000000 "cặp vô sinh" with "gần" (the noun with its modifier, blind21); "ngày 9-2" (a date,
  blind17) is none, nor the number words ("một con người").
- models: none in these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from notation import F, L, O, P, rows_by_kind, write_kinds

HERE = Path(__file__).parent / "blind42"
H24 = "24h.com.vn/24h-2012-dot-nhap-lo-luyen-thi.html"
BCT_CAT = "baocantho.com.vn/baocantho-2026-category-thoi-su.html"
BLC = "baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html"
CAFEBIZ = "cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
GENK13 = "genk.vn/genk-homepage-2013.html"
IONE = "ione.vnexpress.net/ione-2012-nhung-nguoi-kho-hanh.html"
K14 = "kenh14.vn/kenh14-homepage-2022-08.html"
NHANDAN = "nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html"
TINHTE = "tinhte.vn/tinhte-2012-forum-thread.html"
ZNEWS_HOME = "zingnews.vn/znews-2025-home.html"

CT = "Cần Thơ"
C = "country"

# (page, text, people, places, organizations, figures, models), in the order given
REAL = [
    (
        IONE,
        "Vết bớt khác thường, lông mọc phủ kín người... đã làm thay đổi cả cuộc đời một con người.",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        CAFEBIZ,
        "Các bộ, địa phương phải báo cáo việc &#34;tặng, nhận quà Tết trái quy định&#34; trước ngày 9-2",
        [],
        [],
        [],
        [],
        [],
    ),
    (
        NHANDAN,
        "Cầu thủ vào sân thay người Ferran Torres ghi bàn ấn định chiến thắng cho Tây Ban Nha. (Ảnh: FIFA)",
        [P("Ferran Torres", roles=["Cầu thủ"])],
        [L("Tây Ban Nha", C)],
        [O("FIFA")],
        [],
        [],
    ),
    (
        TINHTE,
        "Facebook thử nghiệm tính năng kéo và thả ảnh/URL khi đăng status, thiết kế lại giao diện Timeline",
        [],
        [],
        [O("Facebook")],
        [],
        [],
    ),
    (
        K14,
        "Đội bóng của Quang Hải bị đánh giá &quot;mắc sai lầm trong chuyển nhượng&quot;",
        [P("Quang Hải")],
        [],
        [],
        [],
        [],
    ),
    (
        TINHTE,
        "Twitter: hơn 200 triệu tài khoản hoạt động hàng tháng, hơn 400 triệu Tweet/ngày",
        [],
        [],
        [O("Twitter")],
        [
            F("hơn 200 triệu tài khoản hoạt động", 200000000, "tài khoản hoạt động", "hơn"),
            F("hơn 400 triệu Tweet/ngày", 400000000, "Tweet/ngày", "hơn"),
        ],
        [],
    ),
    (
        K14,
        "Đại tá Đinh Văn Nơi trả lời vụ người Việt chạy khỏi casino ở Campuchia",
        [P("Đinh Văn Nơi", "Đại tá")],
        [L("Campuchia", C)],
        [],
        [],
        [],
    ),
    (BLC, "Đoàn tàu Thống Nhất ở ga Sài Gòn.", [], [L("Sài Gòn", "thành phố")], [], [], []),
    (
        BLC,
        "Chị Thu Ngọc cùng gia đình tại An Lành Farm ở xã Bạch Hà, huyện Yên Bình.",
        [P("Thu Ngọc", "Chị")],
        [L("Bạch Hà", "xã", ["Yên Bình"]), L("Yên Bình", "huyện")],
        [],
        [],
        [],
    ),
    (
        GENK13,
        "Foxconn trì hoãn đầu tư 10 tỷ USD vào Indonesia",
        [],
        [L("Indonesia", C)],
        [O("Foxconn")],
        [F("10 tỷ USD", 10000000000, "USD")],
        [],
    ),
    (
        ZNEWS_HOME,
        "Ánh mắt trong veo của những đứa trẻ thoát dị tật và cái nắm tay run run của bệnh nhân ở vùng cao là “chiến lợi phẩm” quý nhất trong chuyến đi hơn 200 km của tôi.",
        [],
        [],
        [],
        [F("hơn 200 km", 200, "km", "hơn")],
        [],
    ),
    (
        BCT_CAT,
        "Bệnh viện Phụ sản TP Cần Thơ tích cực nâng cao chất lượng dân số vùng ĐBSCL",
        [],
        [L(CT, "thành phố")],
        [O("Bệnh viện Phụ sản TP Cần Thơ", place=CT)],
        [],
        [],
    ),
    (BCT_CAT, "“Mở lối” để doanh nghiệp mạnh dạn ứng dụng AI trong sản xuất, kinh doanh", [], [], [], [], []),
    (H24, "Lộ diện bạn trai của Gan Lulu", [P("Gan Lulu")], [], [], [], []),
    (
        H24,
        "VN có gần 1 triệu cặp vô sinh",
        [],
        [L("Việt Nam", C, m=["VN"])],
        [],
        [F("gần 1 triệu cặp vô sinh", 1000000, "cặp vô sinh", "gần")],
        [],
    ),
]

# (source, page, province, text, people, places, organizations, figures, models)
CASES = [("real", page, None, *labels) for page, *labels in REAL]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_kinds(HERE, rows_by_kind("blind42", CASES))


if __name__ == "__main__":
    main()

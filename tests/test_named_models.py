import json
from pathlib import Path
from typing import Any

import pytest

from extractors.facts import Mention, NamedModel
from extractors.named_models import find_models

DEVSET = Path(__file__).parent / "devset" / "models.jsonl"
CASES = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
SEED = next((Path(__file__).parent / "fixtures" / "seed").glob("000_*.txt")).read_text(encoding="utf-8")

# Dev-set rows the extractor is known to get wrong; strict, so a fix makes the test fail until removed here.
KNOWN_WRONG = {
    # An unquoted name with a comma inside: only "Nâng cấp" is taken.
    "Lãnh đạo TP Cần Thơ kiểm tra Dự án Nâng cấp",
    # Unquoted names starting like an organisation ("Trung tâm") are skipped.
    "Sau khi Tập đoàn Aeon lỗ 7,4 triệu USD",
}


def _span(text: str, mention: str | list[Any]) -> tuple[int, int]:
    needle, nth = (mention, 0) if isinstance(mention, str) else (mention[0], int(mention[1]))
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def expected_models(case: dict[str, Any]) -> list[NamedModel]:
    """Labelled models as records, in order of first mention, as `find_models` returns them."""
    text, out = case["text"], []
    for model in case["models"]:
        spans = sorted(_span(text, m) for m in model.get("mentions", [model["name"]]))
        mentions = tuple(Mention(s, e, text[s:e]) for s, e in spans)
        out.append(NamedModel(name=model["name"], kind=model["kind"], mentions=mentions))
    return sorted(out, key=lambda m: m.mentions[0].start)


def _params() -> list[Any]:
    params = []
    for i, case in enumerate(CASES):
        known = any(case["text"].startswith(prefix) for prefix in KNOWN_WRONG)
        marks = [pytest.mark.xfail(strict=True, reason="known wrong")] if known else []
        params.append(pytest.param(case, id=f"{case.get('split', 'tune')}-{i:03d}", marks=marks))
    return params


def test_devset_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["models"]) >= 15
    assert sum(1 for c in CASES if c.get("split") == "heldout") >= 12


@pytest.mark.parametrize("case", _params())
def test_devset_models_exactly(case: dict[str, Any]) -> None:
    assert find_models(case["text"]) == expected_models(case)


def test_seed_article_models_merge_across_paragraphs() -> None:
    models = {(m.kind, m.name): len(m.mentions) for m in find_models(SEED)}
    assert models[("phong trào", "Toàn dân bảo vệ an ninh Tổ quốc")] == 3  # quoted twice, once bare
    assert models[("mô hình", "Chốt đảm bảo ANTT")] == 3
    assert (
        models[
            (
                "cuộc vận động",
                "Xây dựng phong cách người công an nhân dân bản lĩnh, nhân văn, vì nhân dân phục vụ",
            )
        ]
        == 3
    )
    assert models[("phong trào", "Dân vận khéo")] == 2  # "phong trào thi đua": a movement
    assert models[("mô hình", "Dân vận khéo")] == 1  # a model of the same name is a different fact
    assert ("mô hình", "3 không, 1 có") in models
    assert len(models) == 18


def test_mentions_carry_field_and_exclude_quotes() -> None:
    text = "Xã thực hiện tốt mô hình “Chốt đảm bảo ANTT”."
    (model,) = find_models(text, field="lead")
    assert model.mentions == (Mention(26, 43, "Chốt đảm bảo ANTT", "lead"),)


def test_list_after_kind_and_colon() -> None:
    text = "các mô hình tự quản về ANTT như mô hình: Chốt đảm bảo ANTT, tiếng kẻng, mõ an ninh… Các xã"
    assert [m.name for m in find_models(text)] == ["Chốt đảm bảo ANTT", "tiếng kẻng", "mõ an ninh"]


def test_chained_quotes_share_the_kind() -> None:
    text = "luyện tập phương án “Vây bắt tội phạm” và “Phòng cháy chữa cháy” trong thế trận"
    assert [(m.kind, m.name) for m in find_models(text)] == [
        ("phương án", "Vây bắt tội phạm"),
        ("phương án", "Phòng cháy chữa cháy"),
    ]


def test_kind_words_inside_quotes_and_lowercase_phrases_are_ignored() -> None:
    text = "thực hiện Chỉ thị số 04 về “Đổi mới phong trào Công an nhân dân học tập”; chương trình phối hợp"
    assert find_models(text) == []


def test_straight_and_curly_quotes_give_one_model() -> None:
    text = 'Mô hình "Dân vận khéo" và mô hình “dân vận khéo” được nhân rộng.'
    (model,) = find_models(text)
    assert (model.name, [m.text for m in model.mentions]) == (
        "Dân vận khéo",
        ["Dân vận khéo", "dân vận khéo"],
    )


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_models(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mismatched quotes: a straight quote opens, a curly one closes, and the other way round
        (
            'Hội duy trì mô hình "Nhà sạch, vườn đẹp” và mô hình “Tiết kiệm vì phụ nữ nghèo" tại chi hội.',
            [("mô hình", "Nhà sạch, vườn đẹp"), ("mô hình", "Tiết kiệm vì phụ nữ nghèo")],
        ),
        (
            'Chị xây dựng mô hình "Thu gom phế liệu” trong đơn vị. Không chỉ "giỏi việc nước”, chị còn "đảm việc nhà”.',
            [("mô hình", "Thu gom phế liệu")],
        ),
        (
            'Các chi bộ thực hiện mô hình: "Chi bộ 4 tốt", "Đảng viên gương mẫu".',
            [("mô hình", "Chi bộ 4 tốt"), ("mô hình", "Đảng viên gương mẫu")],
        ),
        (
            "Trường thực hiện phương án “4 tại chỗ”, xã đạt tiêu chí “Nông thôn mới nâng cao”.",
            [("phương án", "4 tại chỗ"), ("tiêu chí", "Nông thôn mới nâng cao")],
        ),
        (
            "Các địa phương nhân rộng các mô hình như: Camera an ninh, Cổng trường an toàn, Tuyến đường tự quản…",
            [
                ("mô hình", "Camera an ninh"),
                ("mô hình", "Cổng trường an toàn"),
                ("mô hình", "Tuyến đường tự quản"),
            ],
        ),
        # a project named by its work and place
        (
            "Bộ kiểm tra dự án cầu Phong Châu, dự án đường cao tốc Tuyên Quang - Hà Giang và dự án sân bay Gia Bình (Bắc Ninh).",
            [
                ("dự án", "cầu Phong Châu"),
                ("dự án", "đường cao tốc Tuyên Quang - Hà Giang"),
                ("dự án", "sân bay Gia Bình"),
            ],
        ),
        # generic phrases are not names
        ("Dự án trồng rừng thay thế và dự án xây dựng trường học Tân Sơn được đẩy nhanh.", []),
        ("Chính phủ hướng tới mô hình tăng trưởng mới; Sở ban hành chương trình công tác năm 2026.", []),
        ("Dự án đường của Tập đoàn Sun Group và dự án nhà máy Sở Công Thương thẩm định.", []),
    ],
)
def test_issue3_models(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_mixed_quotes_give_quote_content_spans() -> None:
    from extractors.named_models import quoted_spans

    text = 'A "b c” d “e f" g “h” i "j"'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["b c", "e f", "h", "j"]


def test_an_opening_mark_that_ends_a_word_closes() -> None:
    """v84: a typist's “ glued to the word it ends, or a straight quote before a space, closes the quote."""
    from extractors.named_models import quoted_spans

    text = 'Cuộc vận động “ Ngày vì người nghèo“, mô hình "Khu dân cư an toàn " và “A “B”'
    assert [text[s:e] for s, e in quoted_spans(text)] == [" Ngày vì người nghèo", "Khu dân cư an toàn ", "B"]
    assert _pairs(text[:37]) == [("cuộc vận động", "Ngày vì người nghèo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Huyện đoàn tổ chức chương trình với chủ đề “Xuân yêu thương” cho trẻ em.",
            [("chương trình", "Xuân yêu thương")],
        ),
        ("Xã triển khai mô hình 'Thắp sáng đường quê' ở 10 thôn.", [("mô hình", "Thắp sáng đường quê")]),
        (
            'Nhiều chương trình như "Áo ấm cho em", "Bát cháo hành" được duy trì.',
            [("chương trình", "Áo ấm cho em"), ("chương trình", "Bát cháo hành")],
        ),
        # a kind word opening a quote names what the quote holds; inside a quote it is ignored
        ("Quân đoàn bàn giao nhà trong 'Chiến dịch Quang Trung'.", [("chiến dịch", "Quang Trung")]),
        ("Chỉ thị về “Đổi mới phong trào Công an nhân dân học tập”.", []),
        (
            "Nhiều mô hình hay như: “Con đường hoa”, “Góc học tập cho em” được nhân rộng.",
            [("mô hình", "Con đường hoa"), ("mô hình", "Góc học tập cho em")],
        ),
        (
            "Dự án xây dựng cầu Ngọc Tháp nối hai bờ sông Hồng đã hoàn thành.",
            [("dự án", "xây dựng cầu Ngọc Tháp")],
        ),
        # a draft law or resolution is no model
        ("Quốc hội thảo luận dự án Luật Đất đai (sửa đổi) và dự án Nghị quyết về thí điểm.", []),
        # an acronym after "mô hình" is a type of model
        ("Doanh nghiệp dùng mô hình AI mới và mô hình PPP trong đầu tư.", []),
    ],
)
def test_issue3_models_more_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contest's edition is part of its name, a capitalised word inside the name continues it
        (
            "Á hậu 2 cuộc thi Hoa hậu Chuyển giới Quốc tế 2025 - lên tiếng xin lỗi.",
            [("cuộc thi", "Hoa hậu Chuyển giới Quốc tế 2025")],
        ),
        ("Cuộc thi Hoa hậu Việt Nam 2024 khép lại.", [("cuộc thi", "Hoa hậu Việt Nam 2024")]),
        # ... unless written as "năm <year>", and an award's year is not its name
        ("Cuộc thi Đi tìm người nấu phở ngon năm 2025 bắt đầu.", [("cuộc thi", "Đi tìm người nấu phở ngon")]),
        (
            "Họ chấm giải thưởng Hành động vì cộng đồng năm 2025, và giải thưởng Hành động vì cộng đồng 2025.",
            [("giải thưởng", "Hành động vì cộng đồng")],
        ),
        # a role or a sum before the kind word: the capitalised words are no name
        ("Kỳ vọng của tổng đạo diễn chương trình Johnny Trí Nguyễn.", []),
        ("Tổng giải thưởng Champions League mùa 2025 - 2026 đạt 2,47 tỉ euro.", []),
        # a season after a name is not in it
        ("Đội tham gia chương trình Hè Xanh mùa 2025 tại xã.", [("chương trình", "Hè Xanh")]),
    ],
)
def test_contest_editions_roles_and_seasons(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v63, provincial news: an abbreviation in a second mention, the youth and farmers' campaigns by name
        (
            "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” vững mạnh; phong trào Toàn dân bảo vệ ANTQ lan tỏa.",
            [("phong trào", "Toàn dân bảo vệ an ninh Tổ quốc", 2)],
        ),
        (
            "Ra quân chiến dịch Thanh niên tình nguyện hè, chiến dịch Mùa hè xanh và chiến dịch Kỳ nghỉ hồng.",
            [
                ("chiến dịch", "Thanh niên tình nguyện hè", 1),
                ("chiến dịch", "Mùa hè xanh", 1),
                ("chiến dịch", "Kỳ nghỉ hồng", 1),
            ],
        ),
        (
            "Hội hưởng ứng phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.",
            [
                (
                    "phong trào",
                    "nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
                    1,
                )
            ],
        ),
        # "phong trào thi đua" reports the movement's kind
        ("Tỉnh phát động phong trào thi đua “Xanh hóa công sở”.", [("phong trào", "Xanh hóa công sở", 1)]),
        # an organisation holding a kind word, the international Red Cross movement: no model
        ("Ban Quản lý dự án Đầu tư Xây dựng TP Cần Thơ cho biết.", []),
        ("Phong trào Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế ra đời năm 1863.", []),
    ],
)
def test_provincial_campaigns(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [(m.kind, m.name, len(m.mentions)) for m in find_models(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v65: two kinds before one list give it the first; a long clause closed by "như" or "với tên gọi"
        (
            "Hội vận động các phong trào, cuộc vận động như: “Nuôi heo đất tiết kiệm”, “Phụ nữ tiết kiệm phế liệu”.",
            [("phong trào", "Nuôi heo đất tiết kiệm"), ("phong trào", "Phụ nữ tiết kiệm phế liệu")],
        ),
        (
            "Tỉnh hưởng ứng phong trào thi đua do Thủ tướng Chính phủ phát động như: “Cả nước chung sức xây dựng"
            " nông thôn mới”; “Cả nước chung tay vì người nghèo”.",
            [
                ("phong trào", "Cả nước chung sức xây dựng nông thôn mới"),
                ("phong trào", "Cả nước chung tay vì người nghèo"),
            ],
        ),
        (
            "Bộ triển khai chương trình nhận diện hàng Việt Nam với tên gọi “Tự hào hàng Việt Nam”.",
            [("chương trình", "Tự hào hàng Việt Nam")],
        ),
        ("Chương trình đã được người dân ví như “phao cứu sinh” của họ.", []),
        # a list after a kind and a word, when it opens with a nationwide campaign
        (
            "Đoàn triển khai chiến dịch tình nguyện: Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ hồng.",
            [("chiến dịch", "Mùa hè xanh"), ("chiến dịch", "Hoa phượng đỏ"), ("chiến dịch", "Kỳ nghỉ hồng")],
        ),
        ("Chương trình hội nghị sáng nay: Khai mạc, Giao lưu văn nghệ.", []),
        # a quote that opens with its own kind word is no item of the list before it
        (
            "Gồm 4 chiến dịch: Chiến dịch “Hoa phượng đỏ”, “Chiến dịch Kỳ nghỉ hồng” đã triển khai.",
            [("chiến dịch", "Hoa phượng đỏ"), ("chiến dịch", "Kỳ nghỉ hồng")],
        ),
        # the name reported is the first capitalised mention
        (
            "Chiến dịch thanh niên tình nguyện hè sắp bắt đầu. Chiến dịch Thanh niên tình nguyện hè năm nay lớn.",
            [("chiến dịch", "Thanh niên tình nguyện hè")],
        ),
        # v74: "mô hình, điển hình" before the quote, as Party and Front reports write it
        (
            "Huyện phát động thi đua xây dựng mô hình, điển hình “Dân vận khéo” trong toàn hệ thống.",
            [("mô hình", "Dân vận khéo")],
        ),
    ],
)
def test_lists_and_gaps_of_provincial_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v66: spaces inside the quotes are no part of the name
        ("Mô hình “ Dân vận khéo” được nhân rộng.", [("mô hình", "Dân vận khéo", ["Dân vận khéo"])]),
        # "chuyển đổi" continues a bare name
        (
            "Xã phát huy mô hình Tổ chuyển đổi số cộng đồng.",
            [("mô hình", "Tổ chuyển đổi số cộng đồng", ["Tổ chuyển đổi số cộng đồng"])],
        ),
        # a national target programme is no named model; OCOP is the short name of "Mỗi xã một sản phẩm"
        ("Chương trình MTQG xây dựng NTM và Chương trình CĐS quốc gia được triển khai.", []),
        (
            "Chương trình “Mỗi xã một sản phẩm” (OCOP) phát triển. Chương trình OCOP giúp nông dân.",
            [("chương trình", "Mỗi xã một sản phẩm", ["Mỗi xã một sản phẩm", "OCOP"])],
        ),
        # after two kind words a nationwide campaign keeps the kind it was launched as
        (
            "Gắn với các cuộc vận động, phong trào thi đua: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn"
            " minh”, “Cả nước chung sức xây dựng nông thôn mới”.",
            [
                (
                    "cuộc vận động",
                    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                    ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
                ),
                (
                    "phong trào",
                    "Cả nước chung sức xây dựng nông thôn mới",
                    ["Cả nước chung sức xây dựng nông thôn mới"],
                ),
            ],
        ),
        # v67: a found name quoted again with no kind word is another mention of it
        (
            "Tổ tự quản “5 trong 1” ra mắt. Xã đã xây dựng mô hình “5 trong 1” ở 10 thôn.",
            [("mô hình", "5 trong 1", ["5 trong 1", "5 trong 1"])],
        ),
        # ... unless the name was found under two kinds
        (
            "Phong trào “Dân vận khéo” lan tỏa; mô hình “Dân vận khéo” nhân rộng. “Dân vận khéo” là bài học.",
            [("phong trào", "Dân vận khéo", ["Dân vận khéo"]), ("mô hình", "Dân vận khéo", ["Dân vận khéo"])],
        ),
        # an abbreviation in a quoted repeat, and the known short form of the movement
        (
            "Cuộc thi “Tìm hiểu Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam” có 6.305 bài; bài dự thi"
            " “Tìm hiểu Hiến pháp nước CHXHCN Việt Nam” đạt giải.",
            [
                (
                    "cuộc thi",
                    "Tìm hiểu Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                    [
                        "Tìm hiểu Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                        "Tìm hiểu Hiến pháp nước CHXHCN Việt Nam",
                    ],
                )
            ],
        ),
        (
            "Đẩy mạnh phong trào toàn dân bảo vệ ANTQ tại địa bàn.",
            [("phong trào", "toàn dân bảo vệ ANTQ", ["toàn dân bảo vệ ANTQ"])],
        ),
    ],
)
def test_mentions_of_provincial_models(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert [(m.kind, m.name, [x.text for x in m.mentions]) for m in find_models(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v68: an abbreviation may close a bare name's tail; a national target programme and a body's own
        # movement are no named models; a known campaign after a lower-case word; a bracketed abbreviation
        # or a comma is no difference between two mentions
        (
            "Nhân rộng mô hình Dòng họ Trương Văn tự quản về ANTT.",
            [("mô hình", "Dòng họ Trương Văn tự quản về ANTT")],
        ),
        ("Hội triển khai phong trào Hội và chương trình Mục tiêu quốc gia xây dựng nông thôn mới.", []),
        ("Ra quân chiến dịch tình nguyện Mùa hè xanh năm 2019.", [("chiến dịch", "Mùa hè xanh")]),
        ("Em theo chương trình học Tiếng Anh.", []),
        (
            "Mô hình “Dòng họ tự quản về an ninh, trật tự” và mô hình “Dòng họ tự quản về an ninh trật tự (ANTT)”.",
            [("mô hình", "Dòng họ tự quản về an ninh, trật tự")],
        ),
        # v71: a youth union's project is a model of kind "công trình"; any other building is not
        (
            "Đoàn xã ra quân công trình thanh niên “Thắp sáng đường quê” ở 5 thôn.",
            [("công trình", "Thắp sáng đường quê")],
        ),
        ("Tham quan công trình Thủy điện Sơn La.", []),
        # TDBVANTQ spells out to the movement
        (
            "Phong trào “Toàn dân bảo vệ an ninh Tổ quốc” vững mạnh. Phong trào TDBVANTQ lan tỏa.",
            [("phong trào", "Toàn dân bảo vệ an ninh Tổ quốc")],
        ),
        # v70: a group's head before the quote, the curriculum, abbreviations in a second wording, a known campaign
        ("Xã xây dựng mô hình Tổ tự quản “5 trong 1” ở 10 thôn.", [("mô hình", "5 trong 1")]),
        ("Trường triển khai Chương trình Giáo dục phổ thông 2018 và chương trình GDPT mới.", []),
        (
            "Mô hình “Trường học an toàn về an ninh trật tự, trật tự an toàn giao thông và phòng cháy chữa cháy”"
            " lan tỏa; mô hình “Trường học an toàn về ANTT, TTATGT và PCCC” được nhân rộng.",
            [
                (
                    "mô hình",
                    "Trường học an toàn về an ninh trật tự, trật tự an toàn giao thông và phòng cháy chữa cháy",
                )
            ],
        ),
        # after "tiêu chí" or "kế hoạch" the same words are no campaign (v72); after "phong trào" they are (v76)
        ("Hộ đạt tiêu chí xây dựng gia đình văn hóa; kế hoạch xây dựng gia đình văn hóa.", []),
        ("Hội đẩy mạnh phong trào xây dựng gia đình văn hóa.", [("phong trào", "xây dựng gia đình văn hóa")]),
        # v76: movements known unquoted after "phong trào" only, and not in the name of the team that builds them
        (
            "Đi đầu trong phong trào bảo vệ an ninh Tổ quốc và phong trào nông dân thi đua sản xuất, kinh doanh giỏi.",
            [
                ("phong trào", "bảo vệ an ninh Tổ quốc"),
                ("phong trào", "nông dân thi đua sản xuất, kinh doanh giỏi"),
            ],
        ),
        ("Phó Đội trưởng Đội xây dựng phong trào bảo vệ an ninh Tổ quốc phát biểu.", []),
        ("Được Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc ghi nhận.", []),
        # v77: many of a kind, then a clause with an auxiliary closed by "như:" before the quoted list
        (
            "Nhiều mô hình được xây dựng và nhân rộng như: “Nông dân với pháp luật”, “Xóm đạo bình yên”.",
            [("mô hình", "Nông dân với pháp luật"), ("mô hình", "Xóm đạo bình yên")],
        ),
        ("Mô hình đã được nhân rộng như: “Tự quản”.", []),
        # v83: not across a second clause
        ("Nhiều mô hình được duy trì, Hội còn lập các tổ hợp tác như: “Tổ nuôi ong Tân Lập”, “Tổ dệt”.", []),
        # v80: a contest's scope and edition after its bare name ("toàn quốc", "lần thứ", a bare "tỉnh"), not a
        # province named inside it
        (
            "Đội giành giải Nhất Hội thi Hòa giải viên giỏi toàn quốc lần thứ IV; cuộc thi Tìm hiểu Lịch sử"
            " Đảng bộ tỉnh Bến Tre.",
            [("hội thi", "Hòa giải viên giỏi"), ("cuộc thi", "Tìm hiểu Lịch sử Đảng bộ tỉnh Bến Tre")],
        ),
        # three words before the colon, and only the known campaigns the list opens with
        (
            "Với 5 nội dung, chương trình tình nguyện gồm: Tiếp sức mùa thi, Mùa hè xanh và Kỳ nghỉ hồng, cùng với"
            " các hoạt động khác.",
            [
                ("chương trình", "Tiếp sức mùa thi"),
                ("chương trình", "Mùa hè xanh"),
                ("chương trình", "Kỳ nghỉ hồng"),
            ],
        ),
        ("Đại hội Phong trào nông dân thi đua sản xuất, kinh doanh giỏi – đoàn kết giúp nhau làm giàu.", []),
        ("Kế hoạch bảo vệ an ninh Tổ quốc năm 2025 được ban hành.", []),
        # v84: a known campaign with other commas, dashes or a bracketed abbreviation between its words
        (
            "Đại hội Phong trào nông dân thi đua sản xuất, kinh doanh giỏi – đoàn kết giúp nhau làm giàu và giảm"
            " nghèo bền vững ngày càng phát triển.",
            [
                (
                    "phong trào",
                    "nông dân thi đua sản xuất, kinh doanh giỏi – đoàn kết giúp nhau làm giàu và giảm nghèo bền"
                    " vững",
                )
            ],
        ),
        (
            "Hội nghị tổng kết phong trào nông dân sản xuất, kinh doanh (SXKD) giỏi lần thứ VI.",
            [("phong trào", "nông dân sản xuất, kinh doanh (SXKD) giỏi")],
        ),
        (
            "Phong trào nông dân thi đua sản xuất kinh doanh giỏi. Đoàn kết giúp nhau làm giàu và giảm nghèo bền"
            " vững là mục tiêu.",
            [("phong trào", "nông dân thi đua sản xuất kinh doanh giỏi")],
        ),
        # v84: names parted by semicolons after a colon may hold commas; not the results after "Hội thi:"
        (
            "Đó là các mô hình: Camera an ninh; Cổng rào phòng, chống tội phạm; Nhà trọ văn minh, an toàn;... Qua đó",
            [
                ("mô hình", "Camera an ninh"),
                ("mô hình", "Cổng rào phòng, chống tội phạm"),
                ("mô hình", "Nhà trọ văn minh, an toàn"),
            ],
        ),
        # ... only when the first is capitalised ("Hội thi: ấp Văn Hiên 2 giành giải nhất; giải nhì thuộc ...")
        ("Có các mô hình: camera an ninh; cổng rào phòng, chống tội phạm.", [("mô hình", "camera an ninh")]),
        # v88, from group 11: the list after "tiêu chí:" says what is asked, it names no model; two more
        # nationwide campaigns
        ("Tai nạn giao thông giảm cả 3 tiêu chí: số vụ, số người chết, số người bị thương.", []),
        ("Mô hình gồm các tiêu chí: có hội viên tiên phong, có hoạt động hàng tháng.", []),
        (
            "Thực hiện cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư, quận có 20 khu"
            " phố văn hóa; tháng 6 thúc đẩy phong trào toàn dân chăm sóc, giáo dục và bảo vệ trẻ em.",
            [
                ("cuộc vận động", "toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"),
                ("phong trào", "toàn dân chăm sóc, giáo dục và bảo vệ trẻ em"),
            ],
        ),
        # v96: "mô hình, cách làm “...”", and a known campaign quoted in lower case after a gap
        (
            "Nhân rộng các điển hình, mô hình, cách làm “Dân vận khéo” góp phần.",
            [("mô hình", "Dân vận khéo")],
        ),
        (
            "Nhân rộng mô hình cách làm “dân vận khéo”; dự án tại khu “đất vàng”.",
            [("mô hình", "dân vận khéo")],
        ),
        # v98: "toàn cầu" is a scope; a standing committee's programme has no name
        (
            "Hưởng ứng chiến dịch Giờ Trái đất toàn cầu; chương trình Thường trực Tỉnh ủy dành 1 buổi.",
            [("chiến dịch", "Giờ Trái đất")],
        ),
        # v97: the Clean Up the World campaign, known unquoted
        (
            "Hưởng ứng Chiến dịch làm cho thế giới sạch hơn năm 2025, đoàn viên ra quân.",
            [("chiến dịch", "làm cho thế giới sạch hơn")],
        ),
        # v94, from group 12: forms of investment, fields of activity, the new-countryside programme and a
        # school are no names
        (
            "Thu hút 30 dự án FDI; chương trình NTM về đích; phát triển các phong trào Văn hóa văn nghệ - Thể dục"
            " thể thao; phong trào Trường Tiểu học Khai Thái lan tỏa.",
            [],
        ),
    ],
)
def test_provincial_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_the_review_of_v84_to_v98() -> None:
    """v99: semicolon lists only after "mô hình", and not of households or counts; "Thường xuân" may be a name."""
    agenda = _pairs("Nội dung chương trình: Khai mạc; Biểu diễn văn nghệ; Trao giải; Bế mạc.")
    assert ("chương trình", "Biểu diễn văn nghệ") not in agenda
    assert (
        _pairs("Xã có nhiều mô hình hiệu quả như: Hộ ông Nguyễn Văn A nuôi bò; hộ bà Trần Thị B trồng cam.")
        == []
    )
    assert _pairs("Chương trình Thường xuân được phát sóng.") == [("chương trình", "Thường xuân")]


def test_a_full_stop_inside_the_quotes_and_a_comma_inside_a_name() -> None:
    """v104: a sentence's full stop typed inside the closing quote is no part of the name (an ellipsis is);
    "phòng cháy, chữa cháy" and "phòng, chống" hold their comma inside an unquoted name."""
    assert _pairs(
        "Thực hiện phong trào “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy.” giai đoạn này."
    ) == [("phong trào", "Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy")]
    assert _pairs("Nhờ mô hình Tổ Phòng cháy, chữa cháy tự quản - một sáng kiến hay.") == [
        ("mô hình", "Tổ Phòng cháy, chữa cháy tự quản")
    ]
    assert _pairs("Xã ra mắt mô hình Tổ phòng, chống tội phạm ở thôn.") == [
        ("mô hình", "Tổ phòng, chống tội phạm")
    ]


def test_numbered_parts_and_commas_inside_quotes() -> None:
    """v108, from group 17: a national programme's numbered part is named after its number ("Dự án 2: Đa
    dạng hóa sinh kế, ..." to the clause's end; "Dự án 6 “...”"); a list's comma typed inside each closing
    quote neither ends the name nor the list."""
    assert _pairs(
        "Theo Sở, Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo thuộc Chương trình."
    ) == [("dự án", "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")]
    assert _pairs("Lập câu lạc bộ thuộc Dự án 6 “Bảo tồn văn hóa truyền thống” của tỉnh.") == [
        ("dự án", "Bảo tồn văn hóa truyền thống")
    ]
    assert _pairs(
        "Thông qua Chương trình “Nâng bước em tới trường,” “Con nuôi đồn Biên phòng,” bằng tiền."
    ) == [
        ("chương trình", "Nâng bước em tới trường"),
        ("chương trình", "Con nuôi đồn Biên phòng"),
    ]


def test_names_after_a_long_clause_about_many_of_a_kind() -> None:
    """v113: "Nhiều mô hình phát huy hiệu quả, góp phần ..., được xây dựng và nhân rộng như: “A”, “B”": many
    models, a clause with commas about them, then their quoted names (here after a bracket's full stop)."""
    text = (
        "(chiếm 57,69% trong toàn quốc).Nhiều mô hình phát huy hiệu quả, góp phần làm giảm tội phạm ở thôn, xóm"
        " được xây dựng và nhân rộng như: “Tự quản về an ninh, trật tự”, “Xóm đạo bình yên”."
    )
    assert _pairs(text) == [("mô hình", "Tự quản về an ninh, trật tự"), ("mô hình", "Xóm đạo bình yên")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kết thúc Hội thi Ban Tổ chức đã trao 2 giải Nhất.", []),
        ("Sau hội thi BTC sẽ chọn ra các tiết mục xuất sắc.", []),
        ("Các đại biểu biểu quyết thông qua chương trình Đại hội.", []),
        ("Chiến dịch do Chương trình Môi trường LHQ phát động 30 năm nay.", []),
        ("Theo Chương trình Phát triển của Liên Hợp Quốc, tỷ lệ nghèo giảm.", []),
        ("Đoàn viên tham dự chương trình ẢNH: LÊ HOÀI", []),
        ("Em đoạt giải cuộc thi Đại sứ Văn hóa đọc năm 2020.", [("cuộc thi", "Đại sứ Văn hóa đọc")]),
    ],
)
def test_committees_agendas_and_un_programmes_are_no_models(text: str, want: list[tuple[str, str]]) -> None:
    """v120: after a kind word, the organising committee ("Hội thi Ban Tổ chức đã trao"), a congress's
    agenda, the UN's programmes (bodies) and a credit in capitals name no initiative. The last row passes
    on v119 too: a contest whose name opens with "Đại" keeps it."""
    assert [(m.kind, m.name) for m in find_models(text)] == want


def test_many_of_a_kind_then_their_names_after_a_bare_nhu() -> None:
    """v122, from group 22: "nhiều phong trào thi đua ... như “X”; “Y”" lists movements even with no colon
    after "như" and four words in the kind ("phong trào thi đua")."""
    text = (
        'Hiện nay, nhiều phong trào thi đua đang được hưởng ứng trong toàn Đảng, toàn dân, toàn quân như "Cả'
        ' nước thi đua đổi mới sáng tạo và chuyển đổi số", “Cả nước chung sức xây dựng nông thôn mới”; "Vì'
        ' người nghèo - Không để ai bị bỏ lại phía sau".'
    )
    assert [(m.kind, m.name) for m in find_models(text)] == [
        ("phong trào", "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số"),
        ("phong trào", "Cả nước chung sức xây dựng nông thôn mới"),
        ("phong trào", "Vì người nghèo - Không để ai bị bỏ lại phía sau"),
    ]

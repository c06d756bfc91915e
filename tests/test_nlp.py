"""extractors.nlp: sentence spans, and tags identical to stock underthesea on real news text.

The corpus is built at test time from every fixture page's paragraphs and the seed article, so
no sentence is hand-picked; stock `underthesea.ner` is slow (~10 ms a sentence), so the tag
comparison runs on a deterministic sample of at least 1,000 of those sentences.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from extractors import nlp

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = 1100


@cache
def corpus() -> tuple[str, ...]:
    """Every sentence of every fixture page's <p> text (NFC) and of the seed article."""
    paragraphs: list[str] = []
    for page in sorted((FIXTURES / "pages").glob("*/*.html")):
        html = page.read_bytes().decode("utf-8", errors="replace")
        paragraphs += [unicodedata.normalize("NFC", p.text()) for p in LexborHTMLParser(html).css("p")]
    for seed in sorted((FIXTURES / "seed").glob("*.txt")):
        paragraphs.append(unicodedata.normalize("NFC", seed.read_text(encoding="utf-8")))
    return tuple(p[s:e] for p in paragraphs for s, e in nlp.sentences(p))


def sample() -> list[str]:
    sentences = corpus()
    step = max(1, len(sentences) // SAMPLE)
    return list(sentences[::step])


def test_corpus_is_large_enough() -> None:
    assert len(corpus()) > 3000
    assert len(sample()) >= 1000


@pytest.mark.slow
def test_tags_identical_to_stock_underthesea_on_real_sentences() -> None:
    import underthesea

    sentences = sample()
    different = [s for s in sentences if nlp.tag(s) != underthesea.ner(s)]
    assert different == []
    # The sample is not trivial: it holds every entity type the model knows.
    ner_tags = {t[3] for s in sentences for t in nlp.tag(s)}
    assert {"B-PER", "B-LOC", "B-ORG", "I-LOC"} <= ner_tags


def test_tokens_identical_to_stock_word_tokenize_on_whole_corpus() -> None:
    import underthesea

    different = [s for s in corpus() if nlp.tokens(s) != underthesea.word_tokenize(s)]
    assert different == []


EDGE_CASES = [
    "",
    "   ",
    ".",
    "...!!!???",
    "“”()-–—",
    "Giá vàng 2.887 tỷ đồng, tăng 1,5% so với năm 2019.",
    "Ông Nguyễn Văn A, PGS.TS. Trần B và TP. Hồ Chí Minh.",
    "The UN Security Council met in New York on Monday.",
    "iPhone X giá 20.000.000đ tại https://example.vn/a?b=1 hoặc email a.b@example.vn",
    unicodedata.normalize("NFD", "Đồng chí Nguyễn Thị Thủy, Phó Chủ tịch UBND xã Sơn Nga."),
    "Hoà Bình, thuỷ lợi, ð và Ð",
    "-5 +7 2147483648 ½ ² Ⅻ ƛ ɤ 東京 😀",
    "Anh  ấy \t đi\u00a0học",
    "dòng một\ndòng Hai {x} T[0]=a",
]


@pytest.mark.parametrize("sentence", EDGE_CASES)
def test_tags_identical_on_edge_cases(sentence: str) -> None:
    import underthesea

    assert nlp.tag(sentence) == underthesea.ner(sentence)
    assert nlp.tokens(sentence) == underthesea.word_tokenize(sentence)


def test_tags_identical_on_a_very_long_sentence() -> None:
    import underthesea

    long = " ".join(sorted(corpus(), key=len)[-5:]).replace(".", ",")
    assert len(underthesea.word_tokenize(long)) > 150
    assert nlp.tag(long) == underthesea.ner(long)


def test_empty_and_blank_give_nothing() -> None:
    assert nlp.tag("") == []
    assert nlp.tag_with_offsets(" \n ") == []
    assert nlp.sentences("") == []
    assert nlp.sentences(" \n\n ") == []


def test_known_sentence_tags() -> None:
    assert nlp.tag("Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô") == [
        ("Ông", "Nc", "B-NP", "O"),
        ("Putin", "Np", "B-NP", "B-PER"),
        ("ca ngợi", "V", "B-VP", "O"),
        ("những", "L", "B-NP", "O"),
        ("thành tựu", "N", "B-NP", "O"),
        ("vĩ đại", "A", "B-AP", "O"),
        ("của", "E", "B-PP", "O"),
        ("Liên Xô", "Np", "B-NP", "B-LOC"),
    ]


# --- feature builders, compared with underthesea's own ------------------------------------


def test_tagging_features_equal_underthesea_word2features() -> None:
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.ner.tagged_feature import word2features

    template = CRFNERPredictor.Instance().transformer.template
    featurizer = nlp._Featurizer(template)
    # Column 3 is the "X" placeholder, as in tagging: its feature columns are kept by length
    # and reused, which the many sentences of equal length here exercise.
    remembering = nlp._Featurizer(template, placeholder_column=3)
    for sentence in [*sample()[:150], "Một", "Hai từ"]:
        words = nlp.tokens(sentence)
        pos = [f"P{i % 3}" for i in range(len(words))]
        chunk = [f"C{i % 2}" for i in range(len(words))]
        rows = list(zip(words, pos, chunk, ["X"] * len(words), strict=True))
        expected = [tuple(word2features(rows, i, template)) for i in range(len(rows))]
        assert featurizer.rows((words, pos, chunk, ["X"] * len(words))) == expected
        assert remembering.rows((words, pos, chunk, ["X"] * len(words))) == expected


def test_segmentation_features_equal_underthesea_core_featurizer() -> None:
    models = nlp._get_models()
    tokens = [m.group() for s in sample()[:300] for m in models.token_re.finditer(s)]
    tokens += ["-5", "+7", "2147483647", "2147483648", "-2147483648", "007", "ΑΣ", "İ", "ß", "ǅa"]
    for start in range(0, len(tokens), 40):
        chunk = tokens[start : start + 40]
        expected = [tuple(r) for r in models.ws_reference.process([[[t] for t in chunk]])[0]]
        assert models.ws_featurizer.rows((chunk,)) == expected


def test_characters_where_python_and_rust_unicode_disagree_are_not_safe() -> None:
    safe = nlp._get_models().ws_safe
    assert {"a", "Đ", "ệ", "Ữ", "5", ",", "“", " ", "\u00a0"} <= safe
    assert "ƛ" not in safe  # gained an uppercase in Unicode 16: Rust says not title, Python 3.11 says title


# --- offsets -------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_offsets_point_at_the_words_in_real_sentences() -> None:
    from underthesea.pipeline.text_normalize import token_normalize

    for sentence in sample():
        last_end = 0
        for token in nlp.tag_with_offsets(sentence):
            assert last_end <= token.start < token.end <= len(sentence)
            last_end = token.end
            surface = sentence[token.start : token.end]
            # The word is the surface with whitespace squashed, up to underthesea's per-token
            # spelling fixes ("hoà" → "hòa"); some words join tokens written without a space.
            pieces = [token_normalize(p) for p in surface.split()]
            assert token.word.replace(" ", "") == "".join(pieces).replace(" ", ""), (sentence, token)


def test_offsets_and_words_on_a_known_sentence() -> None:
    sentence = "Ông  Nguyễn Văn Hoà, TP.  Hồ Chí Minh"
    got = [(t.word, t.start, t.end, sentence[t.start : t.end]) for t in nlp.tag_with_offsets(sentence)]
    assert got == [
        ("Ông", 0, 3, "Ông"),
        ("Nguyễn Văn Hòa", 5, 19, "Nguyễn Văn Hoà"),
        (",", 19, 20, ","),
        ("TP.", 21, 24, "TP."),
        ("Hồ Chí Minh", 26, 37, "Hồ Chí Minh"),
    ]


def test_offsets_for_decomposed_input_cover_the_same_letters() -> None:
    composed = "Đồng chí Nguyễn Thị Thủy, Phó Chủ tịch UBND xã Sơn Nga."
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > len(composed)
    tokens = nlp.tag_with_offsets(decomposed)
    assert [(t.word, t.pos, t.chunk, t.ner) for t in tokens] == nlp.tag(composed)
    for token in tokens:
        assert unicodedata.normalize("NFC", decomposed[token.start : token.end]) == token.word


# --- sentences -----------------------------------------------------------------------------


def test_sentences_exact_spans_on_news_text() -> None:
    text = (
        "PGS.TS. Nguyễn Văn A đến TP. Hồ Chí Minh. Ông nói: “Tốt lắm”. "
        "Giá 2.887 đồng, tăng 1,5%! Sau đó… Anh ấy về."
    )
    spans = nlp.sentences(text)
    assert spans == [(0, 41), (42, 61), (62, 88), (89, 96), (97, 107)]
    assert [text[s:e] for s, e in spans] == [
        "PGS.TS. Nguyễn Văn A đến TP. Hồ Chí Minh.",
        "Ông nói: “Tốt lắm”.",
        "Giá 2.887 đồng, tăng 1,5%!",
        "Sau đó…",
        "Anh ấy về.",
    ]


def test_sentences_split_at_newlines_and_keep_closing_quotes() -> None:
    text = "Tp. Việt Trì có 2.887 hộ. Ông Nguyễn V. A cho biết: “Năm nay tăng 1,5 lần.” Bà B nói thêm.\nDòng mới\n\n  Câu cuối?  "
    assert [text[s:e] for s, e in nlp.sentences(text)] == [
        "Tp. Việt Trì có 2.887 hộ.",
        "Ông Nguyễn V. A cho biết: “Năm nay tăng 1,5 lần.”",
        "Bà B nói thêm.",
        "Dòng mới",
        "Câu cuối?",
    ]
    assert nlp.sentences(text)[-1] == (103, 112)


def test_sentences_do_not_split_inside_abbreviations_or_before_lowercase() -> None:
    text = "Tại H. Cẩm Khê, TX. Phú Thọ và Q. 1. Ông A cho biết... vẫn còn. Kết thúc (theo TTXVN). Tiếp theo"
    assert [text[s:e] for s, e in nlp.sentences(text)] == [
        "Tại H. Cẩm Khê, TX. Phú Thọ và Q. 1.",
        "Ông A cho biết... vẫn còn.",
        "Kết thúc (theo TTXVN).",
        "Tiếp theo",
    ]


def test_sentences_split_after_a_dotted_name_that_is_not_a_title() -> None:
    text = "Sàn diễn của bạn trẻ TP.HCM. Loạt outfit đẹp. PGS.TS. Lê A, ThS.BS. Lê B và T.Ư. Đoàn dự."
    assert [text[s:e] for s, e in nlp.sentences(text)] == [
        "Sàn diễn của bạn trẻ TP.HCM.",
        "Loạt outfit đẹp.",
        "PGS.TS. Lê A, ThS.BS. Lê B và T.Ư. Đoàn dự.",
    ]


def test_sentences_keep_lowercase_unit_prefixes_and_split_before_a_dash() -> None:
    text = "Số 1 Nguyễn Huy Tưởng, p. Thanh Xuân Trung. Xây nhà! - Trích lời chia sẻ. Nemo.Money nói."
    assert [text[s:e] for s, e in nlp.sentences(text)] == [
        "Số 1 Nguyễn Huy Tưởng, p. Thanh Xuân Trung.",
        "Xây nhà!",
        "- Trích lời chia sẻ.",
        "Nemo.Money nói.",
    ]


def test_sentences_may_start_with_a_digit_or_an_opening_quote_or_bracket() -> None:
    text = "Tổng cộng 100 hộ. 20 hộ nghèo. “Tôi đồng ý”, ông nói. (Ảnh: PTĐT)"
    assert nlp.sentences(text) == [(0, 17), (18, 30), (31, 53), (54, 65)]


def test_importing_nlp_does_not_import_underthesea() -> None:
    import subprocess
    import sys

    code = "import sys, extractors.nlp; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

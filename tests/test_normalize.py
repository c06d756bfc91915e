import unicodedata

import pytest

from extractors.normalize import clean_text, fold_key, strip_tones


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hoà Bình", "hòa bình"),
        ("Thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Phú Thọ", unicodedata.normalize("NFD", "phú thọ")),
        ("  Sơn\u00a0Nga ", "sơn nga"),
    ],
)
def test_fold_key_equates_spellings(a: str, b: str) -> None:
    assert fold_key(a) == fold_key(b)


@pytest.mark.parametrize(("a", "b"), [("Thương", "Thuong"), ("Vân", "Văn"), ("Hòa", "Hóa")])
def test_fold_key_keeps_tones_apart(a: str, b: str) -> None:
    assert fold_key(a) != fold_key(b)


def test_clean_text_composes_and_collapses() -> None:
    raw = unicodedata.normalize("NFD", "Để  phong\u200b trào\n\tđứng vững\u00a0")
    assert clean_text(raw) == "Để phong trào đứng vững"
    assert unicodedata.is_normalized("NFC", clean_text(raw))


def test_strip_tones_folds_d_bar() -> None:
    assert strip_tones("Đồng chí Dương Thị Thu Vân, dân vận") == "Dong chi Duong Thi Thu Van, dan van"

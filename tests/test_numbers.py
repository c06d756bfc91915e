from decimal import Decimal

import pytest

from extractors.numbers import parse_number, parse_number_words, parse_numeral, tidy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.887", Decimal(2887)),
        ("16.628", Decimal(16628)),
        ("16.628.000", Decimal(16628000)),
        ("1,5", Decimal("1.5")),
        ("2,402", Decimal("2.402")),
        ("1.234,56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("1,234,567", Decimal(1234567)),
        ("1.5", Decimal("1.5")),
        ("2.99", Decimal("2.99")),
        ("0.500", Decimal("0.5")),
        ("0,2", Decimal("0.2")),
        ("100", Decimal(100)),
    ],
)
def test_parse_numeral_reads_vietnamese_and_english_separators(text: str, expected: Decimal) -> None:
    assert parse_numeral(text) == expected


@pytest.mark.parametrize(
    "text", ["0214.3842", "40.0000", "1.23.456", "12.3456.789", "1,2,3", "1.234,5,6", "abc", ""]
)
def test_parse_numeral_rejects_phone_and_code_shapes(text: str) -> None:
    assert parse_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,5 tỷ", Decimal(1_500_000_000)),
        ("1,5 tỉ", Decimal(1_500_000_000)),
        ("256.341 tỉ", Decimal(256_341_000_000_000)),
        ("2 triệu", Decimal(2_000_000)),
        ("7,5 triệu", Decimal(7_500_000)),
        ("3 nghìn", Decimal(3000)),
        ("3 ngàn", Decimal(3000)),
        ("1 nghìn tỷ", Decimal(10**12)),
        ("5 trăm", Decimal(500)),
        ("100%", Decimal(100)),
        ("98,5 %", Decimal("98.5")),
        ("hai mươi lăm", Decimal(25)),
        ("một triệu", Decimal(1_000_000)),
        ("  2.887  ", Decimal(2887)),
    ],
)
def test_parse_number_applies_scale_words(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


def test_parse_number_returns_tidy_integers() -> None:
    assert str(parse_number("1,5 tỷ")) == "1500000000"
    assert str(parse_number("1,15 triệu")) == "1150000"


@pytest.mark.parametrize("text", ["2 người", "tỷ", "hai cháu", "năm 2019"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("ba mươi tư", 34),
        ("một trăm linh năm", 105),
        ("chín trăm chín mươi chín", 999),
        ("ba triệu hai trăm nghìn", 3_200_000),
        ("hai tỷ rưỡi", None),
        ("một một", None),
    ],
)
def test_parse_number_words(text: str, expected: int | None) -> None:
    assert parse_number_words(text) == (None if expected is None else Decimal(expected))


def test_tidy_drops_exponents_and_trailing_zeros() -> None:
    assert str(tidy(Decimal("1.5") * 1_000_000_000)) == "1500000000"
    assert str(tidy(Decimal("2.50"))) == "2.5"

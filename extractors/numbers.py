"""Vietnamese numerals → Decimal.

Vietnamese writes "2.887" for two thousand eight hundred and eighty-seven and "1,5" for one and a half;
English-style text ("1.5", "$2.99", "1,234,567") still turns up in the same papers. The rule used here:

- a comma alone is the decimal mark ("1,5" → 1.5, "2,402" → 2.402); several commas in 3-digit groups
  are English grouping ("1,234,567");
- a dot followed by exactly three digits is grouping ("2.887" → 2887, "16.628.000"); a single dot followed
  by one or two digits is an English decimal mark ("1.5", "2.99"); anything else ("0214.3842", "40.0000")
  is not a number but a phone number or a code, and gives None;
- with both marks, the last one is the decimal mark ("1.234,56" → 1234.56).

Scale words multiply (`SCALES`: trăm, nghìn/ngàn, vạn, triệu, tỷ/tỉ, and chục), so
"1,5 tỷ" is 1500000000 and "256.341 tỉ" is 256341000000000. Number words ("hai mươi lăm", "một triệu")
are parsed by `parse_number_words`; `figures` uses them only together with a scale word.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "NUMERAL_PATTERN",
    "QUALIFIERS",
    "SCALES",
    "parse_number",
    "parse_number_words",
    "parse_numeral",
    "tidy",
]

NUMERAL_PATTERN = r"\d+(?:[.,]\d+)*"
"""A run of digits with inner dots or commas; `parse_numeral` decides what it means."""

SCALES: dict[str, int] = {
    "chục": 10,
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}

QUALIFIERS: tuple[str, ...] = (
    "gần như",
    "ít nhất",
    "ít hơn",  # "ít hơn 10%": fewer than, never the "hơn" (more than) inside it
    "nhỏ hơn",  # "nhỏ hơn 103": less than, as "ít hơn"; and "lớn hơn 106" with it
    "lớn hơn",
    "tối thiểu",
    "tối đa",
    "cực đại",  # "mô-men xoắn cực đại 126 Nm": the maximum, as "tối đa"
    "chưa đầy",  # "chưa đầy 70m": less than, as "chưa đến", "chưa tròn 4 tháng tuổi", "chưa đủ 06 tháng"
    "chưa tròn",
    "chưa đủ",
    "chưa được",  # "chưa được 2 năm"
    "chưa đến",
    "chưa tới",
    "không quá",
    "không dưới",
    "ước tính",
    "ước chừng",  # "ước chừng 350 km": reckoned at about, as "ước tính"
    "xấp xỉ",
    # "khoảng hơn 3km2", "khoảng trên 280 gia đình": about, and more than; one qualifier, as 19 of 27
    # labels write it
    "khoảng hơn",
    "khoảng trên",
    "khoảng gần",
    "khoảng dưới",
    "khoảng",
    "chừng",
    "trên",
    "dưới",
    "gần",
    "hơn",
    "ngót",
    "đạt",
    "tới",
    "đến",
    "gấp",
    "ước",
)
"""Words that qualify a figure, longest first so that "gần như" wins over "gần"; in "lên tới 90 tỷ" the
qualifier is "tới" (the verb "lên" is no part of it), and in "ước đạt 6.870 tỷ" it is "đạt" ("ước", estimated,
hedges the verb), as the labelled splits have them."""

_DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_NUMERAL_RE = re.compile(rf"^{NUMERAL_PATTERN}$")
_SPACE_RE = re.compile(r"\s+")


def tidy(value: Decimal) -> Decimal:
    """Drop a trailing ".0" and exponents so equal values also print the same ("1500000000", "1.5")."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def parse_numeral(text: str) -> Decimal | None:
    """Digits with Vietnamese or English separators → Decimal; None when the shape is not a number."""
    if not _NUMERAL_RE.match(text):
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        if text.count(decimal_mark) != 1:
            return None
        whole, frac = text.split(decimal_mark)
        digits = _ungroup(whole, group_mark)
        return None if digits is None else Decimal(f"{digits}.{frac}")
    if commas:
        if commas == 1:
            return Decimal(text.replace(",", "."))
        digits = _ungroup(text, ",")
        return None if digits is None else Decimal(digits)
    if dots:
        groups = text.split(".")
        if dots == 1 and len(groups[1]) in (1, 2):
            return Decimal(text)
        if dots == 1 and len(groups[1]) == 3 and groups[0] == "0":
            return Decimal(text)
        digits = _ungroup(text, ".")
        return None if digits is None else Decimal(digits)
    return Decimal(text)


def _ungroup(text: str, mark: str) -> str | None:
    """ "16.628.000" → "16628000" when every group after the first has three digits."""
    head, *rest = text.split(mark)
    if not 1 <= len(head) <= 3 or (len(head) > 1 and head[0] == "0"):
        return None
    if any(len(group) != 3 for group in rest):
        return None
    return head + "".join(rest)


def parse_number_words(text: str) -> Decimal | None:
    """Vietnamese number words → Decimal: "hai mươi lăm" → 25, "một trăm linh năm" → 105, "ba triệu" → 3000000.

    Returns None when a word is not a number word. Digits may be mixed in ("2 triệu rưỡi" is not handled).
    """
    words = _SPACE_RE.split(text.strip().lower())
    if not words or words == [""]:
        return None
    total = 0  # completed groups above the current one (millions, billions...)
    group = 0  # current group below 1000
    digit: int | None = None
    seen = False
    for i, word in enumerate(words):
        if word in _DIGIT_WORDS:
            if digit is not None:
                return None
            digit = _DIGIT_WORDS[word]
        elif word == "mười":
            group += 10
            digit = None
        elif word == "mươi":
            group += (digit if digit is not None else 1) * 10
            digit = None
        elif word in ("linh", "lẻ"):
            if digit is not None:
                return None
        elif word in SCALES:
            scale = SCALES[word]
            unit = group + (digit if digit is not None else 0)
            if i == 0:
                return None  # a bare "tỷ" or "nghìn" is not a number
            if unit == 0 and words[i - 1] not in SCALES:
                unit = 1
            if scale < 1000:
                group = unit * scale
            else:
                if total and unit == 0:
                    total *= scale  # "nghìn tỷ"
                else:
                    total += unit * scale
                group = 0
            digit = None
        else:
            return None
        seen = True
    if not seen:
        return None
    return Decimal(total + group + (digit if digit is not None else 0))


def parse_number(text: str) -> Decimal | None:
    """A numeral or number words, with optional trailing scale words: "1,5 tỷ" → 1500000000, "100%" → 100.

    Whitespace-tolerant; a trailing "%" is dropped (the unit is the caller's business). None if unparsable.
    """
    text = _SPACE_RE.sub(" ", text.strip().lower()).removesuffix("%").strip()
    head, _, tail = text.partition(" ")
    value = parse_numeral(head)
    if value is None:
        return parse_number_words(text)
    for word in tail.split():
        if word not in SCALES:
            return None
        value *= SCALES[word]
    return tidy(value)

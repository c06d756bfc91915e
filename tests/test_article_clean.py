"""The parser's fast text cleaner gives exactly what `normalize.clean_text` gives."""

from __future__ import annotations

import sys
import unicodedata

from extractors.generic import clean
from extractors.normalize import clean_text

SAMPLES = [
    "",
    "   ",
    " \n\tPhú  Thọ\u00a0\u00a0ngày\u2009mới \u3000 ",
    "Ha\u0300 No\u0323\u0302i",  # decomposed tones compose
    "a\u200b\u200cb\ufeff c\u00ad",
    "x\u0085y\u001cz\u2028w",  # rarer separators Python treats as spaces
]


def test_clean_matches_clean_text_on_samples() -> None:
    for text in SAMPLES:
        assert clean(text) == clean_text(text), repr(text)
    assert clean(SAMPLES[3]) == unicodedata.normalize("NFC", "Hà Nội")


def test_clean_matches_clean_text_on_every_code_point_around_a_word() -> None:
    for code in range(0, sys.maxunicode + 1, 7):
        text = f"ab{chr(code)}cd {chr(code)}"
        assert clean(text) == clean_text(text), hex(code)


def test_every_character_the_odd_character_scan_looks_for_is_unprintable() -> None:
    # `clean` skips the regex scan for text `str.isprintable` accepts; that is exact only while no
    # character of `_ODD_CHAR_RE` is printable. Checked over all of Unicode, every code point.
    from extractors.generic import _ODD_CHAR_RE

    printable = [
        hex(c) for c in range(sys.maxunicode + 1) if chr(c).isprintable() and _ODD_CHAR_RE.match(chr(c))
    ]
    assert printable == []

"""Vietnamese written in the font encodings that came before Unicode: TCVN3 (ABC, the ".VnTime" fonts) and
VNI (the "VNI-Times" fonts).

Such a page is plain 8-bit text whose bytes a Vietnamese font draws as Vietnamese letters. Read as
windows-1252 it is mojibake ("§Ó phong trµo", "Ñeå phong traøo"). TCVN3 gives each lower-case letter one
byte and has capitals only for the seven letters with a shape of their own (Ă Â Đ Ê Ô Ơ Ư); a capital with
a tone was drawn with a capitals-only font from the lower-case byte, so it reads back in lower case.
VNI writes a letter as its base letter then one byte for its marks ("a" + "ù" is "á", "o" + "á" is "ố").

`legacy_text` decodes a page both ways and keeps whichever reads as Vietnamese, if either does: the
share of its non-ASCII words that are Vietnamese syllables (underthesea's dictionary) must pass 80% and
beat the text as first decoded by 30 points. The byte tables are those of the two encodings' charts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

__all__ = ["from_tcvn3", "from_vni", "legacy_text", "vietnamese_share"]

# TCVN3: byte -> letter. Bytes below 0x80 are ASCII; a byte not listed reads as in windows-1252.
_TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
_TCVN3_TABLE = {ord(bytes([b]).decode("cp1252", "replace")): ch for b, ch in _TCVN3.items()}

# VNI (as windows-1252 characters): letters of one byte, and the mark bytes written after a base letter.
_VNI_LETTERS = {
    "ñ": "đ", "Ñ": "Đ", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ",
    "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip
_VNI_HORN = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư"}  # ơ, ư are one byte and take tone bytes after them
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "ê": _BREVE,
    "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_MARKS |= {mark.upper(): marks for mark, marks in _VNI_MARKS.items()}
_VNI_PAIR_RE = re.compile(f"([aeiouyAEIOUYôöÔÖ])([{''.join(_VNI_MARKS)}])")
_VNI_SINGLE_RE = re.compile(f"[{''.join((*_VNI_LETTERS, *_VNI_HORN))}]")

_WORD_RE = re.compile(r"[^\W\d_]+")
_TAG_RE = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]*>", re.S | re.I)
_SAMPLE = 200_000  # characters of a page read to judge it
_MIN_SHARE, _MIN_GAIN = 0.8, 0.3
_MIN_WORDS = 20


def from_tcvn3(data: bytes) -> str:
    """`data` read as TCVN3."""
    return data.decode("cp1252", "replace").translate(_TCVN3_TABLE)


def from_vni(data: bytes) -> str:
    """`data` read as VNI."""
    text = data.decode("cp1252", "replace")
    text = _VNI_PAIR_RE.sub(lambda m: _VNI_HORN.get(m[1], m[1]) + _VNI_MARKS[m[2]], text)
    text = _VNI_SINGLE_RE.sub(lambda m: _VNI_LETTERS.get(m[0]) or _VNI_HORN[m[0]], text)
    return unicodedata.normalize("NFC", text)


@functools.cache
def _syllables() -> frozenset[str]:
    from extractors import nlp

    return frozenset(s for word in nlp.words() for s in word.split(" "))


def vietnamese_share(text: str) -> tuple[float, int]:
    """The share of the words with a non-ASCII letter, outside tags, scripts and styles, that are
    Vietnamese syllables, and how many such words there are."""
    visible = _TAG_RE.sub(" ", text[:_SAMPLE])
    # one letter is no evidence: a lone "·", "£" or "©" reads as "ã", "Ê", "â" in TCVN3
    words = [
        w for w in _WORD_RE.findall(unicodedata.normalize("NFC", visible)) if len(w) > 1 and not w.isascii()
    ]
    if not words:
        return 0.0, 0
    known = _syllables()
    return sum(1 for w in words if w.lower() in known) / len(words), len(words)


def legacy_text(data: bytes, text: str) -> tuple[str, str] | None:
    """`data` read as TCVN3 or VNI, with the encoding's name, when that reads as Vietnamese and `text` (the
    page as first decoded) does not; else None."""
    if data.isascii():
        return None
    first, _ = vietnamese_share(text)
    if first >= _MIN_SHARE:
        return None
    best: tuple[float, str, Callable[[bytes], str]] | None = None
    sample = data[:_SAMPLE]  # judged on the page's start; only the chosen reading decodes the whole page
    for name, decode in (("tcvn3", from_tcvn3), ("vni", from_vni)):
        share, count = vietnamese_share(decode(sample))
        good = count >= _MIN_WORDS and share >= _MIN_SHARE and share - first >= _MIN_GAIN
        if good and (best is None or share > best[0]):
            best = (share, name, decode)
    if best is None:
        return None
    return best[2](data), best[1]

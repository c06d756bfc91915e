"""Text normalisation shared by the parser and the extractors.

Vietnamese text reaches us in every shape: NFC, NFD (decomposed, from some Windows and Mac tools),
old-style tone placement ("hoà", "thuỷ") beside new-style ("hòa", "thủy"), non-breaking spaces and
zero-width characters. Everything is normalised to NFC with collapsed whitespace before it is stored,
and names are compared through `fold_key`, which also ignores tone-mark placement and case.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "fold_key", "nfc", "strip_tones", "wordset"]

_SPACE_RE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

# Old-style ("oà", "uỷ") to new-style ("òa", "ủy") tone placement, applied on the decomposed form:
# in the diphthongs oa, oe, uy the tone sits on the second vowel in the old style and on the first in
# the new; fold_key moves it to the first so both spellings give the same key.
_OLD_TONE_RE = re.compile(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])")


def nfc(text: str) -> str:
    """Compose to NFC; cheap when the text already is."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """NFC, drop invisible characters, collapse every run of whitespace to one space, strip."""
    text = _INVISIBLE_RE.sub("", nfc(text))
    return _SPACE_RE.sub(" ", text).strip()


def strip_tones(text: str) -> str:
    """Remove every diacritic ("Phú Thọ" → "Phu Tho"), mapping đ/Đ to d/D; for accent-blind search."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def fold_key(text: str) -> str:
    """Key under which two spellings of one name compare equal.

    Folds case, whitespace and tone-mark placement ("Hoà" and "hòa", "Thuỷ" and "thủy" give the
    same key) but keeps the tones themselves, so "Thương" and "Thuong" stay distinct.
    """
    decomposed = unicodedata.normalize("NFD", clean_text(text).lower())
    moved = _OLD_TONE_RE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, as word lists are easiest to read."""
    return frozenset(words.split())

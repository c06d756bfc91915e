"""Text normalisation shared by the parser and the extractors.

Vietnamese text reaches us in every shape: NFC, NFD (decomposed, from some Windows and Mac tools),
old-style tone placement ("hoà", "thuỷ") beside new-style ("hòa", "thủy"), non-breaking spaces and
zero-width characters. Everything is normalised to NFC with collapsed whitespace before it is stored,
and names are compared through `fold_key`, which also ignores tone-mark placement and case.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LOWER", "UPPER", "clean_text", "fold_key", "nfc", "nfc_offset_maps", "strip_tones", "wordset"]

# Every upper-case and lower-case letter up to Greek, for character classes: Vietnamese capitals are not all
# in A-Z ("Đ", "Ă", "Ơ", "Ư", and each vowel with its tone).
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isalpha() and ch.isupper())
LOWER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isalpha() and ch.islower())

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


def _segments(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]] | None:
    """(orig_start, orig_end, nfc_piece) per piece, or None if the pieces' NFC differs from the whole's."""
    pieces = [(m.start(), m.end(), unicodedata.normalize("NFC", m.group())) for m in pattern.finditer(text)]
    if "".join(p[2] for p in pieces) != unicodedata.normalize("NFC", text):
        return None
    return pieces


_CLUSTER_RE = re.compile(r"(?s).[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")
_CHUNK_RE = re.compile(r"(?s)\s+|\S+")


def nfc_offset_maps(text: str, normalized_length: int) -> tuple[list[int], list[int]]:
    """For each index k of NFC(text): the input offset where char k starts, and where it ends."""
    pieces = _segments(text, _CLUSTER_RE) or _segments(text, _CHUNK_RE) or [(0, len(text), "")]
    starts: list[int] = []
    ends: list[int] = []
    for orig_start, orig_end, piece in pieces:
        if len(piece) == orig_end - orig_start:
            starts.extend(range(orig_start, orig_end))
            ends.extend(range(orig_start + 1, orig_end + 1))
        else:
            starts.extend([orig_start] * len(piece))
            ends.extend([orig_end] * len(piece))
    # Only reachable via the last-resort single piece: everything maps to the whole text.
    starts.extend([0] * (normalized_length - len(starts)))
    ends.extend([len(text)] * (normalized_length - len(ends)))
    return starts, ends

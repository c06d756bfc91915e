"""Named body decoders for sites that ship the article body obfuscated.

baophutho.vn and baothanhhoa.vn (same CMS) serve part of their articles with the body only as a blob
that the site's JavaScript decodes in the browser. The scheme (tests/fixtures/obfuscated/NOTES.md):
the HTML fragment is shifted (Caesar) over a fixed 215-character alphabet, then UTF-8 encoded and
base64-encoded. Characters outside the alphabet pass through unchanged. The shift changes per page
and is not published, so it is recovered from the fragment's known start `<h1 class="pTitle">`.

A profile names its decoder (`decoder = "baophutho"`); `parse_article` calls `decode_fragment` with
that name and the raw page, and parses the returned fragment like a body. The carrier of the blob is
not known (a text node, an attribute, a script string), so the whole raw page is scanned for long
base64 runs and each one is tried.

Pure and deterministic: no I/O; decoding is a `str.translate` per page.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

__all__ = [
    "ALPHABET",
    "DECODER_NAMES",
    "KNOWN_START",
    "BodyDecodeError",
    "decode_blob",
    "decode_fragment",
    "encode_fragment",
    "find_blobs",
    "recover_shift",
    "shift_text",
]

_LOWER = "aáàạảãăắằặẳẵâấầậẩẫbcdđeéẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôốồộổỗơớờợởỡpqrstuúùụủũưứừựửữvwxyýỳỵỷỹ"
ALPHABET = _LOWER + _LOWER.upper() + '@#=$%*&?:;,.!()<>{}[]" 0123456789'
"""The cipher alphabet: 91 lower-case letters (tone order plain, sắc, huyền, nặng, hỏi, ngã; no è,
no z), the same 91 in upper case, then 33 symbols, digits and the space (index 204)."""
_SIZE = len(ALPHABET)
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
_SPACE = _INDEX[" "]
assert _SIZE == 215 and len(_INDEX) == _SIZE

KNOWN_START = '<h1 class="pTitle">'
"""Every plaintext seen starts with the title heading; it gives the shift away."""

MIN_BLOB_CHARS = 64
"""Shorter base64-looking runs (ids, hashes, tokens) are never article bodies."""

_START_SEARCH = 400
"""How far into the cipher text the known start is looked for (a stray `</p>` may precede it)."""

_RUN = re.compile(r"[A-Za-z0-9+/\\]{" + str(MIN_BLOB_CHARS) + r",}={0,2}")
_ESCAPE = re.compile(r"\\[^/]?")  # a JS escape other than "\/" cuts a run
_HEX = re.compile(r"[0-9a-fA-F]+")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b")
_HTML_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "strong",
        "em",
        "b",
        "i",
        "u",
        "s",
        "sup",
        "sub",
        "img",
        "br",
        "hr",
        "a",
        "span",
        "div",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "ul",
        "ol",
        "li",
        "blockquote",
        "iframe",
        "video",
        "audio",
        "source",
        "picture",
        "center",
        "font",
        "section",
        "article",
        "header",
        "footer",
        "small",
        "big",
        "cite",
        "q",
        "code",
        "pre",
        "mark",
        "abbr",
    ]
)
_PASS_WHITESPACE = "\n\r\t\ufeff"
_SAMPLE_BYTES = 2048
"""Enough of a blob to tell cipher text from binary or ASCII data."""
_DROP_ALPHABET = dict.fromkeys(map(ord, ALPHABET))
_DROP_NON_ASCII_LETTERS = dict.fromkeys(ord(ch) for ch in ALPHABET if ch > "\x7f")
_DROP_BAD = dict.fromkeys([0xFFFD, *(c for c in range(32) if chr(c) not in _PASS_WHITESPACE)])


class BodyDecodeError(ValueError):
    """A blob is present but does not decode to an HTML fragment; the message says why."""


@cache
def _table(shift: int) -> dict[int, str]:
    return {ord(ch): ALPHABET[(i + shift) % _SIZE] for i, ch in enumerate(ALPHABET)}


def shift_text(text: str, shift: int) -> str:
    """Move every alphabet character `shift` places (negative to decode); others pass through."""
    return text.translate(_table(shift % _SIZE))


def encode_fragment(plaintext: str, k: int) -> str:
    """The blob the site would serve for `plaintext` at shift `k` (padded standard base64)."""
    return base64.b64encode(shift_text(plaintext, k).encode("utf-8")).decode("ascii")


def _b64_bytes(blob: str) -> bytes:
    """Decode base64 that may have lost its padding or its tail (a cut copy)."""
    body = blob.strip().replace("\\/", "/").rstrip("=")
    if len(body) % 4 == 1:  # a lone trailing sextet cannot hold a byte: truncation
        body = body[:-1]
    body += "=" * (-len(body) % 4)
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BodyDecodeError(f"not valid base64 ({exc})") from exc


def _utf8_prefix(data: bytes) -> str:
    """UTF-8 text of `data`, dropping a sequence cut at the very end; invalid bytes elsewhere fail."""
    try:
        return codecs.getincrementaldecoder("utf-8")("strict").decode(data, final=False)
    except UnicodeDecodeError as exc:
        raise BodyDecodeError(
            f"base64 decodes to {len(data)} bytes that are not UTF-8 text "
            f"(invalid byte at offset {exc.start})"
        ) from exc


def _looks_like_cipher(data: bytes) -> bool:
    """Is this text over the cipher alphabet (a blob, maybe damaged) rather than binary or ASCII?

    Binary base64 (images, fonts, ASP.NET view state) decodes to replacement and control
    characters; ASCII base64 (tokens, JSON) has no Vietnamese letters. Cipher text of Vietnamese
    HTML is almost all alphabet characters with many non-ASCII ones, whatever the shift.
    """
    text = data[:_SAMPLE_BYTES].decode("utf-8", "replace")
    if not text:
        return False
    n = len(text)
    bad = n - len(text.translate(_DROP_BAD))
    in_alphabet = n - len(text.translate(_DROP_ALPHABET))
    non_ascii = n - len(text.translate(_DROP_NON_ASCII_LETTERS))
    return bad <= 0.3 * n and in_alphabet >= 0.6 * n and non_ascii >= 0.03 * n


def recover_shift(cipher: str) -> int | None:
    """The shift k that turns a run of `cipher` near its start into `KNOWN_START`, if any.

    k = idx(c) - idx('<') for a candidate c, confirmed by the next 18 characters.
    """
    first = _INDEX["<"]
    probe_len = len(KNOWN_START)
    for i, ch in enumerate(cipher[:_START_SEARCH]):
        pos = _INDEX.get(ch)
        if pos is None:
            continue
        k = (pos - first) % _SIZE
        if shift_text(cipher[i : i + probe_len], -k) == KNOWN_START:
            return k
    return None


def _plausible_fragment(text: str) -> bool:
    """An HTML fragment made of known tags, with a space rate of running text."""
    stripped = text.lstrip()
    if not stripped.startswith("<"):
        return False
    tags = [t.lower() for t in _TAG.findall(text)]
    if len(tags) < 2 or "p" not in tags:
        return False
    known = sum(1 for t in tags if t in _HTML_TAGS)
    spaces = text.count(" ") / len(text)
    return known >= 0.9 * len(tags) and 0.05 <= spaces <= 0.35


def _decode_cipher(cipher: str) -> str:
    cipher = cipher.lstrip(_PASS_WHITESPACE)
    k = recover_shift(cipher)
    if k is not None:
        return shift_text(cipher, -k)
    counts = Counter(cipher)
    top = max((ch for ch in counts if ch in _INDEX), key=lambda ch: (counts[ch], -_INDEX[ch]), default=None)
    if top is None:
        raise BodyDecodeError("blob holds no cipher-alphabet characters")
    guess = (_INDEX[top] - _SPACE) % _SIZE
    plain = shift_text(cipher, -guess)
    if _plausible_fragment(plain):
        return plain
    raise BodyDecodeError(
        f"shift not recoverable: {KNOWN_START!r} not found in the first {_START_SEARCH} characters, "
        f"and the space-frequency guess (k={guess}) does not decode to an HTML fragment"
    )


def decode_blob(blob: str) -> str:
    """Decode one blob (base64 text, possibly cut short) to its HTML fragment.

    >>> decode_blob(encode_fragment('<h1 class="pTitle">Tin</h1>', 107))
    '<h1 class="pTitle">Tin</h1>'
    """
    data = _b64_bytes(blob)
    if not data:
        raise BodyDecodeError("blob is empty")
    return _decode_cipher(_utf8_prefix(data))


def _runs(html: str) -> Iterator[str]:
    for m in _RUN.finditer(html):
        if html[max(0, m.start() - 7) : m.start()].lower() == "base64,":
            continue  # a data: URI (image, font), never a body
        for run in _ESCAPE.split(m.group().replace("\\/", "/")):
            if len(run) >= MIN_BLOB_CHARS and not _HEX.fullmatch(run):
                yield run


def find_blobs(html: str) -> list[str]:
    """Every base64 run in the raw page that decodes to cipher-alphabet text, in page order.

    The carrier is not known, so text nodes, attribute values and script strings are all scanned.
    """
    found = []
    for run in _runs(html):
        try:
            data = _b64_bytes(run)
        except BodyDecodeError:
            continue
        if _looks_like_cipher(data):
            found.append(run)
    return found


def _decode_shift_fragment(html: str) -> str | None:
    best: str | None = None
    failures: list[str] = []
    for blob in find_blobs(html):
        try:
            fragment = decode_blob(blob)
        except BodyDecodeError as exc:
            failures.append(f"blob of {len(blob)} characters: {exc}")
            continue
        if best is None or len(fragment) > len(best):
            best = fragment
    if best is not None:
        return best
    if failures:
        raise BodyDecodeError("; ".join(failures))
    return None


_DECODERS: dict[str, Callable[[str], str | None]] = {
    "baophutho": _decode_shift_fragment,
    "baothanhhoa": _decode_shift_fragment,
}
DECODER_NAMES = tuple(sorted(_DECODERS))
"""Names a profile's `decoder` key may take."""


def decode_fragment(name: str, html: str) -> str | None:
    """The decoded body fragment of a page, or None when the page carries no blob.

    Raises `BodyDecodeError` when a blob is there but cannot be decoded (report it, never emit it),
    and `ValueError` for an unknown decoder name (a profile error).
    """
    try:
        decoder = _DECODERS[name]
    except KeyError:
        raise ValueError(f"unknown body decoder {name!r} (known: {', '.join(DECODER_NAMES)})") from None
    return decoder(html)

"""Bytes to text for saved pages: BOM, then the HTTP charset, then the page's own declaration, then detection.

Vietnamese pages come in UTF-8, in windows-1258 (whose tone marks are combining characters, so the text
is decomposed until NFC composes it) and, from old tools, mislabelled: a page that says iso-8859-1 but
is really UTF-8. A declaration is trusted only if the bytes decode under it without error; a page that
decodes under nothing plausible, or that decodes to binary noise, raises `PageDecodeError` rather than
producing mojibake. A page read in an 8-bit encoding is also tried in the pre-Unicode font encodings
TCVN3 and VNI (`legacy_fonts`), which any 8-bit reading turns into mojibake.
"""

from __future__ import annotations

import codecs
import re
from typing import TypeGuard

from extractors.legacy_fonts import legacy_text

__all__ = [
    "PageDecodeError",
    "declared_charset",
    "decode_html",
    "decode_html_with_codec",
    "html_source",
    "is_utf8",
    "maybe_utf8",
]


class PageDecodeError(ValueError):
    """The page's bytes cannot be decoded to text in any plausible encoding."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_WESTERN = {"iso8859-1", "cp1252", "ascii", "latin-1"}
# Share of C0 control characters (other than tab/newline/CR) or U+FFFD above which text is binary noise.
_MAX_NOISE = 0.01
_TONE_AFTER_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u01b0][\u0300\u0301\u0303\u0309\u0323]")
_NOISE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _codec(name: str | None) -> str | None:
    """Python's codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (`<meta charset>` or the http-equiv content type)."""
    match = _META_CHARSET_RE.search(head[:4096])
    return match.group(1).decode("ascii") if match else None


# Every byte value except the C0 controls (bar tab, newline, CR) and DEL: deleting these leaves the noise.
_CLEAN_BYTES = bytes(b for b in range(256) if not (b < 0x20 and b not in (9, 10, 13)) and b != 0x7F)
_NOISE_BYTES = tuple(bytes([b]) for b in range(256) if b not in _CLEAN_BYTES)
_SAMPLE = 16_384  # binary noise shows in the first 16 KB; scanning more costs as much as decoding


def _noisy(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not _NOISE_RE.search(sample):
        return False
    return len(_NOISE_RE.findall(sample)) > _MAX_NOISE * len(sample)


def _noisy_bytes(data: bytes, codec: str) -> bool:
    """`_noisy` on the bytes of a byte-oriented codec (a C0 byte is the same control character after
    decoding), in C: a regex over 200,000 characters costs a millisecond, a page's whole parse budget."""
    sample = data[:_SAMPLE]
    # Nearly every page holds no control byte and (in UTF-8) no U+FFFD: proving that with one memchr a
    # byte value costs a tenth of counting them (translate and count step through every byte).
    if not any(b in sample for b in _NOISE_BYTES) and (codec != "utf-8" or b"\xef" not in sample):
        return False
    noise = len(sample.translate(None, _CLEAN_BYTES))
    if codec == "utf-8":
        noise += sample.count(b"\xef\xbf\xbd")
    return noise > _MAX_NOISE * len(sample)


# A stretch of page bytes proved valid UTF-8 at a time (see `is_utf8`).
_UTF8_STRETCH = 8192


def is_utf8(data: bytes) -> bool:
    """`data.decode("utf-8")` succeeds, without building most of the text: the page is cut into
    stretches, each ending before a character's first byte (never a continuation byte 80-BF), so the
    whole is valid exactly when every stretch is; an ASCII stretch (markup, scripts) is valid as it is
    and proved so at memory speed, and only the others are decoded. Decoding a whole page costs a tenth
    of its parse."""
    size, start = len(data), 0
    while start < size:
        end = start + _UTF8_STRETCH
        if end >= size:
            end = size
        else:
            while end < size and 0x80 <= data[end] < 0xC0:
                end += 1
        stretch = data[start:end]
        if not stretch.isascii():
            try:
                stretch.decode("utf-8")
            except UnicodeDecodeError:
                return False
        start = end
    return True


# What `_try` answers for valid UTF-8 when the caller keeps the bytes and needs no text.
_UTF8_UNBUILT = ""


def _try(data: bytes, codec: str, utf8_text: bool = True) -> str | None:
    if not utf8_text and codec == "utf-8":
        return _UTF8_UNBUILT if is_utf8(data) and not _noisy_bytes(data, codec) else None
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    name = codecs.lookup(codec).name  # charset-normalizer says "utf_16", Python's name is "utf-16"
    if name.startswith(("utf-16", "utf-32")):
        return None if _noisy(text) else text
    return None if _noisy_bytes(data, name) else text


def decode_html(data: bytes | str, http_charset: str | None = None) -> str:
    """Decode a saved page; raises `PageDecodeError` (with the reason) when no encoding fits."""
    return decode_html_with_codec(data, http_charset)[0]


def decode_html_with_codec(data: bytes | str, http_charset: str | None = None) -> tuple[str, str | None]:
    """`decode_html`, with the codec used when the page is exactly `data` decoded by it (no BOM to drop):
    "utf-8" tells the caller it may hand the original bytes to the HTML parser and skip re-encoding."""
    return _decode(data, http_charset, utf8_text=True)


def html_source(data: bytes | str, http_charset: str | None = None) -> tuple[bytes | str, str | None]:
    """What the HTML parser should read, with the codec as `decode_html_with_codec` names it: the page's
    own bytes when they are valid UTF-8 (the text is then never built: `bytes.decode` gives it when
    needed), else the decoded text. Raises `PageDecodeError` as `decode_html` does."""
    text, codec = _decode(data, http_charset, utf8_text=False)
    return (data if codec == "utf-8" else text), codec


def maybe_utf8(data: bytes | str, http_charset: str | None = None) -> TypeGuard[bytes]:
    """May the page go to the HTML parser as UTF-8 bytes before they are proved valid? Yes for bytes with no
    byte-order mark, no charset but UTF-8 declared (by HTTP or the page) and no binary noise; the caller
    then checks the text it gets for U+FFFD and falls back to `html_source` when one shows."""
    if not isinstance(data, bytes) or not data or data.startswith(_BOM_STARTS):
        return False
    for declared in (http_charset, declared_charset(data)):
        if declared is not None and _codec(declared) != "utf-8":
            return False
    return not _noisy_bytes(data, "utf-8")


_BOM_STARTS = tuple(bom for bom, _ in _BOMS)


def _decode(data: bytes | str, http_charset: str | None, utf8_text: bool) -> tuple[str, str | None]:
    """`_decode_declared`, then, for a page read in an 8-bit encoding, the legacy Vietnamese font
    encodings (TCVN3, VNI) when the page reads as Vietnamese only in one of them."""
    text, codec = _decode_declared(data, http_charset, utf8_text)
    eight_bit = codec is None or not codec.startswith(("utf-8", "utf-16", "utf-32"))
    if eight_bit and isinstance(data, bytes) and not data.startswith(_BOM_STARTS):
        legacy = legacy_text(data, text)
        if legacy is not None:
            return legacy[0], None
    return text, codec


def _decode_declared(data: bytes | str, http_charset: str | None, utf8_text: bool) -> tuple[str, str | None]:
    """`decode_html_with_codec`; with `utf8_text=False`, valid UTF-8 bytes come back as an empty text
    and the codec "utf-8" (the caller keeps the bytes)."""
    if isinstance(data, str):
        return (data[1:] if data.startswith("\ufeff") else data), None
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], bom_codec)
            if text is None:
                raise PageDecodeError(
                    f"page starts with a {bom_codec} byte-order mark but is not valid {bom_codec}"
                )
            return text, None
    if not data or data.isspace():  # strip() would copy the whole page
        raise PageDecodeError("page is empty")
    tried: list[str] = []
    for declared in (http_charset, declared_charset(data)):
        codec = _codec(declared)
        if codec is None or codec in tried:
            continue
        tried.append(codec)
        if codec in _WESTERN or codec.startswith("utf-16") or codec.startswith("utf-32"):
            # Often a wrong label on UTF-8 bytes, and a UTF-16 label on a byte-oriented page is always wrong.
            text = _try(data, "utf-8", utf8_text)
            if text is not None:
                return text, "utf-8"
            if not codec.startswith("utf-"):
                text = _try(data, "cp1252" if codec != "cp1258" else codec)
                if text is not None:
                    return text, None
            continue
        text = _try(data, codec, utf8_text)
        if text is not None:
            return text, codec
    text = _try(data, "utf-8", utf8_text)
    if text is not None:
        return text, "utf-8"
    return _detect(data, tried), None


def _detect(data: bytes, tried: list[str]) -> str:
    """Last resort: charset-normalizer, restricted to encodings a Vietnamese page may plausibly use."""
    from charset_normalizer import from_bytes

    # windows-1258 writes tones as combining marks after the letter; many of them mean Vietnamese text.
    text = _try(data, "cp1258")
    if text is not None and len(_TONE_AFTER_LETTER_RE.findall(text[:200_000])) >= 20:
        return text
    candidates = ["cp1258", "utf_8", "cp1252", "utf_16", "latin_1"]
    best = from_bytes(data[:1_000_000], cp_isolation=candidates).best()
    if best is not None:
        text = _try(data, best.encoding)
        if text is not None and "<" in text:
            return text
    # cp1258 leaves only five byte values undefined; a page that decodes under it and reads as markup is taken.
    text = _try(data, "cp1258")
    if text is not None and "<" in text and not _noisy(text):
        return text
    said = f" (declared: {', '.join(tried)})" if tried else ""
    raise PageDecodeError(f"cannot decode page bytes as text in any supported encoding{said}")

"""Saved pages in legacy encodings, decomposed text, BOMs and garbage decode to the same article as UTF-8."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from extractors import NotAnArticle, PageDecodeError, parse_article
from extractors.encoding import declared_charset, decode_html

PAGES = Path(__file__).parent / "fixtures" / "pages"
PAGE = PAGES / "dantri.com.vn" / "dantri-2012-chot-lich-nghi-le-tet-2013.html"
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 does: base letters precomposed (ê, ơ, ă), tone marks as combining characters."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out += (base + tones).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


def utf8_page() -> str:
    return PAGE.read_text(encoding="utf-8")


def relabel(html: str, charset: str | None) -> str:
    html = re.sub(r"<meta[^>]+charset[^>]*>", "", html, flags=re.I)
    if charset:
        html = html.replace(
            "<head>", f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">', 1
        )
    return html


@pytest.fixture(scope="module")
def reference() -> dict:
    return parse_article(PAGE.read_bytes()).to_dict()


def test_reference_page_is_vietnamese(reference: dict) -> None:
    assert reference["title"] == "Chốt lịch nghỉ lễ Tết 2013 của công chức, viên chức"


def test_windows_1258_page_declared_in_meta_decodes_like_utf8(reference: dict) -> None:
    data = to_cp1258(relabel(utf8_page(), "windows-1258"))
    assert data.decode("cp1258") != utf8_page()  # really a different byte stream with combining tones
    assert parse_article(data).to_dict() == reference


def test_windows_1258_page_without_declaration_is_detected(reference: dict) -> None:
    data = to_cp1258(relabel(utf8_page(), None))
    assert declared_charset(data) is None
    assert parse_article(data).to_dict() == reference


def test_http_charset_beats_a_wrong_meta_declaration(reference: dict) -> None:
    data = to_cp1258(relabel(utf8_page(), "utf-8"))
    assert parse_article(data, http_charset="windows-1258").to_dict() == reference


def test_nfd_text_is_composed(reference: dict) -> None:
    data = unicodedata.normalize("NFD", utf8_page()).encode("utf-8")
    article = parse_article(data).to_dict()
    assert article == reference
    assert unicodedata.is_normalized("NFC", article["body"])


def test_utf8_bom_and_utf16_bom(reference: dict) -> None:
    assert parse_article(b"\xef\xbb\xbf" + PAGE.read_bytes()).to_dict() == reference
    assert parse_article(relabel(utf8_page(), None).encode("utf-16")).to_dict() == reference


def test_utf8_labelled_latin1_is_read_as_utf8(reference: dict) -> None:
    data = relabel(utf8_page(), "iso-8859-1").encode("utf-8")
    assert parse_article(data).to_dict() == reference


def test_meta_charset_short_form() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1258">') == "windows-1258"
    assert decode_html("Tiếng Việt".encode()) == "Tiếng Việt"


def test_binary_garbage_is_a_decode_error() -> None:
    data = random.Random(7).randbytes(20_000)
    with pytest.raises((PageDecodeError, NotAnArticle)) as info:
        parse_article(data)
    assert "decode" in str(info.value) or "article" in str(info.value)


def test_bad_bom_is_a_decode_error() -> None:
    with pytest.raises(PageDecodeError, match="byte-order mark"):
        decode_html(b"\xef\xbb\xbf" + b"\xff\xfe\xfa" * 100)


def test_empty_page() -> None:
    with pytest.raises(PageDecodeError, match="empty"):
        decode_html(b"  \n")


def test_a_broken_byte_outside_the_article_leaves_the_utf8_text_alone(reference: dict) -> None:
    # The parser reads UTF-8 bytes before they are proved valid; one bad byte in a script is no reason to
    # read the whole page in another encoding (which turned every Vietnamese letter into mojibake).
    page = utf8_page().encode("utf-8")
    data = page.replace(b"</head>", b"<script>var s = '\xff\xfe';</script></head>", 1)
    assert data != page
    assert parse_article(data).to_dict() == reference


def test_a_broken_byte_inside_the_article_is_never_output_as_a_replacement_character() -> None:
    page = utf8_page().encode("utf-8")
    broken = page.replace("Chốt lịch".encode(), "Ch\xf4t l\xecch".encode("latin-1"))
    assert broken != page
    try:
        article = parse_article(broken).to_dict()
    except (PageDecodeError, NotAnArticle):
        return  # a clear error is an acceptable answer; U+FFFD in the output is not
    assert "\ufffd" not in repr(article)


def test_maybe_utf8_only_for_pages_that_declare_nothing_else() -> None:
    from extractors.encoding import maybe_utf8

    page = utf8_page().encode("utf-8")
    assert maybe_utf8(page)
    assert maybe_utf8(page, "utf-8")
    assert not maybe_utf8(page, "windows-1258")  # the HTTP header names another charset
    assert not maybe_utf8(b'<meta charset="windows-1258">' + page)  # the page does
    assert not maybe_utf8(b"\xef\xbb\xbf" + page)  # a byte-order mark is read by the strict path
    assert not maybe_utf8(random.Random(3).randbytes(5_000))  # binary noise
    assert not maybe_utf8(utf8_page())  # text is already decoded

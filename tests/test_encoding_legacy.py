"""Pages in the pre-Unicode Vietnamese font encodings, TCVN3 (ABC) and VNI, read as Vietnamese, not as
windows-1252 mojibake; and pages in other 8-bit encodings are left as they were."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extractors import parse_article
from extractors.encoding import decode_html
from extractors.legacy_fonts import from_tcvn3, from_vni, vietnamese_share

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "baophutho" / "baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html"
URL = "https://baophutho.vn/chinh-tri/de-phong-trao-dung-vung-trong-long-dan/156789.html"

# Bytes from the encodings' charts, written out by hand: "Để phong trào đứng vững".
TCVN3_BYTES = b"\xa7\xd3 phong tr\xb5o \xae\xf8ng v\xf7ng"
VNI_BYTES = "Ñeå phong traøo ñöùng vöõng".encode("cp1252")


def test_chart_bytes_read_as_the_letters_they_draw() -> None:
    assert from_tcvn3(TCVN3_BYTES) == "Để phong trào đứng vững"
    assert from_vni(VNI_BYTES) == "Để phong trào đứng vững"
    # the seven TCVN3 capitals, and the VNI letters of one byte (đ, ơ, ư, the i's, ỵ)
    assert from_tcvn3(bytes(range(0xA1, 0xA8))) == "ĂÂÊÔƠƯĐ"
    assert from_vni("ñ ô ö í ì æ ó ò î".encode("cp1252")) == "đ ơ ư í ì ỉ ĩ ị ỵ"
    assert from_vni("ôù öø oá aë".encode("cp1252")) == "ớ ừ ố ặ"


_TCVN3_OF = {
    ch: bytes([b]) for b, ch in ((b, from_tcvn3(bytes([b]))) for b in range(0xA1, 0x100)) if not ch.isascii()
}


def to_tcvn3(text: str) -> tuple[bytes, str]:
    """`text` in TCVN3, and the text it reads back as: a capital with a tone has no byte of its own (it
    was drawn from the lower-case byte with a capitals-only font), so it reads back in lower case."""
    out, back = bytearray(), []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out += ch.encode()
            back.append(ch)
        elif ch in _TCVN3_OF:
            out += _TCVN3_OF[ch]
            back.append(ch)
        elif ch.lower() in _TCVN3_OF:
            out += _TCVN3_OF[ch.lower()]
            back.append(ch.lower())
        else:  # punctuation outside the chart ("“", "…") keeps its windows-1252 byte
            out += ch.encode("cp1252", errors="replace")
            back.append(ch if ch.encode("cp1252", errors="replace") != b"?" else "?")
    return bytes(out), "".join(back)


_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni(text: str) -> bytes:
    """`text` in VNI: a base letter, then one byte for its shape and tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
            continue
        upper = ch.isupper()
        if len(unicodedata.normalize("NFD", ch)) == 1 and ch not in "đĐ":
            out.append(ch)  # no marks: punctuation ("“", "…"), written as in windows-1252
            continue
        if ch in "đĐ":
            out.append("Ñ" if upper else "ñ")
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in marks if m in _VNI_TONES)
        shape = [m for m in marks if m not in _VNI_TONES]
        if shape == ["\u031b"]:  # horn: ơ, ư are letters of their own
            letter = {"o": "ô", "u": "ö"}[base.lower()]
            piece = letter + (_VNI_TONES[tone] if tone else "")
        elif shape == ["\u0302"]:
            piece = base + _VNI_CIRCUMFLEX[tone]
        elif shape == ["\u0306"]:
            piece = base + _VNI_BREVE[tone]
        elif base.lower() == "i" and tone:
            piece = _VNI_I[tone]
        elif base.lower() == "y" and tone == "\u0323":
            piece = "î"
        else:
            piece = base + _VNI_TONES[tone]
        out.append(piece.upper() if upper else piece)
    return "".join(out).encode("cp1252")


@pytest.fixture(scope="module")
def reference():
    return parse_article(PAGE.read_bytes(), url=URL)


def _undeclared(html: str) -> str:
    return html.replace('charset="utf-8"', "").replace("charset=utf-8", "").replace('charset="UTF-8"', "")


def test_a_tcvn3_page_reads_as_the_utf8_page(reference) -> None:
    html = _undeclared(PAGE.read_text(encoding="utf-8"))
    data, back = to_tcvn3(html)
    article = parse_article(data, url=URL)
    expected = parse_article(back.encode("utf-8"), url=URL)  # the same page, capitals as TCVN3 keeps them
    assert article.title == expected.title == "Để phong trào đứng vững trong lòng dân" == reference.title
    assert article.body == expected.body and article.lead == expected.lead
    assert article.body.lower() == reference.body.lower()


@pytest.mark.parametrize("declared", ["", "utf-8", "iso-8859-1"])
def test_a_vni_page_reads_as_the_utf8_page_whatever_it_declares(reference, declared: str) -> None:
    html = _undeclared(PAGE.read_text(encoding="utf-8"))
    if declared:
        html = html.replace("<head>", f'<head><meta charset="{declared}">', 1)
    article = parse_article(to_vni(html), url=URL)
    assert (article.title, article.lead, article.body) == (reference.title, reference.lead, reference.body)


def test_other_8bit_pages_are_left_as_decoded() -> None:
    french = (
        "<html><body><p>" + "Le café du matin, les crêpes et la fête à Noël. " * 30 + "</p></body></html>"
    )
    assert decode_html(french.encode("cp1252")) == french
    # a lone "·", "£" or "©" is a one-letter word in TCVN3 ("ã", "Ê", "â"): no evidence of Vietnamese
    nav = " · ".join(["Home", "News", "Sport", "Weather", "Travel", "Food", "Culture"] * 3)
    english = f"<html><body><nav>{nav}</nav><p>Our café in Zürich serves crème brûlée for £5. © 2024.</p>"
    english += "<p>Menu £3 · £4 · £6 · £8 · £9 · £10</p>" * 5 + "</body></html>"
    assert decode_html(english.encode("latin-1")) == english
    vietnamese = "<html><body><p>" + "Để phong trào đứng vững trong lòng dân. " * 30 + "</p></body></html>"
    assert decode_html(vietnamese.encode("utf-8")) == vietnamese


def test_the_share_of_vietnamese_words_tells_the_encodings_apart() -> None:
    data, _ = to_tcvn3("<p>" + "Thực hiện chương trình phối hợp làm công tác dân vận. " * 10 + "</p>")
    assert vietnamese_share(data.decode("cp1252"))[0] < 0.2
    assert vietnamese_share(from_tcvn3(data)) == (1.0, 110)  # 11 words with a mark, 10 times
    assert vietnamese_share(from_vni(data))[0] < 0.5

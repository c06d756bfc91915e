"""`html_source` proves pages valid UTF-8 stretch by stretch; its verdict must be `bytes.decode`'s."""

from __future__ import annotations

import random

import pytest

from extractors.encoding import _UTF8_STRETCH, PageDecodeError, decode_html_with_codec, html_source, is_utf8

VIETNAMESE = "Tiếng Việt có dấu: ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ đ € 𝄞 "


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("offset", range(-4, 5))
@pytest.mark.parametrize(
    "bad",
    [b"", b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xe1\xba", b"\x80\x80\x80\x80\x80", b"\xf4\x90\x80\x80"],
)
def test_verdict_at_a_stretch_boundary(offset: int, bad: bytes) -> None:
    """A character or a broken sequence straddling the cut between two stretches."""
    for char in ("ạ", "€", "𝄞"):
        head = b"a" * (_UTF8_STRETCH + offset)
        data = head + bad + char.encode() * 3 + b"<p>" + VIETNAMESE.encode()
        assert is_utf8(data) == _decodes(data)
        truncated = head + char.encode()[:-1]
        assert is_utf8(truncated) is False


def test_verdict_on_random_damage() -> None:
    rng = random.Random(1258)
    page = ("<div>" + VIETNAMESE * 40 + "</div>" + "<script>var x = 1;</script>" * 300).encode() * 6
    for _ in range(300):
        data = bytearray(page)
        for _ in range(rng.randint(0, 2)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data[: rng.randrange(len(data) + 1)])
        assert is_utf8(data) == _decodes(data)


def test_html_source_keeps_valid_utf8_bytes_and_decodes_the_rest() -> None:
    utf8 = ("<html><body><p>" + VIETNAMESE * 500 + "</p></body></html>").encode()
    assert html_source(utf8) == (utf8, "utf-8")
    assert decode_html_with_codec(utf8) == (utf8.decode(), "utf-8")
    latin = utf8.replace("ạ".encode(), b"\xe0")  # no longer UTF-8: windows-1252 by the label
    labelled = b'<meta charset="iso-8859-1">' + latin
    source, codec = html_source(labelled)
    assert isinstance(source, str) and (source, codec) == decode_html_with_codec(labelled)
    bom = b"\xef\xbb\xbf" + utf8
    assert html_source(bom) == (utf8.decode(), None)
    with pytest.raises(PageDecodeError):
        html_source(b"  ")

"""The baophutho.vn / baothanhhoa.vn body decoder: real stored blobs, round trips, carriers, damage."""

from __future__ import annotations

import base64
import html
from pathlib import Path

import pytest

from extractors.decoders import (
    ALPHABET,
    DECODER_NAMES,
    BodyDecodeError,
    decode_blob,
    decode_fragment,
    encode_fragment,
    find_blobs,
    recover_shift,
    shift_text,
)

FIXTURES = Path(__file__).parent / "fixtures"
OBFUSCATED = FIXTURES / "obfuscated"
SEED = sorted((FIXTURES / "seed").glob("000_*.txt"))[0]

# (stored sample, encode shift found by hand in NOTES.md, text the decoded fragment must hold)
SAMPLES = [
    ("baophutho.vn/baophutho-print-134147", 204, '<h1 class="pTitle">Từ cái tin đầu tiên...</h1>'),
    ("baothanhhoa.vn/vhds-baothanhhoa-30463-thang-ba-yeu-thuong", 158, "Nắng đã rải vàng khắp lối"),
    ("baothanhhoa.vn/baothanhhoa-print-132431-thang-3-thuong-nho", 6, 'src="//i.baothanhhoa.vn/news/2109/'),
    (
        "baothanhhoa.vn/baothanhhoa-153013-tu-mot-lang-tien-tien-kieu-mau",
        165,
        "Từ “một làng tiên tiến kiểu mẫu” đến Thọ Xuân làm theo lời Bác",
    ),
]
SHIFTS = [0, 1, 6, 107, 158, 204, 214]


def stored(stem: str) -> tuple[str, str]:
    """The stored blob, and the hand-checked decoding without its comment line and cut-off tail."""
    blob = (OBFUSCATED / f"{stem}.blob.b64.txt").read_text(encoding="utf-8").strip()
    decoded = (OBFUSCATED / f"{stem}.decoded.html").read_text(encoding="utf-8")
    comment, _, text = decoded.partition("\n")
    assert comment.startswith("<!-- decoded from")
    return blob, text.rstrip("\n").rstrip("\ufffd")


def seed_fragment() -> str:
    """The reference article as the current CMS marks it up (title, lead, paragraphs)."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, lead_at = lines[1], next(i for i, line in enumerate(lines) if line.startswith("PTĐT -"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Ý kiến bạn đọc"))
    body = "".join(f'<p class="pBody">{html.escape(line)}</p>' for line in lines[lead_at + 1 : end])
    return f'<h1 class="pTitle">{title}</h1><p class="pHead">{html.escape(lines[lead_at])}</p>{body}'


FRAGMENT = seed_fragment()


def test_alphabet_matches_the_worked_example_in_the_notes() -> None:
    assert len(ALPHABET) == 215 and len(set(ALPHABET)) == 215
    positions = {ch: ALPHABET.index(ch) for ch in '<h1 cl"p=%ẹ(.ằfVố'}
    assert positions == {
        "<": 197,
        "h": 35,
        "1": 206,
        " ": 204,
        "c": 19,
        "l": 44,
        '"': 203,
        "p": 65,
        "=": 184,
        "%": 186,
        "ẹ": 24,
        "(": 195,
        ".": 193,
        "ằ": 8,
        "f": 33,
        "V": 173,
        "ố": 54,
    }
    # Encode at k = 204 is decode by 11: '<h1 class' turns into the notes' "%ẹ(.ằf ổổ".
    assert shift_text("<h1 class", 204) == "%ẹ(.ằf ổổ"
    assert shift_text("%ẹ(.ằf ổổ", -204) == "<h1 class"


@pytest.mark.parametrize(("stem", "shift", "snippet"), SAMPLES, ids=[s[0].split("/")[1] for s in SAMPLES])
def test_stored_blobs_decode_to_the_hand_checked_text(stem: str, shift: int, snippet: str) -> None:
    blob, expected = stored(stem)
    decoded = decode_blob(blob)
    assert decoded == expected
    assert decoded.startswith('<h1 class="pTitle">')
    assert snippet in decoded
    assert "\ufffd" not in decoded
    # The shift is the one found by hand: re-encoding the decoding gives the stored blob back.
    again = encode_fragment(decoded, shift)
    assert blob.startswith(again[: len(again) - 4])
    assert len(again) >= len(blob) - 8


@pytest.mark.parametrize(("stem", "shift", "snippet"), SAMPLES, ids=[s[0].split("/")[1] for s in SAMPLES])
def test_recover_shift_finds_the_notes_key(stem: str, shift: int, snippet: str) -> None:
    blob, _ = stored(stem)
    cipher = base64.b64decode(blob[:200]).decode("utf-8", "ignore")
    assert recover_shift(cipher) == shift


def test_stored_blob_is_found_inside_the_stored_page_text() -> None:
    stem, _, _ = SAMPLES[0]
    text = (OBFUSCATED / f"{stem}.stored-text.txt").read_text(encoding="utf-8")
    _, expected = stored(stem)
    page = f'<html><body><div id="dcontent">{html.escape(text)}</div></body></html>'
    assert decode_fragment("baophutho", page) == expected


@pytest.mark.parametrize("shift", SHIFTS)
def test_round_trip_on_the_seed_article(shift: int) -> None:
    blob = encode_fragment(FRAGMENT, shift)
    cipher = base64.b64decode(blob).decode("utf-8")
    if shift:
        assert "Để phong trào" not in cipher and "pTitle" not in cipher
    assert recover_shift(cipher) == shift
    assert decode_blob(blob) == FRAGMENT
    assert decode_blob(blob.rstrip("=")) == FRAGMENT  # served without padding
    assert encode_fragment(FRAGMENT, shift + 215) == blob


def test_characters_outside_the_alphabet_pass_through() -> None:
    plain = '<h1 class="pTitle">A/B – “z” è_Z\'+…</h1>'
    cipher = shift_text(plain, 77)
    for ch in "/–“”è_Z'+…z":
        assert ch in cipher
    assert decode_blob(encode_fragment(plain, 77)) == plain


@pytest.mark.parametrize("cut", [1, 2, 3, 5, 97, 1001, 2002, 4003])
def test_truncated_blob_decodes_what_is_there(cut: int) -> None:
    blob = encode_fragment(FRAGMENT, 158)
    decoded = decode_blob(blob[: len(blob) - cut])
    assert FRAGMENT.startswith(decoded)
    assert "\ufffd" not in decoded
    # At most the cut base64 characters' worth of text (3 bytes per 4 characters) is lost, plus
    # the bytes of one character cut in the middle of its UTF-8 sequence.
    lost_bytes = len(FRAGMENT.encode()) - len(decoded.encode())
    assert lost_bytes <= cut * 3 // 4 + 3 + 2


CARRIERS = {
    "text node": '<div id="dcontent" class="dcontent">{blob}</div>',
    "text node with whitespace": '<div id="dcontent">\n      {blob}\n    </div>',
    "data attribute": '<div id="dcontent" data-content="{blob}" data-id="156789"></div>',
    "script string": '<div id="dcontent"></div><script>var pData = {{"content": "{escaped}"}};</script>',
    "single-quoted js": "<script>\n  pDecode('{blob}', 'dcontent');\n</script>",
}


@pytest.mark.parametrize("name", ["baophutho", "baothanhhoa"])
@pytest.mark.parametrize("carrier", list(CARRIERS))
def test_blob_is_found_in_any_carrier(carrier: str, name: str) -> None:
    blob = encode_fragment(FRAGMENT, 107)
    assert "/" in blob  # so the script case exercises the JSON "\/" escape
    body = CARRIERS[carrier].format(blob=blob, escaped=blob.replace("/", "\\/"))
    page = f"<!DOCTYPE html><html><head><title>x</title></head><body><h1 class='pTitle'>{{title}}</h1>{body}</body></html>"
    assert decode_fragment(name, page) == FRAGMENT


def test_known_start_after_a_stray_tag_is_found() -> None:
    plain = "</p>" + FRAGMENT
    assert decode_blob(encode_fragment(plain, 33)) == plain


def test_space_frequency_fallback_when_the_title_is_missing() -> None:
    plain = FRAGMENT[FRAGMENT.index('<p class="pHead">') :]
    assert decode_blob(encode_fragment(plain, 88)) == plain


def test_fallback_refuses_text_that_is_not_an_html_fragment() -> None:
    prose = SEED.read_text(encoding="utf-8")
    with pytest.raises(BodyDecodeError, match="shift not recoverable"):
        decode_blob(encode_fragment(prose, 88))


def test_blob_in_another_alphabet_is_an_error_not_garbage() -> None:
    table = dict(zip(map(ord, ALPHABET), ALPHABET[::-1], strict=True))  # the site changed its alphabet
    blob = encode_fragment(FRAGMENT.translate(table), 12)
    page = f'<html><body><div id="dcontent">{blob}</div></body></html>'
    with pytest.raises(BodyDecodeError, match="shift not recoverable") as info:
        decode_fragment("baophutho", page)
    assert str(info.value).startswith(f"blob of {len(blob)} characters: shift not recoverable")
    assert isinstance(info.value, ValueError)


def test_blob_with_damaged_bytes_is_an_error() -> None:
    data = bytearray(base64.b64decode(encode_fragment(FRAGMENT, 6)))
    data[len(data) // 2] = 0xFF  # never valid in UTF-8
    blob = base64.b64encode(bytes(data)).decode()
    with pytest.raises(BodyDecodeError, match="not UTF-8 text"):
        decode_blob(blob)
    with pytest.raises(BodyDecodeError, match="not UTF-8 text"):
        decode_fragment("baophutho", f'<div id="dcontent" data-content="{blob}"></div>')


def test_invalid_base64_is_an_error() -> None:
    with pytest.raises(BodyDecodeError, match="not valid base64"):
        decode_blob("JeG6uSgu4bqxZiDh u5Xhu5VW*LOG7keG7")


def test_good_blob_wins_over_a_damaged_copy() -> None:
    good = encode_fragment(FRAGMENT, 6)
    bad = good[:400].replace("u", "A")
    page = f'<div data-old="{bad}"></div><div id="dcontent">{good}</div>'
    assert decode_fragment("baophutho", page) == FRAGMENT


def test_page_without_a_blob_gives_none() -> None:
    page = (FIXTURES / "baophutho" / "baophutho-current-plain.html").read_text(encoding="utf-8")
    assert decode_fragment("baophutho", page) is None
    assert find_blobs(page) == []


def test_base64_that_is_not_a_body_is_ignored() -> None:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(256))).decode()
    ascii_config = base64.b64encode(
        b'{"zone": "detail", "ads": ["top-970x90", "right-300x250", "x"]}'
    ).decode()
    binary = base64.b64encode(bytes((i * 37 + 11) % 256 for i in range(300))).decode()
    page = (
        f'<img src="data:image/png;base64,{png}"><script>var c = "{ascii_config}";</script>'
        f'<input type="hidden" name="__VIEWSTATE" value="{binary}"><a href="/print/7e6547344b3ca7246b53f4103389d7e6547344b3ca7246b53f4103389d7e6547/1.htm">In</a>'
    )
    assert find_blobs(page) == []
    assert decode_fragment("baophutho", page) is None


def test_unknown_decoder_name_is_a_profile_error() -> None:
    assert set(DECODER_NAMES) >= {"baophutho", "baothanhhoa"}
    with pytest.raises(ValueError, match="unknown body decoder 'ptdt'"):
        decode_fragment("ptdt", "<html></html>")


def test_built_pages_hold_blobs_at_their_shifts() -> None:
    folder = FIXTURES / "baophutho"
    for name, shift in [("text-k6", 6), ("attr-k107", 107), ("script-k204", 204)]:
        page = (folder / f"baophutho-current-obfuscated-{name}.html").read_text(encoding="utf-8")
        (blob,) = find_blobs(page)
        cipher = base64.b64decode(blob).decode("utf-8")
        assert recover_shift(cipher) == shift
        fragment = decode_fragment("baophutho", page)
        assert fragment is not None
        assert fragment.startswith('<h1 class="pTitle">Để phong trào đứng vững trong lòng dân</h1>')
        assert "Hoàng Hương" in fragment
    corrupt = (folder / "baophutho-current-obfuscated-corrupt.html").read_text(encoding="utf-8")
    with pytest.raises(BodyDecodeError):
        decode_fragment("baophutho", corrupt)

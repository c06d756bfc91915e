"""`vnnews parse` adds the five fact lists to each article; `--no-facts` leaves them out."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scraper.cli import main

PAGE = (
    Path(__file__).parent
    / "fixtures"
    / "baophutho"
    / "baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html"
)
URL = "https://baophutho.vn/chinh-tri/de-phong-trao-dung-vung-trong-long-dan/156789.html"
FACT_KEYS = ("people", "places", "organizations", "figures", "models")


def _parse(*args: str) -> dict:
    result = CliRunner().invoke(main, ["parse", "--url", URL, *args, str(PAGE)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_parse_adds_facts_with_field_offsets() -> None:
    record = _parse()
    people = {p["name"]: p for p in record["people"]}
    assert people["Nguyễn Công Thương"]["title"] == "Ông"
    assert people["Nguyễn Công Thương"]["roles"] == ["Trưởng Công an xã"]
    assert people["Dương Thị Thu Vân"]["roles"] == ["Phó Trưởng Ban Dân vận Tỉnh ủy"]
    assert "Hoàng Hương" not in people  # the byline is the author, not a person mentioned
    figures = {f["text"]: f for f in record["figures"]}
    assert figures["2.887 ban ANTT"]["value"] == 2887 and figures["2.887 ban ANTT"]["unit"] == "ban ANTT"
    assert figures["97/285 khu dân cư"]["of"] == 285
    assert {"kind": "phong trào", "name": "Dân vận khéo"}.items() <= next(
        m for m in record["models"] if m["name"] == "Dân vận khéo"
    ).items()
    places = {p["name"]: p for p in record["places"]}
    assert places["Sơn Nga"]["type"] == "xã"
    assert [p["name"] for p in places["Sơn Nga"]["parents"]] == ["Cẩm Khê", "Phú Thọ"]
    for key in FACT_KEYS:
        for fact in record[key]:
            for mention in fact["mentions"]:
                text = record[mention["field"]]
                assert text[mention["start"] : mention["end"]] == mention["text"], (key, mention)


def test_no_facts_leaves_the_lists_out() -> None:
    record = _parse("--no-facts")
    assert record["title"] == "Để phong trào đứng vững trong lòng dân"
    assert not set(FACT_KEYS) & set(record)


def test_a_body_too_long_to_read_whole_gives_facts_from_its_start_and_says_so(tmp_path: Path) -> None:
    """A page with 600,000 characters of body text: the article keeps it all, facts come from the first
    `MAX_FACT_CHARS` (cut at a paragraph break), and the warning says so, where reading it all would take
    about ten seconds a megabyte."""
    from extractors.article import MAX_FACT_CHARS

    opening = (
        "<p>Ông Nguyễn Văn Đầu - Chủ tịch UBND xã Sơn Nga cho biết xã có 97/285 khu dân cư đạt chuẩn.</p>"
    )
    filler = (
        "<p>" + "Phong trào toàn dân bảo vệ an ninh Tổ quốc được nhân dân hưởng ứng tích cực. " * 6 + "</p>"
    )
    closing = "<p>Ông Trần Văn Cuối - Phó Chủ tịch UBND xã Sơn Nga phát biểu bế mạc.</p>"
    paragraphs = opening + filler * (650_000 // len(filler)) + closing
    page = tmp_path / "huge.html"
    page.write_text(
        f"<html><head><title>Bài rất dài</title></head><body><article><h1>Bài rất dài</h1>{paragraphs}"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", "--url", "https://example.vn/bai-rat-dai-1.html", str(page)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert len(record["body"]) > 600_000 and record["body"].endswith("phát biểu bế mạc.")
    assert f"facts are read from its first {MAX_FACT_CHARS:,} only" in " ".join(record["warnings"])
    names = {p["name"] for p in record["people"]}
    assert "Nguyễn Văn Đầu" in names and "Trần Văn Cuối" not in names
    ends = [
        m["end"] for kind in FACT_KEYS for f in record[kind] for m in f["mentions"] if m["field"] == "body"
    ]
    assert ends and max(ends) <= MAX_FACT_CHARS

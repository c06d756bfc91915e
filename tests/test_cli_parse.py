"""`vnnews parse`: JSON Lines out, non-articles on stderr with exit status 1, stdin with -."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scraper.cli import main

PAGES = Path(__file__).parent / "fixtures" / "pages"
ARTICLE = PAGES / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html"
LISTING = PAGES / "zingnews.vn" / "znews-2025-home.html"


def test_one_article_prints_one_json_object_with_its_profile() -> None:
    result = CliRunner().invoke(main, ["parse", str(ARTICLE)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    assert record["parser"]["profile"] == "vnexpress.net/current"
    assert record["site"] == "vnexpress.net"
    assert record["published_at"] == "2025-10-22T19:25:52+07:00"


def test_listing_goes_to_stderr_and_the_article_is_still_printed() -> None:
    result = CliRunner().invoke(main, ["parse", str(LISTING), str(ARTICLE)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["site"] == "vnexpress.net"
    assert "znews-2025-home.html: not an article:" in result.stderr


def test_stdin_with_url_and_site() -> None:
    result = CliRunner().invoke(
        main,
        ["parse", "-", "--url", "https://vnexpress.net/x-4954454.html", "--site", "vnexpress.net"],
        input=ARTICLE.read_bytes(),
    )
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["url"] == "https://vnexpress.net/x-4954454.html"
    assert all(i["src"].startswith("https://") for i in record["images"])


def test_unknown_site_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["parse", str(ARTICLE), "--site", "no-such-site"])
    assert result.exit_code == 2
    assert "no site profile named 'no-such-site'" in result.output

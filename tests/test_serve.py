"""`vnnews serve`: a real Datasette process on a loopback port, with our metadata, facets, queries and search."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from extractors import Facts, Mention, Person
from scraper.cli import main
from scraper.commands.serve import load_metadata, prepare_connection, vn_key
from scraper.db import open_db
from scraper.ingest import load_input, parse_input, store_article

FIXTURES = Path(__file__).parent / "fixtures"
PTO = FIXTURES / "baophutho" / "baophutho-current-plain.html"
VNE = FIXTURES / "pages" / "vnexpress.net" / "vnexpress-2025-dau-bung-keo-dai.html"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, str]]:
    folder = tmp_path_factory.mktemp("serve")
    db_path = folder / "tin.db"
    CliRunner().invoke(main, ["import", "--db", str(db_path), str(PTO), str(VNE)])
    db = open_db(db_path)
    parsed = parse_input(load_input(db, 1, extract=False))
    lead = parsed.article.lead
    person = Person(
        "Nguyễn Văn Hòa", mentions=(Mention(0, 14, "Nguyễn Văn Hòa", "lead", role="Giám đốc Công an tỉnh"),)
    )
    store_article(db, 1, replace(parsed.article, lead="Nguyễn Văn Hòa " + lead), Facts(people=(person,)))
    db.close()
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scraper", "serve", "--db", str(db_path), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=10)
    deadline = time.monotonic() + 30
    while True:
        try:
            client.get("/-/versions.json")
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"datasette did not start: {proc.stdout.read().decode()}") from None
            time.sleep(0.1)
    try:
        yield client, "tin"
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_table_page_shows_our_titles_and_descriptions(server: tuple[httpx.Client, str]) -> None:
    client, name = server
    page = client.get(f"/{name}/articles")
    assert page.status_code == 200
    assert "One row per page that is an article" in page.text
    assert "Để phong trào đứng vững trong lòng dân" in page.text
    assert "vnnews — Vietnamese news, articles and facts" in client.get("/").text


@pytest.mark.slow
def test_json_api_and_facets(server: tuple[httpx.Client, str]) -> None:
    client, name = server
    data = client.get(f"/{name}/articles.json", params={"_shape": "objects", "_facet": "site"}).json()
    assert sorted(r["title"] for r in data["rows"]) == [
        "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non",
        "Để phong trào đứng vững trong lòng dân",
    ]
    facet = {v["value"]: v["count"] for v in data["facet_results"]["site"]["results"]}
    assert facet == {"baophutho.vn": 1, "vnexpress.net": 1}
    default = client.get(f"/{name}/articles.json").json()
    assert {"site", "category", "month"} <= set(default["facet_results"])


@pytest.mark.slow
def test_full_text_search_without_tone_marks(server: tuple[httpx.Client, str]) -> None:
    client, name = server
    for query in ("dan van", "dân vận", "phong trao dung vung"):
        rows = client.get(f"/{name}/articles.json", params={"_search": query, "_shape": "array"}).json()
        assert [r["id"] for r in rows] == [1], query
    rows = client.get(
        f"/{name}/articles.json", params={"_search": "lymphoma ruot non", "_shape": "array"}
    ).json()
    assert [r["id"] for r in rows] == [2]


@pytest.mark.slow
def test_canned_queries_answer(server: tuple[httpx.Client, str]) -> None:
    client, name = server
    rows = client.get(
        f"/{name}/articles_mentioning_person.json", params={"name": "Văn Hòa", "_shape": "array"}
    ).json()
    assert [(r["person"], r["role"], r["title"]) for r in rows] == [
        ("Nguyễn Văn Hòa", "Giám đốc Công an tỉnh", "Để phong trào đứng vững trong lòng dân")
    ]
    rows = client.get(f"/{name}/last_crawl.json", params={"_shape": "array"}).json()
    assert sorted(r["id"] for r in rows) == [1, 2]
    for query, params, column in (
        ("place", {"place": "Phú Thọ"}, "parent_names"),
        ("models_of_province", {"province": "Phú Thọ"}, "kind"),
        ("figure_over_time", {"unit": "tấn", "words": ""}, "value"),
    ):
        response = client.get(f"/{name}/{query}.json", params=params)
        assert response.status_code == 200 and column in response.json()["columns"], query
    rows = client.get(
        f"/{name}/person_mentions.json", params={"person": "Nguyễn Văn Hòa", "_shape": "array"}
    ).json()
    assert [(r["article_id"], r["role"], r["field"]) for r in rows] == [(1, "Giám đốc Công an tỉnh", "lead")]


@pytest.mark.slow
def test_canned_queries_fold_vietnamese_capitals_and_the_views_keep_their_own_pages(
    server: tuple[httpx.Client, str],
) -> None:
    """SQLite's lower() folds only ASCII: "NGUYỄN VĂN HÒA" and "PHÚ THỌ" must still find their rows, and
    tone marks placed the old way ("Hoà") too. The view `province_models` is its own page, with its
    facets, not hidden by a canned query of the same name."""
    client, name = server
    for person in ("NGUYỄN VĂN HÒA", "nguyễn văn hoà"):
        rows = client.get(
            f"/{name}/articles_mentioning_person.json", params={"name": person, "_shape": "array"}
        ).json()
        assert [r["person"] for r in rows] == ["Nguyễn Văn Hòa"], person
    view = client.get(f"/{name}/province_models.json").json()
    assert "province" in view["columns"] and view["facet_results"]


def test_the_place_and_province_queries_fold_capitals_on_a_real_database(tmp_path: Path) -> None:
    """The canned queries' own SQL, on a database imported from the Phú Thọ page, with the function
    `vnnews serve` gives Datasette's connections."""
    db_path = tmp_path / "news.db"
    CliRunner().invoke(main, ["import", "--db", str(db_path), str(PTO)])
    queries = load_metadata(db_path)["databases"]["news"]["queries"]
    conn = sqlite3.connect(db_path)
    prepare_connection(conn)
    for place in ("SƠN NGA", "sơn nga", "Sơn Nga"):
        rows = conn.execute(queries["place"]["sql"], {"place": place}).fetchall()
        assert {r[0] for r in rows} == {"Sơn Nga"}, place
    by_province = {
        province: conn.execute(queries["models_of_province"]["sql"], {"province": province}).fetchall()
        for province in ("PHÚ THỌ", "Phú Thọ", "phú thọ")
    }
    assert by_province["PHÚ THỌ"] == by_province["Phú Thọ"] == by_province["phú thọ"] != []
    conn.close()


def test_vn_key_folds_as_the_stored_keys_do() -> None:
    assert vn_key("DƯƠNG Thị HOÀ") == vn_key("Dương thị Hòa") == "dương thị hòa"
    assert vn_key(None) is None


def test_metadata_is_keyed_by_the_database_file_name() -> None:
    metadata = load_metadata(Path("/data/tin-phu-tho.db"))
    assert list(metadata["databases"]) == ["tin-phu-tho"]
    assert metadata["databases"]["tin-phu-tho"]["tables"]["articles"]["fts_table"] == "articles_fts"
    assert set(metadata["databases"]["tin-phu-tho"]["queries"]) == {
        "articles_mentioning_person",
        "place",
        "models_of_province",
        "figure_over_time",
        "last_crawl",
    }


def test_serve_refuses_a_missing_or_foreign_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
    (tmp_path / "x.db").write_bytes(b"not sqlite" * 100)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not a SQLite database" in result.output

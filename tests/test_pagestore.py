"""Raw page storage: compressed bodies, de-duplication by hash, validators for conditional GET."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scraper.db import check_integrity, open_db, start_run
from scraper.pagestore import PageStore, to_utc

HTML = "<html><head><title>Dân vận</title></head><body><p>Xã Đồng Lạc</p></body></html>".encode()
URL = "https://baophutho.vn/lam-tot-cong-tac-dan-van-123.htm"


@pytest.fixture
def store(tmp_path: Path) -> PageStore:
    return PageStore(open_db(tmp_path / "news.db"))


def _put(store: PageStore, body: bytes = HTML, when: str = "2025-07-01T10:00:00+07:00", **kw: object):
    args = {
        "url": URL,
        "final_url": URL,
        "status": 200,
        "site": "baophutho.vn",
        "headers": {
            "Content-Type": "text/html; charset=utf-8",
            "ETag": '"abc"',
            "Last-Modified": "Tue, 01 Jul 2025 02:00:00 GMT",
        },
    }
    args.update(kw)
    return store.put(body=body, fetched_at=when, **args)  # type: ignore[arg-type]


def test_put_stores_compressed_body_and_reads_it_back(store: PageStore) -> None:
    body = HTML * 50
    page = _put(store, body)
    assert page.changed is True
    assert page.sha256 == hashlib.sha256(body).hexdigest()
    assert store.body(page.id) == body
    stored = store.db.execute("SELECT length(body), size, compression FROM pages").fetchone()
    assert stored[1] == len(body) and stored[2] == "zlib" and stored[0] < len(body) / 10


def test_same_body_is_not_stored_twice_but_fetched_at_moves(store: PageStore) -> None:
    first = _put(store)
    second = _put(store, when="2025-07-02T00:00:00Z", headers={"ETag": '"def"'})
    assert second.changed is False and second.id == first.id
    assert store.db["pages"].count == 1
    row = store.db["pages"].get(first.id)
    assert (row["first_fetched_at"], row["fetched_at"], row["etag"]) == (
        "2025-07-01T03:00:00+00:00",
        "2025-07-02T00:00:00+00:00",
        '"def"',
    )


def test_changed_body_replaces_the_stored_version_and_resets_parse_state(store: PageStore) -> None:
    first = _put(store)
    store.db.execute("UPDATE pages SET parse_status = 'article', parsed_versions = '1+1'")
    run_id = start_run(store.db, sites=["baophutho.vn"], options={})
    second = _put(store, HTML + b"<!-- edited -->", when="2025-07-03T00:00:00+00:00", run_id=run_id)
    assert second.changed is True and second.id == first.id
    row = store.db["pages"].get(first.id)
    assert (row["parse_status"], row["parsed_versions"], row["run_id"]) == (None, None, run_id)
    assert store.body(first.id).endswith(b"<!-- edited -->")


def test_latest_gives_the_validators_for_a_conditional_get(store: PageStore) -> None:
    assert store.latest(URL) is None
    _put(store)
    page = store.latest(URL)
    assert page is not None
    assert (page.etag, page.last_modified, page.status, page.site) == (
        '"abc"',
        "Tue, 01 Jul 2025 02:00:00 GMT",
        200,
        "baophutho.vn",
    )
    assert page.headers["content-type"] == "text/html; charset=utf-8"


def test_touch_records_a_not_modified_recheck(store: PageStore) -> None:
    page = _put(store)
    touched = store.touch(URL, fetched_at="2025-08-01T00:00:00+00:00")
    assert touched is not None and touched.changed is False
    assert store.get(page.id).fetched_at == "2025-08-01T00:00:00+00:00"  # type: ignore[union-attr]
    assert store.touch("https://baophutho.vn/unknown-1.htm", fetched_at="2025-08-01T00:00:00Z") is None


def test_site_rows_come_from_the_profile_or_the_host(store: PageStore) -> None:
    _put(store)
    _put(store, url="https://www.vnexpress.net/a-1.html", final_url=None, site=None)
    sites = {r["name"]: r for r in store.db["sites"].rows}
    assert sites["baophutho.vn"]["province"] == "Phú Thọ"
    assert sites["baophutho.vn"]["byline"] == "PTĐT"
    assert sites["vnexpress.net"]["province"] is None
    assert check_integrity(store.db) == []


def test_times_need_an_offset_and_become_utc() -> None:
    assert to_utc("2025-07-01T10:00:00.123+07:00") == "2025-07-01T03:00:00+00:00"
    with pytest.raises(ValueError, match="offset"):
        to_utc("2025-07-01T10:00:00")

from datetime import datetime, timezone

import pytest

from scraper.db import open_db
from scraper.discovery import ARTICLE, FEED, LISTING
from scraper.frontier import Frontier, NewUrl


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "news.db")
    yield database
    database.close()


def test_urls_are_added_once(db):
    f = Frontier(db)
    assert (
        f.add([NewUrl("https://a.vn/1.htm", ARTICLE), NewUrl("https://a.vn/2.htm", ARTICLE)], site="a.vn")
        == 2
    )
    assert f.add([NewUrl("https://a.vn/1.htm", ARTICLE)], site="a.vn", found_from="https://a.vn/") == 0
    assert f.counts() == {"queued": 2}
    assert f.get("https://a.vn/1.htm")["found_from"] is None


def test_lease_order_discovery_first_then_newest_articles(db):
    f = Frontier(db)
    f.add([NewUrl("https://a.vn/old.htm", ARTICLE, datetime(2020, 1, 1, tzinfo=timezone.utc))], site="a.vn")
    f.add([NewUrl("https://a.vn/undated.htm", ARTICLE)], site="a.vn")
    f.add([NewUrl("https://a.vn/new.htm", ARTICLE, datetime(2025, 1, 1, tzinfo=timezone.utc))], site="a.vn")
    f.add([NewUrl("https://a.vn/tin-tuc", LISTING), NewUrl("https://a.vn/rss", FEED)], site="a.vn")
    urls = [i.url for i in f.lease(10)]
    assert urls == [
        "https://a.vn/rss",
        "https://a.vn/tin-tuc",
        "https://a.vn/new.htm",
        "https://a.vn/old.htm",
        "https://a.vn/undated.htm",
    ]
    assert f.lease(10) == []
    assert f.counts() == {"leased": 5}


def test_leases_of_a_killed_run_come_back(tmp_path):
    path = tmp_path / "news.db"
    first = open_db(path)
    Frontier(first).add([NewUrl("https://a.vn/1.htm", ARTICLE)], site="a.vn")
    assert len(Frontier(first).lease(5)) == 1
    first.close()  # the run dies holding the lease
    second = open_db(path)
    f = Frontier(second)
    assert f.lease(5) == []  # still leased, not expired
    assert f.recover() == 1
    assert [i.url for i in f.lease(5)] == ["https://a.vn/1.htm"]
    second.close()


def test_expired_lease_is_taken_again(db):
    f = Frontier(db, lease_seconds=-1)
    f.add([NewUrl("https://a.vn/1.htm", ARTICLE)], site="a.vn")
    assert len(f.lease(5)) == 1
    assert [i.url for i in f.lease(5)] == ["https://a.vn/1.htm"]


def test_failed_url_keeps_reason_and_waits_for_a_later_run(db):
    f = Frontier(db)
    f.add([NewUrl("https://a.vn/1.htm", ARTICLE), NewUrl("https://a.vn/2.htm", ARTICLE)], site="a.vn")
    f.lease(5)
    f.fail("https://a.vn/1.htm", "timeout", retry_after=3600)
    f.fail("https://a.vn/2.htm", "status/503", retry_after=-1)
    row = f.get("https://a.vn/1.htm")
    assert (row["state"], row["attempts"], row["last_error"]) == ("failed", 1, "timeout")
    assert f.recover() == 1  # only the one whose wait is over
    assert [i.url for i in f.lease(5)] == ["https://a.vn/2.htm"]


def test_finished_discovery_pages_are_requeued_but_articles_stay_done(db):
    f = Frontier(db)
    f.requeue([NewUrl("https://a.vn/rss", FEED)], site="a.vn")
    f.add([NewUrl("https://a.vn/1.htm", ARTICLE)], site="a.vn")
    for item in f.lease(5):
        f.finish(item.url, sha256="abc")
    f.requeue([NewUrl("https://a.vn/rss", FEED)], site="a.vn")
    items = f.lease(5)
    assert [(i.url, i.content_sha256) for i in items] == [("https://a.vn/rss", "abc")]
    assert f.get("https://a.vn/1.htm")["state"] == "done"


def test_release_puts_an_unstarted_lease_back(db):
    f = Frontier(db)
    f.add([NewUrl("https://a.vn/1.htm", ARTICLE)], site="a.vn")
    f.lease(1)
    f.release("https://a.vn/1.htm")
    assert f.counts() == {"queued": 1}

from datetime import datetime, timezone
from pathlib import Path

from scraper.discovery import FEED, LISTING, Seed, seeds_for
from scraper.discovery.feeds import parse_feed, parse_feed_links
from scraper.discovery.listings import next_listing_page, parse_canonical, parse_links
from scraper.discovery.sitemaps import parse_sitemap
from scraper.profiles import load_profile

FEED_FIXTURE = Path(__file__).parent / "fixtures" / "feeds" / "vnexpress-2017-07-rss-tin-moi-nhat.xml"


def test_real_rss_feed_gives_item_links_with_times():
    found = parse_feed(FEED_FIXTURE.read_bytes(), "https://vnexpress.net/rss/tin-moi-nhat.rss")
    assert len(found) == 25
    assert found[0].url == (
        "http://suckhoe.vnexpress.net/tin-tuc/suc-khoe/mot-tuan-ha-noi-co-1-400-nguoi-benh-sot-xuat-huyet-vao-vien-3618863.html"
    )
    assert found[0].published_at == datetime(2017, 7, 26, 12, 41, 14, tzinfo=timezone.utc)


def test_atom_feed_with_relative_links_and_tracking():
    atom = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title>Bài</title><link href="/bai-1.htm?utm_source=atom"/><id>x1</id><updated>2025-06-01T08:00:00+07:00</updated></entry>
    </feed>"""
    found = parse_feed(atom, "https://a.vn/feed.atom")
    assert [f.url for f in found] == ["https://a.vn/bai-1.htm"]
    assert found[0].published_at == datetime(2025, 6, 1, 1, 0, tzinfo=timezone.utc)


def test_alternate_feed_links_in_head():
    html = '<html><head><link rel="alternate" type="application/rss+xml" href="/rss/home.rss"><link rel="stylesheet" href="/a.css"></head></html>'
    assert parse_feed_links(html, "https://a.vn/") == ["https://a.vn/rss/home.rss"]


def test_sitemap_index_lists_children():
    xml = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://a.vn/sitemap-news.xml</loc></sitemap><sitemap><loc> /sitemap-2024.xml </loc></sitemap></sitemapindex>"""
    parsed = parse_sitemap(xml, "https://a.vn/sitemap.xml")
    assert parsed.sitemaps == ("https://a.vn/sitemap-news.xml", "https://a.vn/sitemap-2024.xml")
    assert parsed.pages == ()


def test_news_sitemap_prefers_publication_date_over_lastmod():
    xml = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://a.vn/bai-1.htm</loc><lastmod>2025-01-01</lastmod><news:news>
    <news:publication_date>2025-06-03T09:00:00+07:00</news:publication_date></news:news></url>
    <url><loc>https://a.vn/bai-2.htm#x</loc><lastmod>2024-12-31</lastmod></url></urlset>"""
    pages = parse_sitemap(xml, "https://a.vn/sitemap-news.xml").pages
    assert [p.url for p in pages] == ["https://a.vn/bai-1.htm", "https://a.vn/bai-2.htm"]
    assert pages[0].published_at == datetime(2025, 6, 3, 2, 0, tzinfo=timezone.utc)
    assert pages[1].published_at == datetime(2024, 12, 31, tzinfo=timezone.utc)


def test_sitemap_with_entity_declarations_is_refused():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.vn/&b;</loc></url></urlset>"""
    parsed = parse_sitemap(bomb, "https://a.vn/")
    assert not parsed.valid and parsed.pages == ()


def test_html_is_not_a_sitemap_and_text_sitemaps_work():
    assert not parse_sitemap(b"<html><body>x</body></html>", "https://a.vn/").valid
    text = parse_sitemap(b"https://a.vn/1.htm\nhttps://a.vn/2.htm\n", "https://a.vn/")
    assert [p.url for p in text.pages] == ["https://a.vn/1.htm", "https://a.vn/2.htm"]


def test_links_are_normalised_deduplicated_and_binary_files_dropped():
    html = """<base href="https://a.vn/tin-tuc/"><a href="bai-1.htm#top">1</a><a href="/bai-1.htm">x</a>
    <a href="bai-1.htm?utm_campaign=z">dup</a><a href="/tai-lieu/a.pdf">pdf</a><a href="mailto:x@a.vn">m</a>
    <a href="https://b.vn/bai-2.htm">other</a>"""
    assert parse_links(html, "https://a.vn/") == [
        "https://a.vn/tin-tuc/bai-1.htm",
        "https://a.vn/bai-1.htm",
        "https://b.vn/bai-2.htm",
    ]


def test_canonical_and_pagination():
    assert (
        parse_canonical('<link rel="canonical" href="/bai-1.htm?utm_source=x">', "https://a.vn/b")
        == "https://a.vn/bai-1.htm"
    )
    assert parse_canonical("<p>no canonical</p>", "https://a.vn/") is None
    assert (
        next_listing_page("{url}/p{n}", "https://baophutho.vn/kinh-te/", 2)
        == "https://baophutho.vn/kinh-te/p2"
    )
    assert next_listing_page("", "https://a.vn/x", 2) is None


def test_seeds_of_the_shipped_profile_start_with_its_feed():
    seeds = seeds_for(load_profile("baophutho.vn"))
    assert seeds[0] == Seed("https://baophutho.vn/rss/home.rss", FEED)
    assert Seed("https://baophutho.vn/chinh-tri", LISTING) in seeds

import asyncio

from scraper.robots import RobotsCache, parse_robots

ROBOTS = """User-agent: *
Disallow: /private/
Disallow: /tim-kiem
Crawl-delay: 2.5

User-agent: BadBot
Disallow: /

Sitemap: https://a.vn/sitemap.xml
"""


def test_disallowed_paths_and_crawl_delay():
    robots = parse_robots(ROBOTS, "vnnews")
    assert robots.allowed("https://a.vn/bai-1.htm")
    assert not robots.allowed("https://a.vn/private/x.htm")
    assert not robots.allowed("https://a.vn/tim-kiem?q=phu+tho")
    assert robots.crawl_delay() == 2.5
    assert robots.sitemaps() == ("https://a.vn/sitemap.xml",)


def test_rules_for_another_agent_do_not_apply_to_us():
    assert not parse_robots(ROBOTS, "BadBot").allowed("https://a.vn/bai-1.htm")
    assert parse_robots(ROBOTS, "vnnews").allowed("https://a.vn/")


def _cache(answers: dict[str, tuple[int, str] | None]) -> tuple[RobotsCache, list[str]]:
    asked: list[str] = []

    async def fetch(url: str) -> tuple[int, str] | None:
        asked.append(url)
        await asyncio.sleep(0)
        return answers[url]

    return RobotsCache(fetch, "vnnews"), asked


def test_missing_robots_allows_all_and_server_error_or_no_answer_disallows():
    cache, asked = _cache(
        {
            "http://a.vn/robots.txt": (404, "not found"),
            "http://b.vn/robots.txt": (503, ""),
            "http://c.vn/robots.txt": None,
        }
    )

    async def run():
        return [await cache.get(o) for o in ("http://a.vn", "http://b.vn", "http://c.vn", "http://a.vn")]

    a, b, c, a_again = asyncio.run(run())
    assert a.allowed("http://a.vn/private/x") and a is a_again
    assert not b.allowed("http://b.vn/x") and b.unavailable
    assert not c.allowed("http://c.vn/x") and c.unavailable
    assert asked == ["http://a.vn/robots.txt", "http://b.vn/robots.txt", "http://c.vn/robots.txt"]


def test_concurrent_callers_share_one_fetch():
    cache, asked = _cache({"http://a.vn/robots.txt": (200, ROBOTS)})

    async def run():
        return await asyncio.gather(*(cache.get("http://a.vn") for _ in range(5)))

    results = asyncio.run(run())
    assert asked == ["http://a.vn/robots.txt"]
    assert all(r.crawl_delay() == 2.5 for r in results)

"""Fixture sites for the loopback server, built from the real pages in tests/fixtures/.

`news_site(server, folder)` serves a small news site shaped like baophutho.vn (feed, sitemap index
with a news sitemap, paginated listing, articles) with one article per fault, and writes a site
profile for it (the shipped baophutho.vn templates, hosts and URLs pointing at 127.0.0.1).
`synthetic_site(server, n)` serves n generated articles behind paginated listings, for the bench.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from crawlsite.server import Drop, Flaky, Page, Redirect, SiteServer, Slow, Truncated

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SHIPPED_PROFILE = ROOT / "scraper" / "sites" / "baophutho.vn.toml"

# Real pages served as articles: path on the test site → fixture file.
ARTICLES = {
    "/bai-viet/phong-trao-dung-vung-1.htm": "baophutho/baophutho-current-plain.html",
    "/bai-viet/phong-trao-bi-an-2.htm": "baophutho/baophutho-current-obfuscated-text-k6.html",
    "/bai-viet/phong-trao-2019-3.htm": "baophutho/baophutho-2019-de-phong-trao-dung-vung-trong-long-dan.html",
    "/bai-viet/cong-nhan-mat-viec-4.htm": "pages/vnexpress.net/vnexpress-2022-cong-nhan-mat-viec-lo-tet.html",
    "/bai-viet/song-dep-5.htm": "pages/baolaocai.vn/baolaocai-2026-song-dep-tu-nhung-dieu-gian-di.html",
    "/bai-viet/tay-ban-nha-6.htm": "pages/nhandan.vn/nhandan-2026-tay-ban-nha-vo-dich-world-cup.html",
    "/bai-viet/thanh-tra-7.htm": "pages/baocantho.com.vn/baocantho-2026-thanh-tra-kiem-tra.html",
    "/bai-viet/gia-vang-8.htm": "pages/zingnews.vn/znews-2025-gia-vang-the-gioi.html",
    "/bai-viet/mo-rong-duong-9.htm": "pages/vtcnews.vn/vtcnews-2025-sample-article.html",
}
FEED_ARTICLES = ["/bai-viet/phong-trao-dung-vung-1.htm", "/bai-viet/phong-trao-bi-an-2.htm"]
NEWS_SITEMAP_ARTICLES = ["/bai-viet/phong-trao-2019-3.htm", "/bai-viet/cong-nhan-mat-viec-4.htm"]
OLD_SITEMAP_ARTICLES = ["/bai-viet/song-dep-5.htm"]
LISTING_PAGES = {
    "/tin-tuc": ["/bai-viet/tay-ban-nha-6.htm", "/bai-viet/thanh-tra-7.htm", "/bai-viet/noi-bo-50.htm"],
    "/tin-tuc/p2": ["/bai-viet/gia-vang-8.htm", "/bai-viet/mo-rong-duong-9.htm"],
}
# Fault articles, linked from the last listing page: path → what the crawl must end with.
FAULTS = {
    "/bai-viet/qua-tai-101.htm": "429 once with Retry-After: 1, then the page",
    "/bai-viet/loi-may-chu-102.htm": "503 twice, then the page",
    "/bai-viet/cham-103.htm": "answers after the read timeout",
    "/bai-viet/rot-ket-noi-104.htm": "closes the connection without answering",
    "/bai-viet/chuyen-huong-105.htm": "redirects twice, to /bai-viet/dich-106.htm",
    "/bai-viet/vong-lap-107.htm": "redirect loop through /r/vong-lap-b",
    "/bai-viet/cat-ngang-108.htm": "Content-Length larger than the body sent",
    "/bai-viet/tep-109.htm": "a PDF",
    "/bai-viet/qua-lon-110.htm": "larger than the size cap",
    "/bai-viet/windows-1258-111.htm": "a page encoded in windows-1258",
}
PDF_LINK = "/tai-lieu/bao-cao-2025.pdf"
DISALLOWED = ["/bai-viet/noi-bo-50.htm", "/bai-viet/noi-bo-51.htm"]
OVERSIZE_CAP = 1_000_000


@dataclass
class NewsSite:
    server: SiteServer
    profile_path: Path
    crawl_delay: float
    articles: dict[str, str] = field(default_factory=dict)
    """Article URL → fixture file, for every article the crawl should store."""

    def url(self, path: str) -> str:
        return self.server.url(path)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def to_windows_1258(html: str) -> bytes:
    """Encode Vietnamese text as windows-1258 does: letters with â/ê/ô/ơ/ư/ă/đ, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in html:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tone)
    text = re.sub(r"charset=[\"']?utf-8[\"']?", "charset=windows-1258", "".join(out), flags=re.I)
    return text.encode("cp1258", errors="xmlcharrefreplace")


def _rss(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Bài {i}</title><link>{base}{p}?utm_source=rss&amp;utm_medium=feed</link>"
        f"<pubDate>Mon, 0{i + 1} Jun 2025 08:00:00 +0700</pubDate></item>"
        for i, p in enumerate(paths)
    )
    items += f"<item><title>Riêng</title><link>{base}{DISALLOWED[1]}</link><pubDate>Mon, 02 Jun 2025 08:00:00 +0700</pubDate></item>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


def _sitemap_index(base: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap>"
        f"<sitemap><loc>{base}/sitemap-2010.xml</loc></sitemap></sitemapindex>"
    ).encode()


def _urlset(base: str, paths: list[str], when: str, news: bool) -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    urls = ""
    for p in paths:
        if news:
            urls += (
                f"<url><loc>{escape(base + p)}</loc><news:news><news:publication><news:name>Test</news:name>"
                f"<news:language>vi</news:language></news:publication><news:publication_date>{when}"
                "</news:publication_date><news:title>Bài</news:title></news:news></url>"
            )
        else:
            urls += f"<url><loc>{escape(base + p)}</loc><lastmod>{when}</lastmod></url>"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
        f"{urls}</urlset>"
    ).encode()


def _listing(paths: list[str], extra: str = "") -> bytes:
    links = "".join(f'<li><a href="{p}#comments">Bài {i}</a></li>' for i, p in enumerate(paths))
    return f"<html><head><meta charset='utf-8'><title>Tin tức</title></head><body><ul>{links}</ul>{extra}</body></html>".encode()


def write_profile(
    folder: Path, base: str, *, name: str = "test-news", delay: float = 0.01, max_listing_pages: int = 3
) -> Path:
    """The shipped baophutho.vn profile's templates under a header pointing at the test server."""
    shipped = SHIPPED_PROFILE.read_text(encoding="utf-8")
    templates = shipped[shipped.index("[[templates]]") :]
    header = f"""name = "{name}"
hosts = ["127.0.0.1"]
province = "Phú Thọ"
byline = "PTĐT"
feeds = ["{base}/rss/home.rss"]
sitemaps = ["{base}/sitemap.xml"]
listing_urls = ["{base}/tin-tuc"]
pagination = "{{url}}/p{{n}}"
max_listing_pages = {max_listing_pages}
article_patterns = ['^http://127\\.0\\.0\\.1:\\d+/bai-viet/[a-z0-9-]+-\\d+\\.htm$']
listing_patterns = ['^http://127\\.0\\.0\\.1:\\d+/tin-tuc(/p\\d+)?$']
delay_seconds = {delay}

"""
    path = folder / f"{name}.toml"
    path.write_text(header + templates, encoding="utf-8")
    return path


def news_site(
    server: SiteServer, folder: Path, *, crawl_delay: float = 0.02, slow_seconds: float = 1.5
) -> NewsSite:
    """Serve the fixture news site on `server` and write its profile into `folder`."""
    base = server.base
    routes: dict[str, object] = {
        "/robots.txt": Page(
            f"User-agent: *\nDisallow: /private/\nDisallow: /bai-viet/noi-bo-\nCrawl-delay: {crawl_delay}\n\nSitemap: {base}/sitemap.xml\n".encode(),
            "text/plain",
        ),
        "/rss/home.rss": Page(_rss(base, FEED_ARTICLES), "application/rss+xml; charset=utf-8"),
        "/sitemap.xml": Page(_sitemap_index(base), "application/xml"),
        "/sitemap-news.xml": Page(
            _urlset(base, NEWS_SITEMAP_ARTICLES, "2025-06-03T09:00:00+07:00", True), "application/xml"
        ),
        "/sitemap-2010.xml": Page(
            _urlset(base, OLD_SITEMAP_ARTICLES, "2010-01-01", False), "application/xml"
        ),
    }
    articles = {}
    for path, name in ARTICLES.items():
        routes[path] = Page(fixture(name))
        articles[base + path] = name
    for path in DISALLOWED:
        routes[path] = Page(b"<html><body>secret</body></html>")
    listing_paths = list(LISTING_PAGES)
    for i, path in enumerate(listing_paths):
        extra = f'<a href="{listing_paths[i + 1]}">Trang sau</a>' if i + 1 < len(listing_paths) else ""
        routes[path] = Page(_listing(LISTING_PAGES[path], extra))
    last = "/tin-tuc/p3"
    routes[last] = Page(_listing([*FAULTS, PDF_LINK]))
    article_page = fixture("pages/vnexpress.net/vnexpress-2025-dau-bung-keo-dai.html")
    routes["/bai-viet/qua-tai-101.htm"] = Flaky(
        Page(fixture("pages/cafebiz.vn/cafebiz-2022-unikey-roi-vng.html")), 1, 429, "1"
    )
    routes["/bai-viet/loi-may-chu-102.htm"] = Flaky(
        Page(fixture("pages/vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html")), 2, 503
    )
    routes["/bai-viet/cham-103.htm"] = Slow(Page(article_page), slow_seconds)
    routes["/bai-viet/rot-ket-noi-104.htm"] = Drop()
    routes["/bai-viet/chuyen-huong-105.htm"] = Redirect(base + "/r/chuyen-huong-b", 301)
    routes["/r/chuyen-huong-b"] = Redirect("/bai-viet/dich-106.htm", 302)
    routes["/bai-viet/dich-106.htm"] = Page(fixture("pages/nld.com.vn/nld-2012-thieu-tien-hui.html"))
    routes["/bai-viet/vong-lap-107.htm"] = Redirect("/r/vong-lap-b")
    routes["/r/vong-lap-b"] = Redirect("/bai-viet/vong-lap-107.htm")
    routes["/bai-viet/cat-ngang-108.htm"] = Truncated(article_page[:5000], len(article_page))
    routes["/bai-viet/tep-109.htm"] = Page(b"%PDF-1.4\n" + b"0" * 2000, "application/pdf")
    routes[PDF_LINK] = Page(b"%PDF-1.4\n", "application/pdf")
    routes["/bai-viet/qua-lon-110.htm"] = Page(
        b"<html><body>" + b"<p>x</p>" * (OVERSIZE_CAP // 8 + 10) + b"</body></html>"
    )
    win = to_windows_1258(
        fixture("pages/dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html").decode("utf-8")
    )
    routes["/bai-viet/windows-1258-111.htm"] = Page(win, "text/html")
    articles[base + "/bai-viet/qua-tai-101.htm"] = "pages/cafebiz.vn/cafebiz-2022-unikey-roi-vng.html"
    articles[base + "/bai-viet/loi-may-chu-102.htm"] = (
        "pages/vneconomy.vn/vneconomy-2022-dow-jones-bay-them-300-diem.html"
    )
    articles[base + "/bai-viet/chuyen-huong-105.htm"] = "pages/nld.com.vn/nld-2012-thieu-tien-hui.html"
    articles[base + "/bai-viet/windows-1258-111.htm"] = (
        "pages/dantri.com.vn/dantri-2012-chot-lich-nghi-le-tet-2013.html"
    )
    server.routes = routes  # type: ignore[assignment]
    return NewsSite(server, write_profile(folder, base), crawl_delay, articles)


def synthetic_site(
    server: SiteServer,
    folder: Path,
    n_articles: int,
    *,
    per_listing: int = 50,
    body_kb: int = 8,
    crawl_delay: float = 0.0,
) -> Path:
    """n generated articles behind a chain of listing pages, generated on request (no memory per page)."""
    base = server.base
    sentence = (
        "Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện"
        " các chỉ tiêu kinh tế xã hội và đề ra nhiệm vụ trọng tâm cho năm tới. "
    )
    paragraphs = max(2, body_kb * 1024 // (len(sentence.encode()) * 2))
    filler = "".join(f"<p>Đoạn {j}: {sentence * 2}</p>" for j in range(paragraphs))
    pages = -(-n_articles // per_listing)

    def route(path: str):  # type: ignore[no-untyped-def]
        if path == "/robots.txt":
            return Page(f"User-agent: *\nAllow: /\nCrawl-delay: {crawl_delay}\n".encode(), "text/plain")
        m = re.fullmatch(r"/tin-tuc(?:/p(\d+))?", path)
        if m:
            n = int(m.group(1) or 1)
            first = (n - 1) * per_listing
            ids = range(first, min(first + per_listing, n_articles))
            extra = f'<a href="/tin-tuc/p{n + 1}">Trang sau</a>' if n < pages else ""
            return Page(_listing([f"/bai-viet/bai-{i}.htm" for i in ids], extra), validators=False)
        m = re.fullmatch(r"/bai-viet/bai-(\d+)\.htm", path)
        if m and int(m.group(1)) < n_articles:
            i = m.group(1)
            html = (
                f"<html><head><meta charset='utf-8'><title>Bài {i}</title></head><body><article>"
                f"<h1>Bài số {i}</h1><div class='content'>{filler}</div></article></body></html>"
            )
            return Page(html.encode(), validators=False)
        return None

    server.fallback = route  # type: ignore[assignment]
    profile = write_profile(folder, base, name="bench-news", delay=0.0, max_listing_pages=pages + 1)
    text = profile.read_text(encoding="utf-8")
    text = re.sub(r"feeds = .*\n", "feeds = []\n", text)
    text = re.sub(r"sitemaps = .*\n", "sitemaps = []\n", text)
    text = re.sub(r"article_patterns = .*\n", "article_patterns = ['/bai-viet/bai-\\\\d+\\\\.htm$']\n", text)
    profile.write_text(text, encoding="utf-8")
    return profile

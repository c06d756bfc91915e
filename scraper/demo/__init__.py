"""`vnnews demo`: a copy of a small news site served on 127.0.0.1, crawled end to end.

The pages in `site/` are the built baophutho.vn-like fixture pages (tests/fixtures/baophutho/, made
by this project, so they may ship) plus a feed, a sitemap index, a news sitemap, a paginated
listing and a robots.txt that forbids one path. `{base}` in them becomes the server's address. The
site is crawled with the shipped baophutho.vn templates under a profile whose hosts are 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

from scraper.profiles import SiteProfile, load_profile, register_profile

__all__ = ["DEMO_SITE", "demo_profile", "serve_demo"]

DEMO_SITE = "demo.baophutho"

# URL path → (file in site/, content type)
_ROUTES = {
    "/robots.txt": ("robots.txt", "text/plain; charset=utf-8"),
    "/rss/home.rss": ("home.rss", "application/rss+xml; charset=utf-8"),
    "/sitemap.xml": ("sitemap.xml", "application/xml; charset=utf-8"),
    "/sitemap-news.xml": ("sitemap-news.xml", "application/xml; charset=utf-8"),
    "/chinh-tri": ("chinh-tri.html", "text/html; charset=utf-8"),
    "/chinh-tri/p2": ("chinh-tri-p2.html", "text/html; charset=utf-8"),
}


def _load(base: str) -> dict[str, tuple[bytes, str]]:
    folder = resources.files("scraper") / "demo" / "site"
    pages: dict[str, tuple[bytes, str]] = {}
    for path, (name, kind) in _ROUTES.items():
        text = (folder / name).read_text(encoding="utf-8").replace("{base}", base)
        pages[path] = (text.encode("utf-8"), kind)
    for entry in folder.iterdir():
        if entry.name.endswith(".htm"):
            pages["/" + entry.name] = (entry.read_bytes(), "text/html; charset=utf-8")
    return pages


def demo_profile(base: str) -> SiteProfile:
    """The baophutho.vn profile (templates included), pointed at the loopback copy."""
    shipped = load_profile("baophutho.vn")
    return dataclasses.replace(
        shipped,
        name=DEMO_SITE,
        hosts=("127.0.0.1",),
        start_urls=(base + "/",),
        feeds=(base + "/rss/home.rss",),
        sitemaps=(base + "/sitemap.xml",),
        listing_urls=(base + "/chinh-tri",),
        pagination="{url}/p{n}",
        max_listing_pages=3,
        article_patterns=(re.compile(r"^http://127\.0\.0\.1:\d+/[a-z0-9-]+-\d+\.htm$"),),
        listing_patterns=(re.compile(r"^http://127\.0\.0\.1:\d+/chinh-tri(/p\d+)?$"),),
        delay_seconds=0.05,
    )


@contextmanager
def serve_demo() -> Iterator[str]:
    """Serve the demo site on 127.0.0.1 (a free port) for the `with` block; yields its base URL."""
    pages: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in separate writes

        def do_GET(self) -> None:
            body, kind = pages.get(self.path.split("?")[0], (b"not found", "text/plain"))
            self.send_response(200 if self.path.split("?")[0] in pages else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages.update(_load(base))
    register_profile(demo_profile(base))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()

"""HTTP: the client (user agent, timeouts, limits), one GET with a size cap and conditional headers.

Redirects are not followed here: the crawler follows them hop by hop so every hop passes robots.txt
and the host's pacing. Bodies are streamed so an oversized page or a PDF costs only its headers.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from scraper.retry import RETRY_STATUSES, RetryableStatusError, parse_retry_after
from scraper.settings import Settings

__all__ = ["Fetched", "TooLargeError", "decode_body", "fetch_once", "is_page_type", "make_client"]

_PAGE_TYPES = (
    "text/html",
    "application/xhtml",
    "text/xml",
    "application/xml",
    "application/rss",
    "application/atom",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class TooLargeError(Exception):
    """The body is larger than the configured cap; not retried."""


@dataclass(frozen=True)
class Fetched:
    """One HTTP exchange. `body` is empty for 304, redirects and types we do not keep (`skipped`)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    skipped: str | None = None

    @property
    def location(self) -> str | None:
        return self.headers.get("location")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def make_client(settings: Settings, on_request: Callable[[str], None] | None = None) -> httpx.AsyncClient:
    """The one client of a run: honest User-Agent, connect and read timeouts, pooled connections."""
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    # One connection per worker: httpcore scans its whole pool on every request.
    limits = httpx.Limits(
        max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
    )
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        },
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        trust_env=False,
        # Called when a request leaves and again when its response begins: the server saw the request
        # somewhere in between, so pacing from the later moment never squeezes two arrivals closer
        # than the interval, even when the first request paid for connection setup.
        event_hooks={"request": [_hook(on_request)], "response": [_response_hook(on_request)]}
        if on_request
        else None,
    )


def _hook(on_request: Callable[[str], None]) -> Callable[[httpx.Request], Awaitable[None]]:
    async def hook(request: httpx.Request) -> None:
        on_request(request.url.netloc.decode("ascii").lower())

    return hook


def _response_hook(on_request: Callable[[str], None]) -> Callable[[httpx.Response], Awaitable[None]]:
    async def hook(response: httpx.Response) -> None:
        on_request(response.request.url.netloc.decode("ascii").lower())

    return hook


def is_page_type(content_type: str) -> bool:
    """Types worth keeping: HTML, XML (sitemaps), feeds; an empty type is given the benefit of the doubt."""
    return not content_type or content_type.startswith(_PAGE_TYPES) or content_type.endswith("+xml")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


async def fetch_once(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    etag: str | None = None,
    last_modified: str | None = None,
    any_type: bool = False,
) -> Fetched:
    """GET `url` once (`any_type`: keep the body whatever its type, as for robots.txt). Raises `RetryableStatusError` for 429/5xx, `TooLargeError`, or httpx errors."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    async with client.stream("GET", url, headers=headers) as response:
        got = {k.lower(): v for k, v in response.headers.items()}
        status = response.status_code
        if status in RETRY_STATUSES:
            raise RetryableStatusError(url, status, parse_retry_after(got.get("retry-after")))
        if 300 <= status < 400 or status == 304:
            return Fetched(url, status, got, b"", _now())
        content_type = got.get("content-type", "").split(";")[0].strip().lower()
        if 200 <= status < 300 and not any_type and not is_page_type(content_type):
            return Fetched(url, status, got, b"", _now(), skipped=f"content-type {content_type}")
        declared = got.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise TooLargeError(f"too-large: {declared} bytes > {max_bytes}")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise TooLargeError(f"too-large: over {max_bytes} bytes")
            chunks.append(chunk)
        return Fetched(url, status, got, b"".join(chunks), _now())


def decode_body(body: bytes, content_type_header: str = "") -> str:
    """Text of a page for link discovery: the header's charset, else a <meta> charset, else UTF-8."""
    match = re.search(r"charset=([\w.:-]+)", content_type_header, re.I)
    charset = match.group(1) if match else None
    if charset is None:
        meta = _META_CHARSET.search(body[:4096])
        charset = meta.group(1).decode("ascii", "replace") if meta else "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")

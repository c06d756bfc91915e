"""A threaded stdlib HTTP/1.1 server on 127.0.0.1 whose routes are static pages or faults.

Every request is logged (arrival time, path, headers), so tests can check what the crawler asked
for, when, and with which conditional headers. Faults are routes, not mocks: a 429 with
Retry-After, a 503 that heals, a slow answer, a dropped connection, a truncated body.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["Drop", "Flaky", "Page", "Redirect", "Request", "SiteServer", "Slow", "Truncated"]


@dataclass(frozen=True)
class Request:
    at: float
    path: str
    headers: dict[str, str]


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = True
    """Send an ETag and Last-Modified and answer a matching conditional GET with 304."""

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        etag = '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'
        modified = "Wed, 01 Jan 2025 00:00:00 GMT"
        extra = dict(self.headers)
        if self.validators and self.status == 200:
            extra.update({"ETag": etag, "Last-Modified": modified})
            if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == modified:
                _send(h, 304, b"", self.content_type, extra)
                return
        _send(h, self.status, self.body, self.content_type, extra)


def _send(
    h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str, headers: dict[str, str]
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for k, v in headers.items():
        h.send_header(k, v)
    h.end_headers()
    if body and status != 304:
        h.wfile.write(body)


@dataclass
class Flaky:
    """`failures` answers of `status` (with Retry-After if given), then the page."""

    page: Page
    failures: int = 1
    status: int = 503
    retry_after: str | None = None
    seen: int = 0

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        self.seen += 1
        if self.seen <= self.failures:
            headers = {"Retry-After": self.retry_after} if self.retry_after is not None else {}
            _send(h, self.status, b"try later", "text/plain", headers)
        else:
            self.page.serve(h)


@dataclass
class Slow:
    page: Page
    seconds: float

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        time.sleep(self.seconds)
        self.page.serve(h)


class Drop:
    """Close the connection without answering."""

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        h.close_connection = True


@dataclass
class Redirect:
    location: str
    status: int = 301

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        _send(h, self.status, b"", "text/html", {"Location": self.location})


@dataclass
class Truncated:
    """Promise `declared` bytes, send `body`, hang up."""

    body: bytes
    declared: int

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(self.declared))
        h.end_headers()
        h.wfile.write(self.body)
        h.wfile.flush()
        h.close_connection = True


Route = Page | Flaky | Slow | Drop | Redirect | Truncated


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def do_GET(self) -> None:
        owner = self.server.owner
        path = self.path
        owner.record(Request(time.monotonic(), path, {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(path) or owner.routes.get(urlsplit(path).path)
        if route is None and owner.fallback is not None:
            route = owner.fallback(path)
        if route is None:
            _send(self, 404, b"not found", "text/plain", {})
            return
        try:
            route.serve(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: SiteServer


class SiteServer:
    """`with SiteServer() as s: s.routes = {...}; s.url("/path")`; `s.log` lists every request."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = routes or {}
        self.fallback: Callable[[str], Route | None] | None = None
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self.keep_log = True
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base + path

    def record(self, request: Request) -> None:
        with self._lock:
            if self.keep_log:
                self.log.append(request)
            self.count = getattr(self, "count", 0) + 1

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.log]

    def requests_for(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.log if r.path == path]

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""Every crawl knob in one frozen record, with its default and why.

Precedence: defaults < site profile (its `delay_seconds`) < command-line flags. The contact URL for
the User-Agent comes from `--contact-url` or the `VNNEWS_CONTACT_URL` environment variable, so a
site operator who sees our requests in a log can reach whoever runs them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from scraper.errors import ConfigError

__all__ = ["DEFAULT_CONTACT_URL", "DEFAULT_SITE", "Settings"]

DEFAULT_SITE = "baophutho.vn"
DEFAULT_CONTACT_URL = "https://github.com/vnnews/vnnews"


def _version() -> str:
    try:
        return version("vnnews")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path("news.db")
    sites: tuple[str, ...] = ()
    """Profile names or TOML paths; empty with no start URLs means the default site."""
    start_urls: tuple[str, ...] = ()
    max_pages: int | None = None
    """Fetches (not counting robots.txt) this run may make; None is unbounded."""
    since: datetime | None = None
    """Feed items and sitemap entries published before this are not queued."""
    concurrency: int = 4
    extract: bool = True
    parse: bool = True
    """False stores raw pages only (`--no-extract`); `vnnews extract` parses them later, offline."""
    delay: float = 1.0
    """Seconds between two requests to one host; the larger of this, the profile's and Crawl-delay wins."""
    polite: bool = True
    """False (benchmarks only) turns off pacing; robots.txt is still obeyed."""
    contact_url: str = field(
        default_factory=lambda: os.environ.get("VNNEWS_CONTACT_URL", DEFAULT_CONTACT_URL)
    )
    user_agent: str = ""
    """Empty means `vnnews/<version> (+<contact_url>)`."""
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 5_000_000
    """Bodies larger than this are cut off and the URL is marked failed (`too-large`)."""
    max_attempts: int = 4
    retry_base: float = 1.0
    """First backoff in seconds; doubles with each attempt, plus jitter."""
    retry_max_wait: float = 60.0
    """Longest wait inside one run; a longer Retry-After fails the URL until a later run."""
    max_redirects: int = 5
    max_depth: int = 3
    """Link hops from a seed page, for sites crawled without a profile."""
    lease_seconds: float = 600.0
    recrawl_failed_after: float = 3600.0
    """A failed URL becomes eligible again this many seconds later (a later run)."""
    progress: bool | None = None
    """None: a progress line when stderr is a terminal, plain log lines otherwise."""

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ConfigError("--concurrency must be at least 1")
        if self.max_pages is not None and self.max_pages < 0:
            raise ConfigError("--max-pages must not be negative")
        if self.delay < 0 or self.connect_timeout <= 0 or self.read_timeout <= 0:
            raise ConfigError("delays must not be negative and timeouts must be positive")
        if self.max_attempts < 1:
            raise ConfigError("max_attempts must be at least 1")
        if not self.contact_url.startswith(("http://", "https://", "mailto:")):
            raise ConfigError(f"contact URL must be an http(s) or mailto: URL, got {self.contact_url!r}")

    @property
    def agent(self) -> str:
        return self.user_agent or f"vnnews/{_version()} (+{self.contact_url})"

    @property
    def robots_agent(self) -> str:
        """The product token matched against robots.txt `User-agent:` lines."""
        return "vnnews"

    @property
    def site_names(self) -> tuple[str, ...]:
        return self.sites or (() if self.start_urls else (DEFAULT_SITE,))

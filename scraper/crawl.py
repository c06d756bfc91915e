"""One crawl run: discover → frontier → fetch → store → ingest, and the counters that describe it.

`crawl(settings)` takes the lock beside the database, records a run, puts the sites' discovery
pages back in the queue, then leases small batches from the frontier and fetches them with a fixed
number of asyncio workers sharing one httpx client. Every request, redirect hops and robots.txt
included, first waits for its host's slot (`HostThrottle`): the larger of `--delay`, the profile's
`delay_seconds` and the robots.txt Crawl-delay. Each page is stored (`PageStore.put`, its own
transaction) before its URL is marked done, so SIGKILL at any point loses nothing that was stored
and the next run redoes only what was leased. SIGINT/SIGTERM stop leasing, let the pages in flight
finish and hand back the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import httpx
import sqlite_utils

from scraper.db import (
    close_abandoned_runs,
    finish_run,
    is_storage_failure,
    open_db,
    start_run,
    storage_errors,
)
from scraper.discovery import ARTICLE, FEED, LISTING, PAGE, SITEMAP, Found, seeds_for
from scraper.discovery.feeds import parse_feed, parse_feed_links
from scraper.discovery.listings import next_listing_page, parse_canonical, parse_links
from scraper.discovery.sitemaps import parse_sitemap
from scraper.errors import ConfigError, NetworkUnreachable
from scraper.fetch import Fetched, TooLargeError, decode_body, fetch_once, make_client
from scraper.frontier import Frontier, FrontierItem, NewUrl
from scraper.ingest import ingest_page
from scraper.lock import CrawlLock
from scraper.pagestore import PageStore
from scraper.profiles import ProfileError, SiteProfile, load_profile, register_profile
from scraper.retry import RetryableStatusError, RetryAfterTooLongError, with_retries
from scraper.robots import Robots, RobotsCache
from scraper.settings import Settings
from scraper.throttle import HostThrottle
from scraper.urls import host_of, normalize_url

__all__ = ["CrawlResult", "Site", "crawl", "resolve_sites"]

_LEASE_BATCH = 16


@dataclass(frozen=True)
class Site:
    """A site of this run: a profile, or a start URL crawled generically (same host, depth-limited)."""

    name: str
    profile: SiteProfile | None = None
    start_url: str | None = None

    def owns(self, url: str) -> bool:
        if self.profile is not None:
            return self.profile.owns(urlsplit(url).netloc)
        assert self.start_url is not None
        return host_of(url) == host_of(self.start_url)

    def is_article(self, url: str) -> bool:
        if self.profile is None or not self.profile.article_patterns:
            return True
        return self.profile.is_article_url(url)

    @property
    def delay(self) -> float:
        return self.profile.delay_seconds if self.profile is not None else 0.0


@dataclass(frozen=True)
class CrawlResult:
    run_id: int
    status: str
    counts: dict[str, int]
    failures: tuple[tuple[str, str], ...]
    seconds: float
    interrupted: bool = False
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)

    def summary(self) -> str:
        c = self.counts
        reasons = ", ".join(f"{r} {n}" for r, n in sorted(self.reasons.items(), key=lambda kv: -kv[1]))
        failed = f"{c.get('failed', 0)} failed" + (f" ({reasons})" if reasons else "")
        stopped = " (interrupted)" if self.interrupted else ""
        return (
            f"vnnews crawl: {c.get('found', 0)} found, {c.get('fetched', 0)} fetched, "
            f"{c.get('not_modified', 0)} not modified, {c.get('parsed', 0)} parsed, "
            f"{c.get('articles', 0)} articles, {failed} in {self.seconds:.1f} s{stopped}"
        )


def resolve_sites(settings: Settings) -> list[Site]:
    """Profiles and start URLs → `Site`s; a bad name or URL is a `ConfigError` before any request."""
    sites: list[Site] = []
    for name in settings.site_names:
        try:
            profile = load_profile(name)
        except ProfileError as exc:
            raise ConfigError(str(exc)) from exc
        register_profile(profile)
        sites.append(Site(profile.name, profile=profile))
    for raw in settings.start_urls:
        url = normalize_url(raw)
        if url is None:
            raise ConfigError(f"--start-url must be an http(s) URL, got {raw!r}")
        host = urlsplit(url).hostname or ""
        sites.append(Site(host.removeprefix("www."), start_url=url))
    return sites


class _Reporter:
    """A one-line progress display on a terminal; plain log lines (failures only) otherwise."""

    def __init__(self, enabled: bool | None, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.failed: list[tuple[str, str]] = []
        self.tty = self.stream.isatty() if enabled is None else enabled
        self.last = 0.0

    def progress(self, counts: Counter[str], started: float, force: bool = False) -> None:
        now = time.monotonic()
        if not self.tty or (not force and now - self.last < 0.2):
            return
        self.last = now
        rate = counts["requests"] / max(now - started, 1e-6)
        self.stream.write(
            f"\rfound {counts['found']}  fetched {counts['fetched']}  parsed {counts['parsed']}  "
            f"failed {counts['failed']}  {rate:.1f} req/s   "
        )
        self.stream.flush()

    def failure(self, url: str, reason: str) -> None:
        self.failed.append((url, reason))

    def close(self, *, list_failures: bool = True, limit: int = 20) -> None:
        """End the progress line; list failures (cron mails them), unless the whole network was down."""
        if self.tty:
            self.stream.write("\n")
        if list_failures:
            for url, reason in self.failed[:limit]:
                self.stream.write(f"vnnews crawl: failed {url}: {reason}\n")
            if len(self.failed) > limit:
                self.stream.write(
                    f"vnnews crawl: ... and {len(self.failed) - limit} more failures (table frontier)\n"
                )
        self.stream.flush()


class _Failed(Exception):
    """This URL failed for this run; `retry_after` says when a later run may try again."""

    def __init__(self, reason: str, retry_after: float, network: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.network = network


def _reason(exc: BaseException) -> tuple[str, bool]:
    """A short, countable reason ("timeout", "status/503", "dropped") and whether it was the network."""
    if isinstance(exc, RetryAfterTooLongError):
        return str(exc), False
    if isinstance(exc, RetryableStatusError):
        return f"status/{exc.status}", False
    if isinstance(exc, TooLargeError):
        return str(exc), False
    if isinstance(exc, httpx.TimeoutException):
        return "timeout", isinstance(exc, httpx.ConnectTimeout)
    if isinstance(exc, httpx.ConnectError):
        return f"connect: {exc}", True
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"dropped: {exc}", False
    if isinstance(exc, httpx.HTTPError):
        return f"{type(exc).__name__}: {exc}", False
    return f"{type(exc).__name__}: {exc}", False


class _Run:
    def __init__(
        self,
        settings: Settings,
        db: sqlite_utils.Database,
        run_id: int,
        sites: list[Site],
        client: httpx.AsyncClient,
        throttle: HostThrottle,
    ) -> None:
        self.settings = settings
        self.db = db
        self.run_id = run_id
        self.sites = sites
        self.client = client
        self.frontier = Frontier(db, lease_seconds=settings.lease_seconds)
        self.store = PageStore(db)
        self.throttle = throttle
        self.robots = RobotsCache(self._fetch_robots, settings.robots_agent)
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []
        self.reporter = _Reporter(settings.progress)
        self.started = time.monotonic()
        self.stopping = False
        self.storage_failure: BaseException | None = None
        """The database could not be written (disk full, locked): the run stops, and the next one takes
        the pages this one had leased."""
        self.paged: dict[str, tuple[str, int]] = {}
        """Listing page URL → (first page URL, page number), for pagination within this run."""
        self.first_network_error: str | None = None

    # --- sites and seeds ---------------------------------------------------------------------

    def site_named(self, name: str) -> Site | None:
        return next((s for s in self.sites if s.name == name), None)

    def seed(self) -> None:
        """Put every site's discovery pages (and start URLs) back in the queue: they change between runs."""
        self.frontier.recover()
        for site in self.sites:
            if site.profile is not None:
                seeds = seeds_for(site.profile)
                for seed in seeds:
                    if seed.kind == LISTING:
                        self.paged[seed.url] = (seed.url, 1)
                urls = [NewUrl(u, s.kind) for s in seeds if (u := normalize_url(s.url))]
            else:
                assert site.start_url is not None
                urls = [NewUrl(site.start_url, PAGE)]
            self.frontier.requeue(urls, site=site.name)

    async def _robots_sitemaps(self, site: Site) -> None:
        """A site without a profile also starts from the `Sitemap:` lines of its robots.txt."""
        assert site.start_url is not None
        robots = await self.robots_for(site.start_url)
        urls = [NewUrl(u, SITEMAP) for raw in robots.sitemaps() if (u := normalize_url(raw)) and site.owns(u)]
        self.frontier.requeue(urls, site=site.name)

    # --- politeness ----------------------------------------------------------------------------

    async def _fetch_robots(self, url: str) -> tuple[int, str] | None:
        host = host_of(url)
        try:
            fetched = await self._get(url, host, any_type=True)
        except Exception as exc:
            reason, network = _reason(exc)
            self._note_network(reason, network)
            return None
        if 300 <= fetched.status < 400 and fetched.location:
            # One redirect (http → https, or to www.) is common for robots.txt; follow it once.
            target = normalize_url(fetched.location, url)
            if target is None:
                return None
            try:
                fetched = await self._get(target, host_of(target), any_type=True)
            except Exception:
                return None
        return fetched.status, decode_body(fetched.body, fetched.headers.get("content-type", ""))

    async def robots_for(self, url: str) -> Robots:
        parts = urlsplit(url)
        robots = await self.robots.get(f"{parts.scheme}://{parts.netloc}")
        host = parts.netloc
        if self.settings.polite:
            site = next((s for s in self.sites if s.owns(url)), None)
            self.throttle.set_interval(host, max(robots.crawl_delay(), site.delay if site else 0.0))
        return robots

    def _note_network(self, reason: str, network: bool) -> None:
        if network and self.first_network_error is None:
            self.first_network_error = reason
        if network:
            self.counts["network_errors"] += 1

    async def _get(
        self,
        url: str,
        host: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        any_type: bool = False,
    ) -> Fetched:
        """One GET with retries; every attempt waits for the host's slot."""

        async def attempt() -> Fetched:
            await self.throttle.wait(host)
            self.counts["requests"] += 1
            return await fetch_once(
                self.client,
                url,
                max_bytes=self.settings.max_bytes,
                etag=etag,
                last_modified=last_modified,
                any_type=any_type,
            )

        def on_retry(exc: BaseException, wait: float) -> None:
            self.counts["retries"] += 1
            if isinstance(exc, RetryableStatusError) and exc.retry_after:
                self.throttle.push_back(host, exc.retry_after)

        fetched = await with_retries(
            attempt,
            attempts=self.settings.max_attempts,
            base=self.settings.retry_base,
            max_wait=self.settings.retry_max_wait,
            on_retry=on_retry,
        )
        self.counts["responses"] += 1
        return fetched

    # --- one URL -------------------------------------------------------------------------------

    async def fetch_following(self, item: FrontierItem, site: Site) -> tuple[Fetched, str]:
        """GET with redirects followed hop by hop (robots and pacing for each); returns (response, final URL)."""
        url = item.url
        chain = [url]
        stored = self.store.latest(url)
        etag = stored.etag if stored else None
        modified = stored.last_modified if stored else None
        for _ in range(self.settings.max_redirects + 1):
            robots = await self.robots_for(url)
            if robots.unavailable:
                raise _Failed("robots.txt unavailable", 0.0, network=True)
            if not robots.allowed(url):
                raise _Failed("robots: disallowed", self.settings.recrawl_failed_after * 24)
            try:
                fetched = await self._get(url, host_of(url), etag=etag, last_modified=modified)
            except Exception as exc:
                reason, network = _reason(exc)
                self._note_network(reason, network)
                retry_after = self.settings.recrawl_failed_after
                if isinstance(exc, RetryAfterTooLongError) and exc.error.retry_after:
                    retry_after = exc.error.retry_after
                raise _Failed(reason, retry_after, network) from exc
            if not (300 <= fetched.status < 400 and fetched.status != 304):
                return fetched, url
            target = normalize_url(fetched.location or "", url)
            self.counts["redirects"] += 1
            if target is None:
                raise _Failed(
                    f"status/{fetched.status} without a usable Location", self.settings.recrawl_failed_after
                )
            if target in chain:
                raise _Failed(
                    f"redirect loop: {' → '.join([*chain, target])}", self.settings.recrawl_failed_after
                )
            if not site.owns(target):
                raise _Failed(f"redirect off-site to {target}", self.settings.recrawl_failed_after * 24)
            chain.append(target)
            url, etag, modified = target, None, None
        raise _Failed(
            f"too many redirects ({self.settings.max_redirects})", self.settings.recrawl_failed_after
        )

    async def process(self, item: FrontierItem) -> bool:
        """Fetch and handle one URL; False when no request was made for it (robots, other site)."""
        site = self.site_named(item.site)
        if site is None:  # a URL of a site not crawled this run: hand it back untouched
            self.frontier.release(item.url)
            return False
        try:
            fetched, final = await self.fetch_following(item, site)
            self.handle(item, site, fetched, final)
        except _Failed as failure:
            if failure.reason == "robots: disallowed":
                self.counts["robots_forbidden"] += 1
                self.frontier.finish(item.url, note=failure.reason)
                return False
            self.fail(item.url, failure.reason, failure.retry_after)
        return True

    def fail(self, url: str, reason: str, retry_after: float) -> None:
        self.counts["failed"] += 1
        self.reasons[reason.split(":")[0].split(" ")[0] if not reason.startswith("status/") else reason] += 1
        if len(self.failures) < 1000:
            self.failures.append((url, reason))
        self.frontier.fail(url, reason, retry_after=retry_after)
        self.reporter.failure(url, reason)

    def handle(self, item: FrontierItem, site: Site, fetched: Fetched, final: str) -> None:
        """Store the response and act on it by kind; the URL is finished only after that."""
        url = item.url
        if fetched.status == 304:
            self.counts["not_modified"] += 1
            page = self.store.touch(url, fetched_at=fetched.fetched_at)
            if page is None or page.sha256 == item.content_sha256:
                self.frontier.finish(url)
                return
            body, headers = self.store.body(page.id), dict(page.headers)
            self.after_store(item, site, page.id, page.sha256, body, headers, final)
            return
        if fetched.skipped:
            self.counts["skipped"] += 1
            self.frontier.finish(url, note=fetched.skipped)
            return
        if fetched.status in (404, 410):
            self.counts["gone"] += 1
            self.frontier.finish(url, note=f"status/{fetched.status}")
            return
        if fetched.status >= 400:
            self.fail(url, f"status/{fetched.status}", self.settings.recrawl_failed_after)
            return
        if final != url:
            known = self.frontier.get(final)
            if known is not None and known["state"] == "done" and known["content_sha256"]:
                self.frontier.finish(url, note=f"redirects to {final}, already stored")
                return
        page = self.store.put(
            url=url,
            final_url=final,
            status=fetched.status,
            headers=fetched.headers,
            body=fetched.body,
            fetched_at=fetched.fetched_at,
            site=site.name,
            run_id=self.run_id,
        )
        self.counts["fetched"] += 1
        if final != url:
            # The target is this same page: never fetch it again as its own URL.
            self.frontier.add([NewUrl(final, item.kind)], site=site.name, found_from=url, depth=item.depth)
            self.frontier.finish(final, sha256=page.sha256, note=f"stored as {url}")
        if not page.changed and page.sha256 == item.content_sha256:
            self.counts["unchanged"] += 1
            self.frontier.finish(url)
            return
        self.after_store(item, site, page.id, page.sha256, fetched.body, fetched.headers, final)

    def after_store(
        self,
        item: FrontierItem,
        site: Site,
        page_id: int,
        sha: str,
        body: bytes,
        headers: dict[str, str],
        final: str,
    ) -> None:
        note = None
        if item.kind == FEED:
            self.add_found(site, parse_feed(body, final), item, ARTICLE)
        elif item.kind == SITEMAP:
            parsed = parse_sitemap(body, final)
            children = [NewUrl(u, SITEMAP) for u in parsed.sitemaps if site.owns(u)]
            self.frontier.requeue(children, site=site.name)
            self.add_found(site, list(parsed.pages), item, ARTICLE)
            if not parsed.valid:
                note = "not a sitemap"
        else:
            html = decode_body(body, headers.get("content-type", ""))
            if item.kind == LISTING:
                self.follow_listing(item, site, html, final)
            elif item.kind in (ARTICLE, PAGE):
                canonical = parse_canonical(html, final)
                if canonical and canonical not in (item.url, final) and site.owns(canonical):
                    new = self.frontier.add(
                        [NewUrl(canonical, item.kind)], site=site.name, found_from=item.url, depth=item.depth
                    )
                    self.counts["found"] += new
                    self.frontier.finish(item.url, sha256=sha, note=f"canonical {canonical}")
                    return
                if item.kind == PAGE:
                    self.follow_page(item, site, html, final)
                self.ingest(page_id)
        self.frontier.finish(item.url, sha256=sha, note=note)

    def add_found(self, site: Site, found: list[Found], item: FrontierItem, kind: str) -> None:
        since = self.settings.since
        urls = [
            NewUrl(f.url, kind, f.published_at)
            for f in found
            if site.owns(f.url)
            and site.is_article(f.url)
            and not (since and f.published_at and f.published_at < since)
        ]
        self.counts["too_old"] += sum(1 for f in found if since and f.published_at and f.published_at < since)
        self.counts["found"] += self.frontier.add(
            urls, site=site.name, found_from=item.url, depth=item.depth + 1
        )

    def follow_listing(self, item: FrontierItem, site: Site, html: str, final: str) -> None:
        links = [u for u in parse_links(html, final) if site.owns(u) and site.is_article(u)]
        new = self.frontier.add(
            [NewUrl(u, ARTICLE) for u in links], site=site.name, found_from=item.url, depth=item.depth + 1
        )
        self.counts["found"] += new
        root, n = self.paged.get(item.url, (item.url, 1))
        profile = site.profile
        # Next page only while this one still showed new articles: older pages hold what we have.
        if profile is not None and new and n < profile.max_listing_pages:
            nxt = next_listing_page(profile.pagination, root, n + 1)
            if nxt:
                self.paged[nxt] = (root, n + 1)
                self.frontier.requeue([NewUrl(nxt, LISTING)], site=site.name)

    def follow_page(self, item: FrontierItem, site: Site, html: str, final: str) -> None:
        feeds = [NewUrl(u, FEED) for u in parse_feed_links(html, final) if site.owns(u)]
        self.frontier.requeue(feeds, site=site.name)
        if item.depth >= self.settings.max_depth:
            return
        links = [NewUrl(u, PAGE) for u in parse_links(html, final) if site.owns(u)]
        self.counts["found"] += self.frontier.add(
            links, site=site.name, found_from=item.url, depth=item.depth + 1
        )

    def ingest(self, page_id: int) -> None:
        if not self.settings.parse:
            return
        result = ingest_page(self.db, page_id, extract=self.settings.extract)
        self.counts["parsed"] += 1
        if result.status == "article":
            self.counts["articles"] += 1
        elif result.status == "not_article":
            self.counts["not_articles"] += 1
        else:
            self.counts["parse_errors"] += 1

    # --- the loop ------------------------------------------------------------------------------

    async def run(self) -> None:
        for site in self.sites:
            if site.profile is None:
                await self._robots_sitemaps(site)
        queue: asyncio.Queue[FrontierItem | None] = asyncio.Queue()
        wake = asyncio.Event()
        active = 0
        budget = self.settings.max_pages
        names = [s.name for s in self.sites]

        async def worker() -> None:
            nonlocal active, budget
            while (item := await queue.get()) is not None:
                try:
                    if not await self.process(item) and budget is not None:
                        budget += 1  # --max-pages counts fetches, not URLs skipped without a request
                except Exception as exc:  # a bug on one page must not lose the others
                    try:
                        if is_storage_failure(exc):
                            raise exc  # nothing more can be stored, nor this failure
                        self.fail(
                            item.url, f"bug: {type(exc).__name__}: {exc}", self.settings.recrawl_failed_after
                        )
                    # the database fails: stop, never hang; said once at the end
                    except Exception as unwritable:
                        self.storage_failure = self.storage_failure or unwritable
                        self.stopping = True
                finally:
                    active -= 1
                    wake.set()
                    self.reporter.progress(self.counts, self.started)

        workers = [asyncio.create_task(worker()) for _ in range(self.settings.concurrency)]
        try:
            while not self.stopping:
                can_lease = budget is None or budget > 0
                if can_lease and queue.qsize() < self.settings.concurrency:
                    limit = _LEASE_BATCH if budget is None else min(_LEASE_BATCH, budget)
                    items = self.frontier.lease(limit, sites=names)
                    if items:
                        for it in items:
                            queue.put_nowait(it)
                        active += len(items)
                        if budget is not None:
                            budget -= len(items)
                        continue
                if active == 0:
                    break
                wake.clear()
                await wake.wait()
        finally:
            while not queue.empty():
                # stopping: hand back what was leased but not started; with the database unwritable, the
                # next run's `Frontier.recover` does it
                left = queue.get_nowait()
                if left is not None and self.storage_failure is None:
                    self.frontier.release(left.url)
                    active -= 1
            for _ in workers:
                queue.put_nowait(None)
            await asyncio.gather(*workers, return_exceptions=True)
            self.reporter.progress(self.counts, self.started, force=True)


def _install_stop(run: _Run) -> Callable[[], None]:
    loop = asyncio.get_running_loop()

    def stop() -> None:
        run.stopping = True

    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop)
            installed.append(sig)

    def remove() -> None:
        for sig in installed:
            loop.remove_signal_handler(sig)

    return remove


async def _crawl(settings: Settings, db: sqlite_utils.Database, sites: list[Site]) -> CrawlResult:
    options = {
        "max_pages": settings.max_pages,
        "since": settings.since.isoformat() if settings.since else None,
        "concurrency": settings.concurrency,
        "extract": settings.extract,
        "delay": settings.delay,
        "start_urls": list(settings.start_urls),
    }
    run_id = start_run(db, sites=[s.name for s in sites], options=options)
    throttle = HostThrottle(settings.delay if settings.polite else 0.0)
    async with make_client(settings, on_request=throttle.sent) as client:
        run = _Run(settings, db, run_id, sites, client, throttle)
        run.seed()
        remove = _install_stop(run)
        status = "failed"
        try:
            await run.run()
            status = "interrupted" if run.stopping else ("partial" if run.counts["failed"] else "finished")
        finally:
            remove()
            unreachable = run.counts["responses"] == 0 and run.counts["network_errors"] > 0
            if unreachable:
                status = "unreachable"
            run.reporter.close(list_failures=not unreachable)
            counts = dict(run.counts)
            finish_run(db, run_id, counts=counts, status="failed" if run.storage_failure else status)
    if run.storage_failure is not None:
        raise run.storage_failure
    if unreachable:
        hosts = ", ".join(sorted({s.name for s in sites}))
        raise NetworkUnreachable(f"network unreachable: no answer from {hosts} ({run.first_network_error})")
    return CrawlResult(
        run_id=run_id,
        status=status,
        counts=counts,
        failures=tuple(run.failures),
        seconds=time.monotonic() - run.started,
        interrupted=run.stopping,
        reasons=dict(run.reasons),
    )


def crawl(settings: Settings) -> CrawlResult:
    """Run one crawl to the end (or to SIGINT/SIGTERM); raises `LockedError` if another run is active."""
    sites = resolve_sites(settings)
    with CrawlLock(settings.db_path):
        db = open_db(settings.db_path)
        try:
            with storage_errors(settings.db_path):
                close_abandoned_runs(db)
                return asyncio.run(_crawl(settings, db, sites))
        finally:
            db.close()


def parse_since(text: str) -> datetime:
    """`--since 2025-01-31` (midnight UTC+7, the sites' time zone) or a full ISO time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"--since must be a date like 2025-01-31, got {text!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=7)))
    return moment

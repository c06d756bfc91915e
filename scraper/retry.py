"""The retry policy, with tenacity: what is retried, how long to wait, how many times.

Retried: transport errors (connect, timeouts, dropped connections, truncated bodies) and the
statuses in `RETRY_STATUSES`. Waits grow exponentially with jitter; a `Retry-After` header on a 429
or 503 replaces the computed wait. A Retry-After longer than `max_wait` is not waited out inside
the run: the URL fails with the reason and its next attempt is set after that time (a later run).
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
)

__all__ = ["RETRY_STATUSES", "RetryableStatusError", "parse_retry_after", "with_retries"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

T = TypeVar("T")


class RetryableStatusError(Exception):
    """A response whose status says "try again later"; carries the Retry-After delay if there was one."""

    def __init__(self, url: str, status: int, retry_after: float | None) -> None:
        super().__init__(f"status/{status}")
        self.url = url
        self.status = status
        self.retry_after = retry_after


class RetryAfterTooLongError(Exception):
    def __init__(self, error: RetryableStatusError) -> None:
        super().__init__(f"status/{error.status} retry-after {error.retry_after:.0f}s")
        self.error = error


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, (RetryableStatusError, httpx.TransportError)) and not isinstance(
        exc, httpx.UnsupportedProtocol
    )


class _Wait:
    """Exponential backoff with jitter, unless the server said how long (Retry-After)."""

    def __init__(self, base: float, max_wait: float) -> None:
        self.base = base
        self.max_wait = max_wait

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableStatusError) and exc.retry_after is not None:
            return exc.retry_after
        # base·2^(n-1) plus up to `base` of jitter: tenacity's wait_exponential_jitter, whose
        # parameter names moved between tenacity 8 and 9.
        backoff = self.base * 2 ** (state.attempt_number - 1) + random.uniform(0, self.base)
        return min(backoff, self.max_wait)


async def with_retries(
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int,
    base: float,
    max_wait: float,
    on_retry: Callable[[BaseException, float], None] | None = None,
) -> T:
    """Run `call` until it succeeds or the policy gives up; the last error is raised as is.

    A Retry-After above `max_wait` raises `RetryAfterTooLongError` at once instead of sleeping.
    """
    wait = _Wait(base, max_wait)

    def before_sleep(state: RetryCallState) -> None:
        if on_retry is not None and state.outcome is not None:
            exc = state.outcome.exception()
            if exc is not None:
                on_retry(exc, state.upcoming_sleep)

    def retry_predicate(exc: BaseException) -> bool:
        if (
            isinstance(exc, RetryableStatusError)
            and exc.retry_after is not None
            and exc.retry_after > max_wait
        ):
            raise RetryAfterTooLongError(exc) from exc
        return _retryable(exc)

    retrying = AsyncRetrying(
        stop=stop_after_attempt(attempts),
        wait=wait,
        retry=retry_if_exception(retry_predicate),
        before_sleep=before_sleep,
        reraise=True,
    )
    return await retrying(call)

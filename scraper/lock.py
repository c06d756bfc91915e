"""One crawl at a time per database: an exclusive `flock` on `<db>.lock`, taken without waiting.

The kernel drops the lock when the holder's file descriptor closes, including when the process is
killed, so a crashed run never leaves a stale lock for cron to trip over.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from scraper.errors import LockedError

__all__ = ["CrawlLock", "lock_path"]


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class CrawlLock:
    """`with CrawlLock(db_path):` or raise `LockedError` at once if another process holds it."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(Path(db_path))
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (pid {holder})" if holder else ""
            raise LockedError(
                f"another vnnews crawl is running on this database{who}; lock: {self.path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

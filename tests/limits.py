"""Real operating-system limits for the child processes tests start, in place of a full disk."""

from __future__ import annotations

import signal
from collections.abc import Callable


def file_size_limit(limit: int) -> Callable[[], None]:
    """A `preexec_fn`: files the child writes may not grow past `limit` bytes. A write past it fails with
    EFBIG, which SQLite reports as a disk I/O error, as it would a full disk."""

    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply

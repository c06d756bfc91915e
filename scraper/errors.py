"""The exception tree and the exit-code table, side by side.

    VnnewsError                 anything vnnews reports as a one-line error
    ├── ConfigError             bad option, bad profile, unusable database path   → exit 2
    ├── StorageError (db.py)    the database cannot be written: disk full, locked  → exit 2
    ├── LockedError             another run holds the crawl lock                  → exit 3
    ├── NetworkUnreachable      no route to any site at all                       → exit 4
    └── InputError              a file that is not what it claims (not HTML, bad WARC) → exit 2

Exit 1 means "the command ran, but some pages failed or were not articles"; each is listed. Exit 70
(EX_SOFTWARE) is a bug in vnnews: any other exception, printed with its traceback, so that cron never
takes a crash for a partial run.
"""

from __future__ import annotations

__all__ = [
    "EXIT_BUG",
    "EXIT_CONFIG",
    "EXIT_LOCKED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_UNREACHABLE",
    "ConfigError",
    "InputError",
    "LockedError",
    "NetworkUnreachable",
    "VnnewsError",
]

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_CONFIG = 2
EXIT_LOCKED = 3
EXIT_UNREACHABLE = 4
EXIT_BUG = 70  # sysexits.h EX_SOFTWARE


class VnnewsError(Exception):
    exit_code = EXIT_CONFIG


class ConfigError(VnnewsError):
    exit_code = EXIT_CONFIG


class InputError(VnnewsError):
    exit_code = EXIT_CONFIG


class LockedError(VnnewsError):
    exit_code = EXIT_LOCKED


class NetworkUnreachable(VnnewsError):
    exit_code = EXIT_UNREACHABLE

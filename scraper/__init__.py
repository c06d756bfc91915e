"""vnnews' I/O side: HTTP, robots, discovery, frontier, page store, database and the command line."""

from scraper.errors import ConfigError, InputError, LockedError, NetworkUnreachable, VnnewsError
from scraper.profiles import SiteProfile, load_profile

__all__ = [
    "ConfigError",
    "InputError",
    "LockedError",
    "NetworkUnreachable",
    "SiteProfile",
    "VnnewsError",
    "load_profile",
]

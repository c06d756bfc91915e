"""Site profiles: everything site-specific, read from `scraper/sites/<name>.toml`.

A profile says which hosts belong to a site, where to discover articles (feeds, sitemaps, listing
pages and their pagination), which URLs are articles, how fast to go, and one or more page
templates (`[[templates]]`), each a set of CSS selectors for `extractors.parse_article`. Code never
branches on a site's name: a new site is a new TOML file.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from extractors import Selectors

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = [
    "ProfileError",
    "SiteProfile",
    "all_profiles",
    "load_profile",
    "profile_for_url",
    "register_profile",
]


class ProfileError(ValueError):
    """A profile file is missing, unreadable or invalid; the message names the file and the key."""


@dataclass(frozen=True)
class SiteProfile:
    name: str
    hosts: tuple[str, ...]
    province: str | None = None
    byline: str | None = None
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listing_urls: tuple[str, ...] = ()
    pagination: str = ""
    """Format string for page n of a listing, given `{url}` and `{n}` ("{url}/trang-{n}.htm")."""
    max_listing_pages: int = 5
    article_patterns: tuple[re.Pattern[str], ...] = ()
    listing_patterns: tuple[re.Pattern[str], ...] = ()
    delay_seconds: float = 1.0
    templates: tuple[Selectors, ...] = field(default=())

    def owns(self, host: str) -> bool:
        host = host.lower().split(":")[0]
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def is_article_url(self, url: str) -> bool:
        return any(p.search(url) for p in self.article_patterns)

    def is_listing_url(self, url: str) -> bool:
        return any(p.search(url) for p in self.listing_patterns)


_SELECTOR_KEYS = set(Selectors.__dataclass_fields__)
_PROFILE_KEYS = set(SiteProfile.__dataclass_fields__)


def _as_tuple(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ProfileError(f"{where}: '{key}' must be a string or a list of strings")


def parse_profile(data: dict[str, Any], where: str = "<profile>") -> SiteProfile:
    """Validate a profile's TOML data and build the `SiteProfile`; unknown keys are errors."""
    unknown = set(data) - _PROFILE_KEYS
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {sorted(unknown)}")
    for required in ("name", "hosts"):
        if required not in data:
            raise ProfileError(f"{where}: missing '{required}'")
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key == "templates":
            templates = []
            for i, tpl in enumerate(value):
                bad = set(tpl) - _SELECTOR_KEYS
                if bad:
                    raise ProfileError(f"{where}: templates[{i}] has unknown key(s) {sorted(bad)}")
                tpl = dict(tpl)
                for k in ("lead_prefixes", "date_formats", "ends_before"):
                    if k in tpl:
                        tpl[k] = _as_tuple(tpl[k], k, where)
                templates.append(Selectors(**tpl))
            kwargs[key] = tuple(templates)
        elif key in ("article_patterns", "listing_patterns"):
            try:
                kwargs[key] = tuple(re.compile(p) for p in _as_tuple(value, key, where))
            except re.error as exc:
                raise ProfileError(f"{where}: bad regular expression in '{key}': {exc}") from exc
        elif key in ("hosts", "start_urls", "feeds", "sitemaps", "listing_urls"):
            kwargs[key] = _as_tuple(value, key, where)
        else:
            kwargs[key] = value
    return SiteProfile(**kwargs)


def load_profile_file(path: Path) -> SiteProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: {exc}") from exc
    return parse_profile(data, str(path))


@cache
def all_profiles() -> tuple[SiteProfile, ...]:
    """Every profile shipped in `scraper/sites/`, sorted by name."""
    folder = resources.files("scraper") / "sites"
    profiles = [
        load_profile_file(Path(str(entry))) for entry in folder.iterdir() if entry.name.endswith(".toml")
    ]
    return tuple(sorted(profiles, key=lambda p: p.name))


_REGISTERED: dict[str, SiteProfile] = {}
"""Profiles loaded from a file path in this process (test sites, the demo); newest first in lookups."""


def register_profile(profile: SiteProfile) -> None:
    """Make a profile that is not shipped findable by name and by URL for the rest of the process."""
    _REGISTERED.pop(profile.name, None)
    _REGISTERED[profile.name] = profile


def _known_profiles() -> tuple[SiteProfile, ...]:
    return (*reversed(_REGISTERED.values()), *all_profiles())


def load_profile(name_or_path: str) -> SiteProfile:
    """A shipped profile by site name ("baophutho.vn"), or a profile file by path (then registered)."""
    path = Path(name_or_path)
    if path.suffix == ".toml" and path.exists():
        profile = load_profile_file(path)
        register_profile(profile)
        return profile
    for profile in _known_profiles():
        if profile.name == name_or_path or name_or_path in profile.hosts:
            return profile
    known = ", ".join(p.name for p in all_profiles())
    raise ProfileError(f"no site profile named '{name_or_path}' (known: {known})")


def profile_for_url(url: str | None) -> SiteProfile | None:
    """The registered or shipped profile whose hosts include the URL's host, if any."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I).split("/")[0]
    for profile in _known_profiles():
        if profile.owns(host):
            return profile
    return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I).split("/")[0]
    for profile in all_profiles():
        if profile.owns(host):
            return profile
    return None

"""Facts from an article's text: people, places, organisations, figures and named models."""

from __future__ import annotations

from collections.abc import Mapping

from extractors.facts import Facts

EXTRACTOR_VERSION = "0"


def extract_facts(fields: str | Mapping[str, str], *, province: str | None = None, author: str | None = None) -> Facts:
    """Placeholder until the extractors land (issue 3)."""
    raise NotImplementedError

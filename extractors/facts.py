"""The facts an article yields, as frozen records.

Every fact carries its `mentions`: character offsets into the text it was found in, and for a parsed
article the field (`title`, `lead`, `body`) those offsets refer to. Records are plain data so that the
database layer, the JSON output and the tests all see the same thing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

__all__ = [
    "Facts",
    "Figure",
    "Mention",
    "NamedModel",
    "Organization",
    "ParentUnit",
    "Person",
    "Place",
]


@dataclass(frozen=True)
class Mention:
    """Where a fact was seen: `text[start:end] == text` in `field` (None for plain text input).

    `role` is the role given at this mention ("Trưởng Công an xã"), since roles change over time.
    `sentence` is the sentence holding the mention, for context in the database.
    """

    start: int
    end: int
    text: str
    field: str | None = None
    role: str | None = None
    sentence: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None = None
    roles: tuple[str, ...] = ()
    organization: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class ParentUnit:
    name: str
    type: str
    code: str | None = None


@dataclass(frozen=True)
class Place:
    name: str
    type: str | None = None
    parents: tuple[ParentUnit, ...] = ()
    code: str | None = None
    lat: float | None = None
    lon: float | None = None
    became: str | None = None
    """What the unit became after the July 2025 reorganisation, when known ("xã Cẩm Khê, tỉnh Phú Thọ")."""
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Organization:
    name: str
    expanded: str | None = None
    place: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Figure:
    text: str
    value: Decimal
    unit: str | None = None
    qualifier: str | None = None
    value_max: Decimal | None = None
    of: Decimal | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class NamedModel:
    name: str
    kind: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Facts:
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    figures: tuple[Figure, ...] = ()
    models: tuple[NamedModel, ...] = ()
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the five lists; Decimals become int or float, empty keys dropped."""
        out: dict[str, Any] = {}
        for name in ("people", "places", "organizations", "figures", "models"):
            out[name] = [_jsonable(asdict(item)) for item in getattr(self, name)]
        return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _jsonable(v)
            for k, v in value.items()
            if not (k in ("field", "role", "sentence") and v is None)
        }
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value

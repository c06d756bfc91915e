"""Vietnamese date forms to ISO 8601 at +07:00 (Vietnam has no daylight saving time).

Machine dates (JSON-LD, `article:published_time`) may carry any offset and are converted to +07:00;
naive ones are taken as Vietnam time. Visible date lines put the day first and the time on either side:
"Thứ hai, 06/05/2019, 07:15:40", "06/05/2019 07:15 GMT+7", "15:07 24/12/2012", "ngày 6 tháng 5 năm 2019",
"Cập nhật: 07h15 ngày 06-05-2019". A date without a time is given at midnight.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from extractors.normalize import clean_text

__all__ = ["VN_TZ", "parse_date", "parse_iso_date", "parse_vn_date"]

VN_TZ = timezone(timedelta(hours=7))

_ISO_RE = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?",
    re.I,
)
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/.:])")
_WORDED_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_TIME_RE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?:\s*(AM|PM|SA|CH))?", re.I
)
_GMT_RE = re.compile(r"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.I)


def _build(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, tz: timezone = VN_TZ) -> str | None:
    try:
        moment = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError:
        return None
    if not 1990 <= y <= 2100:
        return None
    return moment.astimezone(VN_TZ).isoformat()


def parse_iso_date(text: str) -> str | None:
    """A machine date ("2025-10-22T10:00:00Z", "2022-01-20 10:00:00") as ISO 8601 at +07:00."""
    m = _ISO_RE.search(text or "")
    if not m:
        return None
    y, mo, d, h, mi, s, off = m.groups()
    tz = VN_TZ
    if off:
        if off.upper() == "Z":
            tz = timezone.utc
        else:
            sign = -1 if off[0] == "-" else 1
            digits = off[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tz)


def parse_vn_date(text: str, formats: tuple[str, ...] = ()) -> str | None:
    """A visible Vietnamese date line, day first, as ISO 8601 at +07:00; None when it holds no date.

    `formats` are `strptime` formats (from a site profile) tried first on the whole cleaned line.
    """
    line = clean_text(text or "")
    if not line:
        return None
    for fmt in formats:
        try:
            moment = datetime.strptime(line, fmt)
        except ValueError:
            continue
        return _build(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    m = _NUMERIC_DATE_RE.search(line) or _WORDED_DATE_RE.search(line)
    if not m:
        return parse_iso_date(line)
    day, month, year = (int(g) for g in m.groups())
    if year < 100:  # "24/12/12": two-digit years on 2010s pages
        year += 2000
    rest = line[: m.start()] + " " + line[m.end() :]
    h = mi = s = 0
    t = _TIME_RE.search(rest)
    if t:
        h, mi, s = int(t.group(1)), int(t.group(2)), int(t.group(3) or 0)
        suffix = (t.group(4) or "").upper()
        if suffix in ("PM", "CH", "CHIỀU", "TỐI") and h < 12:
            h += 12
        elif suffix in ("AM", "SA") and h == 12:
            h = 0
        if h > 23 or mi > 59 or s > 59:
            h = mi = s = 0
    tz = VN_TZ
    g = _GMT_RE.search(rest)
    if g and t:
        sign = -1 if g.group(1) == "-" else 1
        tz = timezone(sign * timedelta(hours=int(g.group(2)), minutes=int(g.group(3) or 0)))
    return _build(year, month, day, h, mi, s, tz)


def parse_date(text: str, formats: tuple[str, ...] = ()) -> str | None:
    """Either form: ISO first when the text starts like one, else the visible Vietnamese forms."""
    stripped = (text or "").strip()
    if re.match(r"\d{4}-\d{1,2}-\d{1,2}", stripped):
        return parse_iso_date(stripped)
    return parse_vn_date(stripped, formats)

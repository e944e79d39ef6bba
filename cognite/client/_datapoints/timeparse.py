"""Time arguments of datapoint calls: timestamps in any accepted form -> epoch ms, and granularities."""

from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from typing import Any

from .limits import MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS

_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 7 * 86_400_000}
_TIME_SHIFT = re.compile(r"^(\d+)(ms|s|m|h|d|w)-(ago|ahead)$")
_GRAN = re.compile(r"^(\d*)\s*([a-z]+)$")
_GRAN_UNITS = {
    **dict.fromkeys(("s", "sec", "second", "seconds"), "s"),
    **dict.fromkeys(("t", "m", "min", "minute", "minutes"), "m"),
    **dict.fromkeys(("h", "hour", "hours"), "h"),
    **dict.fromkeys(("d", "day", "days"), "d"),
    **dict.fromkeys(("w", "week", "weeks"), "w"),
    **dict.fromkeys(("mo", "month", "months"), "mo"),
    **dict.fromkeys(("q", "quarter", "quarters"), "q"),
    **dict.fromkeys(("y", "year", "years"), "y"),
}
# CDF's bounds on the multiple: 1..120 for seconds and minutes, 1..100000 for hours, days and months.
_GRAN_MAX = {"s": 120, "m": 120, "h": 100_000, "d": 100_000, "mo": 100_000}


def now_ms() -> int:
    return int(time.time() * 1000)


def to_ms(t: Any, now: int | None = None, *, name: str = "timestamp", exact: bool = False) -> int:
    """Epoch milliseconds of `t`: int/float ms, "now", "<n><unit>-ago|-ahead", datetime (naive = local), numpy datetime64.

    >>> to_ms("1s-ago", now=10_000)
    9000
    >>> from datetime import datetime, timezone
    >>> to_ms(datetime(1970, 1, 1, 0, 0, 1, tzinfo=timezone.utc))
    1000
    """
    if isinstance(t, bool):
        raise TypeError(f"{name} must be a timestamp, got a bool")
    if isinstance(t, datetime):
        ms = _datetime_ms(t)
    elif isinstance(t, int):
        ms = t
    elif isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError(f"{name} must be finite, got {t}")
        if exact and not t.is_integer():
            raise ValueError(f"{name} {t!r} is not a whole number of milliseconds (CDF stores integer ms)")
        ms = int(t)
    elif isinstance(t, str):
        ms = _parse_str(t.strip().lower(), now, name)
    elif hasattr(t, "dtype") and getattr(t.dtype, "kind", "") == "M":  # numpy datetime64 scalar
        ms = int(t.astype("datetime64[ms]").astype("int64"))
    elif hasattr(t, "__index__"):  # numpy integers
        ms = int(t)
    else:
        raise TypeError(f"{name} must be int (ms), str ('now', '2d-ago') or datetime, got {type(t).__name__}")
    if not MIN_TIMESTAMP_MS <= ms <= MAX_TIMESTAMP_MS + 1:
        raise ValueError(f"{name} {ms} is outside CDF's range [{MIN_TIMESTAMP_MS}, {MAX_TIMESTAMP_MS}] (1900..2099)")
    return ms


def _datetime_ms(dt: datetime) -> int:
    if dt.tzinfo is None:
        if type(dt) is datetime or not hasattr(dt, "tz_localize"):
            dt = dt.astimezone()  # naive datetimes are local time, as in the official SDK
        else:  # a naive pandas.Timestamp means UTC (as its own .timestamp() and the official SDK have it)
            dt = dt.replace(tzinfo=timezone.utc)
    delta = dt - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def _parse_str(s: str, now: int | None, name: str) -> int:
    if s == "now":
        return now_ms() if now is None else now
    m = _TIME_SHIFT.match(s)
    if m:
        shift = int(m.group(1)) * _UNIT_MS[m.group(2)]
        base = now_ms() if now is None else now
        return base - shift if m.group(3) == "ago" else base + shift
    if s.lstrip("-").isdigit():
        return int(s)
    raise ValueError(f"Invalid {name} {s!r}: expected 'now', '<n>(s|m|h|d|w)-ago' / '-ahead', ms or a datetime")


def parse_granularity(granularity: str) -> tuple[int, str]:
    """(multiple, unit) of a granularity, unit one of s, m, h, d, mo; weeks become days, quarters/years months.

    >>> parse_granularity("2weeks"), parse_granularity("1q"), parse_granularity("h")
    ((14, 'd'), (3, 'mo'), (1, 'h'))
    """
    if not isinstance(granularity, str):
        raise TypeError(f"granularity must be a string like '1h', got {type(granularity).__name__}")
    m = _GRAN.match(granularity.strip().lower())
    unit = _GRAN_UNITS.get(m.group(2)) if m else None
    if m is None or unit is None:
        raise ValueError(f"Invalid granularity {granularity!r}; expected e.g. '1s', '10m', '2h', '1d', '1mo'")
    mult = int(m.group(1) or 1)
    if unit == "w":
        mult, unit = mult * 7, "d"
    elif unit == "q":
        mult, unit = mult * 3, "mo"
    elif unit == "y":
        mult, unit = mult * 12, "mo"
    if not 1 <= mult <= _GRAN_MAX[unit]:
        raise ValueError(f"Granularity {granularity!r}: the multiple must be in 1..{_GRAN_MAX[unit]} for unit {unit!r}")
    return mult, unit


def normalize_granularity(granularity: str) -> str:
    mult, unit = parse_granularity(granularity)
    return f"{mult}{unit}"


def granularity_ms(granularity: str) -> int | None:
    """Bucket width in ms, or None for calendar granularities (months vary in length)."""
    mult, unit = parse_granularity(granularity)
    return None if unit == "mo" else mult * _UNIT_MS[unit]


def granularity_unit_ms(granularity: str) -> int | None:
    """Width of one unit of the granularity (CDF aligns aggregate buckets to whole units), None for months."""
    _, unit = parse_granularity(granularity)
    return None if unit == "mo" else _UNIT_MS[unit]

"""Time arguments as CDF reads them: epoch ms or "now" / "2d-ago" strings, and aggregate granularities."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import numpy as np

from cognite.emulator.http import CDFError

# CDF accepts datapoint timestamps from 1900-01-01 to the end of 2099 (spec: PostDatapoint.timestamp).
MIN_TIMESTAMP = -2208988800000
MAX_TIMESTAMP = 4102444799999

_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}
_RELATIVE = re.compile(r"^\s*(\d+)\s*(ms|s|m|h|d|w)-(ago|ahead)\s*$")


def now_ms() -> int:
    return int(time.time() * 1000)


def parse_time(value: object, field: str, default: int | None = None) -> int:
    """An epoch-ms integer from an int, "now", "<N><unit>-ago" / "-ahead", or a numeric string."""
    if value is None:
        if default is None:
            raise CDFError(400, f"Missing required field '{field}'")
        return default
    if isinstance(value, bool):
        raise CDFError(400, f"Invalid {field}: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "now":
            return now_ms()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
        m = _RELATIVE.match(text)
        if m:
            delta = int(m.group(1)) * _UNIT_MS[m.group(2)]
            return now_ms() - delta if m.group(3) == "ago" else now_ms() + delta
    raise CDFError(400, f"Invalid {field}: {value!r}. Expected epoch milliseconds, 'now' or e.g. '2d-ago'")


# Granularity units: fixed-length ones in ms; months are calendar months (handled by `Granularity.bucket_index`).
_GRAN_UNITS = {
    "s": "s", "sec": "s", "second": "s", "seconds": "s",
    "m": "m", "t": "m", "min": "m", "minute": "m", "minutes": "m",
    "h": "h", "hour": "h", "hours": "h",
    "d": "d", "day": "d", "days": "d",
    "mo": "mo", "month": "mo", "months": "mo",
}  # fmt: skip
_GRAN = re.compile(r"^\s*(\d*)\s*([a-z]+)\s*$")
_MAX_MULTIPLE = {"s": 120, "m": 120, "h": 100_000, "d": 100_000, "mo": 100_000}


_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})$")


def parse_time_zone(value: object) -> int:
    """The UTC offset (ms) of a `timeZone`: "UTC" or a fixed offset like "UTC+05:30" / "-02:00". The emulator does
    not model daylight saving, so region names (Europe/Oslo) get a clear 400 rather than silently wrong buckets."""
    if value is None or value in ("UTC", "Z", "GMT", "Etc/UTC"):
        return 0
    m = _OFFSET.match(str(value).strip()) if isinstance(value, str) else None
    if m is None:
        raise CDFError(
            400, f"Unsupported timeZone {value!r}: the emulator supports 'UTC' and fixed offsets like 'UTC+05:30'"
        )
    hours, minutes = int(m.group(2)), int(m.group(3))
    if hours > 14 or minutes % 15:
        raise CDFError(400, f"Invalid timeZone {value!r}: use an offset of at most 14 hours, in steps of 15 minutes")
    return (1 if m.group(1) == "+" else -1) * (hours * 60 + minutes) * 60_000


@dataclass(frozen=True)
class Granularity:
    """`multiple` × `unit`; buckets are aligned to the start rounded down to a whole `unit` (CDF's rule), in UTC or
    in a fixed `offset` (ms east of UTC) for hour, day and month units."""

    multiple: int
    unit: str  # "s" | "m" | "h" | "d" | "mo"
    offset: int = 0

    @classmethod
    def parse(cls, text: object, time_zone: object = None) -> Granularity:
        if not isinstance(text, str):
            raise CDFError(400, f"Invalid granularity: {text!r}")
        m = _GRAN.match(text.lower())
        unit = _GRAN_UNITS.get(m.group(2)) if m else None
        if m is None or unit is None:
            raise CDFError(400, f"Invalid granularity: {text!r}. Expected e.g. '1s', '5m', '2h', '1d', '1mo'")
        multiple = int(m.group(1) or 1)
        if not 1 <= multiple <= _MAX_MULTIPLE[unit]:
            raise CDFError(
                400, f"Invalid granularity: {text!r}. The multiple must be between 1 and {_MAX_MULTIPLE[unit]}"
            )
        offset = parse_time_zone(time_zone)
        return cls(multiple, unit, offset if unit in ("h", "d", "mo") else 0)

    @property
    def unit_ms(self) -> int:
        return _UNIT_MS[self.unit] if self.unit != "mo" else 0

    def align(self, t: int) -> int:
        """`t` rounded down to a whole granularity unit (of local time when there is an offset)."""
        local = t + self.offset
        if self.unit == "mo":
            month = _month_number(np.array([local])).astype("datetime64[M]")
            return int(month.astype("datetime64[ms]").astype(np.int64)[0]) - self.offset
        return local - local % self.unit_ms - self.offset

    def bucket_index(self, ts: np.ndarray, origin: int) -> np.ndarray:
        """Bucket number of each timestamp, counting from the aligned `origin` (floor division)."""
        if self.unit == "mo":
            months = _month_number(ts + self.offset)
            base = _month_number(np.array([origin + self.offset]))[0]
            return (months - base) // self.multiple
        return (ts - origin) // (self.multiple * self.unit_ms)

    def bucket_start(self, idx: np.ndarray, origin: int) -> np.ndarray:
        """Start timestamp (ms) of bucket numbers `idx`."""
        idx = np.asarray(idx, dtype=np.int64)
        if self.unit == "mo":
            base = _month_number(np.array([origin + self.offset]))[0]
            months = (base + idx * self.multiple).astype("datetime64[M]")
            return months.astype("datetime64[ms]").astype(np.int64) - self.offset
        return origin + idx * (self.multiple * self.unit_ms)


def _month_number(ts: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of epoch-ms timestamps."""
    return np.asarray(ts, dtype=np.int64).astype("datetime64[ms]").astype("datetime64[M]").astype(np.int64)

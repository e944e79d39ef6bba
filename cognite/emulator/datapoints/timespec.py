"""Time arguments as CDF reads them: epoch ms or "now" / "2d-ago" strings, and aggregate granularities."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from cognite.emulator import ids
from cognite.emulator.datapoints.zones import UTC, Zone, parse_zone
from cognite.emulator.http import CDFError

# CDF accepts datapoint timestamps from 1900-01-01 to the end of 2099 (spec: PostDatapoint.timestamp).
MIN_TIMESTAMP = -2208988800000
MAX_TIMESTAMP = 4102444799999

_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}
_RELATIVE = re.compile(r"^\s*(\d+)\s*(ms|s|m|h|d|w)-(ago|ahead)\s*$")


def now_ms() -> int:
    return ids.now_ms()  # the journaled request's instant while one is served or replayed


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


@dataclass(frozen=True, eq=False)
class Granularity:
    """`multiple` × `unit`; buckets are aligned to the start rounded down to a whole `unit` (CDF's rule), in UTC or,
    for hour, day and month units, in the query's `timeZone` (local buckets then vary in length across DST)."""

    multiple: int
    unit: str  # "s" | "m" | "h" | "d" | "mo"
    zone: Zone = UTC

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
        zone = parse_zone(time_zone)
        return cls(multiple, unit, zone if unit in ("h", "d", "mo") else UTC)

    @property
    def unit_ms(self) -> int:
        return _UNIT_MS[self.unit] if self.unit != "mo" else 0

    def _local(self, utc: np.ndarray) -> np.ndarray:
        return utc if self.zone.is_utc else self.zone.to_local(utc)

    def _utc(self, local: np.ndarray) -> np.ndarray:
        return local if self.zone.is_utc else self.zone.to_utc(local)

    def align(self, t: int) -> int:
        """`t` rounded down to a whole granularity unit (of local time in the zone)."""
        local = self._local(np.array([t], dtype=np.int64))
        if self.unit == "mo":
            floored = _month_number(local).astype("datetime64[M]").astype("datetime64[ms]").astype(np.int64)
        else:
            floored = local - local % self.unit_ms
        return int(self._utc(floored)[0])

    def bucket_index(self, ts: np.ndarray, origin: int) -> np.ndarray:
        """Bucket number of each timestamp, counting from the aligned `origin` (floor division)."""
        local, local_origin = self._local(np.asarray(ts, dtype=np.int64)), self._local(np.array([origin]))
        if self.unit == "mo":
            return (_month_number(local) - _month_number(local_origin)[0]) // self.multiple
        return (local - local_origin[0]) // (self.multiple * self.unit_ms)

    def bucket_start(self, idx: np.ndarray, origin: int) -> np.ndarray:
        """Start timestamp (ms) of bucket numbers `idx`."""
        idx = np.asarray(idx, dtype=np.int64)
        local_origin = self._local(np.array([origin]))
        if self.unit == "mo":
            months = (_month_number(local_origin)[0] + idx * self.multiple).astype("datetime64[M]")
            return self._utc(months.astype("datetime64[ms]").astype(np.int64))
        return self._utc(local_origin[0] + idx * (self.multiple * self.unit_ms))


def _month_number(ts: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of epoch-ms timestamps."""
    return np.asarray(ts, dtype=np.int64).astype("datetime64[ms]").astype("datetime64[M]").astype(np.int64)

"""Time zones for aggregate alignment: UTC, fixed offsets ("UTC+05:30") and IANA regions ("Europe/Oslo").

A zone is a table of UTC instants where its offset changes and the offset from each; converting whole arrays
between UTC and local time is then a `searchsorted`. IANA tables are built once per zone (1900-2100) by probing
zoneinfo daily and bisecting each change to the millisecond.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

import numpy as np

from cognite.emulator.http import CDFError

_DAY = 86_400_000
_FIRST = dt.datetime(1900, 1, 1, tzinfo=dt.timezone.utc)
_DAYS = 73_050  # to 2100-01-01
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})$")


class Zone:
    """Offsets (ms east of UTC) valid from each transition instant (UTC ms); the first applies before all."""

    def __init__(self, transitions: np.ndarray, offsets: np.ndarray) -> None:
        self.transitions = transitions
        self.offsets = offsets

    @property
    def is_utc(self) -> bool:
        return len(self.offsets) == 1 and self.offsets[0] == 0

    def offset_at(self, utc: np.ndarray) -> np.ndarray:
        return self.offsets[np.searchsorted(self.transitions, utc, side="right") - 1]

    def to_local(self, utc: np.ndarray) -> np.ndarray:
        utc = np.asarray(utc, dtype=np.int64)
        return utc + self.offset_at(utc)

    def to_utc(self, local: np.ndarray) -> np.ndarray:
        """The UTC instant of local times (in a gap or overlap around a change, the offset in force before it)."""
        local = np.asarray(local, dtype=np.int64)
        utc = local - self.offset_at(local - self.offsets.max())
        return local - self.offset_at(utc)


UTC = Zone(np.array([np.iinfo(np.int64).min]), np.array([0]))


def parse_zone(value: object) -> Zone:
    """The zone a `timeZone` names; 400 with CDF-like wording when it is not one."""
    if value is None or value in ("UTC", "Z", "GMT", "Etc/UTC"):
        return UTC
    if not isinstance(value, str):
        raise CDFError(400, f"Invalid timeZone {value!r}")
    m = _OFFSET.match(value.strip())
    if m is not None:
        hours, minutes = int(m.group(2)), int(m.group(3))
        if hours > 14 or minutes % 15:
            raise CDFError(
                400, f"Invalid timeZone {value!r}: use an offset of at most 14 hours, in steps of 15 minutes"
            )
        sign = 1 if m.group(1) == "+" else -1
        return Zone(UTC.transitions, np.array([sign * (hours * 60 + minutes) * 60_000]))
    return _region(value.strip())


@functools.lru_cache(maxsize=64)
def _region(name: str) -> Zone:
    try:
        tz = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise CDFError(400, f"Unknown timeZone {name!r}. Use e.g. 'UTC', 'UTC+05:30' or 'Europe/Oslo'") from None

    def offset(ms: int) -> int:
        moment = _FIRST + dt.timedelta(milliseconds=ms)
        delta = moment.astimezone(tz).utcoffset()
        return int(delta.total_seconds() * 1000) if delta is not None else 0

    first_ms = int(_FIRST.timestamp() * 1000)
    transitions, offsets = [np.iinfo(np.int64).min], [offset(0)]
    previous = offsets[0]
    for day in range(1, _DAYS + 1):
        current = offset(day * _DAY)
        if current != previous:
            lo, hi = (day - 1) * _DAY, day * _DAY  # offset(lo) == previous, offset(hi) == current
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if offset(mid) == previous else (lo, mid)
            transitions.append(first_ms + hi)
            offsets.append(current)
            previous = current
    return Zone(np.array(transitions, dtype=np.int64), np.array(offsets, dtype=np.int64))

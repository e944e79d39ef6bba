"""Five-field cron expressions (minute hour day-of-month month day-of-week, UTC) as CDF's schedules use them.

Each field is ``*``, a number, a range ``a-b``, a step ``*/n`` or ``a-b/n``, or a comma list of those; day-of-week
0 and 7 are Sunday. As in cron, when both day fields are restricted a day matches either.

Example:
    >>> from datetime import datetime, timezone
    >>> Cron.parse("*/15 8-17 * * 1-5").matches(datetime(2024, 1, 1, 8, 30, tzinfo=timezone.utc))
    True
    >>> Cron.parse("0 0 1 * *").describe()
    'At minute 0 past hour 0 on day-of-month 1'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))
_NAMES = ("minute", "hour", "day-of-month", "month", "day-of-week")


def _field(text: str, low: int, high: int) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        base, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if base == "*":
            start, end = low, high
        elif "-" in base:
            a, b = base.split("-", 1)
            start, end = int(a), int(b)
        else:
            start = end = int(base)
            if step_text:
                end = high
        if step < 1 or not low <= start <= end <= high:
            raise ValueError(f"{part!r} is outside {low}-{high}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class Cron:
    text: str
    fields: tuple[frozenset[int], ...]
    restricted: tuple[bool, ...]

    @classmethod
    def parse(cls, text: str) -> Cron:
        """A cron expression; ValueError naming what is wrong."""
        parts = text.split() if isinstance(text, str) else []
        if len(parts) != 5:
            raise ValueError(f"Invalid cron expression {text!r}: expected 5 fields (minute hour day month weekday)")
        try:
            fields = tuple(_field(p, lo, hi) for p, (lo, hi) in zip(parts, _RANGES, strict=True))
        except ValueError as err:
            raise ValueError(f"Invalid cron expression {text!r}: {err}") from None
        weekdays = frozenset(d % 7 for d in fields[4])
        return cls(text, (*fields[:4], weekdays), tuple(p != "*" for p in parts))

    def matches(self, at: datetime) -> bool:
        minute, hour, dom, month, dow = self.fields
        if at.minute not in minute or at.hour not in hour or at.month not in month:
            return False
        day_ok, weekday_ok = at.day in dom, (at.isoweekday() % 7) in dow
        if self.restricted[2] and self.restricted[4]:
            return day_ok or weekday_ok
        return day_ok and weekday_ok

    def describe(self) -> str:
        """A plain description (what CDF reports as a schedule's ``when``)."""
        parts = [
            f"{name} {text}" for name, text, r in zip(_NAMES, self.text.split(), self.restricted, strict=True) if r
        ]
        if not parts:
            return "Every minute"
        head, *rest = parts
        return f"At {head}" + "".join(f" past {p}" if p.startswith("hour") else f" on {p}" for p in rest)

"""`POST /streams/{streamId}/records/aggregate`: the aggregate tree over the records a request selects.

Metrics (avg, count, min, max, sum), bucket aggregates with nested aggregates (uniqueValues, numberHistogram,
timeHistogram with calendar or fixed intervals, filters) and movingFunction over the buckets of the histogram it
sits in (the `window` buckets before each bucket, as the search engine behind CDF computes it). Histograms list
the empty buckets between the first and last value. Identifiers are checked as the spec says: no ".", not
`_count` / `_bucket_count`, unique in the whole tree, at most 5 per level. targetUnits is a clear 400.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from cognite.emulator.dms.filters import compile_filter, getter
from cognite.emulator.dms.records import record_property, translate_filter
from cognite.emulator.http import CDFError

if TYPE_CHECKING:
    from cognite.emulator.dms.records import Record, StreamRecords

Item = dict[str, Any]
MAX_PER_LEVEL = 5
UNIQUE_SIZE_DEFAULT, UNIQUE_SIZE_MAX = 10, 2000
RESERVED_IDS = ("_count", "_bucket_count")
CALENDAR = ("1s", "1m", "1h", "1d", "1w", "1M", "1q", "1y")
FIXED = re.compile(r"^(\d+)(ms|s|m|h|d)$")
FIXED_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}
MOVING: dict[str, Callable[[list[float]], float | None]] = {
    "MovingFunctions.max": lambda v: max(v) if v else None,
    "MovingFunctions.min": lambda v: min(v) if v else None,
    "MovingFunctions.sum": lambda v: float(sum(v)),
    "MovingFunctions.unweightedAvg": lambda v: sum(v) / len(v) if v else None,
    "MovingFunctions.linearWeightedAvg": lambda v: (
        sum(x * (i + 1) for i, x in enumerate(v)) / sum(range(1, len(v) + 1)) if v else None
    ),
}
BUCKET_KINDS = ("uniqueValues", "numberHistogram", "timeHistogram", "filters")
KINDS = ("avg", "count", "min", "max", "sum", *BUCKET_KINDS, "movingFunction")


def aggregate(store: StreamRecords, body: Item) -> Item:
    if body.get("targetUnits") is not None:
        raise CDFError(400, "targetUnits is not supported by the emulator (no unit conversion)")
    aggs: Item = body.get("aggregates")  # type: ignore[assignment]
    _check_tree(aggs, set())
    match = store.predicate(body)
    records = [r for r in store.records.values() if match(r)]
    return {"aggregates": Aggregator(store).level(aggs, records, in_histogram=False)}


def _check_tree(aggs: Any, seen: set[str]) -> None:
    if not isinstance(aggs, dict) or not 1 <= len(aggs) <= MAX_PER_LEVEL:
        raise CDFError(400, f"aggregates must be an object of 1 to {MAX_PER_LEVEL} aggregates")
    for agg_id, spec in aggs.items():
        if not agg_id or len(agg_id) > 255 or "." in agg_id or agg_id in RESERVED_IDS:
            raise CDFError(400, f"Invalid aggregate identifier {agg_id!r}: no '.', not {' or '.join(RESERVED_IDS)}")
        if agg_id in seen:
            raise CDFError(400, f"Duplicate aggregate identifier {agg_id!r} in the aggregate tree")
        seen.add(agg_id)
        if not isinstance(spec, dict) or len(spec) != 1 or next(iter(spec)) not in KINDS:
            raise CDFError(400, f"Aggregate {agg_id!r} must be one of {', '.join(KINDS)}")
        ((kind, args),) = spec.items()
        if not isinstance(args, dict):
            raise CDFError(400, f"Aggregate {agg_id!r}: {kind} must be an object")
        if kind in BUCKET_KINDS and args.get("aggregates") is not None:
            _check_tree(args["aggregates"], seen)


def _numbers(values: list[Any]) -> list[float]:
    return [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]


def _ms(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return int(parsed.timestamp() * 1000)
    return None


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, timezone.utc).isoformat(timespec="milliseconds")


def _calendar_floor(ms: int, interval: str) -> datetime:
    t = datetime.fromtimestamp(ms / 1000, timezone.utc)
    unit = interval[1]
    if unit == "s":
        return t.replace(microsecond=0)
    if unit == "m":
        return t.replace(second=0, microsecond=0)
    if unit == "h":
        return t.replace(minute=0, second=0, microsecond=0)
    day = t.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "d":
        return day
    if unit == "w":
        return day - timedelta(days=day.weekday())
    if unit == "M":
        return day.replace(day=1)
    if unit == "q":
        return day.replace(day=1, month=(day.month - 1) // 3 * 3 + 1)
    return day.replace(day=1, month=1)


def _calendar_next(t: datetime, interval: str) -> datetime:
    unit = interval[1]
    if unit in "smhdw":
        return t + timedelta(**{{"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[unit]: 1})
    months = {"M": 1, "q": 3, "y": 12}[unit]
    index = t.year * 12 + t.month - 1 + months
    return t.replace(year=index // 12, month=index % 12 + 1)


class Aggregator:
    def __init__(self, store: StreamRecords) -> None:
        self.store = store

    def _get(self, prop: Any, agg_id: str, min_segments: int) -> Callable[[Record], Any]:
        if not isinstance(prop, list) or len(prop) < min_segments:
            raise CDFError(400, f"Aggregate {agg_id!r}: property must be a list of {min_segments} or 3 strings")
        return getter(record_property(prop), self.store.svc)

    def _values(self, get: Callable[[Record], Any], records: list[Record]) -> list[Any]:
        out: list[Any] = []
        for r in records:
            v = get(r)
            if isinstance(v, list):
                out.extend(x for x in v if x is not None)
            elif v is not None:
                out.append(v)
        return out

    def level(self, aggs: Item, records: list[Record], in_histogram: bool) -> Item:
        out: Item = {}
        for agg_id, spec in aggs.items():
            ((kind, args),) = spec.items()
            if kind == "movingFunction":
                if not in_histogram:
                    raise CDFError(400, f"Aggregate {agg_id!r}: movingFunction belongs inside a histogram")
                continue  # computed across the histogram's buckets
            out[agg_id] = getattr(self, f"_{kind}")(agg_id, args, records)
        return out

    # -- metrics -------------------------------------------------------------------------------------------------
    def _metric(self, agg_id: str, args: Item, records: list[Record], min_segments: int) -> list[Any]:
        return self._values(self._get(args.get("property"), agg_id, min_segments), records)

    def _avg(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        values = _numbers(self._metric(agg_id, args, records, 3))
        return {"avg": sum(values) / len(values) if values else None}

    def _sum(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        return {"sum": float(sum(_numbers(self._metric(agg_id, args, records, 3))))}

    def _extreme(self, agg_id: str, args: Item, records: list[Record], pick: Callable[..., Any]) -> Any:
        raw = self._metric(agg_id, args, records, 1)
        numbers = _numbers(raw) or [m for v in raw if (m := _ms(v)) is not None]
        return pick(numbers) if numbers else None

    def _min(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        return {"min": self._extreme(agg_id, args, records, min)}

    def _max(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        return {"max": self._extreme(agg_id, args, records, max)}

    def _count(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        if args.get("property") is None:
            return {"count": len(records)}
        get = self._get(args["property"], agg_id, 3)
        return {"count": sum(1 for r in records if get(r) is not None)}

    # -- buckets -------------------------------------------------------------------------------------------------
    def _bucket(self, args: Item, members: list[Record], head: Item) -> Item:
        if args.get("aggregates"):
            head["aggregates"] = self.level(args["aggregates"], members, in_histogram=False)
        return head

    def _uniqueValues(self, agg_id: str, args: Item, records: list[Record]) -> Item:  # noqa: N802 (wire name)
        size = args.get("size", UNIQUE_SIZE_DEFAULT)
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= UNIQUE_SIZE_MAX:
            raise CDFError(400, f"Aggregate {agg_id!r}: size must be between 1 and {UNIQUE_SIZE_MAX}")
        get = self._get(args.get("property"), agg_id, 1)
        counts: Counter[Any] = Counter()
        members: dict[Any, list[Record]] = {}
        for r in records:
            value = get(r)
            for v in dict.fromkeys(value if isinstance(value, list) else [value]):
                if v is None or isinstance(v, (dict, list)):
                    continue
                counts[v] += 1
                members.setdefault(v, []).append(r)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:size]
        return {"uniqueValueBuckets": [self._bucket(args, members[v], {"value": v, "count": n}) for v, n in ranked]}

    def _histogram(
        self,
        args: Item,
        records: list[Record],
        starts: list[Any],
        key_of: Callable[[Record], list[Any]],
        label: Callable[[Any], Any],
    ) -> list[Item]:
        groups: dict[Any, list[Record]] = {s: [] for s in starts}
        for r in records:
            for k in dict.fromkeys(key_of(r)):
                if k in groups:
                    groups[k].append(r)
        sub = args.get("aggregates") or {}
        plain = {k: v for k, v in sub.items() if "movingFunction" not in v}
        buckets = []
        for start in starts:
            head: Item = {"intervalStart": label(start), "count": len(groups[start])}
            if sub:
                head["aggregates"] = self.level(plain, groups[start], in_histogram=True) if plain else {}
            buckets.append(head)
        for agg_id, spec in sub.items():
            if "movingFunction" in spec:
                self._moving(agg_id, spec["movingFunction"], buckets)
        return buckets

    def _moving(self, agg_id: str, args: Item, buckets: list[Item]) -> None:
        fn, window, path = MOVING.get(args.get("function", "")), args.get("window"), args.get("bucketsPath")
        if fn is None:
            raise CDFError(400, f"Aggregate {agg_id!r}: function must be one of {', '.join(MOVING)}")
        if isinstance(window, bool) or not isinstance(window, int) or window < 1:
            raise CDFError(400, f"Aggregate {agg_id!r}: window must be a positive integer")

        def metric(bucket: Item) -> float | None:
            if path == "_count":
                return float(bucket["count"])
            result = (bucket.get("aggregates") or {}).get(path)
            if not isinstance(result, dict) or len(result) != 1:
                raise CDFError(400, f"Aggregate {agg_id!r}: bucketsPath {path!r} names no sibling metric (or _count)")
            value = next(iter(result.values()))
            return None if not isinstance(value, (int, float)) else float(value)

        values = [metric(b) for b in buckets]
        for i, bucket in enumerate(buckets):
            window_values = [v for v in values[max(0, i - window) : i] if v is not None and not math.isnan(v)]
            bucket["aggregates"][agg_id] = {"fnValue": fn(window_values)}

    def _numberHistogram(self, agg_id: str, args: Item, records: list[Record]) -> Item:  # noqa: N802 (wire name)
        interval = args.get("interval")
        if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval <= 0:
            raise CDFError(400, f"Aggregate {agg_id!r}: interval must be a positive number")
        get = self._get(args.get("property"), agg_id, 3)
        bounds = args.get("hardBounds") or {}

        def keys(r: Record) -> list[float]:
            value = get(r)
            out = []
            for v in _numbers(value if isinstance(value, list) else [value]):
                if ("min" in bounds and v < bounds["min"]) or ("max" in bounds and v > bounds["max"]):
                    continue
                out.append(math.floor(v / interval) * interval)
            return out

        found = sorted({k for r in records for k in keys(r)})
        starts = []
        if found:
            n = round((found[-1] - found[0]) / interval)
            starts = [found[0] + i * interval for i in range(n + 1)]
        return {"numberHistogramBuckets": self._histogram(args, records, starts, keys, lambda s: s)}

    def _timeHistogram(self, agg_id: str, args: Item, records: list[Record]) -> Item:  # noqa: N802 (wire name)
        calendar, fixed = args.get("calendarInterval"), args.get("fixedInterval")
        if (calendar is None) == (fixed is None):
            raise CDFError(400, f"Aggregate {agg_id!r}: give exactly one of calendarInterval and fixedInterval")
        if calendar is not None and calendar not in CALENDAR:
            raise CDFError(400, f"Aggregate {agg_id!r}: calendarInterval must be one of {', '.join(CALENDAR)}")
        step_ms = 0
        if fixed is not None:
            m = FIXED.match(fixed) if isinstance(fixed, str) else None
            if m is None or int(m.group(1)) == 0:
                raise CDFError(400, f"Aggregate {agg_id!r}: fixedInterval must look like 90m, 3h or 2d")
            step_ms = int(m.group(1)) * FIXED_MS[m.group(2)]
        get = self._get(args.get("property"), agg_id, 1)
        bounds = {k: _ms(v) for k, v in (args.get("hardBounds") or {}).items()}

        def floor(ms: int) -> int:
            if calendar is not None:
                return int(_calendar_floor(ms, calendar).timestamp() * 1000)
            return ms // step_ms * step_ms

        def keys(r: Record) -> list[int]:
            value = get(r)
            out = []
            for v in value if isinstance(value, list) else [value]:
                ms = _ms(v)
                if ms is None or (bounds.get("min") is not None and ms < bounds["min"]):  # type: ignore[operator]
                    continue
                if bounds.get("max") is not None and ms > bounds["max"]:  # type: ignore[operator]
                    continue
                out.append(floor(ms))
            return out

        found = sorted({k for r in records for k in keys(r)})
        starts: list[int] = []
        if found:
            current = found[0]
            while current <= found[-1]:
                starts.append(current)
                if calendar is not None:
                    nxt = _calendar_next(datetime.fromtimestamp(current / 1000, timezone.utc), calendar)
                    current = int(nxt.timestamp() * 1000)
                else:
                    current += step_ms
        return {"timeHistogramBuckets": self._histogram(args, records, starts, keys, _iso)}

    def _filters(self, agg_id: str, args: Item, records: list[Record]) -> Item:
        filters = args.get("filters")
        if not isinstance(filters, list) or not 1 <= len(filters) <= 10:
            raise CDFError(400, f"Aggregate {agg_id!r}: filters must list 1 to 10 filters")
        buckets = []
        for flt in filters:
            match = compile_filter(translate_filter(flt), self.store.svc)
            members = [r for r in records if match(r)]
            buckets.append(self._bucket(args, members, {"count": len(members)}))
        return {"filterBuckets": buckets}

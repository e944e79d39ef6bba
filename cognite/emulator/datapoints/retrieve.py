"""POST /timeseries/data/list, /latest and /delete: query parsing, limits, cursors and page selection."""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from cognite.emulator.datapoints import aggregates
from cognite.emulator.datapoints.refs import Resolver, ShortPager, TimeSeriesRef, identifier, resolve_all
from cognite.emulator.datapoints.store import DatapointStore, SeriesData, status_category, status_json
from cognite.emulator.datapoints.timespec import MIN_TIMESTAMP, Granularity, now_ms, parse_time
from cognite.emulator.datapoints.units import Conversion, conversion
from cognite.emulator.http import CDFError

MAX_ITEMS = 100
MAX_RAW_POINTS = 100_000
MAX_AGGREGATES = 10_000
DEFAULT_LIMIT = 100
_ITEM_KEYS = (
    "start", "end", "limit", "aggregates", "granularity", "includeOutsidePoints", "includeStatus",
    "ignoreBadDataPoints", "treatUncertainAsBad", "timeZone", "targetUnit", "targetUnitSystem",
)  # fmt: skip


@dataclass
class ItemResult:
    """One reply item: raw points (views into the store where possible) or an aggregate page."""

    ref: TimeSeriesRef
    ts: np.ndarray
    values: np.ndarray | None = None
    status: np.ndarray | None = None  # only when the query asked for statuses and some point is not Good
    agg: aggregates.AggregatePage | None = None
    next_cursor: str | None = None
    source: tuple[SeriesData, int, int] | None = None  # stored series and index range `ts` was sliced from


# ---------------------------------------------------------------------------------------------------- cursors
def encode_cursor(last: int) -> str:
    """A cursor holds only the last timestamp (or bucket) served, so it survives a moved start or changed end."""
    return base64.urlsafe_b64encode(f"dp1:{last}".encode()).decode()


def decode_cursor(cursor: Any) -> int | None:
    if cursor is None or cursor == "":
        return None
    try:
        text = base64.urlsafe_b64decode(str(cursor).encode()).decode()
        if text.startswith("dp1:"):
            return int(text[4:])
    except ValueError:
        pass
    raise CDFError(400, f"Invalid cursor: {cursor!r}")


# ---------------------------------------------------------------------------------------------------- helpers
def _bool(query: dict[str, Any], key: str, default: bool) -> bool:
    value = query.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise CDFError(400, f"Invalid {key}: {value!r}. Expected true or false")
    return value


def _limit(value: Any) -> int:
    if value is None:
        return DEFAULT_LIMIT
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CDFError(400, f"Invalid limit: {value!r}. Must be a non-negative integer")
    return value


def _aggregate_names(value: Any) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise CDFError(400, "aggregates must be a non-empty list")
    unknown = [a for a in value if a not in aggregates.AGGREGATES]
    if unknown:
        raise CDFError(400, f"Unknown aggregate(s): {unknown}. Supported: {', '.join(aggregates.AGGREGATES)}")
    return list(dict.fromkeys(value))


def visible_points(
    data: SeriesData | None, is_string: bool, ignore_bad: bool, uncertain_as_bad: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The series' points a query sees: Bad (and, by default, Uncertain) points are hidden unless asked for."""
    if data is None:
        return np.empty(0, np.int64), np.empty(0, dtype=object if is_string else np.float64), None
    status = data.status
    if status is None or not ignore_bad:
        return data.ts, data.values, status
    cat = status_category(status)
    keep = cat == 0 if uncertain_as_bad else cat < 2
    return data.ts[keep], data.values[keep], status[keep]


# ---------------------------------------------------------------------------------------------------- list
@dataclass
class _Query:
    ref: TimeSeriesRef
    start: int
    end: int
    limit: int
    aggregates: list[str] | None
    granularity: Granularity | None
    include_outside: bool
    cursor: int | None
    include_status: bool
    ignore_bad: bool
    uncertain_as_bad: bool
    convert: Conversion | None = None


def list_datapoints(
    body: dict[str, Any], resolve: Resolver, store: DatapointStore, faults: ShortPager | None
) -> list[ItemResult]:
    items = body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise CDFError(400, f"'items' must be a list of 1 to {MAX_ITEMS} queries")
    ignore_unknown = _bool(body, "ignoreUnknownIds", False)
    idents = [identifier(item, "query item") for item in items]
    refs = resolve_all(resolve, idents, ignore_unknown)
    defaults = {k: body[k] for k in _ITEM_KEYS if body.get(k) is not None}
    queries = [
        _parse_item({**defaults, **{k: v for k, v in item.items() if v is not None}}, ref)
        for item, ref in zip(items, refs, strict=True)
        if ref is not None
    ]
    raw_total = sum(q.limit for q in queries if q.aggregates is None)
    agg_total = sum(q.limit for q in queries if q.aggregates is not None)
    if raw_total > MAX_RAW_POINTS:
        raise CDFError(400, f"The sum of limits across items ({raw_total}) exceeds the maximum of {MAX_RAW_POINTS} raw datapoints per request")  # fmt: skip
    if agg_total > MAX_AGGREGATES:
        raise CDFError(400, f"The sum of limits across items ({agg_total}) exceeds the maximum of {MAX_AGGREGATES} aggregates per request")  # fmt: skip
    return [_serve(q, store, faults) for q in queries]


def _parse_item(query: dict[str, Any], ref: TimeSeriesRef) -> _Query:
    start = parse_time(query.get("start"), "start", default=0)
    end = parse_time(query.get("end"), "end", default=now_ms())
    if end <= start:
        raise CDFError(400, f"Invalid time range: end ({end}) must be later than start ({start})")
    names = _aggregate_names(query.get("aggregates"))
    gran = None
    if names is not None:
        if ref.is_string:
            raise CDFError(400, f"Aggregates are not supported for string time series (id {ref.id})")
        if query.get("granularity") is None:
            raise CDFError(400, "granularity is required when aggregates are requested")
        gran = Granularity.parse(query["granularity"], query.get("timeZone"))
    limit = _limit(query.get("limit"))
    cap = MAX_RAW_POINTS if names is None else MAX_AGGREGATES
    if limit > cap:
        raise CDFError(400, f"Invalid limit: {limit}. At most {cap} {'raw datapoints' if names is None else 'aggregates'} per request")  # fmt: skip
    include_outside = _bool(query, "includeOutsidePoints", False)
    cursor = decode_cursor(query.get("cursor"))
    if include_outside and names is not None:
        raise CDFError(400, "includeOutsidePoints is not supported for aggregates")
    return _Query(
        ref, start, end, limit, names, gran, include_outside, cursor,
        _bool(query, "includeStatus", False), _bool(query, "ignoreBadDataPoints", True),
        _bool(query, "treatUncertainAsBad", True), conversion(query, ref),
    )  # fmt: skip


def _serve(q: _Query, store: DatapointStore, faults: ShortPager | None) -> ItemResult:
    data = store.get(q.ref.id)
    ts, values, status = visible_points(data, q.ref.is_string, q.ignore_bad, q.uncertain_as_bad)
    ref = q.ref
    if q.convert is not None:  # the reply holds converted values and names the unit they are in
        values, ref = q.convert.apply(values), replace(ref, unit_external_id=q.convert.target)
    page = q.limit if faults is None else max(0, min(q.limit, faults.short_page(q.limit)))
    if q.aggregates is not None:
        assert q.granularity is not None
        if data is None or q.convert is not None:  # converted: aggregates of the converted values (no cache)
            agg = aggregates.compute(
                ts, values, status, names=q.aggregates, granularity=q.granularity, start=q.start, end=q.end,
                after=q.cursor, limit=page, is_step=q.ref.is_step,
            )  # fmt: skip
        else:  # the series' cached rollup, sliced; which points were counted is part of its key
            filter_key = (data.status is not None and q.ignore_bad, q.uncertain_as_bad)
            agg = data.rollups.page(
                ts, values, status, filter_key=filter_key, names=q.aggregates, granularity=q.granularity,
                start=q.start, end=q.end, after=q.cursor, limit=page, is_step=q.ref.is_step,
            )  # fmt: skip
        nxt = None
        if agg.more:
            nxt = encode_cursor(int(agg.timestamps[-1]) if len(agg.timestamps) else q.start - 1)
        return ItemResult(ref, agg.timestamps, agg=agg, next_cursor=nxt)
    first = q.start if q.cursor is None else max(q.start, q.cursor + 1)
    lo, hi = np.searchsorted(ts, [first, q.end], side="left")
    lo, hi = int(lo), int(max(lo, hi))
    served = min(hi - lo, page)
    nxt = None
    if served < hi - lo:  # fewer than available: the client must be able to continue
        nxt = encode_cursor(int(ts[lo + served - 1]) if served else first - 1)
    idx: slice | np.ndarray = slice(lo, lo + served)
    if q.include_outside:
        before = [lo - 1] if lo > 0 else []  # the last point before the window, and the first at/after its end
        after = [hi] if hi < len(ts) else []
        idx = np.concatenate([np.array(before, np.int64), np.arange(lo, lo + served), np.array(after, np.int64)])
    out_status = None
    if q.include_status and status is not None and status[idx].any():
        out_status = status[idx]
    source = None
    unfiltered = data is not None and (data.status is None or not q.ignore_bad) and q.convert is None
    if unfiltered and isinstance(idx, slice) and out_status is None and not q.ref.is_string:
        assert data is not None
        source = (data, lo, lo + served)  # the reply can reuse the series' encoded records
    return ItemResult(ref, ts[idx], values[idx], out_status, next_cursor=nxt, source=source)


# ---------------------------------------------------------------------------------------------------- latest
def latest(body: dict[str, Any], resolve: Resolver, store: DatapointStore) -> list[dict[str, Any]]:
    items = body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise CDFError(400, f"'items' must be a list of 1 to {MAX_ITEMS} queries")
    idents = [identifier(item, "query item") for item in items]
    refs = resolve_all(resolve, idents, _bool(body, "ignoreUnknownIds", False))
    out = []
    for item, ref in zip(items, refs, strict=True):
        if ref is None:
            continue
        before = parse_time(item.get("before"), "before", default=now_ms())
        ts, values, status = visible_points(
            store.get(ref.id), ref.is_string, _bool(item, "ignoreBadDataPoints", True),
            _bool(item, "treatUncertainAsBad", True),
        )  # fmt: skip
        i = int(np.searchsorted(ts, before, side="left")) - 1
        points = []
        convert = conversion(item, ref)
        if convert is not None:
            ref = replace(ref, unit_external_id=convert.target)
        if i >= 0:
            value = values[i] if convert is None else convert.apply(values[i : i + 1])[0]
            point: dict[str, Any] = {"timestamp": int(ts[i]), "value": json_value(value)}
            if _bool(item, "includeStatus", False) and status is not None and status[i]:
                point["status"] = status_json(int(status[i]))
            points.append(point)
        out.append({**ref.header(), "datapoints": points})
    return out


def json_value(v: Any) -> Any:
    """A stored value as CDF writes it in JSON (non-finite numbers as the strings "NaN" / "Infinity")."""
    if isinstance(v, float | np.floating):
        f = float(v)
        if f != f:
            return "NaN"
        if f in (float("inf"), float("-inf")):
            return "Infinity" if f > 0 else "-Infinity"
        return f
    return v


# ---------------------------------------------------------------------------------------------------- delete
def delete(body: dict[str, Any], resolve: Resolver, store: DatapointStore) -> list[tuple[TimeSeriesRef, int, int]]:
    """Delete the ranges of the body's items; returns each (series, inclusive begin, exclusive end)."""
    items = body.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= 10_000:
        raise CDFError(400, "'items' must be a list of 1 to 10000 delete ranges")
    idents = [identifier(item) for item in items]
    ranges = []
    for item in items:
        begin = parse_time(item.get("inclusiveBegin"), "inclusiveBegin")
        end = parse_time(item.get("exclusiveEnd"), "exclusiveEnd", default=begin + 1)
        if begin < MIN_TIMESTAMP:
            raise CDFError(400, f"inclusiveBegin must be at least {MIN_TIMESTAMP}")
        ranges.append((begin, end))
    refs = resolve_all(resolve, idents, ignore_unknown=False)
    for ref, (begin, end) in zip(refs, ranges, strict=True):
        assert ref is not None
        data = store.get(ref.id)
        if data is not None:
            data.delete_range(begin, end)
        if (strings := store.state_strings.get(ref.id)) is not None:
            for t in [t for t in strings if begin <= t < end]:
                del strings[t]
    return [(ref, begin, end) for ref, (begin, end) in zip(refs, ranges, strict=True) if ref is not None]

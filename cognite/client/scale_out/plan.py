"""Partition planning, shared by the Spark data source and the Dask reader (runs on the driver).

A plan is a list of small picklable descriptors; each is read by one task (`read.read_partition`):

- datapoints: windows of (series, [start, end)), packed so a partition holds about `pointsPerPartition` points.
  Raw reads size windows from the series' density: the first and last datapoint bound each series, a `count`
  aggregate over about `_DENSITY_BUCKETS` buckets of that span gives the density, and `windows.split_by_counts`
  cuts at bucket edges. Aggregate reads cut each series' range at whole multiples of the granularity (CDF aligns
  buckets to the start rounded down to a whole unit, so every window sees the same buckets as the whole range).
  Sparse series share a partition; a dense series is split over several.
- assets / events / time series / files / sequences: CDF's own partitions, `partition=m/n` per task.
- RAW rows: the cursors of `GET .../cursors?numberOfCursors=n`, one per task.
- sequence rows: one sequence per task.
- instances of a view: the driver walks the cursor pages of the instance identifiers (no properties); each page
  of identifiers is one task, which retrieves the instances with the view's properties.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from cognite.client._datapoints.limits import DPS_LIMIT_AGG, MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS
from cognite.client._datapoints.timeparse import granularity_ms, granularity_unit_ms, now_ms, to_ms
from cognite.client._mechanisms.paging import MAX_PARTITIONS

from .windows import split_by_counts

if TYPE_CHECKING:
    from cognite.client import CogniteClient

    from .options import Options

#: Default points per datapoint partition (raw), and aggregate buckets per partition.
DEFAULT_POINTS_PER_PARTITION = 1_000_000
DEFAULT_AGGREGATES_PER_PARTITION = 10 * DPS_LIMIT_AGG
#: Buckets of the density (`count`) query per series.
_DENSITY_BUCKETS = 200
#: Count-aggregate bucket widths to choose from, finest first (CDF's multiples per unit: s/m up to 120).
_DENSITY_GRANULARITIES = [
    (f"{n}{u}", n * ms)
    for u, ms, steps in (
        ("s", 1_000, (1, 10, 60, 120)),
        ("m", 60_000, (5, 30, 120)),
        ("h", 3_600_000, (6, 24, 168, 720, 8760, 87600)),
    )
    for n in steps
]


@dataclass(frozen=True)
class Window:
    """Part [start, end) of one series (by id or external id)."""

    id: int | None
    external_id: str | None
    start: int
    end: int
    points: int = 0  # estimated

    def ident(self) -> dict[str, Any]:
        return {"id": self.id} if self.id is not None else {"external_id": self.external_id}


@dataclass(frozen=True)
class DatapointsPartition:
    windows: tuple[Window, ...]


@dataclass(frozen=True)
class ListPartition:
    """CDF partition `index/count` (1-based) of a resource list."""

    index: int
    count: int


@dataclass(frozen=True)
class RawPartition:
    cursor: str | None


@dataclass(frozen=True)
class SequencePartition:
    id: int | None
    external_id: str | None


@dataclass(frozen=True)
class InstancesPartition:
    """One cursor page of instance identifiers: (space, externalId) pairs."""

    ids: tuple[tuple[str, str], ...]


Partition = DatapointsPartition | ListPartition | RawPartition | SequencePartition | InstancesPartition


def plan(
    options: Options, client: CogniteClient | None = None, pushed: list[dict[str, Any]] | None = None
) -> list[Partition]:
    """The partitions of a read (requests for density / cursors are made with `client`, default: the options');
    `pushed`: DM filters ANDed to an instances read (from Spark's filter pushdown).

    Example:
        >>> plan(parse_options({**connection, "type": "assets", "partitions": "4"}))  # doctest: +SKIP
        [ListPartition(index=1, count=4), ..., ListPartition(index=4, count=4)]
    """
    client = client or options.connection.client()
    kind = options.type
    if kind == "datapoints":
        return _plan_datapoints(options, client)
    if kind == "raw":
        return _plan_raw(options, client)
    if kind == "sequence_rows":
        return _plan_sequences(options)
    if kind == "instances":
        return _plan_instances(options, client, pushed)
    n = options.int("partitions", MAX_PARTITIONS, 1, MAX_PARTITIONS)
    return [ListPartition(i, n) for i in range(1, n + 1)]


# -- datapoints ------------------------------------------------------------------------------------------------
def series_of(options: Options) -> dict[str, list[Any]]:
    """The series of a datapoint read: {"id": [...]} or {"external_id": [...]} (one kind per read)."""
    ids = options.list("ids")
    xids = options.list("externalIds")
    if bool(ids) == bool(xids):
        raise ValueError("type 'datapoints' needs exactly one of 'externalIds' or 'ids' (comma-separated)")
    if xids:
        return {"external_id": xids}
    try:
        return {"id": [int(i) for i in ids]}
    except ValueError:
        raise ValueError(f"Option 'ids' must hold integers, got {options.get('ids')!r}") from None


def time_range(options: Options) -> tuple[int, int]:
    now = now_ms()
    start = to_ms(_time_option(options.get("start", str(MIN_TIMESTAMP_MS))), now, name="start")
    end = min(to_ms(_time_option(options.get("end", "now")), now, name="end"), MAX_TIMESTAMP_MS + 1)
    if end <= start:
        raise ValueError(f"end must be after start, got start={start}, end={end}")
    return start, end


def _time_option(value: str | None) -> str | int:
    assert value is not None
    return int(value) if value.lstrip("-").isdigit() else value


def _window(kind: str, ident: Any, start: int, end: int, points: int) -> Window:
    return Window(ident if kind == "id" else None, ident if kind != "id" else None, start, end, points)


def _plan_datapoints(options: Options, client: CogniteClient) -> list[Partition]:
    series = series_of(options)
    start, end = time_range(options)
    ((kind, _),) = series.items()
    spans = _data_spans(client, series, start, end)
    if options.aggregates:
        target = options.int("aggregatesPerPartition", DEFAULT_AGGREGATES_PER_PARTITION)
        windows = [
            _window(kind, ident, a, b, n)
            for ident, first, last in spans
            for a, b, n in aggregate_windows(start, end, options.granularity or "", target, (first, last + 1))
        ]
    else:
        target = options.int("pointsPerPartition", DEFAULT_POINTS_PER_PARTITION)
        windows = _raw_windows(client, kind, spans, start, end, target)
    return list(_pack(windows, target))


def aggregate_windows(
    start: int, end: int, granularity: str, target: int, data: tuple[int, int] | None = None
) -> list[tuple[int, int, int]]:
    """(start, end, buckets) windows of about `target` buckets, cut on CDF's bucket grid for [start, end); with
    `data` (the span holding points), cuts are made only inside it (the first and last window reach the ends).

    Example:
        >>> aggregate_windows(1_800_000, 4 * 3_600_000, "1h", 2)
        [(1800000, 7200000, 2), (7200000, 14400000, 2)]
    """
    width = granularity_ms(granularity)
    unit = granularity_unit_ms(granularity)
    if width is None or unit is None:  # calendar months: one window
        return [(start, end, target)]
    lo, hi = data if data is not None else (start, end)
    origin = start - start % unit  # the grid: start rounded down to a whole unit, then whole bucket widths
    step = width * target
    edges = [start]
    edge = origin + max(1, (max(lo, start) - origin) // step + 1) * step
    while edge < min(hi, end):
        edges.append(edge)
        edge += step
    edges.append(end)

    def buckets(a: int, b: int) -> int:
        a, b = max(a, lo), min(b, hi)
        return max(0, math.ceil((b - origin) / width) - (a - origin) // width)

    return [(a, b, buckets(a, b)) for a, b in zip(edges, edges[1:], strict=False)]


def _data_spans(
    client: CogniteClient, series: dict[str, list[Any]], start: int, end: int
) -> list[tuple[Any, int, int]]:
    """(identifier, first, last) timestamps of every series with points in [start, end)."""
    dps: Any = client.time_series.data  # called with {kind: idents} keywords (the overloads cannot see them)
    ((kind, idents),) = series.items()
    firsts = dps.retrieve_arrays(**{kind: idents}, start=start, end=end, limit=1)
    present = [(ident, _ms(arr.timestamp)[0]) for ident, arr in zip(idents, firsts, strict=False) if len(arr.timestamp)]
    if not present:
        return []
    before = end if end <= MAX_TIMESTAMP_MS else None
    latest = dps.retrieve_latest(**{kind: [p[0] for p in present]}, before=before)
    return [
        (ident, first, last.timestamp_ms if last else first)
        for (ident, first), last in zip(present, latest, strict=False)
    ]


def _density_granularity(span: int) -> str:
    for name, width in _DENSITY_GRANULARITIES:
        if span / width <= _DENSITY_BUCKETS:
            return name
    return _DENSITY_GRANULARITIES[-1][0]


def _ms(timestamps: np.ndarray) -> list[int]:
    return np.asarray(timestamps).astype("datetime64[ms]").view(np.int64).tolist()


def _raw_windows(
    client: CogniteClient, kind: str, spans: list[tuple[Any, int, int]], start: int, end: int, target: int
) -> list[Window]:
    """Windows of every series with points, sized from a count aggregate over its data span."""
    groups: dict[str, list[tuple[Any, int, int]]] = {}
    for ident, first, last in spans:
        groups.setdefault(_density_granularity(last + 1 - first), []).append((ident, first, last))
    windows: list[Window] = []
    for granularity, members in groups.items():
        lo, hi = min(m[1] for m in members), max(m[2] for m in members) + 1
        dps: Any = client.time_series.data
        counts = dps.retrieve_arrays(
            **{kind: [m[0] for m in members]}, start=lo, end=hi, aggregates=["count"], granularity=granularity
        )
        for (ident, _, _), arr in zip(members, counts, strict=False):
            edges = _ms(arr.timestamp)
            n = [int(c) for c in (arr.count if arr.count is not None else ())]
            cuts = split_by_counts(start, end, edges, n, target)
            for k, (a, b) in enumerate(cuts):
                held = sum(c for e, c in zip(edges, n, strict=False) if (k == 0 or a <= e) and e < b)
                windows.append(_window(kind, ident, a, b, held))
    return windows


def _pack(windows: list[Window], target: int) -> Any:
    """Consecutive windows grouped into partitions of about `target` points (a window is never split here)."""
    group: list[Window] = []
    held = 0
    for w in windows:
        if group and held + w.points > target:
            yield DatapointsPartition(tuple(group))
            group, held = [], 0
        group.append(w)
        held += w.points
    if group:
        yield DatapointsPartition(tuple(group))


# -- RAW, sequences, instances ---------------------------------------------------------------------------------
def raw_path(options: Options, operation: str) -> str:
    from urllib.parse import quote

    from cdf_api.operations import OPERATIONS

    db, table = options.require("database"), options.require("table")
    return OPERATIONS[operation].path.format(dbName=quote(db, safe=""), tableName=quote(table, safe=""))


def _plan_raw(options: Options, client: CogniteClient) -> list[Partition]:
    n = options.int("partitions", MAX_PARTITIONS, 1, MAX_PARTITIONS)
    res = client.get(raw_path(options, "getCursors"), params={"numberOfCursors": n})
    res.raise_for_status()
    cursors = [str(c) for c in res.json().get("items", [])]
    return [RawPartition(c) for c in cursors] or [RawPartition(None)]


def _plan_sequences(options: Options) -> list[Partition]:
    ids = options.list("ids")
    xids = options.list("externalIds")
    if not ids and not xids:
        raise ValueError("type 'sequence_rows' needs 'externalIds' or 'ids' (comma-separated)")
    return [*(SequencePartition(int(i), None) for i in ids), *(SequencePartition(None, x) for x in xids)]


def view_of(options: Options) -> dict[str, str]:
    view = options.require("view")  # "space/externalId/version"
    parts = view.split("/")
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"Option 'view' must be 'space/externalId/version', got {view!r}")
    return {"type": "view", "space": parts[0], "externalId": parts[1], "version": parts[2]}


def instances_filter(options: Options, pushed: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    view = view_of(options)
    ref = {k: view[k] for k in ("type", "space", "externalId", "version")}
    conditions: list[dict[str, Any]] = [{"hasData": [ref]}, *(pushed or [])]
    return {"and": conditions} if len(conditions) > 1 else conditions[0]


def _plan_instances(
    options: Options, client: CogniteClient, pushed: list[dict[str, Any]] | None = None
) -> list[Partition]:
    from cdf_api.operations import OPERATIONS

    from cognite.client._mechanisms import paging

    page_size = options.int("pageSize", paging.LIST_PAGE_SIZE, 1, paging.LIST_PAGE_SIZE)
    body = {"instanceType": options.get("instanceType", "node"), "filter": instances_filter(options, pushed)}
    out: list[Partition] = []
    cursor: str | None = None
    while True:
        request = {**body, "limit": page_size, **({"cursor": cursor} if cursor else {})}
        res = client.post(OPERATIONS["advancedListInstance"].path, json=request)
        res.raise_for_status()
        data = res.json()
        ids = tuple((i["space"], i["externalId"]) for i in data.get("items", []))
        if ids:
            out.append(InstancesPartition(ids))
        cursor = data.get("nextCursor")
        if not cursor:
            return out

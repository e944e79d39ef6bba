"""Writing Arrow batches to CDF from one partition, with exact accounting (written / failed / unknown).

Each partition's rows are sent through the SDK's own chunked operations (datapoints: packed protobuf inserts of
at most 100k points; RAW: 5000 rows per request; assets / events / time series: upsert; instances: apply), which
split at CDF's limits and report per-item outcomes. A `WriteReport` counts rows: written (acknowledged),
failed (CDF rejected them: 4xx) and unknown (5xx / connection errors after retries: they may or may not have
landed). Nothing is dropped silently: `WriteReport.raise_if_incomplete` raises with the totals and the first
identifiers of the rows that did not land.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from cognite.client.exceptions import CogniteAPIError

if TYPE_CHECKING:
    from cognite.client import CogniteClient

    from .options import Options

#: Rows handed to the SDK per call (it splits them further at CDF's request limits); bounds executor memory.
ROWS_PER_CALL = 100_000
#: Identifiers of rows that did not land kept per report (the counts are always exact).
_KEEP_IDENTIFIERS = 100


class ScaleOutWriteError(RuntimeError):
    """Some rows of a write did not land; `report` holds the exact counts and the first identifiers."""

    def __init__(self, report: WriteReport) -> None:
        super().__init__(
            f"Write incomplete: {report.written} written, {report.failed} failed, {report.unknown} unknown "
            f"(first not written: {report.not_written[:5]}; first error: {report.errors[:1]})"
        )
        self.report = report


@dataclass
class WriteReport:
    """Row accounting of one partition (or, merged, of a whole write).

    Example:
        >>> r = WriteReport(written=3) + WriteReport(failed=1, not_written=["a"])
        >>> r.written, r.failed, r.complete
        (3, 1, False)
    """

    written: int = 0
    failed: int = 0
    unknown: int = 0
    not_written: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __add__(self, other: WriteReport) -> WriteReport:
        return WriteReport(
            self.written + other.written,
            self.failed + other.failed,
            self.unknown + other.unknown,
            (self.not_written + other.not_written)[:_KEEP_IDENTIFIERS],
            (self.errors + other.errors)[:_KEEP_IDENTIFIERS],
        )

    @property
    def complete(self) -> bool:
        return self.failed == 0 and self.unknown == 0

    def raise_if_incomplete(self) -> WriteReport:
        if not self.complete:
            raise ScaleOutWriteError(self)
        return self

    def as_dict(self) -> dict[str, Any]:
        return {"written": self.written, "failed": self.failed, "unknown": self.unknown}


def write_batches(options: Options, batches: Iterable[pa.RecordBatch]) -> WriteReport:
    """Write every batch of one partition; the report accounts for each row."""
    client = options.connection.client()
    writer = _WRITERS.get(options.type)
    if writer is None:
        raise ValueError(f"Writing type {options.type!r} is not supported; supported: {sorted(_WRITERS)}")
    report = WriteReport()
    for table in _rebatch(batches):
        report = report + writer(client, options, table)
    return report


def _rebatch(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.Table]:
    held: list[pa.RecordBatch] = []
    rows = 0
    for b in batches:
        held.append(b)
        rows += b.num_rows
        if rows >= ROWS_PER_CALL:
            yield pa.Table.from_batches(held)
            held, rows = [], 0
    if held:
        yield pa.Table.from_batches(held)


def _account(
    rows: int, call: Callable[[], Any], ident_of: Callable[[Any], Any], counted: Callable[[Any], int]
) -> WriteReport:
    """Run one SDK call writing `rows` rows; on error, count its successful / failed / unknown entries."""
    try:
        call()
    except CogniteAPIError as e:
        ok = sum(counted(x) for x in e.successful or [])
        bad = sum(counted(x) for x in e.failed or [])
        unknown = rows - ok - bad  # anything the error does not place is unknown: never counted as written
        lost = [ident_of(x) for x in [*(e.failed or []), *(e.unknown or [])]]
        return WriteReport(ok, bad, unknown, lost[:_KEEP_IDENTIFIERS], [f"{e.code}: {e.message}"])
    except Exception as e:  # not an API answer (e.g. connection lost after retries): the call may have landed
        return WriteReport(0, 0, rows, [], [repr(e)])
    return WriteReport(written=rows)


def _ms(column: pa.ChunkedArray) -> np.ndarray:
    if pa.types.is_timestamp(column.type):
        column = column.cast(pa.timestamp("ms", tz=column.type.tz)).cast(pa.int64())
    return np.asarray(column.to_numpy(zero_copy_only=False), dtype=np.int64)


# -- datapoints ------------------------------------------------------------------------------------------------
def _write_datapoints(client: CogniteClient, options: Options, table: pa.Table) -> WriteReport:
    key = "externalId" if "externalId" in table.column_names else "id"
    if key not in table.column_names or "timestamp" not in table.column_names or "value" not in table.column_names:
        raise ValueError("Datapoint writes need columns (externalId | id), timestamp, value")
    if key == "externalId" and "id" in table.column_names and table.column("externalId").null_count:
        raise ValueError("Give every row an externalId (or write by id only)")
    keys = table.column(key).combine_chunks()
    if keys.null_count:
        raise ValueError(f"Datapoint rows need a {key}: {keys.null_count} rows have none")
    encoded = keys.dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    order = np.argsort(codes, kind="stable")
    bounds = np.flatnonzero(np.diff(codes[order])) + 1
    ts = _ms(table.column("timestamp"))[order]
    values = np.asarray(table.column("value").to_numpy(zero_copy_only=False), dtype=np.float64)[order]
    names = encoded.dictionary.to_pylist()
    entries = []
    sizes: dict[Any, int] = {}
    for chunk in np.split(np.arange(len(order)), bounds):
        if not len(chunk):
            continue
        ident = names[codes[order[chunk[0]]]]
        sizes[ident] = len(chunk)
        entries.append({key: ident, "datapoints": (ts[chunk], values[chunk])})

    def ident_of(entry: dict[str, Any]) -> Any:
        return entry.get("externalId", entry.get("id"))

    def counted(entry: dict[str, Any]) -> int:
        dps = entry.get("datapoints")
        return int(dps["count"]) if isinstance(dps, dict) else sizes.get(ident_of(entry), 0)

    return _account(table.num_rows, lambda: client.time_series.data.insert_multiple(entries), ident_of, counted)


# -- RAW -------------------------------------------------------------------------------------------------------
def _write_raw(client: CogniteClient, options: Options, table: pa.Table) -> WriteReport:
    if "key" not in table.column_names or "columns" not in table.column_names:
        raise ValueError("RAW writes need columns key, columns (a JSON object text or a string map)")
    rows: dict[str, Any] = {}
    for key, cols in zip(table.column("key").to_pylist(), table.column("columns").to_pylist(), strict=True):
        if key is None:
            raise ValueError("RAW rows need a key")
        rows[key] = json.loads(cols) if isinstance(cols, str) else dict(cols or [])
    db, tbl = options.require("database"), options.require("table")
    ensure = (options.get("ensureParent", "false") or "").lower() == "true"
    return _account(
        len(rows),
        lambda: client.raw.rows.insert(db, tbl, rows, ensure_parent=ensure),
        lambda r: getattr(r, "key", r),
        lambda _: 1,
    )


# -- assets / events / time series: upsert ---------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, list) and value and isinstance(value[0], tuple) and len(value[0]) == 2:
        return dict(value)  # an Arrow map
    return value


def _records(table: pa.Table) -> list[dict[str, Any]]:
    drop = {"id", "createdTime", "lastUpdatedTime", "rootId", "aggregates"}  # server-set, never written
    out = []
    for row in table.to_pylist():
        item = {k: _plain(v) for k, v in row.items() if v is not None and k not in drop}
        if not item.get("externalId"):
            raise ValueError(f"Upserts need an externalId on every row, got {item!r:.200}")
        for k in ("labels", "geoLocation", "instanceId"):
            if isinstance(item.get(k), str):
                item[k] = json.loads(item[k])
        out.append(item)
    return out


def _upserter(api_name: str, write_cls: str) -> Callable[[CogniteClient, Options, pa.Table], WriteReport]:
    def write(client: CogniteClient, options: Options, table: pa.Table) -> WriteReport:
        from cognite.client import data_classes

        cls = getattr(data_classes, write_cls)
        items = [cls._load(r) for r in _records(table)]
        api = getattr(client, api_name)
        return _account(len(items), lambda: api.upsert(items, mode="replace"), lambda x: x.external_id, lambda _: 1)

    return write


# -- instances: apply ------------------------------------------------------------------------------------------
def _write_instances(client: CogniteClient, options: Options, table: pa.Table) -> WriteReport:
    from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId

    from .plan import view_of

    v = view_of(options)
    view = ViewId(v["space"], v["externalId"], v["version"])
    base = {"space", "externalId", "version", "createdTime", "lastUpdatedTime"}
    nodes = []
    for row in table.to_pylist():
        if not row.get("space") or not row.get("externalId"):
            raise ValueError("Instance rows need space and externalId")
        props = {k: _plain(val) for k, val in row.items() if k not in base}
        nodes.append(NodeApply(row["space"], row["externalId"], sources=[NodeOrEdgeData(view, props)]))

    def ident(x: Any) -> Any:
        return (getattr(x, "space", None), getattr(x, "external_id", None))

    return _account(len(nodes), lambda: client.data_modeling.instances.apply(nodes), ident, lambda _: 1)


_WRITERS: dict[str, Callable[[CogniteClient, Options, pa.Table], WriteReport]] = {
    "datapoints": _write_datapoints,
    "raw": _write_raw,
    "assets": _upserter("assets", "AssetWrite"),
    "events": _upserter("events", "EventWrite"),
    "time_series": _upserter("time_series", "TimeSeriesWrite"),
    "instances": _write_instances,
}

__all__ = ["ScaleOutWriteError", "WriteReport", "write_batches"]

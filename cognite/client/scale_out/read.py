"""Reading one planned partition (on an executor / Dask worker) into pyarrow record batches.

Datapoints come from the SDK's own fetch engine (`retrieve_arrays`, all windows of a partition in one call so
they are fetched concurrently) and go from its numpy columns straight into Arrow (no Python object per point).
Listed resources, RAW rows and instances are CDF's JSON items mapped onto the declared schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from cognite.client._datapoints.aggregates import to_snake

from . import plan as p
from .schemas import RESOURCE_MODELS, TIMESTAMP, arrays_to_batch, datapoints_schema, items_to_batch, resource_schema

if TYPE_CHECKING:
    from cognite.client import CogniteClient

    from .options import Options

#: The list operation of each resource (its path comes from the generated operation index).
LIST_OPERATIONS = {
    "assets": "listAssets",
    "events": "advancedListEvents",
    "time_series": "listTimeSeries",
    "files": "advancedListFiles",
    "sequences": "advancedListSequences",
}
_LIST_PAGE = 1000
_RAW_PAGE = 10_000

RAW_SCHEMA = pa.schema(
    [
        pa.field("key", pa.string(), nullable=False),
        pa.field("lastUpdatedTime", TIMESTAMP),
        pa.field("columns", pa.string()),
    ]
)
SEQUENCE_ROWS_SCHEMA = pa.schema(
    [
        pa.field("id", pa.int64()),
        pa.field("externalId", pa.string()),
        pa.field("rowNumber", pa.int64(), nullable=False),
        pa.field("values", pa.string()),  # the row's values as a JSON array, in the sequence's column order
    ]
)
_INSTANCE_BASE = [
    pa.field("space", pa.string(), nullable=False),
    pa.field("externalId", pa.string(), nullable=False),
    pa.field("version", pa.int64()),
    pa.field("createdTime", TIMESTAMP),
    pa.field("lastUpdatedTime", TIMESTAMP),
]
_DM_TYPES: dict[str, pa.DataType] = {
    "text": pa.string(),
    "int32": pa.int64(),
    "int64": pa.int64(),
    "float32": pa.float64(),
    "float64": pa.float64(),
    "boolean": pa.bool_(),
    "timestamp": pa.string(),  # ISO 8601 text, as DM returns it
    "date": pa.string(),
}


def schema_of(options: Options, client: CogniteClient | None = None) -> pa.Schema:
    """The Arrow schema of a read (instances: from the view's properties, fetched with `client`)."""
    kind = options.type
    if kind == "datapoints":
        return datapoints_schema(options.aggregates)
    if kind in RESOURCE_MODELS:
        return resource_schema(kind)
    if kind == "raw":
        return RAW_SCHEMA
    if kind == "sequence_rows":
        return SEQUENCE_ROWS_SCHEMA
    return instances_schema(options, client or options.connection.client())


def instances_schema(options: Options, client: CogniteClient) -> pa.Schema:
    from cdf_api.operations import OPERATIONS

    view = p.view_of(options)
    res = client.post(
        OPERATIONS["byExternalIdsViews"].path,
        json={"items": [{k: view[k] for k in ("space", "externalId", "version")}]},
    )
    res.raise_for_status()
    items = res.json().get("items") or []
    if not items:
        raise ValueError(f"View {options.get('view')!r} not found")
    fields = list(_INSTANCE_BASE)
    for name, prop in sorted(items[0].get("properties", {}).items()):
        t = prop.get("type") or {}
        dtype = pa.string() if t.get("list") else _DM_TYPES.get(t.get("type", ""), pa.string())
        fields.append(pa.field(name, dtype))
    return pa.schema(fields)


def read_partition(options: Options, partition: p.Partition, schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    """The record batches of one partition, in `schema` (from `schema_of`)."""
    client = options.connection.client()
    if isinstance(partition, p.DatapointsPartition):
        yield from _read_datapoints(client, options, partition, schema)
    elif isinstance(partition, p.ListPartition):
        yield from _read_list(client, options, partition, schema)
    elif isinstance(partition, p.RawPartition):
        yield from _read_raw(client, options, partition)
    elif isinstance(partition, p.SequencePartition):
        yield from _read_sequence(client, partition)
    else:
        yield from _read_instances(client, options, partition, schema)


def _read_datapoints(
    client: CogniteClient, options: Options, partition: p.DatapointsPartition, schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    aggregates = options.aggregates
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for w in partition.windows:
        kind, ident = ("id", w.id) if w.id is not None else ("external_id", w.external_id)
        by_kind.setdefault(kind, []).append({kind: ident, "start": w.start, "end": w.end})
    extra: dict[str, Any] = {"aggregates": aggregates, "granularity": options.granularity} if aggregates else {}
    for kind, queries in by_kind.items():
        dps: Any = client.time_series.data  # {kind: queries} keywords (the overloads cannot see them)
        arrays = dps.retrieve_arrays(**{kind: queries}, **extra)
        for arr in arrays:
            if aggregates:
                cols = {a: getattr(arr, to_snake(a)) for a in aggregates}
            else:
                if arr.is_string:
                    raise TypeError(f"Series {arr.external_id or arr.id} holds strings; only numeric series are read")
                cols = {"value": arr.value}
            yield arrays_to_batch(arr.id, arr.external_id, arr.timestamp, cols, schema)


def _filter_option(options: Options) -> dict[str, Any]:
    text = options.get("filter")
    if not text:
        return {}
    try:
        flt = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"Option 'filter' must be a JSON object (CDF's list filter): {e}") from None
    if not isinstance(flt, dict):
        raise ValueError("Option 'filter' must be a JSON object (CDF's list filter)")
    return {"filter": flt}


def _pages(send: Any, base: dict[str, Any], key: str = "items") -> Iterator[list[dict[str, Any]]]:
    cursor: str | None = base.pop("cursor", None)
    while True:
        data = send({**base, **({"cursor": cursor} if cursor else {})})
        items = data.get(key) or []
        if items:
            yield items
        cursor = data.get("nextCursor")
        if not cursor:
            return


def _poster(client: CogniteClient, path: str) -> Any:
    def send(body: dict[str, Any]) -> dict[str, Any]:
        res = client.post(path, json=body)
        res.raise_for_status()
        data: dict[str, Any] = res.json()
        return data

    return send


def _read_list(
    client: CogniteClient, options: Options, partition: p.ListPartition, schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    from cdf_api.operations import OPERATIONS

    send = _poster(client, OPERATIONS[LIST_OPERATIONS[options.type]].path)
    base = {"limit": _LIST_PAGE, "partition": f"{partition.index}/{partition.count}", **_filter_option(options)}
    for items in _pages(send, base):
        yield items_to_batch(items, schema)


def _read_raw(client: CogniteClient, options: Options, partition: p.RawPartition) -> Iterator[pa.RecordBatch]:
    path = p.raw_path(options, "getRows")

    def send(params: dict[str, Any]) -> dict[str, Any]:
        res = client.get(path, params=params)
        res.raise_for_status()
        data: dict[str, Any] = res.json()
        return data

    base: dict[str, Any] = {"limit": _RAW_PAGE, **({"cursor": partition.cursor} if partition.cursor else {})}
    for items in _pages(send, base):
        rows = [
            {"key": r["key"], "lastUpdatedTime": r.get("lastUpdatedTime"), "columns": r.get("columns")} for r in items
        ]
        yield items_to_batch(rows, RAW_SCHEMA)


def _read_sequence(client: CogniteClient, partition: p.SequencePartition) -> Iterator[pa.RecordBatch]:
    from cdf_api.operations import OPERATIONS

    send = _poster(client, OPERATIONS["getSequenceData"].path)
    ident = {"id": partition.id} if partition.id is not None else {"externalId": partition.external_id}
    for page in _pages(send, {**ident, "limit": _RAW_PAGE}, key="rows"):
        rows = [
            {
                "id": partition.id,
                "externalId": partition.external_id,
                "rowNumber": r["rowNumber"],
                "values": json.dumps(r.get("values", [])),
            }
            for r in page
        ]
        yield items_to_batch(rows, SEQUENCE_ROWS_SCHEMA)


def _read_instances(
    client: CogniteClient, options: Options, partition: p.InstancesPartition, schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    from cdf_api.operations import OPERATIONS

    view = p.view_of(options)
    kind = options.get("instanceType", "node")
    body = {
        "items": [{"instanceType": kind, "space": s, "externalId": x} for s, x in partition.ids],
        "sources": [{"source": view}],
    }
    data = _poster(client, OPERATIONS["byExternalIdsInstances"].path)(body)
    key = f"{view['externalId']}/{view['version']}"
    rows = []
    for item in data.get("items") or []:
        props = (item.get("properties") or {}).get(view["space"], {}).get(key, {})
        row = {f.name: item.get(f.name) for f in _INSTANCE_BASE}
        for f in list(schema)[len(_INSTANCE_BASE) :]:
            row[f.name] = props.get(f.name)
        rows.append(row)
    yield items_to_batch(rows, schema)

"""Arrow schemas of what the Spark data source and the Dask reader return, derived from the generated models.

A resource's columns are the fields of its generated response model (`_FIT`: field name -> wire kind), in the
API's camelCase: "s" string, "i" int64, "b" bool, "n" double; `*Time` integers are timestamps (UTC, microseconds:
Spark's unit); `metadata` is a string -> string map; lists of strings / ints are lists; any other nested object
is its JSON text. Datapoint columns depend on the query (raw values or the requested aggregates).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from cognite.client._datapoints.aggregates import INT_AGGREGATES, normalize_aggregate

#: Spark's timestamp unit; Arrow batches handed to Spark must use it.
TIMESTAMP = pa.timestamp("us", tz="UTC")

#: Resource type -> the generated model of one listed item (the fields of the schema).
RESOURCE_MODELS: dict[str, str] = {
    "assets": "asset.Asset",
    "events": "event.Event",
    "time_series": "get_time_series_metadata_dto.GetTimeSeriesMetadataDTO",
    "files": "files_metadata.FilesMetadata",
    "sequences": "get_sequence_dto.GetSequenceDTO",
}

_SCALARS: dict[str, pa.DataType] = {"s": pa.string(), "i": pa.int64(), "b": pa.bool_(), "n": pa.float64()}
_METADATA = pa.map_(pa.string(), pa.string())


def _field_type(name: str, kind: Any) -> pa.DataType:
    if kind == "i" and name.endswith("Time"):
        return TIMESTAMP
    if isinstance(kind, str):
        return _SCALARS.get(kind, pa.string())
    if kind[0] == "m" and name == "metadata":
        return _METADATA
    if kind[0] == "l" and isinstance(kind[1], str) and kind[1] in _SCALARS:
        return pa.list_(_SCALARS[kind[1]])
    return pa.string()  # a nested object: its JSON text


def resource_schema(resource: str) -> pa.Schema:
    """The columns of a listed resource, from its generated model.

    Example:
        >>> resource_schema("assets").field("lastUpdatedTime").type
        TimestampType(timestamp[us, tz=UTC])
    """
    try:
        module, cls = RESOURCE_MODELS[resource].rsplit(".", 1)
    except KeyError:
        raise ValueError(f"Unknown resource type {resource!r}; expected one of {sorted(RESOURCE_MODELS)}") from None
    fit: dict[str, Any] = getattr(importlib.import_module(f"cdf_api.models.{module}"), cls)._FIT
    return pa.schema([pa.field(name, _field_type(name, kind)) for name, kind in fit.items()])


def items_to_batch(items: Sequence[dict[str, Any]], schema: pa.Schema) -> pa.RecordBatch:
    """A record batch of CDF JSON items (camelCase keys) in `schema`; unknown keys are ignored, missing ones null.

    Example:
        >>> items_to_batch([{"id": 1, "name": "a", "createdTime": 0}], resource_schema("assets")).num_rows
        1
    """
    columns = []
    for f in schema:
        values = [item.get(f.name) for item in items]
        if pa.types.is_timestamp(f.type):
            ms = pa.array(values, pa.int64())
            columns.append(pa.compute.multiply(ms, 1000).cast(f.type))
            continue
        if pa.types.is_map(f.type):
            values = [None if v is None else list(v.items()) for v in values]
        elif f.type == pa.string():
            values = [v if v is None or isinstance(v, str) else json.dumps(v, sort_keys=True) for v in values]
        columns.append(pa.array(values, f.type))
    return pa.RecordBatch.from_arrays(columns, schema=schema)


# -- datapoints ------------------------------------------------------------------------------------------------
_SERIES_COLUMNS = [pa.field("id", pa.int64()), pa.field("externalId", pa.string())]


def datapoints_schema(aggregates: Sequence[str] = ()) -> pa.Schema:
    """Raw datapoints: id, externalId, timestamp, value; with aggregates, one column per aggregate (camelCase).

    Example:
        >>> datapoints_schema(["average", "count"]).names
        ['id', 'externalId', 'timestamp', 'average', 'count']
    """
    head = [*_SERIES_COLUMNS, pa.field("timestamp", TIMESTAMP, nullable=False)]
    if not aggregates:
        return pa.schema([*head, pa.field("value", pa.float64())])
    cols = [normalize_aggregate(a) for a in aggregates]
    return pa.schema([*head, *(pa.field(a, pa.int64() if a in INT_AGGREGATES else pa.float64()) for a in cols)])


def arrays_to_batch(
    id: int | None, external_id: str | None, timestamps: np.ndarray, columns: dict[str, np.ndarray], schema: pa.Schema
) -> pa.RecordBatch:
    """A record batch of one series' numpy columns (`timestamps` datetime64 / int64 ns; `columns` by camelCase
    name), without a Python object per point: identifiers are run-end constant arrays cast to plain columns."""
    n = len(timestamps)
    ts = pa.array(np.asarray(timestamps).astype("datetime64[us]").view(np.int64), pa.int64()).cast(TIMESTAMP)
    out: list[pa.Array] = [
        pa.nulls(n, pa.int64()) if id is None else pa.array(np.full(n, id, dtype=np.int64)),
        pa.nulls(n, pa.string()) if external_id is None else pa.repeat(pa.scalar(external_id), n),
        ts,
    ]
    for f in list(schema)[3:]:
        out.append(pa.array(np.asarray(columns[f.name]), f.type, from_pandas=False))
    return pa.RecordBatch.from_arrays(out, schema=schema)

"""State time series inserts: validated `StateDatapointsInsert`s -> parts for the shared packer -> JSON bodies.

State datapoints carry `numericValue` / `stringValue` (CDF's state datapoint fields) instead of `value`, so they
are sent as JSON items `{"instanceId", "datapoints": [{"timestamp", "numericValue"?, "stringValue"?, "status"?}]}`;
chunking and per-chunk outcome accounting are the numeric inserts' (`insert.pack` / `insert.send_inserts`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .limits import MAX_STRING_BYTES

if TYPE_CHECKING:
    from cognite.client.data_classes.datapoints import StateDatapointsInsert

#: The cdf-version CDF serves state time series under (public preview); a per-call `cdf_version=` wins.
STATES_CDF_VERSION = "beta"


@dataclass(slots=True)
class StatePart:
    """State datapoints of one series in one request: wire dicts, with their timestamps as a column."""

    identifier: dict[str, Any]  # {"instanceId": {"space": .., "externalId": ..}}
    timestamp: np.ndarray  # int64 ms
    points: list[dict[str, Any]]

    def __len__(self) -> int:
        return len(self.points)

    def slice(self, a: int, b: int) -> StatePart:
        return StatePart(self.identifier, self.timestamp[a:b], self.points[a:b])


def to_state_parts(items: Sequence[StateDatapointsInsert]) -> list[StatePart]:
    """One part per series (repeated series merged: CDF rejects an instance id twice in one request), validated."""
    merged: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in items:
        node = item.instance_id
        key = (node[0], node[1]) if isinstance(node, tuple) else (node.space, node.external_id)
        merged.setdefault(key, []).extend(w.dump() for w in item._writes())
    parts = []
    for (space, xid), points in merged.items():
        ident = {"instanceId": {"space": space, "externalId": xid}}
        ts = np.fromiter((p["timestamp"] for p in points), np.int64, len(points))  # range-checked by `to_ms`
        for p in points:
            s = p.get("stringValue")
            if s is not None and len(s) > MAX_STRING_BYTES // 4 and len(s.encode()) > MAX_STRING_BYTES:
                raise ValueError(f"String state values of {ident} exceed {MAX_STRING_BYTES} UTF-8 bytes")
        if points:
            parts.append(StatePart(ident, ts, points))
    return parts


def encode_state_request(parts: list[StatePart]) -> bytes:
    """The JSON body of one insert request.

    >>> encode_state_request([StatePart({"instanceId": {"space": "s", "externalId": "x"}}, np.array([1]),
    ...                                 [{"timestamp": 1, "numericValue": 0}])])
    b'{"items":[{"instanceId":{"space":"s","externalId":"x"},"datapoints":[{"timestamp":1,"numericValue":0}]}]}'
    """
    items = [{**p.identifier, "datapoints": p.points} for p in parts]
    return json.dumps({"items": items}, separators=(",", ":"), ensure_ascii=False).encode()

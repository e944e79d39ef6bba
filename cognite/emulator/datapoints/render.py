"""List replies as JSON (DatapointsOrAggregatesResponse) or protobuf (DataPointListResponse)."""

from __future__ import annotations

from typing import Any

import numpy as np

from cognite.emulator.datapoints import wire
from cognite.emulator.datapoints.retrieve import ItemResult, json_value
from cognite.emulator.datapoints.store import status_json


def to_json(results: list[ItemResult]) -> dict[str, Any]:
    items = []
    for r in results:
        item = r.ref.header()
        if r.next_cursor is not None:
            item["nextCursor"] = r.next_cursor
        item["datapoints"] = _json_aggregates(r) if r.agg is not None else _json_raw(r)
        items.append(item)
    return {"items": items}


def _json_raw(r: ItemResult) -> list[dict[str, Any]]:
    assert r.values is not None
    ts = r.ts.tolist()
    if r.ref.is_string:
        values = list(r.values)
    else:
        values = r.values.tolist()
        if not np.isfinite(r.values).all():
            values = [json_value(v) for v in values]
    points = [{"timestamp": t, "value": v} for t, v in zip(ts, values, strict=True)]
    if r.status is not None:
        for p, code in zip(points, r.status.tolist(), strict=True):
            if code:
                p["status"] = status_json(code)
    return points


def _json_aggregates(r: ItemResult) -> list[dict[str, Any]]:
    assert r.agg is not None
    points: list[dict[str, Any]] = [{"timestamp": t} for t in r.ts.tolist()]
    for name, col in r.agg.columns.items():
        for p, v in zip(points, col.tolist(), strict=True):
            if v == v:  # NaN: undefined in this bucket
                p[name] = int(v) if name.startswith("count") else v
    for name, (ets, evs) in r.agg.extreme_points.items():
        for p, t, v in zip(points, ets.tolist(), evs.tolist(), strict=True):
            p[name] = {"timestamp": t, "value": v}
    return points


def to_protobuf(results: list[ItemResult]) -> bytes:
    """DataPointListResponse as one bytes object."""
    return b"".join(to_protobuf_parts(results))


def to_protobuf_parts(results: list[ItemResult]) -> list[wire.Buffer]:
    """DataPointListResponse as consecutive buffers: big point payloads stay views of the encoded (and cached)
    arrays, small pieces are merged, so a reply can be sent without copying its points again."""
    parts: list[wire.Buffer] = []
    for r in results:
        ref = r.ref
        head = wire.field_varint(1, ref.id) + wire.field_str(2, ref.external_id)
        payload_parts: list[wire.Buffer] | None = None
        if r.source is not None:
            data, lo, hi = r.source
            field, payload_parts = 3, data.encoded.page(data.ts, data.values, lo, hi)
            payload: wire.Buffer = b""
        elif r.agg is not None:
            field, payload = 5, _proto_aggregates(r)
        elif r.status is not None:
            assert r.values is not None
            field, payload = 4 if ref.is_string else 3, wire.encode_status_points(r.ts, r.values, r.status, ref.is_string)  # fmt: skip
        elif ref.is_string:
            assert r.values is not None
            field, payload = 4, wire.encode_string_points(r.ts, r.values)
        else:
            assert r.values is not None
            field, payload = 3, wire.encode_numeric_points(r.ts, r.values)
        tail = (
            wire.field_varint(6, int(ref.is_string))
            + wire.field_varint(7, int(ref.is_step))
            + wire.field_str(8, ref.unit)
            + wire.field_str(9, r.next_cursor)
            + wire.field_str(10, ref.unit_external_id)
        )
        if ref.instance_id is not None:
            inst = wire.field_str(1, ref.instance_id.get("space")) + wire.field_str(
                2, ref.instance_id.get("externalId")
            )
            tail += wire.field_bytes(11, inst)
        if payload_parts is None:
            payload_parts = [payload]
        payload_len = sum(len(p) for p in payload_parts)
        points_head = wire.varint(field << 3 | 2) + wire.varint(payload_len)
        size = len(head) + len(points_head) + payload_len + len(tail)
        parts += [b"\x0a", wire.varint(size), head, points_head, *payload_parts, tail]
    return _coalesce(parts)


def _coalesce(parts: list[wire.Buffer], small: int = 1 << 16) -> list[wire.Buffer]:
    out: list[wire.Buffer] = []
    pending: list[wire.Buffer] = []
    for part in parts:
        if len(part) >= small:
            if pending:
                out.append(b"".join(pending))
                pending = []
            out.append(part)
        elif len(part):
            pending.append(part)
    if pending or not out:
        out.append(b"".join(pending))
    return out


def _proto_aggregates(r: ItemResult) -> wire.Buffer:
    assert r.agg is not None
    if r.agg.encoded is not None:
        return r.agg.encoded  # sliced from the rollup's encoding
    if not r.agg.extreme_points:
        return wire.encode_aggregate_points(r.ts, r.agg.columns)
    # min/maxDatapoint are nested messages: rare enough to build through the upb classes.
    from cdf_api.protobuf import data_points_pb2 as pb

    msg = pb.AggregateDatapoints()
    for i, t in enumerate(r.ts.tolist()):
        dp = msg.datapoints.add(timestamp=t)
        for name, col in r.agg.columns.items():
            if col[i] == col[i]:
                setattr(dp, name, float(col[i]))
        for name, (ets, evs) in r.agg.extreme_points.items():
            sub = getattr(dp, name)
            sub.timestamp, sub.value = int(ets[i]), float(evs[i])
    return msg.SerializeToString()

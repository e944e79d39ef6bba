"""Datapoint subscriptions: members named explicitly (external ids, instance ids) or by a time series filter
(re-evaluated whenever a series is created, changed or deleted), partitions, and `/data/list` reporting every
datapoint change of the members once, in ingestion order, through per-partition cursors (`subscription_log`).

The datapoints service tells this service of its writes through its `listener` slot, which is set only while a
subscription exists: datapoint writes cost nothing more without one.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

import numpy as np
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.client._spec_facts import limit_max_at
from cognite.emulator.datapoints.timespec import parse_time
from cognite.emulator.filters import compile_advanced
from cognite.emulator.http import CDFError, json_response, read_json
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource, check_limit, endpoint
from cognite.emulator.resources.subscription_log import Entry, ReadOptions, Stream, read
from cognite.emulator.store import Item, offset_page

if TYPE_CHECKING:
    from cognite.emulator.datapoints.insert import InsertItem
    from cognite.emulator.datapoints.refs import TimeSeriesRef

# Facts the spec states in prose only (SubscriptionsCreateRequestItemsItem / the API documentation).
MAX_PARTITIONS = 100
MAX_INITIAL_MEMBERS = 100
MAX_MEMBERS = 10_000
MAX_POLL_SECONDS = 60
_DATA_PATH = "/timeseries/subscriptions/data/list"


_DATA_LIMIT_MAX = limit_max_at("POST", _DATA_PATH)
_MEMBERS_LIMIT_MAX = limit_max_at("GET", "/timeseries/subscriptions/members")
_EXPLICIT = ("timeSeriesIds", "instanceIds")


class DatapointSubscriptions(Resource):
    name = "datapoint_subscriptions"
    path = "/timeseries/subscriptions"
    label = "Subscription"
    key_field = "externalId"
    required = ("externalId", "partitionCount")
    operations = frozenset({"create", "byids", "get_list", "update", "delete"})
    updates = {
        "name": "set",
        "description": "set",
        "dataSetId": "set",
        "filter": "custom",
        "timeSeriesIds": "custom",
        "instanceIds": "custom",
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.streams: dict[str, Stream] = {}

    # -- definition -------------------------------------------------------------------------------------------
    def prepare(self, item: Item) -> Item:
        count = item["partitionCount"]
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_PARTITIONS:
            raise CDFError(400, f"partitionCount must be an integer between 1 and {MAX_PARTITIONS}")
        explicit = [f for f in _EXPLICIT if f in item]
        if bool(explicit) == ("filter" in item):
            raise CDFError(400, "A subscription needs exactly one of filter or timeSeriesIds/instanceIds")
        if "filter" in item:
            compile_advanced(item["filter"])  # 400 for a malformed filter
        size = sum(len(self._refs(item, f)) for f in explicit)
        if size > MAX_INITIAL_MEMBERS:
            raise CDFError(400, f"A subscription can be created with at most {MAX_INITIAL_MEMBERS} time series")
        return item

    def _refs(self, item: Item, field: str) -> list[Any]:
        refs = item.get(field) or []
        if not isinstance(refs, list):
            raise CDFError(400, f"{field} must be a list")
        return refs

    def custom_update(self, item: Item, field: str, op: dict[str, Any]) -> None:
        if field == "filter":
            if "filter" not in item:
                raise CDFError(400, "The filter of a subscription defined by a list of time series cannot be set")
            if "set" not in op:
                raise CDFError(400, "filter takes a set operation")
            compile_advanced(op["set"])
            item["filter"] = op["set"]
            return
        if "filter" in item:
            raise CDFError(400, f"{field} cannot be updated on a subscription defined by a filter")
        current = list(item.get(field) or [])
        if "set" in op:
            current = list(op["set"] or [])
        for ref in op.get("add") or []:
            if ref not in current:
                current.append(ref)
        remove = op.get("remove") or []
        current = [r for r in current if r not in remove]
        item[field] = current
        if sum(len(item.get(f) or []) for f in _EXPLICIT) > MAX_MEMBERS:
            raise CDFError(400, f"A subscription can hold at most {MAX_MEMBERS} time series")

    def render(self, item: Item) -> Item:
        out = {k: v for k, v in item.items() if k not in _EXPLICIT}
        stream = self.streams.get(item["externalId"])
        out["timeSeriesCount"] = len(stream.members) if stream is not None else 0
        return out

    def after_insert(self, item: Item) -> None:
        stream = self.streams[item["externalId"]] = Stream(item["partitionCount"])
        stream.set_members(self._members(item))
        self._listen()

    def after_update(self, old: Item, new: Item) -> None:
        self.streams[new["externalId"]].set_members(self._members(new))

    def after_delete(self, item: Item) -> None:
        self.streams.pop(item["externalId"], None)
        self._listen()

    def reset(self) -> None:
        super().reset()
        self.streams.clear()
        self._listen()

    def _listen(self) -> None:
        datapoints = self.emu.datapoints
        if datapoints is not None:
            datapoints.listener = self if self.streams else None

    # -- membership -------------------------------------------------------------------------------------------
    def _series(self) -> Any:
        return self.emu.resource("timeseries")

    def _members(self, sub: Item) -> dict[int, dict[str, Any]]:
        series = self._series()
        if "filter" in sub:
            pred = compile_advanced(sub["filter"])
            found = (i for i in series.store.items.values() if pred is None or pred(i))
        else:
            refs = [{"externalId": x} for x in sub.get("timeSeriesIds") or []]
            refs += [{"instanceId": x} for x in sub.get("instanceIds") or []]
            found = (i for i in series.lookup(refs, ignore_unknown=True))
        return {i["id"]: _series_json(i) for i in found}

    def _is_member(self, sub: Item, ts: Item) -> bool:
        if "filter" in sub:
            pred = compile_advanced(sub["filter"])
            return pred is None or pred(ts)
        return ts.get("externalId") in (sub.get("timeSeriesIds") or ()) or (
            ts.get("instanceId") is not None and ts["instanceId"] in (sub.get("instanceIds") or ())
        )

    def series_changed(self, old: Item | None, new: Item | None) -> None:
        """A time series was created (old None), updated or deleted (new None): filters and lists re-evaluated."""
        now = now_ms()
        for xid, stream in self.streams.items():
            sub = self.store.items[xid]
            ts_id = (new or old or {})["id"]
            member = new is not None and self._is_member(sub, new)
            if member and ts_id not in stream.members:
                stream.members[ts_id] = _series_json(new)  # type: ignore[arg-type]
                stream.log(ts_id).append(Entry(now, "added", stream.members[ts_id]))
            elif not member and ts_id in stream.members:
                stream.log(ts_id).append(Entry(now, "removed", stream.members.pop(ts_id)))
            elif member:
                stream.members[ts_id] = _series_json(new)  # type: ignore[arg-type]

    # -- datapoint changes (the datapoints service's listener) --------------------------------------------------
    def datapoints_inserted(self, items: list[InsertItem], refs: list[TimeSeriesRef]) -> None:
        now = now_ms()
        for stream in self.streams.values():
            for it, ref in zip(items, refs, strict=True):
                series = stream.members.get(ref.id)
                if series is None or not len(it.ts):
                    continue
                values: Any = it.values
                if ref.is_string and isinstance(values, np.ndarray):
                    values = values.tolist()
                stream.log(ref.id).append(Entry(now, "data", series, ts=it.ts, values=values, status=it.status))

    def datapoints_deleted(self, ranges: list[tuple[TimeSeriesRef, int, int]]) -> None:
        now = now_ms()
        for stream in self.streams.values():
            for ref, begin, end in ranges:
                series = stream.members.get(ref.id)
                if series is not None:
                    deletes = [{"inclusiveBegin": begin, "exclusiveEnd": end}]
                    stream.log(ref.id).append(Entry(now, "data", series, deletes=deletes))

    # -- routes -----------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        return [
            Route(self.path + "/members", endpoint(self.emu, self.handle_members), methods=["GET"]),
            Route(_DATA_PATH, self.handle_data, methods=["POST"]),
            *super().routes(),
        ]

    def _subscription(self, xid: Any) -> Item:
        sub = self.store.items.get(xid) if isinstance(xid, str) else None
        if sub is None:
            raise CDFError(400, "Subscription not found", missing=[{"externalId": xid}])
        return sub

    def handle_members(self, query: dict[str, Any], _req: Request) -> Any:
        sub = self._subscription(query.get("externalId"))
        limit = check_limit(query.get("limit"), 100, _MEMBERS_LIMIT_MAX)
        listed: list[dict[str, Any]]
        if "filter" in sub:
            members = sorted(self.streams[sub["externalId"]].members.values(), key=lambda s: s["id"])
            listed = [{k: s[k] for k in ("id", "externalId", "instanceId") if k in s} for s in members]
        else:
            series = self._series()
            listed = []
            for field, key in (("timeSeriesIds", "externalId"), ("instanceIds", "instanceId")):
                for ref in sub.get(field) or []:
                    found = series.get({key: ref})
                    entry: dict[str, Any] = {key: ref}
                    if found is not None:
                        entry = {k: found[k] for k in ("id", "externalId", "instanceId") if k in found}
                    listed.append(entry)
        page, cursor = offset_page(listed, limit, query.get("cursor"))
        out: dict[str, Any] = {"items": page}
        if cursor is not None:
            out["nextCursor"] = cursor
        return out

    async def handle_data(self, request: Request) -> Response:
        body = await read_json(request)
        timeout = check_limit(body.get("pollTimeoutSeconds"), 5, MAX_POLL_SECONDS, minimum=0)
        deadline = time.monotonic() + timeout
        while True:
            with self.emu.lock:
                reply, has_data = self._data(body)
            if has_data or time.monotonic() >= deadline:
                return json_response(reply)
            await asyncio.sleep(0.02)  # long poll: other requests (the writes awaited) are served meanwhile

    def _data(self, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        sub = self._subscription(body.get("externalId"))
        stream = self.streams[sub["externalId"]]
        limit = check_limit(body.get("limit"), 100, _DATA_LIMIT_MAX)
        parts = body.get("partitions")
        if not isinstance(parts, list) or not parts:
            raise CDFError(400, "partitions must be a non-empty list of {index, cursor}")
        opts = ReadOptions(
            include_status=bool(body.get("includeStatus", False)),
            ignore_bad=bool(body.get("ignoreBadDataPoints", True)),
            uncertain_as_bad=bool(body.get("treatUncertainAsBad", True)),
        )
        init = body.get("initializeCursors")
        starts: list[tuple[int, int]] = []
        for part in parts:
            index = part.get("index") if isinstance(part, dict) else None
            if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(stream.partitions):
                raise CDFError(400, f"Partition index must be between 0 and {len(stream.partitions) - 1}")
            if index in (i for i, _ in starts):
                raise CDFError(400, f"Partition {index} given more than once")
            log = stream.partitions[index]
            if part.get("cursor"):
                start = stream.position(index, part["cursor"])
            elif init is None:
                start = log.offset
            elif init == "now":
                start = log.end
            else:
                start = log.position_at(parse_time(init, "initializeCursors"))
            starts.append((index, start))
        updates: list[dict[str, Any]] = []
        changes: dict[str, list[dict[str, Any]]] = {"added": [], "removed": []}
        out_parts = []
        has_next = moved_on = False
        share = max(1, limit // len(starts))
        for index, start in starts:
            got, moved, position = read(stream.partitions[index], start, share, opts)
            updates += got
            changes["added"] += moved["added"]
            changes["removed"] += moved["removed"]
            has_next = has_next or position < stream.partitions[index].end
            moved_on = moved_on or position != start
            out_parts.append({"index": index, "nextCursor": stream.cursor(index, position)})
        reply: dict[str, Any] = {"updates": updates, "partitions": out_parts, "hasNext": has_next}
        if changes["added"] or changes["removed"]:
            reply["subscriptionChanges"] = changes
        return reply, moved_on

    def load(self, data: Any) -> None:
        """Subscriptions come back; their change logs (in memory only) start afresh."""
        self.streams.clear()
        super().load(data)


def _series_json(ts: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ts["id"]}
    for key in ("externalId", "instanceId"):
        if ts.get(key) is not None:
            out[key] = ts[key]
    out["isString"] = bool(ts.get("isString"))
    out["type"] = "string" if ts.get("isString") else "numeric"
    return out

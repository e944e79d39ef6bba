"""Streams and their records (service name "streams"): `/streams` and `/streams/{streamId}/records/...`.

A stream is created from a template, which fixes its type (mutable or immutable), lifecycle and limits; the
templates below are those CDF documents, with the emulator's own limit values. Deleting a stream removes it and
its records at once (CDF keeps it soft-deleted; the emulator does not hold the identifier back). Record
semantics live in `records.py`, aggregates in `records_aggregate.py`. Item limits are read from the pinned spec.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.dms.records import StreamRecords
from cognite.emulator.dms.records_aggregate import aggregate
from cognite.emulator.dms.spec_rules import rules
from cognite.emulator.http import CDFError, json_response
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import check_items, endpoint

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

Item = dict[str, Any]
STREAM_ID = re.compile(r"^[a-z]([a-z0-9_-]{0,98}[a-z0-9])?$")
# template -> (type, lifecycle, limits): the emulator's values (CDF's depend on the subscription)
TEMPLATES: dict[str, tuple[str, Item, Item]] = {
    "ImmutableTestStream": (
        "Immutable",
        {"dataDeletedAfter": "P7D", "retainedAfterSoftDelete": "PT24H"},
        {"maxRecordsTotal": 5_000_000, "maxGigaBytesTotal": 5, "maxFilteringInterval": "P7D"},
    ),
    "BasicArchive": (
        "Immutable",
        {"retainedAfterSoftDelete": "P6W"},
        {"maxRecordsTotal": 1_000_000_000, "maxGigaBytesTotal": 1000, "maxFilteringInterval": "P366D"},
    ),
    "MutableTestStream": (
        "Mutable",
        {"retainedAfterSoftDelete": "PT24H"},
        {"maxRecordsTotal": 1_000_000, "maxGigaBytesTotal": 1},
    ),
    "BasicLiveData": (
        "Mutable",
        {"retainedAfterSoftDelete": "P6W"},
        {"maxRecordsTotal": 5_000_000, "maxGigaBytesTotal": 50},
    ),
}
RECORDS = "/streams/{streamId}/records"


def _settings(template: str) -> Item:
    _type, lifecycle, limits = TEMPLATES[template]
    out: Item = {k: {"provisioned": v} for k, v in limits.items() if k != "maxFilteringInterval"}
    if "maxFilteringInterval" in limits:
        out["maxFilteringInterval"] = limits["maxFilteringInterval"]
    return {"lifecycle": dict(lifecycle), "limits": out}


def _stream_id(value: Any) -> str:
    if not isinstance(value, str) or not STREAM_ID.match(value):
        raise CDFError(400, f"Invalid stream externalId {value!r}: it must match {STREAM_ID.pattern}")
    return value


class Streams:
    """Streams (read form) and each stream's records."""

    name = "streams"

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.streams: dict[str, Item] = {}
        self.records: dict[str, StreamRecords] = {}

    @property
    def instances(self) -> Any:
        return self.emu.resource("dms_instances")

    # -- service protocol -----------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.streams.clear()
        self.records.clear()

    def dump(self) -> Any:
        return {"streams": list(self.streams.values()), "records": {k: r.dump() for k, r in self.records.items()}}

    def load(self, data: Any) -> None:
        self.reset()
        for stream in data["streams"]:
            self.streams[stream["externalId"]] = stream
            store = self.records[stream["externalId"]] = StreamRecords(self.instances, stream["type"] == "Mutable")
            store.load(data["records"][stream["externalId"]])

    def routes(self) -> list[BaseRoute]:
        e = self.emu
        table: list[tuple[str, str, Any, int]] = [
            ("/streams", "POST", self.create, 201),
            ("/streams", "GET", self.list, 200),
            ("/streams/delete", "POST", self.delete, 200),
            ("/streams/{streamId}", "GET", self.retrieve, 200),
            ("/streams/{streamId}", "DELETE", self.delete_deprecated, 410),
            (RECORDS, "POST", self.ingest, 202),
            (RECORDS + "/upsert", "POST", self.upsert, 202),
            (RECORDS + "/delete", "POST", self.delete_records, 200),
            (RECORDS + "/filter", "POST", self.filter, 200),
            (RECORDS + "/aggregate", "POST", self.aggregate, 200),
            (RECORDS + "/sync", "POST", self.sync, 200),
        ]
        return [Route(path, endpoint(e, fn, status), methods=[method]) for path, method, fn, status in table]

    # -- streams --------------------------------------------------------------------------------------------------
    def create(self, body: Item, _req: Request) -> Any:
        (item,) = check_items(body, rules().items_max("POST", "/streams"))
        if not isinstance(item, dict):
            raise CDFError(400, "Each stream must be an object with externalId and settings")
        xid = _stream_id(item.get("externalId"))
        template = ((item.get("settings") or {}).get("template") or {}).get("name")
        if template not in TEMPLATES:
            raise CDFError(400, f"Unknown stream template {template!r}; known: {', '.join(TEMPLATES)}")
        if xid in self.streams:
            raise CDFError(409, f"Stream {xid!r} already exists", duplicated=[{"externalId": xid}])
        stream = {
            "externalId": xid,
            "createdTime": now_ms(),
            "createdFromTemplate": template,
            "type": TEMPLATES[template][0],
            "settings": _settings(template),
        }
        self.streams[xid] = stream
        self.records[xid] = StreamRecords(self.instances, stream["type"] == "Mutable")
        return {"items": [stream]}

    def list(self, _query: Item, _req: Request) -> Any:
        return {"items": list(self.streams.values())}

    def _stream(self, req: Request) -> tuple[str, Item]:
        xid = req.path_params["streamId"]
        if xid not in self.streams:
            raise CDFError(404, f"Stream {xid!r} does not exist")
        return xid, self.streams[xid]

    def retrieve(self, query: Item, req: Request) -> Any:
        xid, stream = self._stream(req)
        flag = query.get("includeStatistics")
        if flag not in (None, "true", "false"):
            raise CDFError(400, f"includeStatistics must be true or false, got {flag!r}")
        if flag != "true":
            return stream
        count, gigabytes = self.records[xid].statistics()
        limits = stream["settings"]["limits"]
        consumed = {
            "maxRecordsTotal": {**limits["maxRecordsTotal"], "consumed": count},
            "maxGigaBytesTotal": {**limits["maxGigaBytesTotal"], "consumed": gigabytes},
        }
        return {**stream, "settings": {**stream["settings"], "limits": {**limits, **consumed}}}

    def delete(self, body: Item, _req: Request) -> Any:
        items = check_items(body, rules().items_max("POST", "/streams/delete"))
        ids = [_stream_id(i.get("externalId") if isinstance(i, dict) else None) for i in items]
        missing = [x for x in ids if x not in self.streams]
        if missing:
            raise CDFError(400, "Streams do not exist", missing=[{"externalId": x} for x in missing])
        for xid in ids:
            del self.streams[xid]
            del self.records[xid]
        return {}

    def delete_deprecated(self, _query: Item, _req: Request) -> Any:
        return {"error": {"code": 410, "message": "DELETE /streams/{streamId} is gone: use POST /streams/delete"}}

    # -- records --------------------------------------------------------------------------------------------------
    def _records(self, req: Request) -> StreamRecords:
        return self.records[self._stream(req)[0]]

    def ingest(self, body: Item, req: Request) -> Any:
        store = self._records(req)
        partial = store.ingest(check_items(body, rules().items_max("POST", RECORDS)))
        return {} if partial is None else json_response(partial, status_code=409)

    def upsert(self, body: Item, req: Request) -> Any:
        store = self._records(req)
        store.upsert(check_items(body, rules().items_max("POST", RECORDS + "/upsert")))
        return {}

    def delete_records(self, body: Item, req: Request) -> Any:
        store = self._records(req)
        store.delete(check_items(body, rules().items_max("POST", RECORDS + "/delete")))
        return {}

    def filter(self, body: Item, req: Request) -> Any:
        return self._records(req).filter(body)

    def sync(self, body: Item, req: Request) -> Any:
        xid, _stream = self._stream(req)
        return self.records[xid].sync(body, xid)

    def aggregate(self, body: Item, req: Request) -> Any:
        return aggregate(self._records(req), body)

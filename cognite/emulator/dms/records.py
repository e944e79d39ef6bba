"""The records of one stream: ingest / upsert / delete, filter and the sync change feed.

A record is stored as {space, externalId, createdTime, lastUpdatedTime, data: {(container space, container
externalId): {property: value}}} (the instances' layout, so DMS's filter compiler reads it through the instances
service as resolver). Mutable streams key records by (space, externalId); immutable ones keep every record (the
same identifier may repeat) and discard exact duplicates. Every write appends to the feed; sync serves a record
once, in its latest state, from the position in its cursor, and a deleted record as a tombstone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cognite.emulator.datapoints.timespec import parse_time
from cognite.emulator.dms.filters import compile_filter, getter, sort_key
from cognite.emulator.dms.instances_values import value_check
from cognite.emulator.dms.query import decode, encode
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms

if TYPE_CHECKING:
    from cognite.emulator.dms.instances import Instances

Item = dict[str, Any]
Record = dict[str, Any]
Key = tuple[str, str]
TOP_LEVEL = ("space", "externalId", "createdTime", "lastUpdatedTime")
MAX_SOURCES_PER_RECORD = 100
MAX_SORT = 5
LIMIT_DEFAULT = 10  # LimitWithDefault10
LIMIT_MAX = 1000
SYNC_INIT = re.compile(r"^\d+(ms|s|m|h|d|w)-ago$")
_XID = re.compile(r"^[^\x00]{1,256}$")
_SPACE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_-]{0,41}[a-zA-Z0-9]?$")


def check_limit(value: Any, default: int, maximum: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= maximum:
        raise CDFError(400, f"limit must be an integer between 1 and {maximum}, got {value!r}")
    return value


def record_property(ref: Any) -> list[str]:
    """A records property reference in DMS form: ["space"] -> ["node", "space"]; [space, container, prop] as is."""
    if isinstance(ref, list) and len(ref) == 1 and ref[0] in TOP_LEVEL:
        return ["node", ref[0]]
    if isinstance(ref, list) and len(ref) == 3 and all(isinstance(p, str) for p in ref):
        return list(ref)
    raise CDFError(
        400, f"Invalid record property reference {ref!r}: use [{'|'.join(TOP_LEVEL)}] or [space, container, property]"
    )


def translate_filter(flt: Any) -> Any:
    """A records filter in DMS form (property references rewritten, everything else as is)."""
    if isinstance(flt, list):
        return [translate_filter(f) for f in flt]
    if not isinstance(flt, dict):
        return flt
    out: Item = {}
    for key, value in flt.items():
        if key in ("property", "startProperty", "endProperty") and isinstance(value, list):
            out[key] = record_property(value)
        elif key == "hasData" and isinstance(value, list):
            out[key] = [
                {"type": "container", **{k: v for k, v in r.items() if k != "type"}} if isinstance(r, dict) else r
                for r in value
            ]
        elif key in ("instanceReferences", "nested", "overlaps"):
            raise CDFError(400, f"The {key} filter is not available for records")
        else:
            out[key] = translate_filter(value)
    return out


def time_range(body: Item, required: bool) -> Callable[[Record], bool]:
    """The lastUpdatedTime filter of a request (required on immutable streams)."""
    raw = body.get("lastUpdatedTime")
    if raw is None:
        if required:
            raise CDFError(400, "lastUpdatedTime is required when reading an immutable stream")
        return lambda _r: True
    if not isinstance(raw, dict) or not raw or set(raw) - {"gt", "gte", "lt", "lte"}:
        raise CDFError(400, "lastUpdatedTime must be an object with gt, gte, lt and/or lte")
    if required and not ({"gt", "gte"} & set(raw)):
        raise CDFError(400, "lastUpdatedTime needs a lower bound (gt or gte) on an immutable stream")
    bounds = {k: parse_time(v, f"lastUpdatedTime.{k}") for k, v in raw.items()}
    checks = {"gt": int.__gt__, "gte": int.__ge__, "lt": int.__lt__, "lte": int.__le__}
    return lambda r: all(checks[k](r["lastUpdatedTime"], v) for k, v in bounds.items())


class StreamRecords:
    """The records of one stream (state) and what the record endpoints do with them."""

    def __init__(self, svc: Instances, mutable: bool) -> None:
        self.svc = svc
        self.mutable = mutable
        self.records: dict[int, Record] = {}  # internal id -> record
        self.by_key: dict[Key, int] = {}  # mutable streams: identifier -> internal id
        self.feed: list[tuple[int, int]] = []  # (internal id, time) per write, in order
        self.last: dict[int, int] = {}  # internal id -> its latest position in the feed
        self.tombstones: dict[int, Record] = {}
        self.next_id = 0

    # -- persistence ------------------------------------------------------------------------------------------
    def dump(self) -> Item:
        def rec(r: Record) -> Item:
            return {**r, "data": [[list(c), p] for c, p in r["data"].items()]}

        return {
            "records": [[i, rec(r)] for i, r in self.records.items()],
            "tombstones": [[i, rec(r)] for i, r in self.tombstones.items()],
            "feed": self.feed,
            "nextId": self.next_id,
        }

    def load(self, data: Item) -> None:
        def rec(r: Item) -> Record:
            return {**r, "data": {(c[0], c[1]): p for c, p in r["data"]}}

        self.records = {i: rec(r) for i, r in data["records"]}
        self.tombstones = {i: rec(r) for i, r in data["tombstones"]}
        self.feed = [(i, t) for i, t in data["feed"]]
        self.last = {i: pos for pos, (i, _t) in enumerate(self.feed)}
        self.next_id = data["nextId"]
        if self.mutable:
            self.by_key = {(r["space"], r["externalId"]): i for i, r in self.records.items()}

    # -- writes -----------------------------------------------------------------------------------------------
    def _append(self, rid: int, now: int) -> None:
        self.last[rid] = len(self.feed)
        self.feed.append((rid, now))

    def _checked(self, item: Any) -> Record:
        if not isinstance(item, dict):
            raise CDFError(400, "Each record must be an object with space, externalId and sources")
        space, xid, sources = item.get("space"), item.get("externalId"), item.get("sources")
        if not isinstance(space, str) or not _SPACE.match(space):
            raise CDFError(400, f"Invalid record space {space!r}")
        if self.svc.schema.space(space) is None:
            raise CDFError(400, f"Space {space!r} does not exist")
        if not isinstance(xid, str) or not _XID.match(xid):
            raise CDFError(400, f"Invalid record externalId {xid!r}")
        if not isinstance(sources, list) or not 1 <= len(sources) <= MAX_SOURCES_PER_RECORD:
            raise CDFError(400, f"Record {space}:{xid}: sources must list 1 to {MAX_SOURCES_PER_RECORD} containers")
        data: dict[Key, Item] = {}
        for src in sources:
            for key, values in self._source_data(space, xid, src):
                data.setdefault(key, {}).update(values)
        return {"space": space, "externalId": xid, "data": data}

    def _source_data(self, space: str, xid: str, src: Any) -> list[tuple[Key, Item]]:
        """The container data of one source: a record container, or a view mapping record containers."""
        where = f"Record {space}:{xid}"
        ref = src.get("source") if isinstance(src, dict) else None
        props = src.get("properties") if isinstance(src, dict) else None
        if not isinstance(ref, dict) or ref.get("type", "container") not in ("container", "view"):
            raise CDFError(400, f"{where}: each source needs a container or view reference")
        if not isinstance(props, dict) or not props:
            raise CDFError(400, f"{where}: each source needs at least one property value")
        if ref.get("type") != "view":
            return [self._container_data(where, ref, props)]
        view = self.svc.view(ref)  # 400 for a view that does not exist
        groups: dict[Key, Item] = {}
        for name, value in props.items():
            vprop = (view.get("properties") or {}).get(name)
            if vprop is None or "container" not in vprop:
                raise CDFError(400, f"{where}: view {view['externalId']}/{view['version']} maps no property {name!r}")
            c = vprop["container"]
            groups.setdefault((c["space"], c["externalId"]), {})[vprop["containerPropertyIdentifier"]] = value
        return [self._container_data(where, {"space": k[0], "externalId": k[1]}, v) for k, v in groups.items()]

    def _container_data(self, where: str, ref: Item, props: Item) -> tuple[Key, Item]:
        container = self.svc.schema.container(ref.get("space"), ref.get("externalId"))
        if container is None:
            raise CDFError(400, f"{where}: container {ref.get('space')}:{ref.get('externalId')} does not exist")
        key = (container["space"], container["externalId"])
        if container.get("usedFor") != "record":
            raise CDFError(400, f"{where}: container {key[0]}:{key[1]} is not usedFor record")
        definitions = container["properties"]
        unknown = sorted(set(props) - set(definitions))
        if unknown:
            raise CDFError(400, f"{where}: container {key[0]}:{key[1]} has no properties {unknown}")
        values = {name: value_check(name, definitions[name])(value) for name, value in props.items()}
        for name, definition in definitions.items():
            if name not in values and definition.get("defaultValue") is not None:
                values[name] = definition["defaultValue"]
            elif name not in values and definition.get("nullable") is False:
                raise CDFError(400, f"{where}: required property {name!r} of {key[0]}:{key[1]} is missing")
        return key, values

    def _check_batch(self, items: list[Any]) -> list[Record]:
        records = [self._checked(item) for item in items]
        if self.mutable:
            keys = [(r["space"], r["externalId"]) for r in records]
            dupes = sorted({k for k in keys if keys.count(k) > 1})
            if dupes:
                raise CDFError(
                    422,
                    "Duplicate records in the request",
                    duplicated=[{"externalId": f"{s}.{x}"} for s, x in dupes],
                )
        return records

    def ingest(self, items: list[Any]) -> Item | None:
        """Create records; for mutable streams existing identifiers fail (a partial success: 409 with `partial`)."""
        records = self._check_batch(items)
        now = now_ms()
        results: list[Item] = []
        conflict = False
        for r in records:
            key = (r["space"], r["externalId"])
            if self.mutable and key in self.by_key:
                conflict = True
                results.append({"space": key[0], "externalId": key[1], "code": 409, "message": "Record already exists"})
                continue
            if not self.mutable and self._is_duplicate(r):
                results.append({"space": key[0], "externalId": key[1], "code": 202})
                continue
            self._store(r, now, created=now)
            results.append({"space": key[0], "externalId": key[1], "code": 202})
        if conflict:
            return {"error": {"code": 409, "message": "Some records already exist", "partial": results}}
        return None

    def _is_duplicate(self, r: Record) -> bool:
        return any(
            o["space"] == r["space"] and o["externalId"] == r["externalId"] and o["data"] == r["data"]
            for o in self.records.values()
        )

    def _store(self, r: Record, now: int, created: int) -> None:
        key = (r["space"], r["externalId"])
        rid = self.by_key.get(key) if self.mutable else None
        if rid is None:
            rid = self.next_id
            self.next_id += 1
            if self.mutable:
                self.by_key[key] = rid
        self.records[rid] = {**r, "createdTime": created, "lastUpdatedTime": now}
        self.tombstones.pop(rid, None)
        self._append(rid, now)

    def upsert(self, items: list[Any]) -> None:
        self._mutable_only("upserted")
        records = self._check_batch(items)
        now = now_ms()
        for r in records:
            old = self.by_key.get((r["space"], r["externalId"]))
            created = self.records[old]["createdTime"] if old is not None else now
            self._store(r, now, created)

    def delete(self, items: list[Any]) -> None:
        self._mutable_only("deleted")
        keys = []
        for item in items:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("space"), str)
                or not isinstance(item.get("externalId"), str)
            ):
                raise CDFError(400, "Each item to delete needs space and externalId")
            keys.append((item["space"], item["externalId"]))
        now = now_ms()
        for key in keys:
            rid = self.by_key.pop(key, None)
            if rid is None:
                continue  # unknown identifiers are ignored
            rec = self.records.pop(rid)
            self.tombstones[rid] = {**{f: rec[f] for f in TOP_LEVEL}, "lastUpdatedTime": now, "data": {}}
            self._append(rid, now)

    def _mutable_only(self, what: str) -> None:
        if not self.mutable:
            raise CDFError(422, f"Records cannot be {what} in an immutable stream (only in mutable ones)")

    # -- reads ------------------------------------------------------------------------------------------------
    def predicate(self, body: Item) -> Callable[[Record], bool]:
        flt = body.get("filter")
        match = compile_filter(translate_filter(flt), self.svc) if flt is not None else (lambda _r: True)
        in_time = time_range(body, required=not self.mutable)
        return lambda r: in_time(r) and match(r)

    def selection(self, sources: Any) -> Callable[[Record], Item]:
        """The `properties` of a record in a reply: the selected containers' properties, or all when none are named."""
        if sources is None:
            return lambda r: _properties(r["data"], None)
        if not isinstance(sources, list) or not 1 <= len(sources) <= 10:
            raise CDFError(400, "sources must list 1 to 10 containers")
        chosen: dict[Key, set[str] | None] = {}
        for s in sources:
            ref = s.get("source") if isinstance(s, dict) else None
            props = s.get("properties") if isinstance(s, dict) else None
            if not isinstance(ref, dict) or not isinstance(props, list) or not props:
                raise CDFError(400, "Each source needs a container reference and a list of properties ('*' for all)")
            container = self.svc.schema.container(ref.get("space"), ref.get("externalId"))
            if container is None:
                raise CDFError(400, f"Container {ref.get('space')}:{ref.get('externalId')} does not exist")
            chosen[(container["space"], container["externalId"])] = None if "*" in props else set(props)
        return lambda r: _properties(r["data"], chosen)

    def filter(self, body: Item) -> Item:
        match = self.predicate(body)
        limit = check_limit(body.get("limit"), LIMIT_DEFAULT, LIMIT_MAX)
        render = self.selection(body.get("sources"))
        matches = [r for r in self.records.values() if match(r)]
        sort = body.get("sort")
        if sort is None:
            matches.sort(key=lambda r: r["lastUpdatedTime"])
        else:
            if not isinstance(sort, list) or not 1 <= len(sort) <= MAX_SORT:
                raise CDFError(400, f"sort must list 1 to {MAX_SORT} properties")
            for spec in reversed(sort):  # stable sorts, last key first
                if not isinstance(spec, dict) or "property" not in spec:
                    raise CDFError(400, "Every sort needs a property")
                desc = spec.get("direction", "ascending") == "descending"
                get = getter(record_property(spec["property"]), self.svc)
                matches.sort(key=sort_key(get, False, desc), reverse=desc)
        return self._with_typing(body, {"items": [_render(r, render) for r in matches[:limit]]})

    def sync(self, body: Item, stream: str) -> Item:
        cursor, init = body.get("cursor"), body.get("initializeCursor")
        limit = check_limit(body.get("limit"), LIMIT_DEFAULT, LIMIT_MAX)
        if cursor is not None:
            state = decode(cursor, "sync")
            if state.get("stream") != stream or not isinstance(state.get("p"), int):
                raise CDFError(400, f"The cursor is not a sync cursor of stream {stream!r}")
            position = state["p"]
        elif init is not None:
            if not isinstance(init, str) or not SYNC_INIT.match(init):
                raise CDFError(400, f"initializeCursor must look like '2d-ago', got {init!r}")
            start = parse_time(init, "initializeCursor")
            position = next((p for p, (_i, t) in enumerate(self.feed) if t >= start), len(self.feed))
        else:
            raise CDFError(400, "Either cursor or initializeCursor is required")
        flt = body.get("filter")
        match = compile_filter(translate_filter(flt), self.svc) if flt is not None else (lambda _r: True)
        render = self.selection(body.get("sources"))
        items: list[Item] = []
        while position < len(self.feed) and len(items) < limit:
            rid, _t = self.feed[position]
            position += 1
            if self.last.get(rid) != position - 1:
                continue  # changed again later: served at its latest change
            if rid in self.tombstones:
                tomb = self.tombstones[rid]
                items.append({**{f: tomb[f] for f in TOP_LEVEL}, "status": "deleted"})
            elif match(rec := self.records[rid]):
                status = "created" if rec["createdTime"] == rec["lastUpdatedTime"] else "updated"
                items.append({**_render(rec, render), "status": status})
        has_next = any(self.last.get(rid) == p for p, (rid, _t) in enumerate(self.feed[position:], start=position))
        reply = {"items": items, "nextCursor": encode({"stream": stream, "p": position}), "hasNext": has_next}
        return self._with_typing(body, reply)

    def _with_typing(self, body: Item, reply: Item) -> Item:
        """`typing` (includeTyping): the container definitions of the properties the items hold."""
        if not body.get("includeTyping"):
            return reply
        typing: Item = {}
        for item in reply["items"]:
            for space, containers in (item.get("properties") or {}).items():
                for xid, values in containers.items():
                    definition = self.svc.schema.container(space, xid) or {"properties": {}}
                    target = typing.setdefault(space, {}).setdefault(xid, {})
                    target.update({p: definition["properties"][p] for p in values if p in definition["properties"]})
        return {**reply, "typing": typing}

    def statistics(self) -> tuple[int, float]:
        """(records, gigabytes) stored, the bytes estimated from the JSON size of the values."""
        size = sum(len(repr(r["data"])) for r in self.records.values())
        return len(self.records), size / 1e9


def _properties(data: dict[Key, Item], chosen: dict[Key, set[str] | None] | None) -> Item:
    out: Item = {}
    for (space, xid), props in data.items():
        if chosen is not None and (space, xid) not in chosen:
            continue
        wanted = None if chosen is None else chosen[(space, xid)]
        values = {k: v for k, v in props.items() if wanted is None or k in wanted}
        out.setdefault(space, {})[xid] = values
    return out


def _render(r: Record, properties: Callable[[Record], Item]) -> Item:
    return {**{f: r[f] for f in TOP_LEVEL}, "properties": properties(r)}

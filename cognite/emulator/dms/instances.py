"""DMS instances: nodes and edges keyed by (space, externalId), their property data per container, and the
apply / byids / list / delete / inspect endpoints (search and aggregate: `instances_aggregate.py`).

An instance is stored as {instanceType, space, externalId, version, createdTime, lastUpdatedTime, type,
[startNode, endNode], data: {(container space, container externalId): {property: value}}}. Views are only a
lens: a view property reads its container's data, so writes through a view and through its container agree.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from cognite.emulator import ids
from cognite.emulator.dms.filters import ContainerKey, Instance, Predicate, compile_filter, getter, sort_key
from cognite.emulator.dms.instances_apply import Ingestion
from cognite.emulator.dms.space_index import SpaceIndex, filter_spaces
from cognite.emulator.dms.spec_rules import rules
from cognite.emulator.dms.sync_log import TOMBSTONE_RETENTION_MS, ChangeLog
from cognite.emulator.http import CDFError, encode_json
from cognite.emulator.resource import check_items, check_limit, endpoint
from cognite.emulator.store import Store, offset_page, paginate

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator

# Item limits read from the pinned spec (spec_rules); the others are limits of shared schemas the spec's paths do not
# name (LimitWithDefault1000, SourceSelectorWithoutPropertiesV3, SortV3), checked against it by a test.
APPLY_LIMIT = rules().items_max("POST", "/models/instances")
DELETE_LIMIT = rules().items_max("POST", "/models/instances/delete")
BYIDS_LIMIT = rules().items_max("POST", "/models/instances/byids")
LIST_LIMIT_DEFAULT = 1000
LIST_LIMIT_MAX = 1000
#: Encoded list pages kept while no instance changes (a page of 1000 nodes is ~300 kB): pages read again, by the
#: same or another client, are sent as they are, as the datapoint pages are.
LIST_PAGE_CACHE = 256
MAX_SOURCES = 10
MAX_SORT = 5
INSTANCE_TYPES = ("node", "edge")

Key = tuple[str, str]


def _ref(inst: Instance) -> dict[str, Any]:
    return {"instanceType": inst["instanceType"], "space": inst["space"], "externalId": inst["externalId"]}


def _view_key(view: dict[str, Any]) -> str:
    return f"{view['externalId']}/{view['version']}"


class Instances:
    """The `dms_instances` service (state: the store of instances and a per-space count)."""

    name = "dms_instances"

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.store = Store(key_field="key", xid_field=None)
        self.by_space = SpaceIndex(self.store)
        self.per_space: Counter[tuple[str, str]] = Counter()  # (space, instanceType) -> count
        self.generation = 0  # bumped on every change (invalidates the sorted-listing cache)
        self._sorted_cache: tuple[bytes, int, list[Instance]] | None = None
        # Encoded list pages while no instance changes: (request, views, limit) -> reply bytes (LIST_PAGE_CACHE at most)
        self._pages: OrderedDict[bytes, bytes] = OrderedDict()
        self._pages_generation = -1
        self._watchers: list[Any] | None = None
        self.changes = ChangeLog()  # every write and delete in order, and the tombstones (what sync reads)
        # Added to the wall clock where sync reads time (deletedTime, tombstone retention, cursor expiry), so a
        # test can move days ahead without waiting.
        self.clock_offset_ms = 0
        # node -> the edges that start or end at it (a deleted node's edges are found without a scan)
        self.edges_at: dict[Key, dict[Key, None]] = {}

    # -- persistence ------------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.store.clear()
        self.by_space.clear()
        self.per_space.clear()
        self.changes.clear()
        self.edges_at.clear()
        self.generation += 1

    def dump(self) -> Any:
        instances = [
            {**inst, "key": list(inst["key"]), "data": [[list(c), props] for c, props in inst["data"].items()]}
            for inst in self.store.values()
        ]
        return {"instances": instances, "changes": self.changes.dump()}

    def load(self, data: Any) -> None:
        self.reset()
        # A state file of an older emulator is the bare list of instances (no change log yet: one is started).
        instances, changes = (data, None) if isinstance(data, list) else (data["instances"], data.get("changes"))
        for raw in instances:
            inst = {**raw, "key": tuple(raw["key"]), "data": {tuple(c): props for c, props in raw["data"]}}
            self._put(inst)
        if changes is not None:
            self.changes.load(changes)
        self.schema  # noqa: B018 (registers the hooks: the loaded instances count for the schema service)

    # -- schema (contract A) ----------------------------------------------------------------------------------
    @property
    def schema(self) -> Any:
        schema = self.emu.resource("dms_schema")
        # Registered lazily (the schema service may be built after this one) and again should it forget them.
        for hooks, hook in (
            (schema.on_container_deleted, self.container_deleted),
            (schema.space_in_use, self.space_in_use),
            (getattr(schema, "instance_counts", []), self.instance_counts),
        ):
            if hook not in hooks:
                hooks.append(hook)
        return schema

    def container_deleted(self, space: str, external_id: str) -> None:
        key = (space, external_id)
        self.generation += 1
        for inst in self.store.values():
            inst["data"].pop(key, None)

    def space_in_use(self, space: str) -> bool:
        return self.per_space[(space, "node")] + self.per_space[(space, "edge")] > 0

    def instance_counts(self, space: str) -> dict[str, int]:
        return {"nodes": self.per_space[(space, "node")], "edges": self.per_space[(space, "edge")]}

    def view(self, ref: Any) -> dict[str, Any]:
        if (
            not isinstance(ref, dict)
            or not isinstance(ref.get("space"), str)
            or not isinstance(ref.get("externalId"), str)
        ):
            raise CDFError(400, f"Invalid view reference: {ref!r}")
        view = self.schema.view(ref["space"], ref["externalId"], ref.get("version"))
        if view is None:
            raise CDFError(
                400,
                f"View {ref['space']}:{ref['externalId']}/{ref.get('version')} does not exist",
                extra={"missing": [ref]},
            )
        return dict(view)

    def container(self, space: str, external_id: str) -> dict[str, Any]:
        container = self.schema.container(space, external_id)
        if container is None:
            raise CDFError(400, f"Container {space}:{external_id} does not exist")
        return dict(container)

    # -- filter resolver (filters.Resolver) -------------------------------------------------------------------
    def property_key(self, ref: list[Any]) -> tuple[ContainerKey, str]:
        space, source, prop = ref
        if "/" in source:
            xid, version = source.split("/", 1)
            view = self.view({"space": space, "externalId": xid, "version": version})
            vprop = (view.get("properties") or {}).get(prop)
            if vprop is None or "container" not in vprop:
                raise CDFError(400, f"Property {prop} does not exist in view {space}:{source}")
            c = vprop["container"]
            return (c["space"], c["externalId"]), vprop["containerPropertyIdentifier"]
        container = self.container(space, source)
        if prop not in (container.get("properties") or {}):
            raise CDFError(400, f"Property {prop} does not exist in container {space}:{source}")
        return (space, source), prop

    def view_containers(self, ref: dict[str, Any]) -> list[ContainerKey]:
        view = self.view(ref)
        keys = {
            (p["container"]["space"], p["container"]["externalId"])
            for p in (view.get("properties") or {}).values()
            if "container" in p
        }
        return sorted(keys)

    def instance(self, space: str, external_id: str) -> Instance | None:
        return self.store.get((space, external_id))

    def compile(self, flt: Any) -> Predicate:
        return compile_filter(flt, self)

    def now(self) -> int:
        return ids.now_ms() + self.clock_offset_ms

    # -- storage ----------------------------------------------------------------------------------------------
    @property
    def watchers(self) -> list[Any]:
        """The project's services that mirror instances elsewhere (a CogniteTimeSeries node is also a time series):
        those with an `instance_changed(old, new)` method, called after every write (new None: removed)."""
        if self._watchers is None:
            self._watchers = [s for s in self.emu.services.values() if hasattr(s, "instance_changed")]
        return self._watchers

    def _put(self, inst: Instance) -> None:
        self.generation += 1
        old = self.store.get(inst["key"])
        if old is None:
            self.per_space[(inst["space"], inst["instanceType"])] += 1
            deleted = self.changes.tombstones.get(inst["key"])
            if deleted is not None and inst["version"] <= deleted["version"]:
                # Re-created while its tombstone is kept: the version goes on (sync tells the two apart).
                inst["version"] = deleted["version"] + 1
        self.store.put(inst)
        if old is None:
            self.by_space.added(inst["key"])
        if inst["instanceType"] == "edge":
            if old is not None:
                self._unlink(old)
            for end in ("startNode", "endNode"):
                self.edges_at.setdefault((inst[end]["space"], inst[end]["externalId"]), {})[inst["key"]] = None
        if old is None or old["version"] != inst["version"]:  # an unchanged re-apply is no change to sync
            self.changes.changed(inst["key"])
        for watcher in self.watchers:
            watcher.instance_changed(old, inst)

    def _remove(self, key: Key) -> Instance | None:
        self.generation += 1
        inst = self.store.remove(key)
        if inst is not None:
            self.by_space.removed(key)
            self.per_space[(inst["space"], inst["instanceType"])] -= 1
            if inst["instanceType"] == "edge":
                self._unlink(inst)
            now = self.now()
            self.changes.changed(key, {**inst, "lastUpdatedTime": now, "deletedTime": now})
            self.changes.prune(now - TOMBSTONE_RETENTION_MS)
            for watcher in self.watchers:
                watcher.instance_changed(inst, None)
        return inst

    def _unlink(self, edge: Instance) -> None:
        for end in ("startNode", "endNode"):
            node = (edge[end]["space"], edge[end]["externalId"])
            linked = self.edges_at.get(node)
            if linked is not None:
                linked.pop(edge["key"], None)
                if not linked:
                    del self.edges_at[node]

    # -- rendering --------------------------------------------------------------------------------------------
    def render(self, inst: Instance, views: list[dict[str, Any]]) -> dict[str, Any]:
        return self.renderer(views)(inst)

    @staticmethod
    def renderer(views: list[dict[str, Any]]) -> Callable[[Instance], dict[str, Any]]:
        """Renders instances as the API returns them, with the properties of `views` (worked out once per
        request: for each view, the container rows its properties read)."""
        plan: list[tuple[str, str, list[tuple[str, ContainerKey, str]]]] = [
            (
                view["space"],
                _view_key(view),
                [
                    (name, (p["container"]["space"], p["container"]["externalId"]), p["containerPropertyIdentifier"])
                    for name, p in (view.get("properties") or {}).items()
                    if "container" in p
                ],
            )
            for view in views
        ]

        def render(inst: Instance) -> dict[str, Any]:
            out = inst.copy()
            del out["key"], out["data"]
            if None in out.values():
                out = {k: v for k, v in out.items() if v is not None}
            data = inst["data"]
            props: dict[str, Any] = {}
            for space, view_key, names in plan:
                values = {}
                for name, ckey, cprop in names:
                    row = data.get(ckey)
                    value = None if row is None else row.get(cprop)
                    if value is not None:  # a property written as null reads as absent (the spec has no null values)
                        values[name] = value
                props.setdefault(space, {})[view_key] = values
            out["properties"] = props
            return out

        return render

    @staticmethod
    def typing_of(views: list[dict[str, Any]]) -> dict[str, Any]:
        typing: dict[str, Any] = {}
        for view in views:
            typing.setdefault(view["space"], {})[_view_key(view)] = {
                name: {
                    k: v
                    for k, v in p.items()
                    if k not in ("name", "description", "container", "containerPropertyIdentifier")
                }
                for name, p in (view.get("properties") or {}).items()
                if "container" in p
            }
        return typing

    def source_views(self, sources: Any) -> list[dict[str, Any]]:
        if sources is None:
            return []
        if not isinstance(sources, list) or len(sources) > MAX_SOURCES:
            raise CDFError(400, f"sources must be a list of at most {MAX_SOURCES} views")
        return [self.view(s.get("source") if isinstance(s, dict) else None) for s in sources]

    def has_views(self, views: list[dict[str, Any]]) -> Predicate:
        needed = list(dict.fromkeys(c for v in views for c in self.view_containers(v)))
        if len(needed) == 1:
            only = needed[0]
            return lambda inst: only in inst["data"]
        return lambda inst: all(c in inst["data"] for c in needed)

    # -- apply ------------------------------------------------------------------------------------------------
    def apply(self, body: dict[str, Any], _req: Request) -> Any:
        items = body.get("items")
        if not isinstance(items, list) or len(items) > APPLY_LIMIT:
            raise CDFError(400, f"items size must be between 0 and {APPLY_LIMIT}")
        skip = bool(body.get("skipOnVersionConflict", False))
        to_delete = self._plan_delete(check_items(body, DELETE_LIMIT, "delete"), skip) if body.get("delete") else []
        results = Ingestion(self, body).run(items)
        deleted = self._delete(to_delete)
        reply: dict[str, Any] = {"items": results}
        if deleted:
            reply["deleted"] = deleted
        return reply

    # -- byids / delete ---------------------------------------------------------------------------------------
    def _refs(self, items: list[Any]) -> list[tuple[str, Key]]:
        refs = []
        for item in items:
            if (
                not isinstance(item, dict)
                or item.get("instanceType", "node") not in INSTANCE_TYPES
                or not isinstance(item.get("space"), str)
                or not isinstance(item.get("externalId"), str)
            ):
                raise CDFError(400, f"Invalid instance reference: {item!r}")
            refs.append((item.get("instanceType", "node"), (item["space"], item["externalId"])))
        return refs

    def byids(self, body: dict[str, Any], _req: Request) -> Any:
        refs = self._refs(check_items(body, BYIDS_LIMIT))
        views = self.source_views(body.get("sources"))
        has, render = self.has_views(views), self.renderer(views)
        out = []
        for kind, key in refs:
            inst = self.store.get(key)
            if inst is not None and inst["instanceType"] == kind and has(inst):
                out.append(render(inst))
        reply: dict[str, Any] = {"items": out}
        if body.get("includeTyping") and views:
            reply["typing"] = self.typing_of(views)
        return reply

    def delete(self, body: dict[str, Any], _req: Request) -> Any:
        return {"items": self._delete(self._plan_delete(check_items(body, DELETE_LIMIT)))}

    def _plan_delete(self, items: list[Any], skip_conflicts: bool = False) -> list[tuple[str, Key]]:
        """The instances to delete, checked before anything changes (existingVersion: 409 unless skipped)."""
        planned = []
        for item, (kind, key) in zip(items, self._refs(items), strict=True):
            inst = self.store.get(key)
            expected = item.get("existingVersion")
            if inst is not None and expected is not None and inst["version"] > expected:
                if skip_conflicts:
                    continue
                raise CDFError(409, f"A version conflict caused the delete to fail: {key[0]}:{key[1]}")
            planned.append((kind, key))
        return planned

    def _delete(self, refs: list[tuple[str, Key]]) -> list[dict[str, Any]]:
        deleted = []
        gone: list[Key] = []
        for kind, key in refs:
            inst = self.store.get(key)
            if inst is not None and inst["instanceType"] == kind:
                self._remove(key)
                if kind == "node":
                    gone.append(key)
                deleted.append(_ref(inst))
            elif inst is None:  # CDF answers deletes of unknown instances as done (idempotent)
                deleted.append({"instanceType": kind, "space": key[0], "externalId": key[1]})
        # Edges attached to a deleted node go with it, as in CDF.
        for edge_key in list(dict.fromkeys(e for node in gone for e in self.edges_at.get(node, ()))):
            self._remove(edge_key)
        return deleted

    # -- list -------------------------------------------------------------------------------------------------
    def matcher(self, body: dict[str, Any], views: list[dict[str, Any]]) -> Predicate:
        kind = body.get("instanceType") or "node"
        if kind not in INSTANCE_TYPES:
            raise CDFError(400, f"instanceType must be one of {list(INSTANCE_TYPES)}")
        flt, has = self.compile(body.get("filter")), self.has_views(views)
        return lambda inst: inst["instanceType"] == kind and has(inst) and flt(inst)

    def list_reply(self, body: dict[str, Any]) -> dict[str, Any]:
        """One list page as a dict, uncached (for in-process callers such as the GraphQL service)."""
        views = self.source_views(body.get("sources"))
        limit = check_limit(body.get("limit"), LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX)
        return self._list_page(body, views, self.matcher(body, views), limit)

    def list_instances(self, body: dict[str, Any], _req: Request) -> Any:
        views = self.source_views(body.get("sources"))
        match = self.matcher(body, views)  # checked on every request, cached or not
        limit = self.emu.faults.short_page(check_limit(body.get("limit"), LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX))
        if self._pages_generation != self.generation:
            self._pages.clear()
            self._pages_generation = self.generation
        key = orjson.dumps([body, views, limit], option=orjson.OPT_SORT_KEYS)
        cached = self._pages.get(key)
        if cached is None:
            cached = self._pages[key] = encode_json(self._list_page(body, views, match, limit))
            if len(self._pages) > LIST_PAGE_CACHE:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(key)
        return Response(cached, media_type="application/json")

    def _list_page(
        self, body: dict[str, Any], views: list[dict[str, Any]], match: Predicate, limit: int
    ) -> dict[str, Any]:
        sort = body.get("sort")
        if sort:
            page, cursor = offset_page(self._sorted_matches(body, match, sort), limit, body.get("cursor"))
        else:
            flt = body.get("filter")
            spaces = filter_spaces(flt, body.get("instanceType") or "node")
            candidates = None if spaces is None else lambda after: self.by_space.iter_from(spaces, after)
            if spaces is not None and isinstance(flt, dict) and "and" not in flt:  # only the space test: indexed
                match = self.matcher({**body, "filter": None}, views)
            page, cursor = paginate(self.store, match, limit, body.get("cursor"), candidates=candidates)
        render = self.renderer(views)
        reply: dict[str, Any] = {"items": [render(i) for i in page]}
        if cursor is not None:
            reply["nextCursor"] = cursor
        if body.get("includeTyping") and views:
            reply["typing"] = self.typing_of(views)
        return reply

    def _sorted_matches(self, body: dict[str, Any], match: Predicate, sort: Any) -> list[Instance]:
        """The sorted matches, kept while nothing changes: the pages of one sorted listing sort once."""
        key = orjson.dumps([body.get(k) for k in ("instanceType", "sources", "filter", "sort")])
        if self._sorted_cache is not None and self._sorted_cache[:2] == (key, self.generation):
            return self._sorted_cache[2]
        items = self.sort_instances(filter(match, self.store.values()), sort)
        self._sorted_cache = (key, self.generation, items)
        return items

    def sort_instances(self, items: Any, sort: Any) -> list[Instance]:
        if not isinstance(sort, list) or len(sort) > MAX_SORT:
            raise CDFError(400, f"sort must be a list of at most {MAX_SORT} properties")
        out = list(items)
        for spec in reversed(sort):  # stable sorts, last key first
            if not isinstance(spec, dict) or "property" not in spec:
                raise CDFError(400, "Every sort needs a property")
            desc = spec.get("direction", "ascending") == "descending"
            out.sort(key=sort_key(getter(spec["property"], self), bool(spec.get("nullsFirst")), desc), reverse=desc)
        return out

    # -- inspect ----------------------------------------------------------------------------------------------
    def inspect(self, body: dict[str, Any], _req: Request) -> Any:
        refs = self._refs(check_items(body, BYIDS_LIMIT))
        ops = body.get("inspectionOperations")
        if not isinstance(ops, dict) or not ops:
            raise CDFError(400, "inspectionOperations must name involvedViews and/or involvedContainers")
        views_op = ops.get("involvedViews")
        footprints = self._view_footprints(bool((views_op or {}).get("allVersions"))) if "involvedViews" in ops else []
        out = []
        for kind, key in refs:
            inst = self.store.get(key)
            if inst is None or inst["instanceType"] != kind:
                continue
            results: dict[str, Any] = {}
            if "involvedContainers" in ops:
                results["involvedContainers"] = [
                    {"type": "container", "space": s, "externalId": x} for s, x in inst["data"]
                ]
            if "involvedViews" in ops:
                results["involvedViews"] = [
                    ref for ref, containers in footprints if containers and all(c in inst["data"] for c in containers)
                ]
            out.append({**_ref(inst), "inspectionResults": results})
        return {"items": out}

    def _view_footprints(self, all_versions: bool) -> list[tuple[dict[str, Any], list[ContainerKey]]]:
        """Every view (or only each view's latest version) with the containers it maps."""
        schema = self.schema
        keys = list(schema.views)
        if not all_versions:
            keys = [k for k in keys if schema.latest_version(k[0], k[1]) == k[2]]
        out = []
        for space, xid, version in keys:
            view = schema.view(space, xid, version)
            ref = {"type": "view", "space": space, "externalId": xid, "version": version}
            out.append((ref, self.view_containers(view)))
        return out

    # -- routes -----------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        from cognite.emulator.dms.instances_aggregate import aggregate, search
        from cognite.emulator.dms.query import query
        from cognite.emulator.dms.sync import sync

        e, base = self.emu, "/models/instances"
        return [
            Route(base, endpoint(e, self.apply), methods=["POST"]),
            Route(base + "/list", endpoint(e, self.list_instances), methods=["POST"]),
            Route(base + "/byids", endpoint(e, self.byids), methods=["POST"]),
            Route(base + "/delete", endpoint(e, self.delete), methods=["POST"]),
            Route(base + "/inspect", endpoint(e, self.inspect), methods=["POST"]),
            Route(base + "/search", endpoint(e, lambda b, _r: search(self, b)), methods=["POST"]),
            Route(base + "/aggregate", endpoint(e, lambda b, _r: aggregate(self, b)), methods=["POST"]),
            Route(base + "/query", endpoint(e, lambda b, _r: query(self, b)), methods=["POST"]),
            Route(base + "/sync", endpoint(e, lambda b, _r: sync(self, b)), methods=["POST"]),
        ]

"""HTTP handlers of the DMS schema endpoints (/models/spaces|containers|views|datamodels|statistics): parse,
check the spec's item limits, call the `Schema` model, shape the reply."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator.dms import schema_rules as sr
from cognite.emulator.dms.spec_rules import rules
from cognite.emulator.http import CDFError
from cognite.emulator.resource import check_items, check_limit, endpoint
from cognite.emulator.store import offset_page

if TYPE_CHECKING:
    from cognite.emulator.dms.schema import Schema

Item = dict[str, Any]
Handler = Callable[[dict[str, Any], Request], Any]
# Limits CDF documents for a project (GET /models/statistics reports them); subscription-dependent in CDF.
PROJECT_LIMITS = {
    "spaces": 100,
    "containers": 1000,
    "views": 2000,
    "dataModels": 500,
    "containerProperties": 25_000,
    "instances": 5_000_000,
    "soft_deleted_instances": 10_000_000,
}
DEFAULT_USED_FOR = frozenset({"node", "edge", "all"})  # the spec's FilterUsedFor: "Defaults to [node, edge, all]"
CONCURRENCY_LIMITS = {"concurrentReadLimit": 40, "concurrentWriteLimit": 10, "concurrentDeleteLimit": 5}


def _items(body: dict[str, Any], method: str, path: str) -> list[Any]:
    return check_items(body, rules().items_max(method, path))


def _flag(query: dict[str, Any], name: str, method: str, path: str) -> bool:
    value = query.get(name)
    if value is None:
        return bool(rules().query_default(method, path, name))
    if isinstance(value, bool):
        return value
    if value not in ("true", "false"):
        raise CDFError(400, f"{name} must be true or false, got {value!r}")
    return value == "true"


def _page(items: list[Item], query: dict[str, Any], path: str) -> Item:
    lim = rules().list_limit(path)
    limit = check_limit(query.get("limit"), lim.default, lim.maximum)
    page, cursor = offset_page(items, limit, query.get("cursor"))
    out: Item = {"items": page}
    if cursor is not None:
        out["nextCursor"] = cursor
    return out


def _xid_key(ref: Any, what: str) -> tuple[str, str]:
    if not isinstance(ref, dict) or not isinstance(ref.get("space"), str) or not isinstance(ref.get("externalId"), str):
        raise CDFError(400, f"{what}: each item needs space and externalId")
    return ref["space"], ref["externalId"]


def _versioned_key(ref: Any, what: str) -> tuple[str, str, str | None]:
    space, xid = _xid_key(ref, what)
    version = ref.get("version")
    if version is not None and not isinstance(version, str):
        raise CDFError(400, f"{what}: version must be a string")
    return space, xid, version


def _latest_only(items: dict[tuple[str, str, str], Item]) -> list[Item]:
    """The most recently created version of each (space, externalId)."""
    latest: dict[tuple[str, str], Item] = {}
    for (space, xid, _), item in items.items():
        best = latest.get((space, xid))
        if best is None or item["createdTime"] >= best["createdTime"]:
            latest[(space, xid)] = item
    return list(latest.values())


def _ref(key: tuple[str, str, str]) -> Item:
    return {"space": key[0], "externalId": key[1], "version": key[2]}


class SchemaRoutes:
    def __init__(self, schema: Schema) -> None:
        self.s = schema

    # -- spaces -------------------------------------------------------------------------------------------------
    def apply_spaces(self, body: Item, _req: Request) -> Any:
        return {"items": self.s.apply_spaces(_items(body, "POST", "/models/spaces"))}

    def list_spaces(self, query: Item, _req: Request) -> Any:
        glob = _flag(query, "includeGlobal", "GET", "/models/spaces")
        return _page([s for s in self.s.spaces.values() if glob or not s["isGlobal"]], query, "/models/spaces")

    def spaces_byids(self, body: Item, _req: Request) -> Any:
        ids = [_space_id(ref) for ref in _items(body, "POST", "/models/spaces/byids")]
        return {"items": [self.s.spaces[i] for i in dict.fromkeys(ids) if i in self.s.spaces]}

    def delete_spaces(self, body: Item, _req: Request) -> Any:
        ids = [_space_id(ref) for ref in _items(body, "POST", "/models/spaces/delete")]
        return {"items": [{"space": s} for s in self.s.delete_spaces(ids)]}

    # -- containers ---------------------------------------------------------------------------------------------
    def apply_containers(self, body: Item, _req: Request) -> Any:
        return {"items": self.s.apply_containers(_items(body, "POST", "/models/containers"))}

    def list_containers(self, query: Item, req: Request) -> Any:
        path = "/models/containers"
        glob = _flag(query, "includeGlobal", "GET", path)
        space = query.get("space")
        # usedFor repeats in the query (?usedFor=node&usedFor=edge); the spec documents the default.
        used_for = set(req.query_params.getlist("usedFor")) or DEFAULT_USED_FOR
        unknown = used_for - rules().enum("UsedFor")
        if unknown:
            raise CDFError(400, f"usedFor: unknown values {sorted(unknown)}")
        items = [
            c
            for c in self.s.containers.values()
            if (glob or not c["isGlobal"]) and space in (None, c["space"]) and c["usedFor"] in used_for
        ]
        return _page(items, query, path)

    def containers_byids(self, body: Item, _req: Request) -> Any:
        keys = [_xid_key(r, "Containers") for r in _items(body, "POST", "/models/containers/byids")]
        return {"items": [self.s.containers[k] for k in dict.fromkeys(keys) if k in self.s.containers]}

    def delete_containers(self, body: Item, _req: Request) -> Any:
        keys = [_xid_key(r, "Containers") for r in _items(body, "POST", "/models/containers/delete")]
        return {"items": [{"space": k[0], "externalId": k[1]} for k in self.s.delete_containers(keys)]}

    def delete_container_parts(self, kind: str) -> Handler:
        def handler(body: Item, _req: Request) -> Any:
            refs = _items(body, "POST", f"/models/containers/{kind}/delete")
            return {"items": self.s.delete_container_parts(kind, refs)}

        return handler

    def retry_container_parts(self, kind: str) -> Handler:
        """Retry of failed constraints/indexes: nothing fails in the emulator, so each existing one is answered
        (as current)."""

        def handler(body: Item, _req: Request) -> Any:
            refs = [sr.check_container_part_ref(r) for r in _items(body, "POST", f"/models/containers/{kind}/retry")]
            out = []
            for ref in refs:
                container = self.s.containers.get((ref["space"], ref["containerExternalId"]))
                if container is not None and ref["identifier"] in container.get(kind, {}):
                    out.append(ref)
            return {"items": out}

        return handler

    def inspect_containers(self, body: Item, _req: Request) -> Any:
        keys = [_xid_key(r, "Containers") for r in _items(body, "POST", "/models/containers/inspect")]
        ops = body.get("inspectionOperations")
        if not isinstance(ops, dict):
            raise CDFError(400, "inspectionOperations: must be an object")
        out = []
        for key in dict.fromkeys(keys):
            if key not in self.s.containers:
                continue
            views = self._views_using(key)
            results: Item = {}
            if "involvedViews" in ops:
                all_versions = bool((ops["involvedViews"] or {}).get("allVersions", False))
                chosen = (
                    views
                    if all_versions
                    else _latest_only({(v["space"], v["externalId"], v["version"]): v for v in views})
                )
                results["involvedViews"] = [
                    {"type": "view", **_ref((v["space"], v["externalId"], v["version"]))} for v in chosen
                ]
            if "totalInvolvedViewCount" in ops:
                all_versions = bool((ops["totalInvolvedViewCount"] or {}).get("allVersions", False))
                count = (
                    views
                    if all_versions
                    else _latest_only({(v["space"], v["externalId"], v["version"]): v for v in views})
                )
                results["involvedViewCount"] = len(count)
            out.append({"space": key[0], "externalId": key[1], "inspectionResults": results})
        return {"items": out}

    def _views_using(self, container: tuple[str, str]) -> list[Item]:
        out = []
        for key in self.s.views:
            mapped = self.s.render(key)["mappedContainers"]
            if any((m["space"], m["externalId"]) == container for m in mapped):
                out.append(self.s.views[key])
        return out

    # -- views --------------------------------------------------------------------------------------------------
    def apply_views(self, body: Item, _req: Request) -> Any:
        return {"items": self.s.apply_views(_items(body, "POST", "/models/views"))}

    def list_views(self, query: Item, _req: Request) -> Any:
        path = "/models/views"
        glob = _flag(query, "includeGlobal", "GET", path)
        inherited = _flag(query, "includeInheritedProperties", "GET", path)
        all_versions = _flag(query, "allVersions", "GET", path)
        space = query.get("space")
        chosen = {k: v for k, v in self.s.views.items() if (glob or not v["isGlobal"]) and space in (None, k[0])}
        stored = list(chosen.values()) if all_versions else _latest_only(chosen)
        keys = [(v["space"], v["externalId"], v["version"]) for v in stored]
        return _page([self.s.render(k, inherited) for k in keys], query, path)

    def views_byids(self, body: Item, req: Request) -> Any:
        path = "/models/views/byids"
        inherited = _flag(dict(req.query_params), "includeInheritedProperties", "POST", path)
        refs = [_versioned_key(r, "Views") for r in _items(body, "POST", path)]
        return {"items": [self.s.render(k, inherited) for k in self._matching(self.s.views, refs)]}

    def delete_views(self, body: Item, _req: Request) -> Any:
        refs = [_versioned_key(r, "Views") for r in _items(body, "POST", "/models/views/delete")]
        return {"items": [_ref(k) for k in self.s.delete_views(self._matching(self.s.views, refs))]}

    @staticmethod
    def _matching(
        store: dict[tuple[str, str, str], Item], refs: list[tuple[str, str, str | None]]
    ) -> list[tuple[str, str, str]]:
        """The stored keys a list of references names; a reference without version names every version."""
        out: dict[tuple[str, str, str], None] = {}
        for space, xid, version in refs:
            if version is not None:
                if (space, xid, version) in store:
                    out[(space, xid, version)] = None
            else:
                out.update((k, None) for k in store if k[0] == space and k[1] == xid)
        return list(out)

    # -- data models --------------------------------------------------------------------------------------------
    def _render_model(self, dm: Item, inline: bool) -> Item:
        if not inline:
            return dm
        views = [
            self.s.render(k)
            for ref in dm["views"]
            if (k := (ref["space"], ref["externalId"], ref["version"])) in self.s.views
        ]
        return {**dm, "views": views}

    def apply_data_models(self, body: Item, _req: Request) -> Any:
        return {"items": self.s.apply_data_models(_items(body, "POST", "/models/datamodels"))}

    def list_data_models(self, query: Item, _req: Request) -> Any:
        path = "/models/datamodels"
        glob = _flag(query, "includeGlobal", "GET", path)
        inline = _flag(query, "inlineViews", "GET", path)
        all_versions = _flag(query, "allVersions", "GET", path)
        space = query.get("space")
        chosen = {k: v for k, v in self.s.data_models.items() if (glob or not v["isGlobal"]) and space in (None, k[0])}
        stored = list(chosen.values()) if all_versions else _latest_only(chosen)
        return _page([self._render_model(dm, inline) for dm in stored], query, path)

    def data_models_byids(self, body: Item, req: Request) -> Any:
        path = "/models/datamodels/byids"
        inline = _flag(dict(req.query_params), "inlineViews", "POST", path)
        refs = [_versioned_key(r, "Data models") for r in _items(body, "POST", path)]
        keys = self._matching(self.s.data_models, refs)
        return {"items": [self._render_model(self.s.data_models[k], inline) for k in keys]}

    def delete_data_models(self, body: Item, _req: Request) -> Any:
        refs = [_versioned_key(r, "Data models") for r in _items(body, "POST", "/models/datamodels/delete")]
        return {"items": [_ref(k) for k in self.s.delete_data_models(self._matching(self.s.data_models, refs))]}

    # -- statistics ---------------------------------------------------------------------------------------------
    def _instance_counts(self, space: str) -> Item:
        counts: Item = {"nodes": 0, "edges": 0, "softDeletedNodes": 0, "softDeletedEdges": 0}
        for hook in self.s.instance_counts:
            for k, v in hook(space).items():
                counts[k] = counts.get(k, 0) + v
        return counts

    def _space_statistics(self, space: str) -> Item:
        return {
            "space": space,
            "containers": sum(1 for k in self.s.containers if k[0] == space),
            "views": sum(1 for k in self.s.views if k[0] == space),
            "dataModels": sum(1 for k in self.s.data_models if k[0] == space),
            **self._instance_counts(space),
        }

    def statistics(self, _query: Item, _req: Request) -> Any:
        user = [s for s in self.s.spaces if s not in self.s.system_spaces]
        per_space = [self._space_statistics(s) for s in user]
        instances = sum(p["nodes"] + p["edges"] for p in per_space)
        soft = sum(p["softDeletedNodes"] + p["softDeletedEdges"] for p in per_space)
        counts = {
            "spaces": len(user),
            "containers": sum(p["containers"] for p in per_space),
            "views": sum(p["views"] for p in per_space),
            "dataModels": sum(p["dataModels"] for p in per_space),
            "containerProperties": sum(
                len(c["properties"]) for k, c in self.s.containers.items() if k[0] not in self.s.system_spaces
            ),
        }
        out: Item = {k: {"count": v, "limit": PROJECT_LIMITS[k]} for k, v in counts.items()}
        out["instances"] = {
            "edges": sum(p["edges"] for p in per_space),
            "softDeletedEdges": sum(p["softDeletedEdges"] for p in per_space),
            "nodes": sum(p["nodes"] for p in per_space),
            "softDeletedNodes": sum(p["softDeletedNodes"] for p in per_space),
            "instances": instances,
            "instancesLimit": PROJECT_LIMITS["instances"],
            "softDeletedInstances": soft,
            "softDeletedInstancesLimit": PROJECT_LIMITS["soft_deleted_instances"],
        }
        out.update(CONCURRENCY_LIMITS)
        return out

    def space_statistics(self, _query: Item, _req: Request) -> Any:
        return {"items": [self._space_statistics(s) for s in self.s.spaces if s not in self.s.system_spaces]}

    def space_statistics_byids(self, body: Item, _req: Request) -> Any:
        ids = [_space_id(ref) for ref in _items(body, "POST", "/models/statistics/spaces/byids")]
        return {"items": [self._space_statistics(s) for s in dict.fromkeys(ids) if s in self.s.spaces]}


def _space_id(ref: Any) -> str:
    if not isinstance(ref, dict) or not isinstance(ref.get("space"), str):
        raise CDFError(400, "Each item needs a space")
    return str(ref["space"])


def schema_routes(schema: Schema) -> list[BaseRoute]:
    e, h = schema.emu, SchemaRoutes(schema)
    table: list[tuple[str, str, Handler]] = [
        ("/models/spaces", "POST", h.apply_spaces),
        ("/models/spaces", "GET", h.list_spaces),
        ("/models/spaces/byids", "POST", h.spaces_byids),
        ("/models/spaces/delete", "POST", h.delete_spaces),
        ("/models/containers", "POST", h.apply_containers),
        ("/models/containers", "GET", h.list_containers),
        ("/models/containers/byids", "POST", h.containers_byids),
        ("/models/containers/delete", "POST", h.delete_containers),
        ("/models/containers/inspect", "POST", h.inspect_containers),
        ("/models/views", "POST", h.apply_views),
        ("/models/views", "GET", h.list_views),
        ("/models/views/byids", "POST", h.views_byids),
        ("/models/views/delete", "POST", h.delete_views),
        ("/models/datamodels", "POST", h.apply_data_models),
        ("/models/datamodels", "GET", h.list_data_models),
        ("/models/datamodels/byids", "POST", h.data_models_byids),
        ("/models/datamodels/delete", "POST", h.delete_data_models),
        ("/models/statistics", "GET", h.statistics),
        ("/models/statistics/spaces", "GET", h.space_statistics),
        ("/models/statistics/spaces/byids", "POST", h.space_statistics_byids),
    ]
    for kind in ("indexes", "constraints"):
        table.append((f"/models/containers/{kind}/delete", "POST", h.delete_container_parts(kind)))
        table.append((f"/models/containers/{kind}/retry", "POST", h.retry_container_parts(kind)))
    table.append(("/models/containers/properties/retry", "POST", h.retry_container_parts("properties")))
    return [Route(path, endpoint(e, fn), methods=[method]) for path, method, fn in table]

"""Assets: hierarchies (parentId / parentExternalId resolved within one request in any order and against stored
assets), rootId, subtree filters, recursive delete."""

from __future__ import annotations

from typing import Any

from cognite.emulator import filters as f
from cognite.emulator.http import CDFError
from cognite.emulator.ids import now_ms
from cognite.emulator.resource import Resource
from cognite.emulator.store import Item

AGGREGATED_PROPERTIES = {"childCount", "path", "depth"}


class Assets(Resource):
    name = "assets"
    label = "Asset"
    required = ("name",)
    filters = {
        "name": f.eq("name"),
        "parentIds": f.ids_in("parentId"),
        "parentExternalIds": f.xids_in("parentId", "assets"),
        "rootIds": f.refs_in("rootId", "assets"),
        "assetSubtreeIds": f.asset_subtree("id"),
        "dataSetIds": f.refs_in("dataSetId", "datasets"),
        "metadata": f.metadata(),
        "source": f.eq("source"),
        "createdTime": f.time_range("createdTime"),
        "lastUpdatedTime": f.time_range("lastUpdatedTime"),
        "root": f.is_null("parentId"),
        "externalIdPrefix": f.prefix("externalId"),
        "labels": f.labels(),
    }
    updates = {
        "externalId": "set",
        "name": "required",
        "description": "set",
        "dataSetId": "set",
        "metadata": "map",
        "source": "set",
        "parentId": "required",
        "parentExternalId": "required",
        "labels": "labels",
        "geoLocation": "set",
    }

    def __init__(self, emu: Any) -> None:
        super().__init__(emu)
        self.children: dict[int, set[int]] = {}

    def reset(self) -> None:
        super().reset()
        self.children.clear()

    # -- aggregatedProperties on list / byids / search ---------------------------------------------------------
    def handle_list(self, body: dict[str, Any], req: Any) -> Any:
        return self._with_aggregates(super().handle_list(body, req), body.get("aggregatedProperties"))

    def handle_byids(self, body: dict[str, Any], req: Any) -> Any:
        return self._with_aggregates(super().handle_byids(body, req), body.get("aggregatedProperties"))

    def handle_get_list(self, query: dict[str, Any], req: Any) -> Any:
        wanted = req.query_params.getlist("aggregatedProperties") or None
        query = {k: v for k, v in query.items() if k != "aggregatedProperties"}
        return self._with_aggregates(super().handle_get_list(query, req), wanted)

    def _with_aggregates(self, reply: dict[str, Any], wanted: Any) -> dict[str, Any]:
        if not wanted:
            return reply
        unknown = set(wanted) - AGGREGATED_PROPERTIES
        if unknown:
            raise CDFError(400, f"Unknown aggregatedProperties: {sorted(unknown)}")
        items = []
        for item in reply["items"]:
            path = self._path(item)
            values = {"childCount": len(self.children.get(item["id"], ())), "depth": len(path) - 1, "path": path}
            items.append({**item, "aggregates": {k: values[k] for k in wanted}})
        return {**reply, "items": items}

    def _path(self, item: Item) -> list[dict[str, int]]:
        path = [{"id": item["id"]}]
        while "parentId" in item and item["parentId"] in self.store.items:
            item = self.store.items[item["parentId"]]
            path.append({"id": item["id"]})
        return path[::-1]

    def subtree_ids(self, roots: set[int]) -> set[int]:
        out: set[int] = set()
        stack = list(roots)
        while stack:
            node = stack.pop()
            if node in out:
                continue
            out.add(node)
            stack.extend(self.children.get(node, ()))
        return out

    def prepare(self, item: Item) -> Item:
        if "parentId" in item and "parentExternalId" in item:
            raise CDFError(400, "Only one of parentId and parentExternalId may be set")
        if not isinstance(item.get("name"), str) or not item["name"]:
            raise CDFError(400, "name may not be blank")
        return item

    def create_items(self, items: list[Item]) -> list[Item]:
        """Insert parents before children: a request may list them in any order, and parents may be stored."""
        by_xid = {item["externalId"]: n for n, item in enumerate(items) if "externalId" in item}
        missing: list[dict[str, Any]] = []
        deps: dict[int, int | None] = {}  # request position -> position of its parent in the request
        for n, item in enumerate(items):
            deps[n] = None
            if "parentExternalId" in item:
                pxid = item["parentExternalId"]
                if pxid in by_xid:
                    deps[n] = by_xid[pxid]
                elif pxid not in self.store.by_xid:
                    missing.append({"externalId": pxid})
            elif "parentId" in item and item["parentId"] not in self.store.items:
                missing.append({"id": item["parentId"]})
        if missing:
            raise CDFError(400, "Reference to unknown parent", missing=_unique_refs(missing))
        order = _topological(deps)
        now = now_ms()
        created: dict[int, Item] = {}
        for n in order:
            item = dict(items[n])
            parent = self._parent_of(item, created, deps[n])
            item.pop("parentExternalId", None)
            new = self.insert(self._with_parent(item, parent), now)
            created[n] = new
        return [created[n] for n in range(len(items))]

    def _parent_of(self, item: Item, created: dict[int, Item], dep: int | None) -> Item | None:
        if dep is not None:
            return created[dep]
        if "parentExternalId" in item:
            return self.store.items[self.store.by_xid[item["parentExternalId"]]]
        if "parentId" in item:
            return self.store.items[item["parentId"]]
        return None

    def _with_parent(self, item: Item, parent: Item | None) -> Item:
        if parent is None:
            item.pop("parentId", None)
            item["rootId"] = None  # filled with its own id in after_insert
        else:
            item["parentId"] = parent["id"]
            item["rootId"] = parent["rootId"]
            if "externalId" in parent:
                item["parentExternalId"] = parent["externalId"]
        return item

    def after_insert(self, item: Item) -> None:
        if item.get("rootId") is None:
            item["rootId"] = item["id"]
        if "parentId" in item:
            self.children.setdefault(item["parentId"], set()).add(item["id"])

    def check_update(self, old: Item, new: Item) -> None:
        if "parentExternalId" in new and new.get("parentExternalId") != old.get("parentExternalId"):
            parent_id = self.store.by_xid.get(new["parentExternalId"])
            if parent_id is None:
                raise CDFError(400, "Reference to unknown parent", missing=[{"externalId": new["parentExternalId"]}])
            new["parentId"] = parent_id
        if new.get("parentId") != old.get("parentId"):
            if old.get("parentId") is None:
                raise CDFError(400, "Changing the parent of a root asset is not supported")
            parent = self.store.items.get(new["parentId"])
            if parent is None:
                raise CDFError(400, "Reference to unknown parent", missing=[{"id": new["parentId"]}])
            if parent["id"] in self.subtree_ids({old["id"]}):
                raise CDFError(400, "An asset cannot be moved into its own subtree")
            if parent["rootId"] != old["rootId"]:
                raise CDFError(400, "Changing parentId is only allowed within the same asset hierarchy (rootId)")
            if "externalId" in parent:
                new["parentExternalId"] = parent["externalId"]
            else:
                new.pop("parentExternalId", None)

    def after_update(self, old: Item, new: Item) -> None:
        if old.get("parentId") != new.get("parentId"):
            self.children.get(old["parentId"], set()).discard(old["id"])
            self.children.setdefault(new["parentId"], set()).add(new["id"])
        old_xid, new_xid = old.get("externalId"), new.get("externalId")
        if old_xid != new_xid:
            # Children show their parent's externalId.
            for child_id in self.children.get(new["id"], ()):
                child = self.store.items[child_id]
                if new_xid is None:
                    child.pop("parentExternalId", None)
                else:
                    child["parentExternalId"] = new_xid

    def delete_items(self, items: list[Item], body: dict[str, Any]) -> None:
        ids = {i["id"] for i in items}
        if body.get("recursive"):
            ids = self.subtree_ids(ids)
        else:
            blocked = [i for i in items if any(c not in ids for c in self.children.get(i["id"], ()))]
            if blocked:
                refs = [{"id": i["id"]} for i in blocked]
                raise CDFError(
                    400,
                    "Asset has children. Use recursive=true to delete the asset and its subtree",
                    extra={"ids": refs},
                )
        for asset_id in ids:
            asset = self.store.remove(asset_id)
            if asset is not None and "parentId" in asset:
                self.children.get(asset["parentId"], set()).discard(asset_id)
            self.children.pop(asset_id, None)


def _topological(deps: dict[int, int | None]) -> list[int]:
    """Request positions ordered parents-first; 400 on a cycle."""
    order: list[int] = []
    state: dict[int, int] = {}  # 1 = visiting, 2 = done
    for start in deps:
        if state.get(start) == 2:
            continue
        path = []
        node: int | None = start
        while node is not None and state.get(node) != 2:
            if state.get(node) == 1:
                raise CDFError(400, "The assets in the request form a cycle")
            state[node] = 1
            path.append(node)
            node = deps[node]
        for n in reversed(path):
            state[n] = 2
            order.append(n)
    return order


def _unique_refs(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for ref in refs:
        key = tuple(ref.items())
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out

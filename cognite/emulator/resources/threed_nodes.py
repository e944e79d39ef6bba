"""3D node trees (one per revision) and the asset mappings between nodes and assets.

Every revision created through the API gets DEFAULT_TREE (7 nodes, ids drawn from the emulator's id generator in
tree order). Tests set their own trees with `emu.resource("3d_nodes").set_nodes(model_id, revision_id, nodes)`.
Tree index is the node's position in a depth-first walk (children in the order given); a node's bounding box
spans [treeIndex, treeIndex + subtreeSize] on every axis, so it encloses its subtree's boxes.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from cognite.emulator import filters as f
from cognite.emulator.filters import Predicate
from cognite.emulator.http import CDFError
from cognite.emulator.nested import NestedResource, current_scope, scoped
from cognite.emulator.resource import Resource, check_items, check_limit, endpoint
from cognite.emulator.store import Item, in_partition, offset_page, parse_partition

NODES_LIMIT_DEFAULT = 100
NODES_LIMIT_MAX = 1000
NODES_PATH = "/3d/models/{modelId:int}/revisions/{revisionId:int}/nodes"

# (name, index of the parent in this list, properties), in tree order.
DEFAULT_TREE: list[tuple[str, int | None, dict[str, dict[str, str]]]] = [
    ("Plant", None, {"PDMS": {"Type": "SITE"}}),
    ("Area AB76", 0, {"PDMS": {"Area": "AB76", "Type": "ZONE"}}),
    ("Pipe P-101", 1, {"PDMS": {"Area": "AB76", "Type": "PIPE"}}),
    ("Bend B-101", 2, {"PDMS": {"Area": "AB76", "Type": "BEND"}}),
    ("Area AB77", 0, {"PDMS": {"Area": "AB77", "Type": "ZONE"}}),
    ("Pipe support S-201", 4, {"PDMS": {"Area": "AB77", "Type": "PIPESUP"}}),
    ("Valve V-201", 4, {"PDMS": {"Area": "AB77", "Type": "VALVE"}}),
]


def build_tree(nodes: list[dict[str, Any]]) -> list[Item]:
    """Nodes ({"id", "name", "parentId"?, "properties"?}) -> wire-shaped nodes in tree-index order."""
    by_id: dict[int, dict[str, Any]] = {}
    children: dict[int | None, list[int]] = {}
    for node in nodes:
        node_id = node.get("id")
        if not isinstance(node_id, int) or isinstance(node_id, bool) or node_id in by_id:
            raise ValueError(f"every node needs a unique int id, got {node_id!r}")
        if not isinstance(node.get("name"), str):
            raise ValueError(f"node {node_id} needs a name")
        by_id[node_id] = node
        children.setdefault(node.get("parentId"), []).append(node_id)
    roots = children.get(None, [])
    if len(roots) != 1:
        raise ValueError(f"a node tree has exactly one root (a node without parentId), got {len(roots)}")
    unknown = set(children) - set(by_id) - {None}
    if unknown:
        raise ValueError(f"parentId of unknown nodes: {sorted(unknown, key=str)}")
    out: list[Item] = []

    def walk(node_id: int, depth: int) -> int:
        node = by_id[node_id]
        item: Item = {"id": node_id, "treeIndex": len(out), "depth": depth, "name": node["name"]}
        if node.get("parentId") is not None:
            item["parentId"] = node["parentId"]
        if node.get("properties"):
            item["properties"] = node["properties"]
        out.append(item)
        size = 1 + sum(walk(child, depth + 1) for child in children.get(node_id, []))
        item["subtreeSize"] = size
        lo, hi = float(item["treeIndex"]), float(item["treeIndex"] + size)
        item["boundingBox"] = node.get("boundingBox") or {"min": [lo, lo, lo], "max": [hi, hi, hi]}
        return size

    walk(roots[0], 0)
    if len(out) != len(by_id):
        raise ValueError("the nodes do not form one tree (a cycle, or nodes unreachable from the root)")
    return out


class NodeTrees:
    """The node trees of all revisions (read-only through the API)."""

    name = "3d_nodes"

    def __init__(self, emu: Any) -> None:
        self.emu = emu
        self.trees: dict[int, list[Item]] = {}  # revision id -> nodes in tree-index order

    def reset(self) -> None:
        self.trees.clear()

    def dump(self) -> Any:
        return {str(k): v for k, v in self.trees.items()}

    def load(self, data: Any) -> None:
        self.trees = {int(k): v for k, v in data.items()}
        for nodes in self.trees.values():
            for node in nodes:
                self.emu.ids.reserve(node["id"])

    def drop(self, revision_id: int) -> None:
        self.trees.pop(revision_id, None)

    def grow_default_tree(self, revision_id: int) -> None:
        ids = [self.emu.ids.next() for _ in DEFAULT_TREE]
        nodes = [
            {"id": ids[i], "name": name, "parentId": None if parent is None else ids[parent], "properties": props}
            for i, (name, parent, props) in enumerate(DEFAULT_TREE)
        ]
        self.trees[revision_id] = build_tree(nodes)

    def set_nodes(self, model_id: int, revision_id: int, nodes: list[dict[str, Any]]) -> list[Item]:
        """Replace a revision's node tree (test fixtures); returns the nodes as the API serves them.

        Example:
            >>> from cognite.emulator import Emulator
            >>> emu = Emulator(projects=["p"])
            >>> http = emu.client()
            >>> file_id = http.post("/api/v1/projects/p/files", json={"name": "m.glb"}).json()["id"]
            >>> model = http.post("/api/v1/projects/p/3d/models", json={"items": [{"name": "m"}]}).json()["items"][0]
            >>> rev = http.post(f"/api/v1/projects/p/3d/models/{model['id']}/revisions",
            ...                 json={"items": [{"fileId": file_id}]}).json()["items"][0]
            >>> nodes = emu.resource("3d_nodes").set_nodes(model["id"], rev["id"], [
            ...     {"id": 1, "name": "root"}, {"id": 2, "name": "pipe", "parentId": 1}])
            >>> [(n["id"], n["treeIndex"], n["depth"], n["subtreeSize"]) for n in nodes]
            [(1, 0, 0, 2), (2, 1, 1, 1)]
        """
        with self.emu.lock:
            self.emu.resource("3d_revisions").revision(model_id, revision_id)
            tree = build_tree(nodes)
            for node in tree:
                self.emu.ids.reserve(node["id"])
            self.trees[revision_id] = tree
            return tree

    def node(self, revision_id: int, node_id: Any) -> Item:
        for node in self.trees.get(revision_id, []):
            if node["id"] == node_id:
                return node
        raise CDFError(400, "3D node not found", missing=[{"id": node_id}])

    # -- routes -----------------------------------------------------------------------------------------------
    def _check(self, params: dict[str, Any]) -> None:
        self.emu.resource("3d_revisions").revision(params["modelId"], params["revisionId"])

    def routes(self) -> list[BaseRoute]:
        e = self.emu
        table = [
            ("", "GET", self.handle_list),
            ("/list", "POST", self.handle_filter),
            ("/byids", "POST", self.handle_byids),
            ("/{nodeId:int}/ancestors", "GET", self.handle_ancestors),
        ]
        return [
            Route(NODES_PATH + suffix, scoped(e, endpoint(e, fn), self._check), methods=[method])
            for suffix, method, fn in table
        ]

    def _nodes(self) -> list[Item]:
        return self.trees.get(current_scope()["revisionId"], [])

    def handle_list(self, query: dict[str, Any], _req: Request) -> Any:
        query = _given(query)
        nodes = self._nodes()
        if query.get("nodeId") is not None:
            top = self.node(current_scope()["revisionId"], _int(query["nodeId"], "nodeId"))
            nodes = nodes[top["treeIndex"] : top["treeIndex"] + top["subtreeSize"]]
        if query.get("depth") is not None and nodes:
            max_depth = nodes[0]["depth"] + _int(query["depth"], "depth")
            nodes = [n for n in nodes if n["depth"] <= max_depth]
        if query.get("properties"):
            try:
                props = orjson.loads(query["properties"])
            except orjson.JSONDecodeError as e:
                raise CDFError(400, f"properties must be a JSON object: {e}") from e
            nodes = [n for n in nodes if _has_properties(n, props)]
        if query.get("sortByNodeId") == "true":
            nodes = sorted(nodes, key=lambda n: n["id"])
        return _page(nodes, query)

    def handle_filter(self, body: dict[str, Any], _req: Request) -> Any:
        flt = body.get("filter") or {}
        if not isinstance(flt, dict):
            raise CDFError(400, "filter must be an object")
        nodes = self._nodes()
        if flt.get("properties") is not None:
            nodes = [n for n in nodes if _has_properties(n, flt["properties"])]
        if flt.get("names") is not None:
            names = set(flt["names"])
            nodes = [n for n in nodes if n["name"] in names]
        return _page(nodes, body)

    def handle_byids(self, body: dict[str, Any], _req: Request) -> Any:
        refs = check_items(body, NODES_LIMIT_MAX)
        by_id = {n["id"]: n for n in self._nodes()}
        missing = [r for r in refs if not isinstance(r, dict) or r.get("id") not in by_id]
        if missing:
            raise CDFError(400, "3D nodes not found", missing=missing)
        return {"items": [by_id[r["id"]] for r in refs]}

    def handle_ancestors(self, query: dict[str, Any], req: Request) -> Any:
        revision_id = current_scope()["revisionId"]
        node = self.node(revision_id, req.path_params["nodeId"])
        path = [node]
        while "parentId" in path[-1]:
            path.append(self.node(revision_id, path[-1]["parentId"]))
        return _page(path[::-1], query)


def _given(query: dict[str, Any]) -> dict[str, Any]:
    """Query parameters without the empty ones (`nodeId=&assetId=`, as clients send unset arguments)."""
    return {k: v for k, v in query.items() if v != ""}


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        raise CDFError(400, f"{name} must be an integer") from e


def _has_properties(node: Item, wanted: Any) -> bool:
    """{"category": {"key": ["value", ...]}}: every named key has one of its values (a single string works too)."""
    if not isinstance(wanted, dict):
        raise CDFError(400, "properties must be an object of objects")
    props = node.get("properties") or {}
    for category, keys in wanted.items():
        if not isinstance(keys, dict):
            raise CDFError(400, "properties must be an object of objects")
        for key, values in keys.items():
            accepted = [values] if isinstance(values, str) else values
            if (props.get(category) or {}).get(key) not in accepted:
                return False
    return True


def _page(nodes: list[Item], params: dict[str, Any]) -> dict[str, Any]:
    """One page of nodes (partitioned by node id), the cursor being the offset into the partition."""
    limit = check_limit(params.get("limit"), NODES_LIMIT_DEFAULT, NODES_LIMIT_MAX)
    partition = parse_partition(params.get("partition"))
    if partition is not None:
        nodes = [n for n in nodes if in_partition(n["id"], partition)]
    page, next_cursor = offset_page(nodes, limit, params.get("cursor"))
    out: dict[str, Any] = {"items": page}
    if next_cursor:
        out["nextCursor"] = next_cursor
    return out


def _intersects(value: Any, res: Resource) -> Predicate:
    if not isinstance(value, dict) or not isinstance(value.get("min"), list) or not isinstance(value.get("max"), list):
        raise CDFError(400, 'intersectsBoundingBox must be {"min": [x, y, z], "max": [x, y, z]}')
    lo, hi = value["min"], value["max"]
    trees: NodeTrees = res.emu.resource("3d_nodes")

    def pred(mapping: Item) -> bool:
        box = trees.node(mapping["_revisionId"], mapping["nodeId"])["boundingBox"]
        return all(box["min"][i] <= hi[i] and lo[i] <= box["max"][i] for i in range(3))

    return pred


def _anything(_value: Any, _res: Resource) -> Predicate:
    return lambda _item: True


class ThreeDAssetMappings(NestedResource):
    """Node <-> asset mappings of one revision; creating an existing mapping returns it unchanged."""

    name = "3d_mappings"
    path = "/3d/models/{modelId:int}/revisions/{revisionId:int}/mappings"
    label = "3D asset mapping"
    key_field = "_key"
    xid_field = None
    parent_params = ("modelId", "revisionId")
    timestamps = ()
    required = ("nodeId", "assetId")
    operations = frozenset({"create", "get_list", "list", "delete"})
    filters = {
        "nodeId": f.eq("nodeId"),
        "assetId": f.eq("assetId"),
        "intersectsBoundingBox": _intersects,
        "getDmsInstances": _anything,
        "assetIds": f.ids_in("assetId"),
        "nodeIds": f.ids_in("nodeId"),
        "treeIndexes": f.ids_in("treeIndex"),
    }

    def check_parent(self, params: dict[str, Any]) -> None:
        self.emu.resource("3d_revisions").revision(params["modelId"], params["revisionId"])

    @staticmethod
    def _key(revision_id: int, node_id: Any, asset_id: Any) -> str:
        return f"{revision_id}:{node_id}:{asset_id}"

    def key_of(self, ref: Any) -> Any:
        if isinstance(ref, dict) and "nodeId" in ref:
            key = self._key(current_scope()["revisionId"], ref["nodeId"], ref.get("assetId"))
            return key if key in self.store.items else None
        return super().key_of(ref)

    def prepare(self, item: Item) -> Item:
        revision_id = current_scope()["revisionId"]
        node = self.emu.resource("3d_nodes").node(revision_id, item["nodeId"])
        self.emu.resource("assets").lookup([{"id": item["assetId"]}], ignore_unknown=False)
        return {
            "_key": self._key(revision_id, node["id"], item["assetId"]),
            "nodeId": node["id"],
            "assetId": item["assetId"],
            "treeIndex": node["treeIndex"],
            "subtreeSize": node["subtreeSize"],
        }

    def handle_get_list(self, query: dict[str, Any], req: Request) -> Any:
        return super().handle_get_list(_given(query), req)

    def check_duplicates(self, items: list[Item]) -> None:
        """Mappings are idempotent: an existing one is returned as is (see create_items)."""

    def create_items(self, items: list[Item]) -> list[Item]:
        return [self.store.items.get(i["_key"]) or self.insert(i) for i in items]

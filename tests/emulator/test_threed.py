"""3D in the emulator: models, revisions scoped to their model, node trees (paging, partitions, subtrees,
ancestors), asset mappings, cascading deletes, persistence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cognite.emulator import Emulator
from cognite.emulator.resources.threed_nodes import DEFAULT_TREE, build_tree
from tests.emulator.conftest import Api


def _model_with_revision(api: Api, name: str = "m") -> tuple[int, int, str]:
    file_id = api.post("/files", {"name": f"{name}.glb"})["id"]
    model = api.post("/3d/models", items=[{"name": name}])["items"][0]["id"]
    rev = api.post(f"/3d/models/{model}/revisions", items=[{"fileId": file_id}])["items"][0]["id"]
    return model, rev, f"/3d/models/{model}/revisions/{rev}"


def _all_nodes(api: Api, path: str, **params: Any) -> list[dict[str, Any]]:
    out, cursor = [], None
    while True:
        page = api.get(path + "/nodes", limit=2, **params, **({"cursor": cursor} if cursor else {}))
        out += page["items"]
        cursor = page.get("nextCursor")
        if not cursor:
            return out


def test_new_revisions_get_the_default_tree_paged_and_partitioned(api: Api) -> None:
    _, _, rev = _model_with_revision(api)
    nodes = _all_nodes(api, rev)
    assert [n["name"] for n in nodes] == [name for name, _, _ in DEFAULT_TREE]
    assert [n["treeIndex"] for n in nodes] == list(range(len(DEFAULT_TREE)))
    assert [n["subtreeSize"] for n in nodes] == [7, 3, 2, 1, 3, 1, 1]
    assert [n["depth"] for n in nodes] == [0, 1, 2, 3, 1, 2, 2]
    parts = [_all_nodes(api, rev, partition=f"{m}/3") for m in (1, 2, 3)]
    assert sorted(n["id"] for p in parts for n in p) == sorted(n["id"] for n in nodes)
    by_id = sorted(nodes, key=lambda n: n["id"])
    assert [n["id"] for n in api.get(rev + "/nodes", sortByNodeId="true")["items"]] == [n["id"] for n in by_id]


def test_subtrees_depth_ancestors_filters_byids(api: Api) -> None:
    _, _, rev = _model_with_revision(api)
    nodes = api.get(rev + "/nodes")["items"]
    area76, bend = nodes[1], nodes[3]
    subtree = api.get(rev + "/nodes", nodeId=area76["id"])["items"]
    assert [n["name"] for n in subtree] == ["Area AB76", "Pipe P-101", "Bend B-101"]
    assert api.get(rev + "/nodes", nodeId=area76["id"], depth=1)["items"] == subtree[:2]
    ancestors = api.get(f"{rev}/nodes/{bend['id']}/ancestors")["items"]
    assert [n["name"] for n in ancestors] == ["Plant", "Area AB76", "Pipe P-101", "Bend B-101"]
    found = api.post(rev + "/nodes/list", filter={"properties": {"PDMS": {"Area": ["AB77"]}}})["items"]
    assert [n["name"] for n in found] == ["Area AB77", "Pipe support S-201", "Valve V-201"]
    assert api.post(rev + "/nodes/list", filter={"names": ["Plant"]})["items"] == nodes[:1]
    assert api.post(rev + "/nodes/byids", items=[{"id": bend["id"]}, {"id": nodes[0]["id"]}])["items"] == [
        bend,
        nodes[0],
    ]
    err = api.post(rev + "/nodes/byids", items=[{"id": 12345}], expect=400)["error"]
    assert err["missing"] == [{"id": 12345}]


def test_revisions_belong_to_their_model(api: Api) -> None:
    model_a, rev_a, _ = _model_with_revision(api, "a")
    model_b, _, _ = _model_with_revision(api, "b")
    assert api.get(f"/3d/models/{model_b}/revisions/{rev_a}", expect=400)["error"]["missing"] == [{"id": rev_a}]
    api.post(f"/3d/models/{model_b}/revisions/delete", items=[{"id": rev_a}], expect=400)
    api.get(f"/3d/models/{model_b}/revisions/{rev_a}/nodes", expect=400)
    assert [r["id"] for r in api.get(f"/3d/models/{model_a}/revisions")["items"]] == [rev_a]
    assert api.get("/3d/models/42/revisions", expect=400)["error"]["missing"] == [{"id": 42}]


def test_published_filters_and_revision_updates(api: Api) -> None:
    model, rev, path = _model_with_revision(api)
    _model_with_revision(api, "unpublished")
    assert api.get("/3d/models", published="true")["items"] == []
    api.post(
        f"/3d/models/{model}/revisions/update",
        items=[
            {
                "id": rev,
                "update": {"published": {"set": True}, "camera": {"set": {"target": [0, 0, 0], "position": [1, 1, 1]}}},
            }
        ],
    )
    assert [m["id"] for m in api.get("/3d/models", published="true")["items"]] == [model]
    assert len(api.get("/3d/models", published="false")["items"]) == 1
    assert api.get(path)["camera"] == {"target": [0, 0, 0], "position": [1, 1, 1]}
    assert [r["id"] for r in api.get(f"/3d/models/{model}/revisions", published="true")["items"]] == [rev]
    api.post(
        f"/3d/models/{model}/revisions/update", items=[{"id": rev, "update": {"status": {"set": "x"}}}], expect=400
    )
    api.post(f"/3d/models/{model}/revisions/update", items=[{"id": rev, "update": {"scale": {"set": [1]}}}], expect=400)


def test_asset_mappings(api: Api) -> None:
    model, rev, path = _model_with_revision(api)
    nodes = api.get(path + "/nodes")["items"]
    pump, valve = (api.post("/assets", items=[{"name": n}])["items"][0]["id"] for n in ("pump", "valve"))
    created = api.post(
        path + "/mappings",
        items=[{"nodeId": nodes[2]["id"], "assetId": pump}, {"nodeId": nodes[6]["id"], "assetId": valve}],
    )["items"]
    assert [(m["treeIndex"], m["subtreeSize"]) for m in created] == [(2, 2), (6, 1)]
    again = api.post(path + "/mappings", items=[{"nodeId": nodes[2]["id"], "assetId": pump}])["items"]
    assert again == created[:1]  # idempotent
    assert api.get(path)["assetMappingCount"] == 2
    api.post(path + "/mappings", items=[{"nodeId": nodes[0]["id"], "assetId": 999}], expect=400)
    api.post(path + "/mappings", items=[{"nodeId": 999, "assetId": pump}], expect=400)
    box = '{"min": [5.5, 5.5, 5.5], "max": [9, 9, 9]}'  # node i's box spans [i, i + subtree size]
    assert [m["assetId"] for m in api.get(path + "/mappings", intersectsBoundingBox=box)["items"]] == [valve]
    assert [m["assetId"] for m in api.get(path + "/mappings", nodeId=nodes[2]["id"])["items"]] == [pump]
    listed = api.post(path + "/mappings/list", filter={"assetIds": [valve, pump]}, limit=1)
    assert len(listed["items"]) == 1 and listed["nextCursor"]
    assert api.post(path + "/mappings/list", filter={"treeIndexes": [6]})["items"] == created[1:]
    api.post(path + "/mappings/delete", items=[{"nodeId": nodes[2]["id"], "assetId": pump}])
    api.post(path + "/mappings/delete", items=[{"nodeId": nodes[2]["id"], "assetId": pump}], expect=400)
    assert api.get(path)["assetMappingCount"] == 1
    other_model, other_rev, other = _model_with_revision(api, "other")
    assert api.get(other + "/mappings")["items"] == []  # mappings are per revision


def test_deletes_cascade(emu: Emulator, api: Api) -> None:
    model, rev, path = _model_with_revision(api)
    node = api.get(path + "/nodes")["items"][0]["id"]
    asset = api.post("/assets", items=[{"name": "a"}])["items"][0]["id"]
    api.post(path + "/mappings", items=[{"nodeId": node, "assetId": asset}])
    second = api.post(f"/3d/models/{model}/revisions", items=[{"fileId": api.get(path)["fileId"]}])["items"][0]["id"]
    api.post(f"/3d/models/{model}/revisions/delete", items=[{"id": rev}])
    assert rev not in emu.resource("3d_nodes").trees and len(emu.resource("3d_mappings").store) == 0
    api.post("/3d/models/delete", items=[{"id": model}])
    assert len(emu.resource("3d_revisions").store) == 0 and second not in emu.resource("3d_nodes").trees


def test_set_nodes_and_persistence(emu: Emulator, api: Api, tmp_path: Path) -> None:
    model, rev, path = _model_with_revision(api)
    tree = [{"id": 1, "name": "r"}, {"id": 2, "name": "a", "parentId": 1}, {"id": 3, "name": "b", "parentId": 1}]
    emu.resource("3d_nodes").set_nodes(model, rev, tree)
    asset = api.post("/assets", items=[{"name": "a"}])["items"][0]["id"]
    api.post(path + "/mappings", items=[{"nodeId": 3, "assetId": asset}])
    api.post(path + "/thumbnail", fileId=api.get(path)["fileId"])
    emu.save(tmp_path / "state.json")
    restored = Emulator()
    restored.load(tmp_path / "state.json")
    with restored.client() as http:
        again = Api(http)
        assert again.get(path + "/nodes")["items"] == api.get(path + "/nodes")["items"]
        assert again.get(path) == api.get(path)
        assert again.get(path + "/mappings")["items"] == api.get(path + "/mappings")["items"]
    with pytest.raises(ValueError, match="exactly one root"):
        build_tree([{"id": 1, "name": "a"}, {"id": 2, "name": "b"}])
    with pytest.raises(ValueError, match="one tree"):
        build_tree(
            [{"id": 1, "name": "r"}, {"id": 2, "name": "a", "parentId": 3}, {"id": 3, "name": "b", "parentId": 2}]
        )
    with pytest.raises(ValueError, match="unique int id"):
        build_tree([{"id": 1, "name": "r"}, {"id": 1, "name": "dup", "parentId": 1}])


def test_files_serve_uploaded_bytes_only(api: Api) -> None:
    upload = api.post("/files", {"name": "thumb.png", "mimeType": "image/png"})
    assert api.http.get(f"/api/v1/projects/test/3d/files/{upload['id']}").status_code == 400  # not uploaded yet
    assert api.http.put(upload["uploadUrl"], content=b"\x89PNG").is_success
    reply = api.http.get(f"/api/v1/projects/test/3d/files/{upload['id']}")
    assert reply.content == b"\x89PNG" and reply.headers["content-type"] == "image/png"


def test_empty_query_parameters_are_unset(api: Api) -> None:
    """Clients send unset arguments as empty parameters (`nodeId=&assetId=`, as the official SDK does)."""
    _, _, path = _model_with_revision(api)
    nodes = api.get(path + "/nodes")["items"]
    asset = api.post("/assets", items=[{"name": "a"}])["items"][0]["id"]
    api.post(path + "/mappings", items=[{"nodeId": nodes[1]["id"], "assetId": asset}])
    assert len(api.get(path + "/mappings", nodeId="", assetId="")["items"]) == 1
    assert len(api.get(path + "/nodes", nodeId="", depth="")["items"]) == len(nodes)

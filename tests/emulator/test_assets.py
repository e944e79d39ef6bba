"""Assets: hierarchy creation, rootId, filters, partitions, cursors, update, delete, search, aggregate, limits."""

from __future__ import annotations

import pytest

from cognite.emulator import Emulator
from tests.emulator.conftest import Api


def _hierarchy(api: Api) -> dict[str, dict]:
    # Children before parents, and a grandchild of a stored asset: the server must order them itself.
    api.post("/assets", items=[{"externalId": "stored", "name": "stored"}])
    items = [
        {"externalId": "g1", "name": "g1", "parentExternalId": "c1"},
        {"externalId": "c1", "name": "c1", "parentExternalId": "root", "metadata": {"kind": "pump"}},
        {"externalId": "c2", "name": "c2", "parentExternalId": "root", "source": "sap"},
        {"externalId": "root", "name": "root"},
        {"externalId": "s1", "name": "s1", "parentExternalId": "stored"},
    ]
    created = api.post("/assets", items=items)["items"]
    assert [a["externalId"] for a in created] == ["g1", "c1", "c2", "root", "s1"]
    return {a["externalId"]: a for a in api.list_all("/assets/list", {"limit": 1000})}


def test_create_hierarchy_any_order(api: Api) -> None:
    by = _hierarchy(api)
    root, stored = by["root"]["id"], by["stored"]["id"]
    assert by["root"]["rootId"] == root and "parentId" not in by["root"]
    assert by["c1"]["parentId"] == root and by["c1"]["rootId"] == root
    assert by["g1"]["parentId"] == by["c1"]["id"] and by["g1"]["rootId"] == root
    assert by["g1"]["parentExternalId"] == "c1"
    assert by["s1"]["parentId"] == stored and by["s1"]["rootId"] == stored


def test_unknown_parent_and_cycles_are_400(api: Api) -> None:
    r = api.post("/assets", items=[{"name": "x", "parentExternalId": "ghost"}], expect=400)
    assert r["error"]["missing"] == [{"externalId": "ghost"}]
    r = api.post("/assets", items=[{"name": "x", "parentId": 123}], expect=400)
    assert r["error"]["missing"] == [{"id": 123}]
    cycle = [
        {"externalId": "a", "name": "a", "parentExternalId": "b"},
        {"externalId": "b", "name": "b", "parentExternalId": "a"},
    ]
    assert "cycle" in api.post("/assets", items=cycle, expect=400)["error"]["message"]
    assert api.post("/assets/list")["items"] == []  # nothing was created


def test_duplicates_409_and_limits_400(api: Api) -> None:
    api.post("/assets", items=[{"externalId": "a", "name": "a"}])
    r = api.post("/assets", items=[{"externalId": "a", "name": "a"}, {"externalId": "b", "name": "b"}], expect=409)
    assert r["error"]["duplicated"] == [{"externalId": "a"}]
    r = api.post("/assets", items=[{"externalId": "x", "name": "x"}] * 2, expect=409)
    assert r["error"]["duplicated"] == [{"externalId": "x"}]
    too_many = [{"name": str(i)} for i in range(1001)]
    r = api.post("/assets", items=too_many, expect=400)
    assert r["error"]["message"] == "items size must be between 1 and 1000"
    assert api.post("/assets", items=[], expect=400)["error"]["code"] == 400
    assert api.post("/assets/list", limit=1001, expect=400)["error"]["code"] == 400
    assert api.post("/assets", items=[{"description": "no name"}], expect=400)["error"]["code"] == 400


def test_byids_missing_and_ignore_unknown(api: Api) -> None:
    a = api.post("/assets", items=[{"externalId": "a", "name": "a"}])["items"][0]
    r = api.post("/assets/byids", items=[{"id": a["id"]}, {"externalId": "nope"}, {"id": 1}], expect=400)
    assert r["error"]["missing"] == [{"externalId": "nope"}, {"id": 1}]
    r = api.post("/assets/byids", {"items": [{"externalId": "nope"}, {"externalId": "a"}], "ignoreUnknownIds": True})
    assert [x["id"] for x in r["items"]] == [a["id"]]
    assert api.get(f"/assets/{a['id']}")["externalId"] == "a"


def test_filters(api: Api) -> None:
    by = _hierarchy(api)
    root = by["root"]["id"]

    def names(flt: dict) -> set[str]:
        return {a["name"] for a in api.list_all("/assets/list", {"filter": flt, "limit": 1000})}

    assert names({"parentIds": [root]}) == {"c1", "c2"}
    assert names({"parentExternalIds": ["root"]}) == {"c1", "c2"}
    assert names({"rootIds": [{"externalId": "stored"}]}) == {"stored", "s1"}
    assert names({"assetSubtreeIds": [{"externalId": "c1"}]}) == {"c1", "g1"}
    assert names({"metadata": {"kind": "pump"}}) == {"c1"}
    assert names({"source": "sap"}) == {"c2"}
    assert names({"root": True}) == {"root", "stored"}
    assert names({"externalIdPrefix": "c"}) == {"c1", "c2"}
    created = by["c1"]["createdTime"]
    same_ms = {x for x, a in by.items() if a["createdTime"] == created}
    assert "g1" in same_ms
    assert names({"createdTime": {"min": created, "max": created}}) == same_ms
    assert names({"createdTime": {"max": created - 1}}) == set(by) - same_ms - {
        x for x, a in by.items() if a["createdTime"] > created
    }
    assert names({"name": "g1"}) == {"g1"}


def test_labels_and_data_set_filters(api: Api) -> None:
    ds = api.post("/datasets", items=[{"externalId": "ds", "name": "ds"}])["items"][0]
    api.post(
        "/assets",
        items=[
            {"name": "l1", "labels": [{"externalId": "A"}, {"externalId": "B"}], "dataSetId": ds["id"]},
            {"name": "l2", "labels": [{"externalId": "A"}]},
        ],
    )

    def names(flt: dict) -> set[str]:
        return {a["name"] for a in api.post("/assets/list", filter=flt)["items"]}

    assert names({"labels": {"containsAny": [{"externalId": "B"}]}}) == {"l1"}
    assert names({"labels": {"containsAll": [{"externalId": "A"}]}}) == {"l1", "l2"}
    assert names({"dataSetIds": [{"externalId": "ds"}]}) == {"l1"}
    assert names({"dataSetIds": [{"id": ds["id"]}]}) == {"l1"}


@pytest.mark.parametrize("n", [1, 3, 10])
def test_partitions_are_disjoint_and_complete(emu: Emulator, api: Api, n: int) -> None:
    for chunk in range(3):
        api.post("/assets", items=[{"externalId": f"a{chunk}-{i}", "name": "x"} for i in range(1000)])
    emu.faults.short_pages(max_size=333)  # partitions must still add up with short pages
    seen: list[int] = []
    for m in range(1, n + 1):
        seen.extend(a["id"] for a in api.list_all("/assets/list", {"partition": f"{m}/{n}", "limit": 1000}))
    assert len(seen) == len(set(seen)) == 3000


def test_partition_validation(api: Api) -> None:
    for bad in ("0/3", "4/3", "1/11", "x", "1-2"):
        assert api.post("/assets/list", partition=bad, expect=400)["error"]["code"] == 400


def test_cursor_pages_survive_writes(api: Api) -> None:
    api.post("/assets", items=[{"externalId": f"a{i}", "name": "x"} for i in range(10)])
    first = api.post("/assets/list", limit=4)
    api.post("/assets/delete", items=[{"externalId": "a5"}])
    api.post("/assets", items=[{"externalId": "late", "name": "x"}])
    rest = api.list_all("/assets/list", {"limit": 4, "cursor": first["nextCursor"]})
    xids = [a["externalId"] for a in first["items"] + rest]
    assert xids == [f"a{i}" for i in range(10) if i != 5] + ["late"]
    assert api.post("/assets/list", cursor="garbage!", expect=400)["error"]["code"] == 400


def test_update_operations(api: Api) -> None:
    api.post("/assets", items=[{"externalId": "a", "name": "a", "metadata": {"k": "0"}, "description": "d"}])
    update = {
        "name": {"set": "a2"},
        "metadata": {"add": {"x": "y"}, "remove": ["k"]},
        "labels": {"add": [{"externalId": "L"}]},
        "description": {"setNull": True},
    }
    out = api.post("/assets/update", items=[{"externalId": "a", "update": update}])["items"][0]
    assert out["name"] == "a2" and out["metadata"] == {"x": "y"} and out["labels"] == [{"externalId": "L"}]
    assert "description" not in out and out["lastUpdatedTime"] >= out["createdTime"]
    out = api.post(
        "/assets/update", items=[{"externalId": "a", "update": {"labels": {"remove": [{"externalId": "L"}]}}}]
    )
    assert out["items"][0]["labels"] == []
    r = api.post("/assets/update", items=[{"externalId": "a", "update": {"bogus": {"set": 1}}}], expect=400)
    assert "bogus" in r["error"]["message"]
    r = api.post("/assets/update", items=[{"externalId": "a", "update": {"name": {"setNull": True}}}], expect=400)
    r = api.post("/assets/update", items=[{"externalId": "zz", "update": {"name": {"set": "q"}}}], expect=400)
    assert r["error"]["missing"] == [{"externalId": "zz"}]


def test_update_external_id_conflict_409(api: Api) -> None:
    api.post("/assets", items=[{"externalId": "a", "name": "a"}, {"externalId": "b", "name": "b"}])
    r = api.post("/assets/update", items=[{"externalId": "a", "update": {"externalId": {"set": "b"}}}], expect=409)
    assert r["error"]["duplicated"] == [{"externalId": "b"}]
    api.post("/assets/update", items=[{"externalId": "a", "update": {"externalId": {"set": "a-new"}}}])
    assert api.post("/assets/byids", items=[{"externalId": "a-new"}])["items"][0]["name"] == "a"


def test_move_asset_within_hierarchy(api: Api) -> None:
    by = _hierarchy(api)
    out = api.post("/assets/update", items=[{"externalId": "g1", "update": {"parentExternalId": {"set": "c2"}}}])
    moved = out["items"][0]
    assert moved["parentId"] == by["c2"]["id"] and moved["parentExternalId"] == "c2"
    names = {a["name"] for a in api.post("/assets/list", filter={"assetSubtreeIds": [{"externalId": "c2"}]})["items"]}
    assert names == {"c2", "g1"}
    r = api.post(
        "/assets/update", items=[{"externalId": "g1", "update": {"parentExternalId": {"set": "stored"}}}], expect=400
    )
    assert "same asset hierarchy" in r["error"]["message"]


def test_delete_non_recursive_and_recursive(api: Api) -> None:
    _hierarchy(api)
    r = api.post("/assets/delete", items=[{"externalId": "c1"}], expect=400)
    assert "children" in r["error"]["message"]
    api.post(
        "/assets/delete",
        {"items": [{"externalId": "c1"}, {"externalId": "nope"}], "recursive": True, "ignoreUnknownIds": True},
    )
    left = {a["externalId"] for a in api.list_all("/assets/list")}
    assert left == {"root", "c2", "stored", "s1"}
    r = api.post("/assets/delete", items=[{"externalId": "nope"}], expect=400)
    assert r["error"]["missing"] == [{"externalId": "nope"}]
    api.post("/assets/delete", items=[{"externalId": "g1"}], expect=400)  # already gone with its parent


def test_search_and_aggregate(api: Api) -> None:
    api.post(
        "/assets",
        items=[
            {"name": "water pump", "description": "main pump", "source": "a"},
            {"name": "oil pump", "source": "b"},
            {"name": "valve", "source": "a"},
        ],
    )
    found = api.post("/assets/search", search={"name": "pump"})["items"]
    assert {a["name"] for a in found} == {"water pump", "oil pump"}
    found = api.post("/assets/search", search={"query": "main"}, filter={"source": "a"})["items"]
    assert [a["name"] for a in found] == ["water pump"]
    assert api.post("/assets/aggregate", filter={"source": "a"})["items"] == [{"count": 2}]
    unique = api.post("/assets/aggregate", aggregate="uniqueValues", properties=[{"property": ["source"]}])
    assert unique["items"] == [{"count": 2, "values": ["a"]}, {"count": 1, "values": ["b"]}]
    card = api.post("/assets/aggregate", aggregate="cardinalityValues", properties=[{"property": ["source"]}])
    assert card["items"] == [{"count": 2}]


def test_get_list_with_query_filters(api: Api) -> None:
    by = _hierarchy(api)
    out = api.get("/assets", limit=2)
    assert len(out["items"]) == 2 and out["nextCursor"]
    children = api.get("/assets", parentIds=f"[{by['root']['id']}]")["items"]
    assert {a["name"] for a in children} == {"c1", "c2"}


def test_aggregated_properties(api: Api) -> None:
    by = _hierarchy(api)
    body = {
        "items": [{"externalId": "g1"}, {"externalId": "root"}],
        "aggregatedProperties": ["childCount", "depth", "path"],
    }
    g1, root = api.post("/assets/byids", body)["items"]
    assert g1["aggregates"] == {
        "childCount": 0,
        "depth": 2,
        "path": [{"id": by["root"]["id"]}, {"id": by["c1"]["id"]}, {"id": by["g1"]["id"]}],
    }
    assert root["aggregates"]["childCount"] == 2 and root["aggregates"]["depth"] == 0
    listed = api.post("/assets/list", filter={"root": True}, aggregatedProperties=["childCount"])["items"]
    assert {a["externalId"]: a["aggregates"] for a in listed} == {
        "stored": {"childCount": 1},
        "root": {"childCount": 2},
    }
    assert api.post("/assets/list", aggregatedProperties=["bogus"], expect=400)["error"]["code"] == 400


def test_advanced_filter_and_sort(api: Api) -> None:
    api.post(
        "/assets",
        items=[
            {"externalId": "p1", "name": "pump 1", "metadata": {"area": "north"}, "labels": [{"externalId": "hot"}]},
            {"externalId": "p2", "name": "pump 2", "metadata": {"area": "south"}},
            {"externalId": "v1", "name": "valve", "metadata": {"area": "north"}, "description": "d"},
        ],
    )

    def xids(adv: dict, **body: object) -> list[str]:
        return [a["externalId"] for a in api.post("/assets/list", advancedFilter=adv, **body)["items"]]

    north = {"equals": {"property": ["metadata", "area"], "value": "north"}}
    assert sorted(xids(north)) == ["p1", "v1"]
    assert xids({"and": [north, {"prefix": {"property": ["name"], "value": "pump"}}]}) == ["p1"]
    assert sorted(
        xids(
            {"or": [{"exists": {"property": ["description"]}}, {"in": {"property": ["externalId"], "values": ["p2"]}}]}
        )
    ) == ["p2", "v1"]
    assert sorted(xids({"not": north})) == ["p2"]
    assert xids({"containsAny": {"property": ["labels"], "values": [{"externalId": "hot"}]}}) == ["p1"]
    assert api.post("/assets/list", advancedFilter={"bogus": {}}, expect=400)["error"]["code"] == 400
    by_name = [
        a["externalId"] for a in api.post("/assets/list", sort=[{"property": ["name"], "order": "desc"}])["items"]
    ]
    assert by_name == ["v1", "p2", "p1"]
    page = api.post("/assets/list", sort=[{"property": ["name"]}], limit=2)
    rest = api.post("/assets/list", sort=[{"property": ["name"]}], limit=2, cursor=page["nextCursor"])
    assert [a["externalId"] for a in page["items"] + rest["items"]] == ["p1", "p2", "v1"] and "nextCursor" not in rest


def test_partitions_above_ten_are_capped_where_cdf_caps_them(api: Api) -> None:
    assert api.post("/assets/list", partition="3/20", expect=400)["error"]["code"] == 400
    api.post("/timeseries", items=[{"externalId": f"t{i}"} for i in range(200)])
    seen: list[str] = []
    for m in range(1, 21):
        page = api.post("/timeseries/list", partition=f"{m}/20", limit=1000)
        assert "nextCursor" not in page
        if m > 10:
            assert page["items"] == []
        seen.extend(t["externalId"] for t in page["items"])
    assert sorted(seen) == sorted(f"t{i}" for i in range(200))

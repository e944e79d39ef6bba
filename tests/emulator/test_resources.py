"""Events, time series, data sets, labels, relationships, groups, security categories, sessions."""

from __future__ import annotations

import pytest

from cognite.emulator import Emulator
from tests.emulator.conftest import Api


def test_events_filters_and_time_validation(api: Api) -> None:
    asset = api.post("/assets", items=[{"externalId": "root", "name": "root"}])["items"][0]
    api.post(
        "/events",
        items=[
            {"externalId": "e1", "startTime": 10, "endTime": 20, "type": "alarm", "assetIds": [asset["id"]]},
            {"externalId": "e2", "startTime": 30, "type": "alarm", "subtype": "high"},
            {"externalId": "e3", "startTime": 5, "endTime": 8, "type": "work"},
        ],
    )

    def xids(flt: dict) -> list[str]:
        return sorted(e["externalId"] for e in api.post("/events/list", filter=flt)["items"])

    assert xids({"type": "alarm"}) == ["e1", "e2"]
    assert xids({"startTime": {"min": 9, "max": 30}}) == ["e1", "e2"]
    assert xids({"endTime": {"isNull": True}}) == ["e2"]
    assert xids({"activeAtTime": {"min": 15, "max": 35}}) == ["e1", "e2"]
    assert xids({"assetIds": [asset["id"]]}) == ["e1"]
    assert xids({"assetExternalIds": ["root"]}) == ["e1"]
    assert xids({"assetSubtreeIds": [{"externalId": "root"}]}) == ["e1"]
    r = api.post("/events", items=[{"startTime": 10, "endTime": 5}], expect=400)
    assert "endTime" in r["error"]["message"]
    upd = api.post("/events/update", items=[{"externalId": "e2", "update": {"assetIds": {"add": [asset["id"]]}}}])
    assert upd["items"][0]["assetIds"] == [asset["id"]]
    assert api.post("/events/aggregate", filter={"type": "alarm"})["items"] == [{"count": 2}]


def test_time_series_defaults_filters_and_datapoint_resolution(emu: Emulator, api: Api) -> None:
    asset = api.post("/assets", items=[{"externalId": "root", "name": "root"}])["items"][0]
    created = api.post(
        "/timeseries",
        items=[
            {"externalId": "t1", "name": "t1", "assetId": asset["id"], "unit": "m"},
            {"externalId": "s1", "name": "s1", "isString": True},
        ],
    )["items"]
    assert created[0]["type"] == "numeric" and created[1]["type"] == "string"
    assert created[0]["isStep"] is False and created[0]["metadata"] == {} and created[0]["securityCategories"] == []
    assert "rootAssetId" not in created[0]
    listed = api.post("/timeseries/list", filter={"rootAssetIds": [asset["id"]]})["items"]
    assert [t["externalId"] for t in listed] == ["t1"]
    assert [t["externalId"] for t in api.post("/timeseries/list", filter={"isString": True})["items"]] == ["s1"]
    assert api.post("/timeseries", items=[{"assetId": 1}], expect=400)["error"]["missing"] == [{"id": 1}]


def test_time_series_resolve_for_datapoints(emu: Emulator, api: Api) -> None:
    if emu.datapoints is None:
        pytest.skip("the datapoints service is not available")
    created = api.post("/timeseries", items=[{"externalId": "t1", "unit": "m"}, {"isString": True}])["items"]
    ts = emu.resource("timeseries")
    ref = ts.resolve_ref({"externalId": "t1"})
    assert ref.id == created[0]["id"] and ref.unit == "m" and not ref.is_string
    assert ts.resolve_ref({"id": created[1]["id"]}).is_string
    assert ts.resolve_ref({"externalId": "nope"}) is None


def test_time_series_delete_drops_datapoints(emu: Emulator, api: Api) -> None:
    if emu.datapoints is None:
        pytest.skip("the datapoints service is not available")
    api.post("/timeseries", items=[{"externalId": "t1"}])
    points = {"items": [{"externalId": "t1", "datapoints": [{"timestamp": 1000, "value": 1.5}]}]}
    api.post("/timeseries/data", points)
    api.post("/timeseries/delete", items=[{"externalId": "t1"}])
    api.post("/timeseries", items=[{"externalId": "t1"}])
    latest = api.post("/timeseries/data/latest", items=[{"externalId": "t1"}])["items"][0]
    assert latest["datapoints"] == []


def test_data_sets_have_no_delete_and_default_write_protected(api: Api) -> None:
    assert api.post("/datasets", items=[{"name": str(i)} for i in range(11)], expect=400)["error"]["code"] == 400
    ds = api.post("/datasets", items=[{"externalId": "ds", "name": "n"}], expect=200)["items"][0]
    assert ds["writeProtected"] is False
    assert api.http.post("/api/v1/projects/test/datasets/delete", json={"items": [{"id": ds["id"]}]}).status_code in (
        404,
        405,
    )
    upd = api.post("/datasets/update", items=[{"id": ds["id"], "update": {"writeProtected": {"set": True}}}])
    assert upd["items"][0]["writeProtected"] is True


def test_labels_keyed_by_external_id(api: Api) -> None:
    created = api.post("/labels", items=[{"externalId": "L1", "name": "one"}, {"externalId": "L2", "name": "two"}])
    assert set(created["items"][0]) == {"externalId", "name", "createdTime"}
    assert api.post("/labels", items=[{"externalId": "L1", "name": "x"}], expect=409)["error"]["duplicated"] == [
        {"externalId": "L1"}
    ]
    assert [x["name"] for x in api.post("/labels/list", filter={"externalIdPrefix": "L2"})["items"]] == ["two"]
    api.post("/labels/delete", items=[{"externalId": "L1"}])
    assert api.post("/labels/byids", items=[{"externalId": "L1"}], expect=400)["error"]["missing"] == [
        {"externalId": "L1"}
    ]


def test_relationships(api: Api) -> None:
    api.post("/assets", items=[{"externalId": "a", "name": "a"}])
    api.post("/timeseries", items=[{"externalId": "t"}])
    rel = {"externalId": "r1", "sourceExternalId": "a", "sourceType": "asset", "targetExternalId": "t"}
    r = api.post("/relationships", items=[{**rel, "targetType": "bogus"}], expect=400)
    assert "targetType" in r["error"]["message"]
    api.post("/relationships", items=[{**rel, "targetType": "timeSeries", "confidence": 0.5}])
    found = api.post("/relationships/list", filter={"sourceExternalIds": ["a"]}, fetchResources=True)["items"]
    assert found[0]["target"]["externalId"] == "t" and found[0]["source"]["name"] == "a"
    both = api.post("/relationships/list", filter={"sourcesOrTargets": [{"type": "timeSeries", "externalId": "t"}]})
    assert [x["externalId"] for x in both["items"]] == ["r1"]
    assert api.post("/relationships/list", filter={"confidence": {"min": 0.6}})["items"] == []
    r = api.http.post("/api/v1/projects/test/relationships/delete", json={"items": [{"externalId": "r1"}]})
    assert r.status_code == 202


def test_groups_security_categories_sessions(emu: Emulator, api: Api) -> None:
    group = api.post("/groups", items=[{"name": "admins", "capabilities": [{"assetsAcl": {}}]}])["items"][0]
    assert group["isDeleted"] is False
    assert [g["name"] for g in api.get("/groups", all="true")["items"]] == ["admins"]
    api.post("/groups/delete", items=[group["id"]])
    assert api.get("/groups")["items"] == []
    cats = api.post("/securitycategories", items=[{"name": f"c{i}"} for i in range(30)])["items"]
    page = api.get("/securitycategories")
    assert len(page["items"]) == 25 and page["nextCursor"]
    api.post("/securitycategories/delete", items=[cats[0]["id"]])
    missing = api.post("/securitycategories/delete", items=[cats[0]["id"]], expect=400)["error"]["missing"]
    assert missing == [{"id": cats[0]["id"]}]

    emu.auth.register_client("svc", "right")
    bad = api.post("/sessions", items=[{"clientId": "svc", "clientSecret": "wrong"}], expect=400)
    assert bad["error"]["code"] == 400
    two = [{"clientId": "svc", "clientSecret": "right"}, {"tokenExchange": True}]
    assert api.post("/sessions", items=two, expect=400)["error"]["message"].startswith("items size")
    made = {"items": [api.post("/sessions", items=[item])["items"][0] for item in two]}
    assert [s["type"] for s in made["items"]] == ["CLIENT_CREDENTIALS", "TOKEN_EXCHANGE"]
    assert all(s["nonce"] and s["status"] == "READY" for s in made["items"])
    listed = api.get("/sessions")["items"]
    assert len(listed) == 2 and "nonce" not in listed[0]
    api.post("/sessions/revoke", items=[{"id": made["items"][0]["id"]}])
    assert [s["id"] for s in api.get("/sessions", status="REVOKED")["items"]] == [made["items"][0]["id"]]


def test_list_defaults_follow_the_spec(api: Api) -> None:
    api.post("/sequences", items=[{"columns": [{"externalId": "c"}]} for _ in range(30)])
    assert len(api.get("/sequences")["items"]) == 25  # GET default
    assert len(api.post("/sequences/list")["items"]) == 30  # POST default 100
    api.post(
        "/relationships",
        items=[
            {
                "externalId": f"r{i}",
                "sourceExternalId": "a",
                "sourceType": "asset",
                "targetExternalId": "b",
                "targetType": "event",
            }
            for i in range(3)
        ],
    )
    assert len(api.get("/relationships", limit=2)["items"]) == 2

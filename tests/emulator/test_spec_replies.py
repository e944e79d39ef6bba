"""Every emulated endpoint's replies validate against the pinned spec's response schemas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cognite.emulator import Emulator
from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api

pytestmark = pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")


@pytest.fixture(scope="module")
def validated() -> Iterator[tuple[Emulator, Api]]:
    emu = Emulator(seed=7, validate_responses=True)
    with emu.client() as http:
        yield emu, Api(http)


def _exercise(api: Api) -> None:
    ds = api.post("/datasets", items=[{"externalId": "ds", "name": "ds"}])["items"][0]
    api.post("/datasets/list")
    api.post("/datasets/byids", items=[{"id": ds["id"]}])
    api.post("/datasets/update", items=[{"id": ds["id"], "update": {"description": {"set": "d"}}}])
    api.post("/datasets/aggregate", filter={})

    api.post("/labels", items=[{"externalId": "L", "name": "L"}])
    api.post("/labels/list")
    api.post("/labels/byids", items=[{"externalId": "L"}])

    root = api.post("/assets", items=[{"externalId": "r", "name": "r", "labels": [{"externalId": "L"}]}])["items"][0]
    api.post("/assets", items=[{"externalId": "c", "name": "c", "parentExternalId": "r", "dataSetId": ds["id"]}])
    api.post("/assets/list", limit=1)
    api.get("/assets", limit=1)
    api.get(f"/assets/{root['id']}")
    api.post("/assets/byids", items=[{"id": root["id"]}])
    api.post("/assets/byids", items=[{"id": 1}], expect=400)
    api.post("/assets/update", items=[{"id": root["id"], "update": {"metadata": {"set": {"a": "b"}}}}])
    api.post("/assets/search", search={"name": "r"})
    api.post("/assets/aggregate", filter={})

    ev = api.post("/events", items=[{"externalId": "e", "startTime": 1, "assetIds": [root["id"]]}])["items"][0]
    api.post("/events/list")
    api.get(f"/events/{ev['id']}")
    api.post("/events/update", items=[{"id": ev["id"], "update": {"type": {"set": "t"}}}])
    api.post("/events/search", search={"description": "x"})
    api.post("/events/aggregate", filter={})

    ts = api.post("/timeseries", items=[{"externalId": "ts", "name": "ts", "assetId": root["id"]}])["items"][0]
    api.post("/timeseries/list")
    api.get("/timeseries")
    api.post("/timeseries/byids", items=[{"externalId": "ts"}])
    api.post("/timeseries/update", items=[{"id": ts["id"], "update": {"unit": {"set": "m"}}}])
    api.post("/timeseries/search", search={"name": "ts"})
    api.post("/timeseries/aggregate", filter={})

    api.post(
        "/relationships",
        items=[
            {
                "externalId": "rel",
                "sourceExternalId": "r",
                "sourceType": "asset",
                "targetExternalId": "ts",
                "targetType": "timeSeries",
            }
        ],
    )
    api.post("/relationships/list", fetchResources=True)
    api.post("/relationships/byids", items=[{"externalId": "rel"}])
    api.post("/relationships/update", items=[{"externalId": "rel", "update": {"confidence": {"set": 0.3}}}])

    seq_cols = [{"externalId": "x", "valueType": "LONG"}]
    api.post("/sequences", items=[{"externalId": "s", "columns": seq_cols}])
    api.post("/sequences/list")
    api.post(
        "/sequences/data", items=[{"externalId": "s", "columns": ["x"], "rows": [{"rowNumber": 1, "values": [3]}]}]
    )
    api.post("/sequences/data/list", {"externalId": "s"})
    api.post("/sequences/data/latest", {"externalId": "s"})

    api.post("/raw/dbs", items=[{"name": "db"}])
    api.get("/raw/dbs")
    api.post("/raw/dbs/db/tables", items=[{"name": "t"}])
    api.get("/raw/dbs/db/tables")
    api.post("/raw/dbs/db/tables/t/rows", items=[{"key": "k", "columns": {"a": 1}}])
    api.get("/raw/dbs/db/tables/t/rows")
    api.get("/raw/dbs/db/tables/t/rows/k")
    api.get("/raw/dbs/db/tables/t/cursors", numberOfCursors=2)

    f = api.post("/files", {"externalId": "f", "name": "f"})
    api.http.put(f["uploadUrl"], content=b"x")
    api.post("/files/list")
    api.post("/files/byids", items=[{"id": f["id"]}])
    api.post("/files/downloadlink", items=[{"id": f["id"]}])
    api.post("/files/uploadlink", items=[{"id": f["id"]}])
    api.post("/files/update", items=[{"id": f["id"], "update": {"source": {"set": "s"}}}])

    api.post("/extpipes", items=[{"externalId": "ep", "name": "ep", "dataSetId": ds["id"]}])
    api.get("/extpipes")
    api.post("/extpipes/list")
    api.post("/extpipes/runs", items=[{"externalId": "ep", "status": "seen"}])
    api.post("/extpipes/runs/list", filter={"externalId": "ep"})
    api.post("/extpipes/config", {"externalId": "ep", "config": "a: 1"})
    api.get("/extpipes/config", externalId="ep")

    api.post("/groups", items=[{"name": "g"}])
    api.get("/groups")
    api.post("/securitycategories", items=[{"name": "c"}])
    api.get("/securitycategories")
    api.post("/sessions", items=[{"tokenExchange": True}])
    api.get("/sessions")

    # The rest of each resource's operations.
    api.post("/assets/aggregate", aggregate="uniqueValues", properties=[{"property": ["name"]}])
    api.post("/assets/list", aggregatedProperties=["childCount", "path", "depth"], limit=2)
    api.post("/events/byids", items=[{"id": ev["id"]}])
    api.post("/timeseries/byids", items=[{"id": ts["id"]}])
    api.get(f"/timeseries/{ts['id']}")
    seq = api.post("/sequences/byids", items=[{"externalId": "s"}])["items"][0]
    api.get(f"/sequences/{seq['id']}")
    api.post("/sequences/search", search={"name": "s"})
    api.post("/sequences/aggregate", filter={})
    api.post("/sequences/update", items=[{"id": seq["id"], "update": {"name": {"set": "n"}}}])
    api.post("/sequences/data/delete", items=[{"id": seq["id"], "rows": [1]}])
    api.post("/sequences/delete", items=[{"id": seq["id"]}])
    api.get(f"/files/{f['id']}")
    api.post("/files/search", search={"name": "f"})
    api.post("/files/aggregate", filter={})
    api.get("/files", limit=1)
    mp = api.http.post("/api/v1/projects/test/files/initmultipartupload?parts=2", json={"name": "m"})
    assert mp.status_code == 201
    api.http.post("/api/v1/projects/test/files/multiuploadlink?parts=2", json={"items": [{"id": f["id"]}]})
    ep = api.post("/extpipes/byids", items=[{"externalId": "ep"}])["items"][0]
    api.get(f"/extpipes/{ep['id']}")
    api.post("/extpipes/update", items=[{"id": ep["id"], "update": {"description": {"set": "d"}}}])
    api.get("/extpipes/runs", externalId="ep")
    api.get("/extpipes/config/revisions", externalId="ep")
    api.post("/extpipes/config/revert", {"externalId": "ep", "revision": 1})
    api.post("/extpipes/delete", items=[{"id": ep["id"]}])
    sessions = api.get("/sessions")["items"]
    api.post("/sessions/byids", items=[{"id": sessions[0]["id"]}])
    api.post("/sessions/revoke", items=[{"id": sessions[0]["id"]}])
    groups = api.get("/groups")["items"]
    api.post("/groups/delete", items=[groups[0]["id"]])
    cats = api.get("/securitycategories")["items"]
    api.post("/securitycategories/delete", items=[cats[0]["id"]])
    api.post("/relationships/delete", items=[{"externalId": "rel"}])
    api.post("/labels/delete", items=[{"externalId": "L"}])
    api.post("/raw/dbs/db/tables/t/rows/delete", items=[{"key": "k"}])
    api.post("/raw/dbs/db/tables/delete", items=[{"name": "t"}])
    api.post("/raw/dbs/delete", items=[{"name": "db"}])
    api.http.get("/api/v1/token/inspect")

    api.post("/assets/delete", items=[{"externalId": "r"}], recursive=True)
    api.post("/events/delete", items=[{"externalId": "e"}])
    api.post("/timeseries/delete", items=[{"externalId": "ts"}])
    api.post("/files/delete", items=[{"externalId": "f"}])


def test_replies_match_spec(validated: tuple[Emulator, Api]) -> None:
    emu, api = validated
    _exercise(api)
    assert emu.validator.checked > 100
    assert emu.violations == []

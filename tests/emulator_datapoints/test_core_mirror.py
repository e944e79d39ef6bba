"""The emulator's core mirror (cognite/emulator/dms/core_mirror.py), on the wire: a CogniteTimeSeries / CogniteFile node
is a time series / a file named by its instanceId, created, updated and deleted with the node (datapoints and content
with it), and it survives a restart from a state file without duplicates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from cognite.emulator import Emulator
from tests.conftest import PROJECT
from tests.core_nodes import core_files, core_time_series

BASE = f"/api/v1/projects/{PROJECT}"
T0 = 1_700_000_000_000
NODE = {"space": "sp", "externalId": "pump"}
TS_VIEW = {"type": "view", "space": "cdf_cdm", "externalId": "CogniteTimeSeries", "version": "v1"}


def _post(http: httpx.Client, path: str, body: dict[str, Any], status: int = 200) -> Any:
    r = http.post(BASE + path, json=body)
    assert r.status_code == status, r.text
    return r.json()


def _apply(http: httpx.Client, props: dict[str, Any], status: int = 200) -> Any:
    item = {"instanceType": "node", **NODE, "sources": [{"source": TS_VIEW, "properties": props}]}
    return _post(http, "/models/instances", {"items": [item]}, status)


def _series(http: httpx.Client) -> list[dict[str, Any]]:
    return _post(http, "/timeseries/byids", {"items": [{"instanceId": NODE}], "ignoreUnknownIds": True})["items"]


def _points(http: httpx.Client) -> list[Any]:
    body = {"items": [{"instanceId": NODE, "start": 0, "end": T0 + 10_000}]}
    return [(p["timestamp"], p["value"]) for p in _post(http, "/timeseries/data/list", body)["items"][0]["datapoints"]]


def test_node_is_a_time_series_that_follows_it(emulator: Emulator) -> None:
    core_time_series(emulator, ("sp", "pump"), name="Pump", sourceUnit="bar", isStep=False)
    with emulator.client() as http:
        (ts,) = _series(http)
        assert ts["instanceId"] == NODE and ts["name"] == "Pump" and ts["unit"] == "bar"
        assert ts["isString"] is False and ts["isStep"] is False and ts["type"] == "numeric"
        assert "externalId" not in ts
        assert [t["id"] for t in _post(http, "/timeseries/list", {"limit": 10})["items"]] == [ts["id"]]
        _apply(http, {"isStep": True, "description": "the main pump"})
        (updated,) = _series(http)
        assert updated["id"] == ts["id"] and updated["isStep"] is True and updated["description"] == "the main pump"
        assert updated["name"] == "Pump" and updated["lastUpdatedTime"] >= ts["lastUpdatedTime"]
        # the node's type is immutable (the container says so), as the series' type is in CDF
        _apply(http, {"type": "string"}, status=400)
        _post(
            http, "/timeseries/data", {"items": [{"instanceId": NODE, "datapoints": [{"timestamp": T0, "value": 1}]}]}
        )
        assert _points(http) == [(T0, 1.0)]
        _post(http, "/models/instances/delete", {"items": [{"instanceType": "node", **NODE}]})
        assert _series(http) == []
        body = {"items": [{"instanceId": NODE, "start": 0, "end": T0 + 1}]}
        err = _post(http, "/timeseries/data/list", body, status=400)["error"]
        assert err["missing"] == [{"instanceId": NODE}]
        core_time_series(emulator, ("sp", "pump"))  # re-created: a new, empty series
        (again,) = _series(http)
        assert again["id"] != ts["id"] and _points(http) == []


def test_string_series_and_unit_reference(emulator: Emulator) -> None:
    with emulator.client() as http:
        core_time_series(emulator, ("sp", "pump"), type="string", unit={"space": "cdf_cdm_units", "externalId": "x:y"})
        (ts,) = _series(http)
        assert ts["isString"] is True and ts["type"] == "string" and ts["unitExternalId"] == "x:y"
        dps = [{"timestamp": T0, "value": "on"}]
        _post(http, "/timeseries/data", {"items": [{"instanceId": NODE, "datapoints": dps}]})
        assert _points(http) == [(T0, "on")]


def test_classic_create_cannot_claim_an_instance_id(emulator: Emulator) -> None:
    with emulator.client() as http:
        err = _post(http, "/timeseries", {"items": [{"instanceId": NODE}]}, status=400)["error"]
        assert "CogniteTimeSeries" in err["message"]
        err = _post(http, "/files", {"name": "f", "instanceId": NODE}, status=400)["error"]
        assert "CogniteFile" in err["message"]


def test_file_node_content_goes_with_the_node(emulator: Emulator) -> None:
    (node,) = core_files(emulator, ("sp", "doc"), name="doc.txt", mimeType="text/plain")
    ident = {"instanceId": {"space": "sp", "externalId": "doc"}}
    with emulator.client() as http:
        (meta,) = _post(http, "/files/byids", {"items": [ident]})["items"]
        assert meta["name"] == "doc.txt" and meta["mimeType"] == "text/plain" and meta["uploaded"] is False
        (link,) = _post(http, "/files/uploadlink", {"items": [ident]}, status=201)["items"]
        assert http.put(link["uploadUrl"], content=b"content").status_code == 200
        (down,) = _post(http, "/files/downloadlink", {"items": [ident]})["items"]
        assert http.get(down["downloadUrl"]).content == b"content"
        props = _post(
            http,
            "/models/instances/byids",
            {
                "items": [{"instanceType": "node", "space": "sp", "externalId": "doc"}],
                "sources": [{"source": {**TS_VIEW, "externalId": "CogniteFile"}}],
            },
        )["items"][0]["properties"]["cdf_cdm"]["CogniteFile/v1"]
        assert props["isUploaded"] is True and props["uploadedTime"]
        _post(
            http, "/models/instances/delete", {"items": [{"instanceType": "node", "space": "sp", "externalId": "doc"}]}
        )
        assert _post(http, "/files/byids", {"items": [ident], "ignoreUnknownIds": True})["items"] == []
        assert http.get(down["downloadUrl"]).status_code == 404
    assert node.external_id == "doc"


def test_state_file_keeps_one_series_per_node(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    emu = Emulator(seed=1, state_file=state)
    core_time_series(emu, ("sp", "pump"))
    with emu.client() as http:
        _post(
            http, "/timeseries/data", {"items": [{"instanceId": NODE, "datapoints": [{"timestamp": T0, "value": 2}]}]}
        )
        (before,) = _series(http)
    emu.close()
    again = Emulator(seed=1, state_file=state)
    with again.client() as http:
        assert _series(http) == [before]
        assert len(_post(http, "/timeseries/list", {"limit": 10})["items"]) == 1
        assert _points(http) == [(T0, 2.0)]
        _apply(http, {"name": "after restart"})
        assert [t["name"] for t in _series(http)] == ["after restart"]
    again.close()


@pytest.mark.parametrize("kind", ["timeseries", "files"])
def test_projects_keep_their_own_mirrors(kind: str) -> None:
    emu = Emulator(projects=[PROJECT, "other"])
    make = core_time_series if kind == "timeseries" else core_files
    make(emu, ("sp", "pump"))
    with emu.client() as http:
        body = {"items": [{"instanceId": NODE}], "ignoreUnknownIds": True}
        assert len(_post(http, f"/{kind}/byids", body)["items"]) == 1
        other = http.post(f"/api/v1/projects/other/{kind}/byids", json=body)
        assert other.status_code == 200 and other.json()["items"] == []

"""The emulator's unit catalog (facts) and unit systems over HTTP."""

from __future__ import annotations

from tests.emulator.conftest import Api


def test_units_list_retrieve_byids_and_systems(api: Api) -> None:
    by_xid = {u["externalId"]: u for u in api.get("/units")["items"]}
    assert by_xid["temperature:deg_c"]["conversion"] == {"multiplier": 1.0, "offset": 273.15}
    assert api.get("/units/temperature:deg_f")["items"][0]["quantity"] == "Temperature"
    api.get("/units/temperature:nope", expect=400)
    got = api.post("/units/byids", items=[{"externalId": "length:ft"}])["items"]
    assert [u["conversion"]["multiplier"] for u in got] == [0.3048]
    assert {s["name"] for s in api.get("/units/systems")["items"]} == {"Default", "SI", "Imperial"}

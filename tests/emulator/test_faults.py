"""Fault injection: scoping, counts, rates (seeded), latency, Retry-After, short pages."""

from __future__ import annotations

import pytest

from cognite.emulator import Emulator, Faults
from tests.emulator.conftest import PROJECT, Api


def test_status_fault_scoped_to_method_and_path(emu: Emulator, api: Api) -> None:
    emu.faults.fail(429, times=2, on="POST /assets/list", retry_after=3)
    other = api.http.post(PROJECT + "/assets", json={"items": [{"name": "a"}]})
    assert other.status_code == 201
    codes = [api.http.post(PROJECT + "/assets/list", json={}) for _ in range(3)]
    assert [r.status_code for r in codes] == [429, 429, 200]
    assert codes[0].headers["retry-after"] == "3"
    assert codes[0].json() == {"error": {"code": 429, "message": "Too many requests"}}
    assert codes[0].headers["x-request-id"]


def test_glob_path_and_auto_retryable_header(emu: Emulator, api: Api) -> None:
    emu.faults.add(status=503, times=1, path="/timeseries/*", auto_retryable=True)
    r = api.http.post(PROJECT + "/timeseries/list", json={})
    assert r.status_code == 503 and r.headers["cdf-is-auto-retryable"] == "true"
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200


def _pattern(seed: int) -> list[int]:
    emu = Emulator(seed=seed)
    emu.faults.add(status=500, rate=0.3)
    with emu.client() as client:
        return [client.post(PROJECT + "/assets/list", json={}).status_code for _ in range(40)]


def test_rates_are_seeded_and_reproducible() -> None:
    first, again, other = _pattern(1), _pattern(1), _pattern(2)
    assert first == again
    assert first != other
    assert 0 < first.count(500) < 40


def test_latency_rule_records_and_passes(emu: Emulator, api: Api) -> None:
    rule = emu.faults.delay(0.001, on="POST /assets/list")
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200
    assert rule.fired == 1


def test_rule_validation() -> None:
    faults = Faults()
    with pytest.raises(ValueError):
        faults.add(status=200)
    with pytest.raises(ValueError):
        faults.add(status=500, rate=2)
    with pytest.raises(ValueError):
        faults.add()
    with pytest.raises(ValueError):
        faults.short_pages(0)


def test_short_pages_still_return_everything(emu: Emulator, api: Api) -> None:
    api.post("/assets", items=[{"name": f"a{i}"} for i in range(25)])
    emu.faults.short_pages(max_size=4)
    first = api.post("/assets/list", limit=10)
    assert len(first["items"]) == 4 and first["nextCursor"]
    assert len(api.list_all("/assets/list", {"limit": 10})) == 25
    assert emu.faults.short_page(3) == 3


def test_short_page_rate_is_partial() -> None:
    faults = Faults(seed=3)
    faults.short_pages(max_size=10, rate=0.5)
    sizes = [faults.short_page(100) for _ in range(50)]
    assert set(sizes) == {10, 100}


def test_token_endpoint_faults_need_an_explicit_path(emu: Emulator, api: Api) -> None:
    emu.faults.fail(503, times=None)  # unscoped: the API only
    form = {"grant_type": "client_credentials", "client_id": "c", "client_secret": "s"}
    assert api.http.post("/oauth2/token", data=form).status_code == 200
    emu.faults.clear()
    emu.faults.fail(503, times=1, on="POST /oauth2/token")
    assert api.http.post("/oauth2/token", data=form).status_code == 503
    assert api.http.post("/oauth2/token", data=form).status_code == 200


def test_rules_scoped_to_a_spec_operation(emu: Emulator, api: Api) -> None:
    asset = api.post("/assets", items=[{"name": "a"}])["items"][0]
    emu.faults.add(status=502, times=1, operation="getAsset")  # GET /assets/{id}
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 200
    assert api.http.get(f"{PROJECT}/assets/{asset['id']}").status_code == 502
    assert api.http.get(f"{PROJECT}/assets/{asset['id']}").status_code == 200
    emu.faults.add(status=503, times=1, operation="inspectToken")  # outside the project prefix
    assert api.http.get("/api/v1/token/inspect").status_code == 503
    with pytest.raises(ValueError):
        emu.faults.add(status=500, operation="noSuchOperation")
    r = api.http.post("/_emulator/faults", json={"rules": [{"status": 500, "operation": "listAssets", "times": 1}]})
    assert r.status_code == 200 and r.json()["rules"][-1]["path"] == "/assets/list"
    assert api.http.post(PROJECT + "/assets/list", json={}).status_code == 500

"""Each CDF project is a world of its own in the emulator: data, ids, reset and persistence per project."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient
from cognite.client.credentials import Token
from cognite.client.data_classes import AssetWrite, GroupWrite, TimeSeriesWrite
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator

Resolve = Callable[[Any], Awaitable[Any]]


@pytest.fixture
def two() -> Emulator:
    return Emulator(seed=5, projects=["alpha", "beta"])


@pytest.fixture(params=["sync", "async"])
def clients(request: pytest.FixtureRequest, two: Emulator) -> tuple[Any, Any]:
    cls = CogniteClient if request.param == "sync" else AsyncCogniteClient

    def make(project: str) -> Any:
        config = ClientConfig(client_name="projects", project=project, credentials=Token("t"), base_url=two.base_url)
        return cls(config, http_transport=two.transport)

    return make("alpha"), make("beta")


async def test_assets_time_series_and_datapoints_stay_in_their_project(
    clients: tuple[Any, Any], two: Emulator, resolve: Resolve
) -> None:
    alpha, beta = clients
    await resolve(alpha.assets.create(AssetWrite(external_id="pump", name="alpha pump")))
    await resolve(beta.assets.create(AssetWrite(external_id="pump", name="beta pump")))  # same xid: no conflict
    assert [a.name for a in await resolve(alpha.assets.list(limit=None))] == ["alpha pump"]
    assert [a.name for a in await resolve(beta.assets.list(limit=None))] == ["beta pump"]

    await resolve(alpha.time_series.create(TimeSeriesWrite(external_id="temp")))
    await resolve(alpha.time_series.data.insert([(0, 1.0), (1000, 2.0)], external_id="temp"))
    assert await resolve(beta.time_series.retrieve(external_id="temp")) is None
    await resolve(beta.time_series.create(TimeSeriesWrite(external_id="temp")))
    got_alpha = await resolve(alpha.time_series.data.retrieve_arrays(external_id="temp", start=0, end=10_000))
    got_beta = await resolve(beta.time_series.data.retrieve_arrays(external_id="temp", start=0, end=10_000))
    assert list(got_alpha.value) == [1.0, 2.0]
    assert len(got_beta.value) == 0
    assert two.datapoints is two.project("alpha").datapoints  # test code: the default (first) project
    assert two.project("beta").datapoints is not two.datapoints


async def test_references_resolve_within_the_project(clients: tuple[Any, Any], resolve: Resolve) -> None:
    alpha, beta = clients
    asset = await resolve(alpha.assets.create(AssetWrite(external_id="a", name="a")))
    with pytest.raises(CogniteAPIError):  # alpha's asset is unknown to beta
        await resolve(beta.time_series.create(TimeSeriesWrite(external_id="t", asset_id=asset.id)))
    created = await resolve(alpha.time_series.create(TimeSeriesWrite(external_id="t", asset_id=asset.id)))
    assert created.asset_id == asset.id


async def test_raw_files_and_groups_stay_in_their_project(
    clients: tuple[Any, Any], two: Emulator, resolve: Resolve
) -> None:
    alpha, beta = clients
    await resolve(alpha.raw.databases.create("db"))
    assert [d.name for d in await resolve(beta.raw.databases.list(limit=None))] == []
    await resolve(beta.raw.databases.create("db"))  # the same name in another project

    meta = await resolve(alpha.files.upload_bytes(b"alpha bytes", name="f.txt", external_id="f"))
    assert await resolve(alpha.files.download_bytes(external_id="f")) == b"alpha bytes"
    assert await resolve(beta.files.list(limit=None)) == []
    with pytest.raises(CogniteAPIError):
        await resolve(beta.files.download_bytes(id=meta.id))
    with two.client() as http:  # content lives under its project's control path only
        assert http.get(f"/_emulator/projects/alpha/files/{meta.id}/download").content == b"alpha bytes"
        assert http.get(f"/_emulator/projects/beta/files/{meta.id}/download").status_code >= 400

    group = await resolve(alpha.iam.groups.create(GroupWrite(name="ops", capabilities=[])))
    assert group.id in {g.id for g in await resolve(alpha.iam.groups.list(all=True))}
    assert group.id not in {g.id for g in await resolve(beta.iam.groups.list(all=True))}


def _create_ids(emu: Emulator, project: str, n: int = 3) -> list[int]:
    with emu.client() as http:
        r = http.post(f"/api/v1/projects/{project}/events", json={"items": [{} for _ in range(n)]})
    return [e["id"] for e in r.json()["items"]]


def test_ids_are_deterministic_per_project() -> None:
    first, second = Emulator(seed=9, projects=["a", "b"]), Emulator(seed=9, projects=["a", "b"])
    # The order projects are first used in does not change their ids.
    a1, b1 = _create_ids(first, "a"), _create_ids(first, "b")
    b2, a2 = _create_ids(second, "b"), _create_ids(second, "a")
    assert (a1, b1) == (a2, b2)
    assert not set(a1) & set(b1)  # another project's ids do not repeat this one's
    assert a1 == _create_ids(Emulator(seed=9, projects=["a"]), "a")  # the default project's ids as before
    assert _create_ids(first, "c") == _create_ids(Emulator(seed=9), "c")  # an unlisted project: also stable


def test_sequential_ids_start_at_one_in_every_project() -> None:
    emu = Emulator(sequential_ids=True, projects=["a", "b"])
    assert _create_ids(emu, "a", 2) == [1, 2]
    assert _create_ids(emu, "b", 2) == [1, 2]


def test_reset_one_project_or_all(two: Emulator) -> None:
    first_alpha = _create_ids(two, "alpha")
    _create_ids(two, "beta")
    with two.client() as http:
        assert http.post("/_emulator/reset", params={"project": "beta"}).status_code == 200
        assert len(two.resource("events").store) == 3
        assert len(two.resource("events", project="beta").store) == 0
        assert len(two.requests) > 0  # resetting one project keeps the log
        assert http.post("/_emulator/reset").status_code == 200
    assert len(two.resource("events").store) == 0
    assert len(two.requests) == 0
    assert _create_ids(two, "alpha") == first_alpha  # ids restart from the seed


def test_resource_outside_a_request_is_the_default_project(two: Emulator) -> None:
    _create_ids(two, "beta")
    assert len(two.resource("events").store) == 0
    assert two.resource("events") is two.project("alpha").resource("events")
    assert len(two.project("beta").resource("events").store) == 3
    # a project's services reach each other within their project
    beta_ts = two.project("beta").resource("timeseries")
    assert beta_ts.emu.resource("assets") is two.resource("assets", project="beta")
    with pytest.raises(KeyError, match="No emulated resource"):
        two.resource("nothing", project="beta")


def test_persistence_round_trip_with_two_projects(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = Emulator(seed=3, projects=["alpha", "beta"], state_file=state)
    with first.client() as http:
        http.post("/api/v1/projects/alpha/assets", json={"items": [{"externalId": "x", "name": "in alpha"}]})
        http.post("/api/v1/projects/beta/assets", json={"items": [{"externalId": "x", "name": "in beta"}]})
        ts = http.post("/api/v1/projects/beta/timeseries", json={"items": [{"externalId": "t"}]}).json()["items"][0]
        points = {"items": [{"id": ts["id"], "datapoints": [{"timestamp": 0, "value": 7.0}]}]}
        assert http.post("/api/v1/projects/beta/timeseries/data", json=points).is_success
    first.close()

    second = Emulator(seed=3, projects=["alpha", "beta"], state_file=state)
    with second.client() as http:
        for project in ("alpha", "beta"):
            items = http.post(f"/api/v1/projects/{project}/assets/list", json={}).json()["items"]
            assert [a["name"] for a in items] == [f"in {project}"]
        query = {"items": [{"externalId": "t", "start": 0, "end": 10}]}
        got = http.post(
            "/api/v1/projects/beta/timeseries/data/list", json=query, headers={"accept": "application/json"}
        )
        assert [p["value"] for p in got.json()["items"][0]["datapoints"]] == [7.0]
        # an id taken before the restart is not handed out again
        new = http.post("/api/v1/projects/beta/timeseries", json={"items": [{"externalId": "u"}]}).json()["items"][0]
        assert new["id"] != ts["id"]


def test_single_project_state_files_load_into_the_default_project(tmp_path: Path) -> None:
    source = Emulator(seed=3)
    _create_ids(source, "emulator")
    old = tmp_path / "old.json"
    services = {name: service.dump() for name, service in source.services.items()}
    old.write_bytes(
        orjson.dumps({"version": 1, "services": services, "datapoints": None}, option=orjson.OPT_NON_STR_KEYS)
    )
    restored = Emulator(projects=["main"], state_file=old)
    assert len(restored.resource("events", project="main").store) == 3


def test_token_inspect_and_request_log_know_the_projects(two: Emulator) -> None:
    _create_ids(two, "gamma")
    with two.client() as http:
        inspected = http.get("/api/v1/token/inspect").json()
        assert [p["projectUrlName"] for p in inspected["projects"]] == ["alpha", "beta", "gamma"]
        assert [p["name"] for p in http.get("/_emulator/projects").json()["items"]] == ["alpha", "beta", "gamma"]
        _create_ids(two, "beta")
        logged = http.get("/_emulator/requests", params={"project": "gamma"}).json()["items"]
    assert [(e["project"], e["route"]) for e in logged] == [("gamma", "/events")]


def test_resource_inside_a_request_is_the_request_projects(two: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    beta_assets = two.project("beta").resource("assets")
    original = beta_assets.render

    def render(item: dict[str, Any]) -> dict[str, Any]:
        seen.append((two.resource("assets"), two.ids, two.datapoints))  # the Emulator itself, not the project
        return original(item)

    monkeypatch.setattr(beta_assets, "render", render)
    with two.client() as http:
        http.post("/api/v1/projects/beta/assets", json={"items": [{"name": "x"}]})
    beta = two.project("beta")
    assert seen == [(beta_assets, beta.ids, beta.datapoints)]
    assert two.resource("assets") is not beta_assets  # outside the request: the default project again

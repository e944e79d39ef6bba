"""`client.time_series.data.insert_states` (state time series, public preview), sync and async, against the emulator:
what is stored, chunking at CDF's insert limits, validation before any request, per-call options."""

from __future__ import annotations

import inspect
from datetime import datetime, timezone
from typing import Any

import pytest

from cognite.client._datapoints import insert as ins
from cognite.client.data_classes import StateDatapointsInsert, StateDatapointWrite, StatusCode
from cognite.client.data_classes.data_modeling import NodeId
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator
from tests.conftest import PROJECT
from tests.core_nodes import core_time_series

T0 = 1_700_000_040_000
SPACE = "states"


@pytest.fixture
def state_series(emulator: Emulator) -> Any:
    def make(*xids: str) -> list[NodeId]:
        nodes = core_time_series(emulator, *((SPACE, x) for x in xids), type="state")
        emulator.requests.clear()
        return nodes

    return make


def _inserts(emulator: Emulator) -> list[Any]:
    return emulator.requests.find("POST", "/timeseries/data")


def test_signature_matches_the_official() -> None:
    from cognite.client._api.datapoints import DatapointsAPI

    params = list(inspect.signature(DatapointsAPI.insert_states).parameters)
    assert params == ["self", "items", "options"]
    assert list(inspect.signature(StateDatapointWrite).parameters) == [
        "timestamp",
        "numeric_value",
        "string_value",
        "status_code",
        "status_symbol",
    ]
    assert list(inspect.signature(StateDatapointsInsert).parameters) == ["instance_id", "datapoints"]


async def test_insert_and_read_back(client: Any, resolve: Any, emulator: Emulator, state_series: Any) -> None:
    (node,) = state_series("pump")
    item = StateDatapointsInsert(
        instance_id=node,
        datapoints=[
            StateDatapointWrite(T0, 1),
            StateDatapointWrite(datetime.fromtimestamp((T0 + 1000) / 1000, timezone.utc), 0, "off"),
            StateDatapointWrite(T0 + 2000, string_value="on"),
            {"timestamp": T0 + 3000, "numericValue": 2, "status": {"symbol": "Uncertain"}},
            StateDatapointWrite(T0 + 4000, status_code=StatusCode.Bad),
        ],
    )
    assert await resolve(client.time_series.data.insert_states(item)) is None
    (req,) = _inserts(emulator)
    assert req.headers["cdf-version"] == "beta" and req.status == 200
    assert req.json() == {
        "items": [
            {
                "instanceId": {"space": SPACE, "externalId": "pump"},
                "datapoints": [
                    {"timestamp": T0, "numericValue": 1},
                    {"timestamp": T0 + 1000, "numericValue": 0, "stringValue": "off"},
                    {"timestamp": T0 + 2000, "stringValue": "on"},
                    {"timestamp": T0 + 3000, "numericValue": 2, "status": {"symbol": "Uncertain"}},
                    {"timestamp": T0 + 4000, "status": {"code": StatusCode.Bad}},
                ],
            }
        ]
    }
    dps = await resolve(
        client.time_series.data.retrieve(
            instance_id=node, start=T0, end=T0 + 5000, include_status=True, ignore_bad_datapoints=False
        )
    )
    assert dps.timestamp == [T0 + i * 1000 for i in range(5)]
    assert dps.value[:2] == [1.0, 0.0] and dps.value[3] == 2.0
    assert dps.status_code[3:] == [StatusCode.Uncertain, StatusCode.Bad]
    ts_id = dps.id
    assert emulator.datapoints.store.state_strings[ts_id] == {T0 + 1000: "off", T0 + 2000: "on"}
    await resolve(client.time_series.data.delete_range(start=T0 + 2000, end=T0 + 5000, instance_id=node))
    assert emulator.datapoints.store.state_strings[ts_id] == {T0 + 1000: "off"}


async def test_multiple_series_and_tuple_ids_merged(
    client: Any, resolve: Any, emulator: Emulator, state_series: Any
) -> None:
    a, b = state_series("a", "b")
    await resolve(
        client.time_series.data.insert_states(
            [
                StateDatapointsInsert(a, [StateDatapointWrite(T0, 1)]),
                StateDatapointsInsert((SPACE, "b"), [StateDatapointWrite(T0, 7)]),
                StateDatapointsInsert((SPACE, "a"), [StateDatapointWrite(T0 + 1000, 2)]),  # same series: merged
                StateDatapointsInsert(b, []),
            ]
        )
    )
    (req,) = _inserts(emulator)
    assert [len(it["datapoints"]) for it in req.json()["items"]] == [2, 1]
    got = await resolve(client.time_series.data.retrieve(instance_id=[a, b], start=T0, end=T0 + 5000))
    assert [d.value for d in got] == [[1.0, 2.0], [7.0]]


async def test_chunked_over_the_request_limits(
    client: Any, resolve: Any, emulator: Emulator, state_series: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ins, "INSERT_DPS_LIMIT", 100)
    monkeypatch.setattr(ins, "INSERT_TS_LIMIT", 2)
    nodes = state_series("c1", "c2", "c3")
    items = [StateDatapointsInsert(n, [StateDatapointWrite(T0 + i, i % 3) for i in range(150)]) for n in nodes]
    await resolve(client.time_series.data.insert_states(items))
    reqs = _inserts(emulator)
    sizes = [[len(it["datapoints"]) for it in r.json()["items"]] for r in reqs]
    assert all(sum(s) <= 100 and len(s) <= 2 for s in sizes) and sum(map(sum, sizes)) == 450
    assert len(reqs) == 5  # 450 points / 100 per request
    for n in nodes:
        dps = await resolve(client.time_series.data.retrieve(instance_id=n, start=T0, end=T0 + 150))
        assert dps.value == [float(i % 3) for i in range(150)]


def test_chunked_at_cdfs_real_limit(sync_client: Any, emulator: Emulator, state_series: Any) -> None:
    (node,) = state_series("big")
    n = ins.INSERT_DPS_LIMIT + 1
    sync_client.time_series.data.insert_states(
        StateDatapointsInsert(node, [StateDatapointWrite(T0 + i, i & 1) for i in range(n)])
    )
    sizes = sorted(len(r.json()["items"][0]["datapoints"]) for r in _inserts(emulator))
    assert sizes == [1, ins.INSERT_DPS_LIMIT]  # sent concurrently: in either order


@pytest.mark.parametrize(
    "make, error, match",
    [
        (lambda: StateDatapointWrite(T0), ValueError, "unless its status is Bad"),
        (lambda: StateDatapointWrite(T0, status_code=StatusCode.Uncertain), ValueError, "unless its status is Bad"),
        (lambda: StateDatapointWrite(T0, 1.5), TypeError, "numeric_value must be an int"),  # type: ignore[arg-type]
        (lambda: StateDatapointWrite("now", 1), TypeError, "timestamp must be"),  # type: ignore[arg-type]
        (lambda: StateDatapointsInsert("xid", []), TypeError, "instance_id must be"),  # type: ignore[arg-type]
        (lambda: StateDatapointsInsert(("s", "x"), "abc"), TypeError, "datapoints must be"),  # type: ignore[arg-type]
    ],
)
def test_data_classes_validate_on_construction(make: Any, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        make()


def test_bad_status_alone_is_enough() -> None:
    assert StateDatapointWrite(T0, status_symbol="Bad").dump() == {"timestamp": T0, "status": {"symbol": "Bad"}}
    assert StateDatapointWrite(T0, 3, status_code=StatusCode.Good).dump() == {"timestamp": T0, "numericValue": 3}


@pytest.mark.parametrize(
    "items, error, match",
    [
        ([{"timestamp": T0}], ValueError, "unless its status is Bad"),
        ([{"timestamp": T0, "value": 1}], ValueError, "Unknown state datapoint keys"),
        ([{"numericValue": 1}], ValueError, "needs a 'timestamp'"),
        ([StateDatapointWrite(-3_000_000_000_000, 1)], ValueError, "outside CDF's range"),
        ([StateDatapointWrite(T0, string_value="x" * 1024)], ValueError, "exceed 1023"),
        ([(T0, 1)], TypeError, "must be a StateDatapointWrite or a dict"),
    ],
)
async def test_validation_errors_before_any_request(
    client: Any, resolve: Any, emulator: Emulator, state_series: Any, items: list[Any], error: type, match: str
) -> None:
    (node,) = state_series("v")
    good = StateDatapointsInsert(node, [StateDatapointWrite(T0, 1)])
    with pytest.raises(error, match=match):
        await resolve(client.time_series.data.insert_states([good, StateDatapointsInsert(node, items)]))
    assert _inserts(emulator) == []


async def test_wrong_item_types_are_rejected(client: Any, resolve: Any, emulator: Emulator) -> None:
    with pytest.raises(TypeError, match="StateDatapointsInsert"):
        await resolve(client.time_series.data.insert_states({"instanceId": {"space": "s", "externalId": "x"}}))
    with pytest.raises(TypeError, match="Each element"):
        await resolve(client.time_series.data.insert_states([(SPACE, "x")]))  # type: ignore[list-item]
    with pytest.raises(TypeError, match="unexpected keyword|bogus"):
        await resolve(client.time_series.data.insert_states([], bogus=1))  # type: ignore[call-arg]
    assert _inserts(emulator) == []


async def test_per_call_options_reach_the_request(
    client: Any, resolve: Any, emulator: Emulator, state_series: Any
) -> None:
    (node,) = state_series("opt")
    item = StateDatapointsInsert(node, [StateDatapointWrite(T0, 1)])
    await resolve(
        client.time_series.data.insert_states(item, cdf_version="20230101-beta", headers={"x-test": "yes"}, timeout=5)
    )
    (req,) = _inserts(emulator)
    assert req.headers["cdf-version"] == "20230101-beta" and req.headers["x-test"] == "yes"


async def test_emulator_rejects_what_cdf_rejects(emulator: Emulator, state_series: Any) -> None:
    state_series("r")
    body = {"items": [{"instanceId": {"space": SPACE, "externalId": "r"}, "datapoints": [{"timestamp": T0}]}]}
    body["items"][0]["datapoints"].append({"timestamp": T0 + 1, "numericValue": 1})
    with emulator.client() as http:
        resp = http.post(f"/api/v1/projects/{PROJECT}/timeseries/data", json=body)
        assert resp.status_code == 400
        assert "requires numericValue or stringValue" in resp.json()["error"]["message"]
        assert resp.json()["error"]["code"] == 400
        body["items"][0]["datapoints"][0] = {"timestamp": T0, "numericValue": 1.5}
        resp = http.post(f"/api/v1/projects/{PROJECT}/timeseries/data", json=body)
        assert resp.status_code == 400 and "integer" in resp.json()["error"]["message"]
        body["items"][0]["datapoints"][0] = {"timestamp": T0, "status": {"symbol": "Bad"}}
        assert http.post(f"/api/v1/projects/{PROJECT}/timeseries/data", json=body).status_code == 200


async def test_api_errors_carry_the_series(client: Any, resolve: Any, emulator: Emulator) -> None:
    item = StateDatapointsInsert(NodeId(SPACE, "missing"), [StateDatapointWrite(T0, 1)])
    with pytest.raises(CogniteAPIError) as err:
        await resolve(client.time_series.data.insert_states(item))
    assert err.value.code == 400 and err.value.failed == [{"instanceId": {"space": SPACE, "externalId": "missing"}}]


@pytest.mark.parametrize("method", ["retrieve", "retrieve_arrays"])
async def test_copy_retrieved_datapoints_between_state_series(
    client: Any, resolve: Any, emulator: Emulator, state_series: Any, method: str
) -> None:
    src, dst = state_series("src", "dst")
    points = [StateDatapointWrite(T0, 1), StateDatapointWrite(T0 + 1, 2, status_symbol="Uncertain")]
    points.append(StateDatapointWrite(T0 + 2, status_code=StatusCode.Bad))
    await resolve(client.time_series.data.insert_states(StateDatapointsInsert(src, points)))
    fetch = getattr(client.time_series.data, method)
    got = await resolve(fetch(instance_id=src, start=T0, end=T0 + 3, include_status=True, ignore_bad_datapoints=False))
    await resolve(client.time_series.data.insert_states(StateDatapointsInsert(dst, got)))
    copied = _inserts(emulator)[-1].json()["items"][0]["datapoints"]
    assert copied == [
        {"timestamp": T0, "numericValue": 1},
        {"timestamp": T0 + 1, "numericValue": 2, "status": {"code": StatusCode.Uncertain}},
        {"timestamp": T0 + 2, "status": {"code": StatusCode.Bad}},
    ]
    numeric = await resolve(client.time_series.data.retrieve(instance_id=(SPACE, "src"), start=T0, end=T0 + 3))
    numeric.value = [0.5, 1.0]
    with pytest.raises(ValueError, match="integer numeric states"):
        StateDatapointsInsert(dst, numeric)._writes()

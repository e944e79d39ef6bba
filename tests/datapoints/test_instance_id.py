"""Datapoints of the core data model's time series, by `instance_id=` (a NodeId), through every datapoints method of
the official 8.22 surface, on the sync and the async client; mixed with ids and external ids in one call. Results name
their series by NodeId, and DataFrame columns are NodeIds (as the official SDK names them)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from cognite.client.data_classes import TimeSeriesWrite
from cognite.client.data_classes.data_modeling import NodeId
from cognite.client.data_classes.datapoints import (
    Datapoints,
    DatapointsArray,
    DatapointsQuery,
    LatestDatapoint,
    LatestDatapointQuery,
)
from cognite.client.exceptions import CogniteNotFoundError
from cognite.emulator import Emulator
from tests.core_nodes import core_time_series

T0 = 1_700_000_000_000
A, B = NodeId("sp", "a"), NodeId("sp", "b")
MISSING = NodeId("sp", "nothing")


@pytest.fixture
def nodes(emulator: Emulator) -> list[NodeId]:
    return core_time_series(emulator, A.as_tuple(), B.as_tuple(), sourceUnit="m")


async def _classic(client: Any, resolve: Any) -> int:
    ts = await resolve(client.time_series.create(TimeSeriesWrite(external_id="x", name="x")))
    return int(ts.id)


async def test_insert_and_retrieve_by_node_id(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    await resolve(data.insert([(T0, 1.0), (T0 + 1000, 2.0)], instance_id=A))
    one = await resolve(data.retrieve(instance_id=A, start=T0, end=T0 + 10_000))
    assert isinstance(one, Datapoints) and one.value == [1.0, 2.0]
    assert one.instance_id == A and one.unit == "m" and one.external_id is None
    assert one.dump()["instanceId"] == {"space": "sp", "externalId": "a"}
    arr = await resolve(data.retrieve_arrays(instance_id=A, start=T0, end=T0 + 10_000))
    assert isinstance(arr, DatapointsArray) and arr.instance_id == A and arr.value.tolist() == [1.0, 2.0]
    await resolve(data.insert(one, instance_id=B))  # a Datapoints object copied to another series
    copied = await resolve(data.retrieve(instance_id=B, start=T0, end=T0 + 10_000))
    assert copied.value == [1.0, 2.0] and copied.instance_id == B
    agg = await resolve(
        data.retrieve(instance_id=[A], start=T0, end=T0 + 10_000, aggregates=["count", "sum"], granularity="1h")
    )
    assert [(d.instance_id, d.count, d.sum) for d in agg] == [(A, [2], [3.0])]


async def test_mixed_identifiers_in_one_call(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    xid_id = await _classic(client, resolve)
    await resolve(
        data.insert_multiple(
            [
                {"instance_id": A, "datapoints": [(T0, 1.0)]},
                {"instanceId": {"space": "sp", "externalId": "b"}, "datapoints": [(T0, 2.0)]},
                {"external_id": "x", "datapoints": [(T0, 3.0)]},
            ]
        )
    )
    res = await resolve(data.retrieve(id=xid_id, external_id="x", instance_id=[A, B], start=T0, end=T0 + 1000))
    assert [(d.id == xid_id, d.external_id, d.instance_id, d.value) for d in res] == [
        (True, "x", None, [3.0]),
        (True, "x", None, [3.0]),
        (False, None, A, [1.0]),
        (False, None, B, [2.0]),
    ]
    assert res.get(instance_id=B).value == [2.0] and res.get(instance_id=("sp", "a")).value == [1.0]
    queries = [DatapointsQuery(instance_id=A, start=T0, end=T0 + 1), DatapointsQuery(instance_id=B, limit=1)]
    by_query = await resolve(data.retrieve(instance_id=queries, end=T0 + 1000))
    assert [d.instance_id for d in by_query] == [A, B]


async def test_dataframe_columns_are_node_ids(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    await _classic(client, resolve)
    idx = pd.to_datetime([T0, T0 + 1000], unit="ms")
    await resolve(data.insert_dataframe(pd.DataFrame({A: [1.0, 2.0], B: [3.0, 4.0], "x": [5.0, 6.0]}, index=idx)))
    df = await resolve(data.retrieve_dataframe(external_id="x", instance_id=[A, B], start=T0, end=T0 + 2000))
    assert df.columns.tolist() == ["x", A, B]  # official order: ids, external ids, instance ids
    assert df[A].tolist() == [1.0, 2.0] and df[B].tolist() == [3.0, 4.0]
    aggs = await resolve(
        data.retrieve_dataframe(
            instance_id=A, start=T0, end=T0 + 2000, aggregates=["average", "count"], granularity="1s"
        )
    )
    assert aggs.columns.tolist() == [(A, "average"), (A, "count")]  # the official MultiIndex keys
    assert aggs[(A, "count")].tolist() == [1, 1]


async def test_latest_by_node_id(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    await resolve(data.insert([(T0, 1.0), (T0 + 1000, 2.0)], instance_id=A))
    latest = await resolve(data.retrieve_latest(instance_id=A))
    assert isinstance(latest, LatestDatapoint) and latest.instance_id == A and latest.value == 2.0
    assert latest.dump()["instanceId"] == {"space": "sp", "externalId": "a"}
    both = await resolve(data.retrieve_latest(instance_id=[LatestDatapointQuery(instance_id=A, before=T0 + 1), B]))
    assert [(x.instance_id, x.value) for x in both] == [(A, 1.0), (B, None)]


async def test_delete_ranges_by_node_id(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    for node in nodes:
        await resolve(data.insert([(T0 + k * 1000, float(k)) for k in range(5)], instance_id=node))
    await resolve(data.delete_range(start=T0, end=T0 + 2000, instance_id=A))
    await resolve(data.delete_ranges([{"start": T0 + 3000, "end": T0 + 10_000, "instance_id": B}]))
    res = await resolve(data.retrieve(instance_id=[A, B], start=T0, end=T0 + 10_000))
    assert [d.value for d in res] == [[2.0, 3.0, 4.0], [0.0, 1.0, 2.0]]


async def test_unknown_node_is_missing(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    with pytest.raises(CogniteNotFoundError) as err:
        await resolve(data.retrieve(instance_id=[A, MISSING], start=T0, end=T0 + 1000))
    assert err.value.missing == [{"instanceId": {"space": "sp", "externalId": "nothing"}}]
    found = await resolve(data.retrieve(instance_id=[A, MISSING], start=T0, end=T0 + 1000, ignore_unknown_ids=True))
    assert [d.instance_id for d in found] == [A]
    assert await resolve(data.retrieve_latest(instance_id=MISSING, ignore_unknown_ids=True)) is None
    with pytest.raises(CogniteNotFoundError):
        await resolve(data.insert([(T0, 1.0)], instance_id=MISSING))


async def test_deleting_the_node_deletes_the_series(client: Any, resolve: Any, nodes: list[NodeId]) -> None:
    data = client.time_series.data
    await resolve(data.insert([(T0, 1.0)], instance_id=A))
    await resolve(client.data_modeling.instances.delete(A))
    assert await resolve(client.time_series.retrieve(instance_id=A)) is None
    with pytest.raises(CogniteNotFoundError):
        await resolve(data.retrieve(instance_id=A, start=T0, end=T0 + 1000))


async def test_time_series_metadata_by_node_id(
    client: Any, resolve: Any, emulator: Emulator, nodes: list[NodeId]
) -> None:
    ts = await resolve(client.time_series.retrieve(instance_id=A))
    assert ts.instance_id == A and ts.name == "a" and ts.unit == "m" and ts.is_string is False
    many = await resolve(client.time_series.retrieve_multiple(instance_ids=[B, A]))
    assert [t.instance_id for t in many] == [B, A]
    # its metadata follows the node: renamed through data modeling
    core_time_series(emulator, A.as_tuple(), name="renamed")
    assert (await resolve(client.time_series.retrieve(instance_id=A))).name == "renamed"

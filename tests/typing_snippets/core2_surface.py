"""User code against the datapoints / sequences / RAW surface: type-checked by tests/datapoints/test_core2_typing.py
(`assert_type` states what the official 8.22 SDK gives). Never executed."""

from __future__ import annotations

from collections.abc import KeysView

from typing_extensions import assert_type

from cognite.client import CogniteClient
from cognite.client._api.datapoints import DatapointsAPI
from cognite.client._api.raw import RawDatabasesAPI, RawRowsAPI, RawTablesAPI
from cognite.client._api.sequence_data import SequencesDataAPI
from cognite.client._api.sequences import SequencesAPI
from cognite.client._api.synthetic_time_series import SyntheticDatapointsAPI
from cognite.client.data_classes.datapoints import (
    Datapoint,
    Datapoints,
    DatapointsArray,
    DatapointsArrayList,
    DatapointsList,
    DatapointsQuery,
    LatestDatapoint,
    LatestDatapointList,
    LatestDatapointQuery,
    SyntheticDatapoints,
    SyntheticDatapointsList,
)
from cognite.client.data_classes.raw import Database, DatabaseList, Row, RowList, Table, TableList
from cognite.client.data_classes.sequences import Sequence, SequenceList, SequenceRows, SequenceRowsList, SequenceWrite


async def datapoints(dps: DatapointsAPI, synthetic: SyntheticDatapointsAPI) -> None:
    assert_type(await dps.retrieve(id=1), Datapoints | None)
    assert_type(await dps.retrieve(id=[1, 2]), DatapointsList)
    assert_type(await dps.retrieve(external_id="a", aggregates=["average"], granularity="1h"), Datapoints | None)
    assert_type(await dps.retrieve(external_id=["a"], start="2d-ago", end="now"), DatapointsList)
    assert_type(await dps.retrieve(id=1, external_id="a"), DatapointsList)
    assert_type(await dps.retrieve(external_id=DatapointsQuery(external_id="a")), Datapoints | None)
    assert_type(await dps.retrieve_arrays(id=1), DatapointsArray | None)
    assert_type(await dps.retrieve_arrays(external_id=["a", "b"], timeout=3), DatapointsArrayList)
    assert_type(await dps.retrieve_latest(id=1), LatestDatapoint | None)
    assert_type(await dps.retrieve_latest(1), LatestDatapoint | None)
    assert_type(await dps.retrieve_latest(id=[LatestDatapointQuery(id=1, before="1d-ago")]), LatestDatapointList)
    assert_type(await dps.retrieve_latest(external_id=["a"]), LatestDatapointList)
    assert_type(await synthetic.query("A+B", start=0, end="now"), SyntheticDatapoints)
    assert_type(await synthetic.query(["A", "B"], start=0, end="now"), SyntheticDatapointsList)
    async for a in dps(DatapointsQuery(id=1)):
        assert_type(a, DatapointsArray)
    async for al in dps([DatapointsQuery(id=1)], chunk_size_time_series=5):
        assert_type(al, DatapointsArrayList)
    async for d in dps(DatapointsQuery(id=1), return_arrays=False):
        assert_type(d, Datapoints)
    arr = await dps.retrieve_arrays(id=1, aggregates="average", granularity="1h")
    if arr is not None:
        assert_type(arr[0], Datapoint)
        assert_type(arr[1:], DatapointsArray)
        assert arr.average is not None and arr.count is None
        first = arr[0]
        assert_type(first.average, float | None)
    many = await dps.retrieve(id=[1])
    assert_type(many[0], Datapoints)
    assert_type(many.get(id=1), Datapoints | list[Datapoints] | None)
    await dps.insert([(1, 2.0)], external_id="a")
    await dps.insert_dataframe(await dps.retrieve_dataframe(id=1, include_unit=False), dropna=True)


async def sequences(seq: SequencesAPI, rows: SequencesDataAPI) -> None:
    assert_type(await seq.create(SequenceWrite(external_id="s")), Sequence)
    assert_type(await seq.create([SequenceWrite(external_id="s")]), SequenceList)
    assert_type(await seq.retrieve(id=1), Sequence | None)
    assert_type(await seq.retrieve_multiple(ids=[1]), SequenceList)
    assert_type(await seq.list(limit=None, partitions=2), SequenceList)
    assert_type(await seq.aggregate_count(), int)
    async for s in seq(external_id_prefix="x"):
        assert_type(s, Sequence)
    async for sl in seq(chunk_size=10):
        assert_type(sl, SequenceList)
    assert_type(await rows.retrieve(external_id="a"), SequenceRows)
    assert_type(await rows.retrieve(external_id=["a"]), SequenceRowsList)
    assert_type(await rows.retrieve(id=1, start=0, end=None, columns=["c"]), SequenceRows)
    assert_type(await rows.retrieve_last_row(id=1, columns=["c"]), SequenceRows)
    await rows.insert({1: [1.0]}, columns=["c"], external_id="a")


async def raw(dbs: RawDatabasesAPI, tables: RawTablesAPI, rows: RawRowsAPI) -> None:
    assert_type(await dbs.create("db"), Database)
    assert_type(await dbs.create(["db"]), DatabaseList)
    assert_type(await tables.create("db", "t"), Table)
    assert_type(await tables.create("db", ["t"]), TableList)
    assert_type(await rows.retrieve("db", "t", "k"), Row | None)
    assert_type(await rows.list("db", "t", partitions=2), RowList)
    async for r in rows("db", "t"):
        assert_type(r, Row)
    async for rl in rows("db", "t", chunk_size=10):
        assert_type(rl, RowList)
    async for rp in rows("db", "t", partitions=2):
        assert_type(rp, RowList)
    row = Row("k", {"a": 1})
    row["b"] = 2
    assert_type(row.keys(), KeysView[str])


def mistakes(dps: DatapointsAPI) -> None:
    dps.retrieve(id=1, bogus=1)  # error: unknown keyword
    dps.retrieve(1)  # error: keyword-only


async def state_inserts(dps: DatapointsAPI, client: CogniteClient) -> None:
    from cognite.client.data_classes import StateDatapointsInsert, StateDatapointWrite, StatusCode
    from cognite.client.data_classes.data_modeling import NodeId

    item = StateDatapointsInsert(
        instance_id=NodeId("sp", "x"),
        datapoints=[StateDatapointWrite(0, 1), StateDatapointWrite(1, status_code=StatusCode.Bad), {"timestamp": 2}],
    )
    await dps.insert_states(item)
    await dps.insert_states([item, StateDatapointsInsert(("sp", "y"), [])], cdf_version="beta", timeout=3)
    client.time_series.data.insert_states(item, headers={"x": "y"})
    StateDatapointWrite(0, 1.5)  # error: numeric states are ints
    StateDatapointsInsert("sp", [])  # error: instance id is a NodeId or a tuple
    await dps.insert_states(item, bogus=1)  # error: unknown keyword

"""Sequences, sequence rows and RAW with the official 8.22 signatures and helpers, sync and async, against the
in-process emulator."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from cognite.client import AsyncCogniteClient, CogniteClient
from cognite.client.data_classes.raw import Database, Row, RowList, RowWrite, Table, TableList
from cognite.client.data_classes.sequences import (
    Sequence,
    SequenceList,
    SequenceRows,
    SequenceRowsList,
    SequenceWrite,
)

COLS = [{"externalId": "name", "valueType": "STRING"}, {"externalId": "value", "valueType": "DOUBLE"}]


async def _sequences(client: Any, resolve: Any, *xids: str) -> Any:
    return await resolve(client.sequences.create([SequenceWrite(external_id=x, columns=COLS) for x in xids]))


async def test_sequences_create_list_iterate_count(client: Any, resolve: Any, drain: Any) -> None:
    one = await resolve(client.sequences.create(sequence=SequenceWrite(external_id="w0", columns=COLS)))
    assert isinstance(one, Sequence) and one.external_id == "w0"
    many = await _sequences(client, resolve, "w1", "w2", "other")
    assert isinstance(many, SequenceList) and len(many) == 3
    listed = await resolve(client.sequences.list(external_id_prefix="w", limit=None))
    assert isinstance(listed, SequenceList) and sorted(s.external_id for s in listed) == ["w0", "w1", "w2"]
    chunks = await drain(client.sequences(chunk_size=2, external_id_prefix="w"))
    assert [len(c) for c in chunks] == [2, 1] and all(isinstance(c, SequenceList) for c in chunks)
    assert await resolve(client.sequences.aggregate_count(filter={"external_id_prefix": "w"})) == 3
    assert await resolve(client.sequences.aggregate_count()) == 4
    with pytest.raises(TypeError):
        await resolve(client.sequences.list(no_such_filter=1))


async def test_sequence_rows_surface(client: Any, resolve: Any) -> None:
    await _sequences(client, resolve, "a", "b")
    data = client.sequences.data
    await resolve(data.insert({i: [f"n{i}", i * 1.5] for i in range(5)}, columns=["name", "value"], external_id="a"))
    await resolve(data.insert([(0, [0.5])], column_external_ids=["value"], external_id="b"))  # the older name
    with pytest.raises(ValueError, match="not both"):
        await resolve(data.insert({0: [1.0]}, columns=["value"], column_external_ids=["value"], external_id="b"))
    one = await resolve(data.retrieve(external_id="a", start=1, end=3))
    assert isinstance(one, SequenceRows) and one.row_numbers == [1, 2] and one[2] == ["n2", 3.0]
    seq_a = await resolve(client.sequences.retrieve(external_id="a"))
    several = await resolve(data.retrieve(external_id=["a", "b"], id=seq_a.id, columns=["value"]))
    assert isinstance(several, SequenceRowsList)
    assert [(r.external_id, len(r), r.column_external_ids) for r in several] == [
        ("a", 5, ["value"]),
        ("a", 5, ["value"]),
        ("b", 1, ["value"]),
    ]
    pair = await resolve(data.retrieve(external_id=["a", "b"], columns=["value"]))
    frames = pair.to_pandas()
    assert list(frames) == ["a", "b"] and frames["b"].loc[0, "b|value"] == 0.5
    assert list(pair.to_pandas(key="id")) == [r.id for r in pair]
    assert pair.to_pandas(concat=True, column_names="id:columnExternalId").columns.tolist() == [
        f"{r.id}:value" for r in pair
    ]
    last = await resolve(data.retrieve_last_row(external_id="a", columns=["name"]))
    assert last.row_numbers == [4] and last[4] == ["n4"]
    df = await resolve(data.retrieve_dataframe(0, None, columns=["value"], external_id="a"))
    assert list(df.columns) == ["value"] and list(df.index) == [0, 1, 2, 3, 4]
    full = await resolve(data.retrieve_dataframe(0, 2, external_id="a", column_names="externalId|columnExternalId"))
    assert list(full.columns) == ["a|name", "a|value"]


def test_sequence_rows_helper(sync_client: CogniteClient) -> None:
    sync_client.sequences.create(SequenceWrite(external_id="s", columns=COLS))
    sync_client.sequences.data.insert({i: [f"n{i}", float(i)] for i in range(4)}, external_id="s")
    seq = sync_client.sequences.retrieve(external_id="s")
    assert seq is not None
    rows = seq.rows(start=1, end=None)
    assert isinstance(rows, SequenceRows) and rows.row_numbers == [1, 2, 3]


async def test_sequence_rows_helper_async(async_client: AsyncCogniteClient) -> None:
    await async_client.sequences.create(SequenceWrite(external_id="s", columns=COLS))
    await async_client.sequences.data.insert({7: ["x", 1.0]}, external_id="s")
    seq = await async_client.sequences.retrieve(external_id="s")
    assert seq is not None and (await seq.rows_async(0, None)).row_numbers == [7]


async def test_raw_surface(client: Any, resolve: Any, drain: Any) -> None:
    db = await resolve(client.raw.databases.create("db"))
    assert isinstance(db, Database)
    table = await resolve(client.raw.tables.create("db", "t"))
    assert isinstance(table, Table) and table.db_name == "db"
    assert isinstance(await resolve(client.raw.tables.create("db", ["u", "v"])), TableList)
    await resolve(client.raw.rows.insert("db", "t", {f"k{i}": {"a": i, "b": str(i)} for i in range(2500)}))
    await resolve(client.raw.rows.insert("db", "t", [RowWrite("w", {"a": -1})]))
    limited = await resolve(client.raw.rows.list("db", "t", limit=7, partitions=3))
    assert isinstance(limited, RowList) and len(limited) == 7
    chunks = await drain(client.raw.rows("db", "t", partitions=3, chunk_size=1000))
    assert all(isinstance(c, RowList) and len(c) <= 1000 for c in chunks)
    assert sorted(r.key for c in chunks for r in c) == sorted([f"k{i}" for i in range(2500)] + ["w"])
    pages = await drain(client.raw.rows("db", "t", partitions=2))  # chunk_size None: lists as they arrive
    assert sum(len(c) for c in pages) == 2501 and all(isinstance(c, RowList) for c in pages)
    with pytest.raises(ValueError, match="partitions"):
        await drain(client.raw.rows("db", "t", partitions=2, limit=5))
    df = await resolve(client.raw.rows.retrieve_dataframe("db", "t", limit=3, last_updated_time_in_index=True))
    assert df.index.names == ["key", "last_updated_time"] and len(df) == 3
    assert isinstance(df.index.get_level_values(1)[0], pd.Timestamp)
    as_objects = await resolve(client.raw.rows.retrieve_dataframe("db", "t", limit=3, infer_dtypes=False))
    assert {d.kind for d in as_objects.dtypes} == {"O"}
    inferred = await resolve(client.raw.rows.retrieve_dataframe("db", "t", limit=3))
    assert inferred["a"].dtype.kind == "i"


def test_row_is_dict_like() -> None:
    row = Row("k", {"a": 1})
    row["b"] = 2
    assert row["a"] == 1 and "b" in row and "c" not in row and row.get("c", 0) == 0
    assert list(row.keys()) == ["a", "b"] and list(row.values()) == [1, 2] and dict(row.items()) == {"a": 1, "b": 2}
    del row["a"]
    assert row.columns == {"b": 2}
    empty = Row("e")
    empty["x"] = 1
    assert empty.columns == {"x": 1}


def test_raw_navigation_helpers(sync_client: CogniteClient) -> None:
    db = sync_client.raw.databases.create("db")
    sync_client.raw.tables.create("db", ["t1", "t2"])
    sync_client.raw.rows.insert("db", "t1", {"r1": {"c": 1}, "r2": {"c": 2}})
    tables = db.tables()
    assert isinstance(tables, TableList) and sorted(t.name for t in tables) == ["t1", "t2"]
    t1 = next(t for t in tables if t.name == "t1")
    rows = t1.rows()
    assert isinstance(rows, RowList) and sorted(r.key for r in rows) == ["r1", "r2"]
    assert len(t1.rows(limit=1)) == 1  # type: ignore[arg-type]
    one = t1.rows(key="r2")
    assert isinstance(one, Row) and one["c"] == 2
    assert t1.rows(key="missing") is None


async def test_raw_navigation_helpers_async(async_client: AsyncCogniteClient) -> None:
    db = await async_client.raw.databases.create("db")
    await async_client.raw.tables.create("db", "t")
    await async_client.raw.rows.insert("db", "t", {"r": {"c": 1}})
    (table,) = await db.tables_async()
    row = await table.rows_async(key="r")
    assert isinstance(row, Row) and row["c"] == 1

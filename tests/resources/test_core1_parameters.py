"""Assets, events, time series, data sets, labels, relationships: what the official 8.22 parameters do against the
emulator (sync and async, ``client`` is parametrised). The signatures themselves are compared with the official SDK's
in ``tests/signatures/``."""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np
import pytest

from cognite.client._api.assets import AssetsAPI
from cognite.client._api.data_sets import DataSetsAPI
from cognite.client._api.events import EventsAPI
from cognite.client._api.labels import LabelsAPI
from cognite.client._api.relationships import RelationshipsAPI
from cognite.client._api.time_series import TimeSeriesAPI
from cognite.client.data_classes import (
    Asset,
    AssetList,
    AssetWrite,
    DataSetWrite,
    EventList,
    EventWrite,
    GeoLocationFilter,
    GeometryFilter,
    LabelDefinitionList,
    LabelDefinitionWrite,
    LabelFilter,
    RelationshipList,
    RelationshipWrite,
    TimeSeriesList,
    TimeSeriesWrite,
    TimestampRange,
    aggregations,
    filters,
)
from cognite.client.data_classes.aggregations import UniqueResultList
from cognite.client.data_classes.assets import AssetProperty, AssetSort, SortableAssetProperty
from cognite.client.data_classes.events import EventProperty, EventSort
from cognite.client.data_classes.time_series import SortableTimeSeriesProperty, TimeSeriesSort
from cognite.client.exceptions import CogniteNotFoundError
from cognite.emulator import Emulator

APIS = {
    "assets": AssetsAPI,
    "events": EventsAPI,
    "time_series": TimeSeriesAPI,
    "data_sets": DataSetsAPI,
    "labels": LabelsAPI,
    "relationships": RelationshipsAPI,
}
# -- behaviour against the emulator ------------------------------------------------------------------------------
FILTER_VALUES: dict[str, Any] = {
    "name": "x", "parent_ids": [1], "parent_external_ids": ["x"], "asset_subtree_ids": [1],
    "asset_subtree_external_ids": ["x"], "data_set_ids": [1], "data_set_external_ids": ["x"],
    "labels": LabelFilter(contains_any=["x"]),
    "geo_location": GeoLocationFilter(relation="intersects", shape=GeometryFilter(type="Point", coordinates=[1, 2])),
    "metadata": {"a": "b"}, "source": "s", "created_time": {"min": 0}, "last_updated_time": {"max": 10**13},
    "root": True, "external_id_prefix": "x", "aggregated_properties": ["child_count"], "start_time": {"min": 0},
    "end_time": {"max": 10**13}, "active_at_time": {"min": 0}, "type": "t", "subtype": "s", "asset_ids": [1],
    "asset_external_ids": ["x"], "unit": "u", "unit_external_id": "u", "unit_quantity": "q", "is_string": False,
    "is_step": False, "write_protected": True, "source_external_ids": ["x"], "source_types": ["asset"],
    "target_external_ids": ["x"], "target_types": ["asset"], "confidence": {"min": 0}, "fetch_resources": True,
    "include_metadata": False,
}  # fmt: skip


@pytest.mark.parametrize("accessor", sorted(APIS))
async def test_every_list_and_iteration_parameter_reaches_cdf(
    accessor: str, client: Any, resolve: Any, drain: Any
) -> None:
    """Each filter parameter of list() / __call__ is accepted by the filter class and by the (emulated) API."""
    api = getattr(client, accessor)
    shape = {"self", "options", "limit", "partitions", "advanced_filter", "sort", "chunk_size"}
    for method in ("list", "__call__"):
        for name in inspect.signature(getattr(APIS[accessor], method)).parameters:
            if name in shape:
                continue
            kwargs = {name: FILTER_VALUES[name]}
            found = await resolve(api.list(**kwargs)) if method == "list" else await drain(api(**kwargs))
            assert len(found) == 0, (method, name)


async def _assets(client: Any, resolve: Any) -> AssetList:
    return await resolve(
        client.assets.create(
            [AssetWrite(external_id="root", name="root", source="x")]
            + [
                AssetWrite(
                    external_id=f"a{i}",
                    name=f"asset {i:02d}",
                    parent_external_id="root",
                    source="north" if i % 3 else "south",
                    metadata={"area": "north" if i % 3 else "south", **({"extra": "1"} if i < 2 else {})},
                )
                for i in range(12)
            ]
        )
    )


async def test_assets_create_one_or_many_and_retrieve_by_numpy_ids(client: Any, resolve: Any) -> None:
    one = await resolve(client.assets.create(AssetWrite(external_id="solo", name="solo")))
    assert isinstance(one, Asset) and one.external_id == "solo"
    many = await _assets(client, resolve)
    assert isinstance(many, AssetList) and len(many) == 13
    got = await resolve(client.assets.retrieve(id=np.int64(one.id)))
    assert got is not None and got.external_id == "solo"
    both = await resolve(client.assets.retrieve_multiple(ids=[np.int64(one.id), np.uint64(many[0].id)]))
    assert both.as_external_ids() == ["solo", "root"]
    await resolve(client.assets.delete(id=np.int64(one.id)))
    assert await resolve(client.assets.retrieve(id=one.id)) is None
    arr = await resolve(client.assets.retrieve_multiple(ids=np.array([many[1].id, many[2].id])))
    assert arr.as_external_ids() == ["a0", "a1"]
    children = await resolve(client.assets.list(parent_ids=[np.int64(many[0].id)], limit=None))
    assert len(children) == 12  # numpy values in filters are sent as JSON numbers
    with pytest.raises(TypeError, match="ids must hold int"):
        await resolve(client.assets.retrieve_multiple(ids=[1.5]))


async def test_assets_list_advanced_filter_and_sort(client: Any, resolve: Any) -> None:
    await _assets(client, resolve)
    north = filters.Equals(["metadata", "area"], "north")
    listed = await resolve(client.assets.list(advanced_filter=north, sort=("name", "desc"), limit=None))
    expected = [f"asset {i:02d}" for i in range(12) if i % 3]
    assert [a.name for a in listed] == sorted(expected, reverse=True)
    as_dict = await resolve(client.assets.list(advanced_filter=north.dump(camel_case_property=True), limit=None))
    assert len(as_dict) == len(expected)
    combined = north & filters.Prefix("external_id", "a1")  # a1, a10, a11: a1 and a10 and a11 are north
    ascending = await resolve(client.assets.list(advanced_filter=combined, sort=AssetSort(SortableAssetProperty.name)))
    assert [a.external_id for a in ascending] == ["a1", "a10", "a11"]
    with_exact = await resolve(
        client.assets.list(source="south", advanced_filter=filters.Exists(["metadata", "extra"]))
    )
    assert [a.external_id for a in with_exact] == ["a0"]
    by_str = await resolve(client.assets.list(sort=["external_id:desc"], limit=3))
    assert [a.external_id for a in by_str] == ["root", "a9", "a8"]
    not_north = await resolve(client.assets.list(advanced_filter=~north, parent_ids=None, limit=None))
    assert sorted(a.external_id for a in not_north) == ["a0", "a3", "a6", "a9", "root"]
    with pytest.raises(ValueError, match="sort order"):
        await resolve(client.assets.list(sort=("name", "up")))


def test_filters_dump_and_load_round_trip() -> None:
    flt = (filters.Equals(AssetProperty.source, "s") | filters.Range("created_time", gte=0, lt=10)) & ~filters.Exists(
        ["metadata", "k"]
    )
    wire = flt.dump(camel_case_property=True)
    assert wire == {
        "and": [
            {
                "or": [
                    {"equals": {"property": ["source"], "value": "s"}},
                    {"range": {"property": ["createdTime"], "gte": 0, "lt": 10}},
                ]
            },
            {"not": {"exists": {"property": ["metadata", "k"]}}},
        ]
    }
    assert filters.Filter.load(wire).dump() == wire
    assert filters.Range("created_time", gt=1).dump() == {"range": {"property": ["created_time"], "gt": 1}}
    with pytest.raises(ValueError, match="at least one"):
        filters.Range("x")
    with pytest.raises(ValueError, match="Unknown filter"):
        filters.Filter.load({"nope": {}})


async def test_assets_iterate_with_filters_and_chunks(client: Any, resolve: Any, drain: Any) -> None:
    await _assets(client, resolve)
    chunks = await drain(client.assets(chunk_size=3, source="north"))
    assert all(isinstance(c, AssetList) for c in chunks) and [len(c) for c in chunks] == [3, 3, 2]
    desc = await drain(client.assets(advanced_filter=filters.Prefix("name", "asset"), sort=("name", "desc"), limit=2))
    assert [a.name for a in desc] == ["asset 11", "asset 10"]
    with pytest.raises(TypeError, match="unexpected keyword"):
        client.assets(chunk_size=3, nonsense=1)


async def test_assets_aggregates(client: Any, resolve: Any) -> None:
    await _assets(client, resolve)
    north = filters.Equals(["metadata", "area"], "north")
    assert await resolve(client.assets.aggregate_count(advanced_filter=north)) == 8
    assert await resolve(client.assets.aggregate_count(property=AssetProperty.metadata_key("extra"))) == 2
    assert await resolve(client.assets.aggregate_count(filter={"source": "south"})) == 4
    values = await resolve(client.assets.aggregate_unique_values(AssetProperty.metadata_key("area")))
    assert isinstance(values, UniqueResultList)
    assert sorted((v.value, v.count) for v in values) == [("north", 8), ("south", 4)]
    only_n = await resolve(
        client.assets.aggregate_unique_values(AssetProperty.source, aggregate_filter=aggregations.Prefix("n"))
    )
    assert only_n.unique == ["north"]
    assert await resolve(client.assets.aggregate_cardinality_values("source", advanced_filter=north)) == 1
    keys = await resolve(client.assets.aggregate_unique_properties(AssetProperty.metadata))
    assert sorted((k.value["property"][-1], k.count) for k in keys) == [("area", 12), ("extra", 2)]
    assert await resolve(client.assets.aggregate_cardinality_properties("metadata")) == 2
    assert (
        await resolve(
            client.assets.aggregate_cardinality_properties("metadata", aggregate_filter={"in": {"values": ["extra"]}})
        )
        == 1
    )


async def test_assets_search_default_limit_and_subtree(client: Any, resolve: Any) -> None:
    await resolve(client.assets.create([AssetWrite(external_id=f"p{i}", name=f"pump {i}") for i in range(30)]))
    assert len(await resolve(client.assets.search(name="pump"))) == 25
    await _assets(client, resolve)
    assert len(await resolve(client.assets.retrieve_subtree(external_id="root", depth=1))) == 13
    assert len(await resolve(client.assets.retrieve_subtree(external_id="root", depth=0))) == 1


async def test_timestamp_range_filters_from_datetimes_and_strings(client: Any, resolve: Any) -> None:
    await _assets(client, resolve)
    now = datetime.now(timezone.utc)
    assert len(await resolve(client.assets.list(created_time={"min": "1d-ago"}, limit=None))) == 13
    assert len(await resolve(client.assets.list(created_time=TimestampRange(max="1d-ago")))) == 0
    recent = TimestampRange(min=now - timedelta(hours=1), max=now + timedelta(hours=1))
    assert len(await resolve(client.assets.list(last_updated_time=recent, limit=None))) == 13
    assert TimestampRange(10, 5).dump() == {"max": 10, "min": 5}  # official positional order: max, min
    await resolve(client.events.create(EventWrite(external_id="e", start_time=int(now.timestamp() * 1000) - 300_000)))
    assert len(await resolve(client.events.list(start_time={"min": "1h-ago"}))) == 1
    assert len(await resolve(client.events.list(start_time=TimestampRange(max=now - timedelta(hours=1))))) == 0


async def test_events_signatures_in_use(client: Any, resolve: Any, drain: Any) -> None:
    many = await resolve(
        client.events.create(
            [
                EventWrite(external_id=f"e{i}", type="alarm" if i % 2 else "failure", subtype=f"s{i % 3}", start_time=i)
                for i in range(9)
            ]
        )
    )
    assert isinstance(many, EventList)
    by_start = await resolve(client.events.list(sort=EventSort("start_time", "desc"), limit=3))
    assert [e.external_id for e in by_start] == ["e8", "e7", "e6"]
    alarms = filters.Equals(EventProperty.type, "alarm")
    assert len(await resolve(client.events.list(advanced_filter=alarms, limit=None))) == 4
    assert await resolve(client.events.aggregate_count(advanced_filter=alarms)) == 4
    values = await resolve(client.events.aggregate_unique_values({"type": "failure"}, EventProperty.subtype))
    assert sorted((v.value, v.count) for v in values) == [("s0", 2), ("s1", 1), ("s2", 2)]
    first = await resolve(client.events.aggregate_unique_values(EventProperty.type))  # property given first
    assert sorted(first.unique) == ["alarm", "failure"]
    older = await resolve(client.events.aggregate_unique_values(filter={"type": "failure"}, fields=["subtype"]))
    assert sorted(v["values"][0] for v in older) == ["s0", "s1", "s2"]
    filtered = await resolve(
        client.events.aggregate_unique_values(property="subtype", aggregate_filter=aggregations.In(["s0"]))
    )
    assert [(v.value, v.count) for v in filtered] == [("s0", 3)]
    assert await resolve(client.events.aggregate_cardinality_values(EventProperty.subtype)) == 3
    iterated = await drain(client.events(type="alarm", sort=[("start_time", "asc")]))
    assert [e.external_id for e in iterated] == ["e1", "e3", "e5", "e7"]


async def test_time_series_signatures_in_use(client: Any, resolve: Any, drain: Any) -> None:
    created = await resolve(
        client.time_series.create(
            [TimeSeriesWrite(external_id=f"t{i}", name=f"temp {i}", unit="C" if i < 3 else "K") for i in range(5)]
        )
    )
    assert isinstance(created, TimeSeriesList)
    by_name = await resolve(
        client.time_series.list(sort=TimeSeriesSort(SortableTimeSeriesProperty.name, "desc"), limit=2)
    )
    assert [t.external_id for t in by_name] == ["t4", "t3"]
    celsius = filters.Equals("unit", "C")
    assert await resolve(client.time_series.aggregate_count(advanced_filter=celsius)) == 3
    assert await resolve(client.time_series.aggregate_count(filter={"unit": "K"})) == 2
    units = await resolve(client.time_series.aggregate_unique_values("unit"))
    assert sorted(units.unique) == ["C", "K"]
    (chunk,) = await drain(client.time_series(chunk_size=10, unit="K"))
    assert isinstance(chunk, TimeSeriesList) and chunk.as_external_ids() == ["t3", "t4"]
    listed = await resolve(client.time_series.list(advanced_filter=celsius, include_metadata=False, limit=None))
    assert len(listed) == 3 and all(t.metadata is None for t in listed)
    with pytest.raises(ValueError, match="exactly one"):
        await resolve(client.time_series.retrieve(id=1, instance_id=("space", "xid")))
    assert await resolve(client.time_series.retrieve(instance_id=("space", "xid"))) is None


async def test_data_sets_labels_relationships_signatures_in_use(client: Any, resolve: Any, drain: Any) -> None:
    ds = await resolve(client.data_sets.create(DataSetWrite(external_id="ds", name="ds", write_protected=True)))
    await resolve(client.data_sets.create([DataSetWrite(external_id="ds2")]))
    assert await resolve(client.data_sets.aggregate_count(filter={"write_protected": True})) == 1
    assert [d.external_id for d in await drain(client.data_sets(write_protected=False))] == ["ds2"]

    labels = await resolve(client.labels.create([LabelDefinitionWrite(external_id="PUMP", name="pump")]))
    assert isinstance(labels, LabelDefinitionList)
    await resolve(client.labels.create(LabelDefinitionWrite(external_id="VALVE", name="valve", data_set_id=ds.id)))
    assert (await resolve(client.labels.retrieve("PUMP"))).name == "pump"
    with pytest.raises(CogniteNotFoundError):
        await resolve(client.labels.retrieve("NOPE"))
    assert await resolve(client.labels.retrieve("NOPE", ignore_unknown_ids=True)) is None
    listed = await resolve(client.labels.retrieve(["PUMP", "NOPE"], ignore_unknown_ids=True))
    assert isinstance(listed, LabelDefinitionList) and listed.as_external_ids() == ["PUMP"]
    assert [x.external_id for x in await drain(client.labels(data_set_external_ids=["ds"]))] == ["VALVE"]

    await resolve(client.assets.create([AssetWrite(external_id="src", name="src")]))
    rels = [
        RelationshipWrite(
            external_id=f"r{i}",
            source_external_id="src",
            source_type="asset",
            target_external_id=f"t{i}",
            target_type="timeSeries",
            labels=["PUMP"] if i % 2 else None,
        )
        for i in range(4)
    ]
    assert isinstance(await resolve(client.relationships.create(rels)), RelationshipList)
    pumps = await resolve(client.relationships.list(labels=LabelFilter(contains_any=["PUMP"]), limit=None))
    assert sorted(pumps.as_external_ids()) == ["r1", "r3"]
    iterated = await drain(client.relationships(source_external_ids=["src"], fetch_resources=True))
    assert len(iterated) == 4 and all(r.source["externalId"] == "src" for r in iterated)
    upserted = await resolve(
        client.relationships.upsert(
            RelationshipWrite(
                external_id="r9",
                source_external_id="src",
                source_type="asset",
                target_external_id="x",
                target_type="asset",
            )
        )
    )
    assert upserted.external_id == "r9"


async def test_unknown_keywords_raise_naming_the_valid_ones(client: Any, resolve: Any, emulator: Emulator) -> None:
    with pytest.raises(TypeError, match="valid: .*advanced_filter"):
        await resolve(client.assets.list(advanced_filters={}))
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(client.labels.retrieve("x", ignore_unknown=True))
    assert await resolve(client.events.list(limit=1, timeout=10, headers={"x-test": "1"})) == []

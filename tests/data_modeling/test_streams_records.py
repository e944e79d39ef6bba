"""client.data_modeling.streams / .records against the emulator (sync and async clients)."""

from __future__ import annotations

import pytest

from cognite.client._api.data_modeling import _limits
from cognite.client.data_classes.data_modeling import ContainerApply, ContainerPropertyApply, SpaceApply
from cognite.client.data_classes.data_modeling.aggregates import (
    Average,
    Count,
    Filters,
    Max,
    MetricResult,
    MovingFunction,
    MovingFunctions,
    NumberHistogram,
    Sum,
    TimeHistogram,
    UniqueValues,
)
from cognite.client.data_classes.data_modeling.data_types import Float64, Text, Timestamp
from cognite.client.data_classes.data_modeling.instances import InstanceSort
from cognite.client.data_classes.data_modeling.records import (
    RecordContainerId,
    RecordId,
    RecordSource,
    RecordSourceSelector,
    RecordWrite,
    SyncRecordList,
    TimeRange,
)
from cognite.client.data_classes.data_modeling.streams import (
    Stream,
    StreamList,
    StreamTemplate,
    StreamWrite,
    StreamWriteSettings,
)
from cognite.client.data_classes.filters import Equals, Range
from cognite.client.exceptions import CogniteAPIError

SPACE = "rec"
GAME = RecordContainerId(SPACE, "Game")
POINTS, PLAYER, PLAYED = [SPACE, "Game", "points"], [SPACE, "Game", "player"], [SPACE, "Game", "played"]
GAMES = [("g1", "ann", 10.0, "2025-03-01T10:00:00Z"), ("g2", "bob", 4.0, "2025-03-01T12:00:00Z"),
         ("g3", "ann", 6.0, "2025-03-02T09:00:00Z"), ("g4", "cid", 1.0, "2025-03-04T09:00:00Z")]  # fmt: skip


def _stream(xid: str, template: str) -> StreamWrite:
    return StreamWrite(xid, StreamWriteSettings(StreamTemplate(template)))


def _game(xid: str, player: str, points: float, played: str) -> RecordWrite:
    return RecordWrite(SPACE, xid, [RecordSource(GAME, {"player": player, "points": points, "played": played})])


async def _setup(client, resolve) -> None:
    await resolve(client.data_modeling.spaces.apply(SpaceApply(SPACE)))
    props = {"player": ContainerPropertyApply(Text()), "points": ContainerPropertyApply(Float64()),
             "played": ContainerPropertyApply(Timestamp())}  # fmt: skip
    await resolve(client.data_modeling.containers.apply(ContainerApply(SPACE, "Game", props, used_for="record")))
    await resolve(
        client.data_modeling.streams.create([_stream("live", "BasicLiveData"), _stream("log", "ImmutableTestStream")])
    )
    await resolve(client.data_modeling.records.ingest([_game(*g) for g in GAMES], stream_id="live"))


def test_limits_match_the_spec():
    from cognite.emulator.dms.spec_rules import rules

    assert rules().items_max("POST", "/streams") == _limits.STREAMS_ITEMS_LIMIT
    assert rules().items_max("POST", "/streams/{streamId}/records") == _limits.RECORDS_ITEMS_LIMIT
    assert rules().items_max("POST", "/streams/{streamId}/records/delete") == _limits.RECORDS_ITEMS_LIMIT


async def test_streams_create_list_retrieve_delete(client, resolve):
    streams = client.data_modeling.streams
    created = await resolve(streams.create(_stream("live", "BasicLiveData")))
    assert (
        isinstance(created, Stream) and created.type == "Mutable" and created.created_from_template == "BasicLiveData"
    )
    both = await resolve(streams.create([_stream("a", "ImmutableTestStream"), _stream("b", "MutableTestStream")]))
    assert isinstance(both, StreamList) and [s.type for s in both] == ["Immutable", "Mutable"]
    assert sorted((await resolve(streams.list())).as_external_ids()) == ["a", "b", "live"]
    got = await resolve(streams.retrieve("live"))
    assert got.settings.limits.max_records_total.consumed is None
    assert got.as_write().dump() == _stream("live", "BasicLiveData").dump()
    assert await resolve(streams.retrieve("nope")) is None
    with pytest.raises(CogniteAPIError) as info:
        await resolve(streams.create(_stream("live", "BasicLiveData")))
    assert info.value.code == 409
    with pytest.raises(CogniteAPIError, match="Unknown stream template"):
        await resolve(streams.create(_stream("c", "NoSuchTemplate")))
    await resolve(streams.delete(["a", "b"]))
    assert (await resolve(streams.list())).as_external_ids() == ["live"]


async def test_statistics_count_the_records(client, resolve):
    await _setup(client, resolve)
    stream = await resolve(client.data_modeling.streams.retrieve("live", include_statistics=True))
    assert stream.settings.limits.max_records_total.consumed == 4
    assert stream.settings.limits.max_giga_bytes_total.consumed > 0


async def test_filter_with_filters_sort_sources_and_limit(client, resolve):
    await _setup(client, resolve)
    records = client.data_modeling.records
    everything = await resolve(records.filter("live", limit=10))
    assert [r.external_id for r in everything] == ["g1", "g2", "g3", "g4"]
    assert everything[0].properties == {
        SPACE: {"Game": {"player": "ann", "points": 10.0, "played": "2025-03-01T10:00:00.000+00:00"}}
    }
    anns = await resolve(records.filter("live", filter=Equals(PLAYER, "ann")))
    assert [r.external_id for r in anns] == ["g1", "g3"]
    ranked = await resolve(records.filter("live", filter=Range(POINTS, gte=4), sort=InstanceSort(POINTS, "descending")))
    assert [r.external_id for r in ranked] == ["g1", "g3", "g2"]
    top = await resolve(records.filter("live", sort=[InstanceSort(POINTS, "descending")], limit=1))
    assert [r.external_id for r in top] == ["g1"]
    only_points = await resolve(records.filter("live", sources=[RecordSourceSelector(GAME, ["points"])], limit=1))
    assert only_points[0].properties == {SPACE: {"Game": {"points": 10.0}}}
    by_id = await resolve(records.filter("live", filter=Equals(["externalId"], "g4"), include_typing=True))
    assert by_id.as_ids() == [RecordId(SPACE, "g4")]
    assert by_id.typing[SPACE]["Game"]["points"]["type"]["type"] == "float64"
    assert sorted(by_id.typing[SPACE]["Game"]) == ["played", "player", "points"]


async def test_upsert_replaces_and_delete_removes(client, resolve):
    await _setup(client, resolve)
    records = client.data_modeling.records
    await resolve(
        records.upsert(
            [_game("g1", "ann", 99.0, "2025-03-05T00:00:00Z"), _game("g5", "dan", 2.0, "2025-03-05T00:00:00Z")],
            stream_id="live",
        )
    )
    await resolve(records.delete([RecordId(SPACE, "g2"), RecordId(SPACE, "unknown")], stream_id="live"))
    now = {r.external_id: r for r in await resolve(records.filter("live"))}
    assert sorted(now) == ["g1", "g3", "g4", "g5"]
    assert now["g1"].properties[SPACE]["Game"]["points"] == 99.0
    assert now["g1"].created_time <= now["g1"].last_updated_time


async def test_mutable_ingest_of_an_existing_record_is_a_conflict(client, resolve):
    await _setup(client, resolve)
    with pytest.raises(CogniteAPIError) as info:
        await resolve(
            client.data_modeling.records.ingest(
                [_game(*GAMES[0]), _game("g9", "eve", 1.0, "2025-03-05T00:00:00Z")], stream_id="live"
            )
        )
    assert info.value.code == 409
    found = await resolve(client.data_modeling.records.filter("live", filter=Equals(["externalId"], "g9")))
    assert len(found) == 1  # the others of the request are created (a partial success)


async def test_immutable_streams(client, resolve):
    await _setup(client, resolve)
    records = client.data_modeling.records
    games = [_game(*g) for g in GAMES]
    await resolve(records.ingest(games + games[:1], stream_id="log"))  # an exact duplicate is dropped
    await resolve(records.ingest(_game("g1", "ann", 11.0, GAMES[0][3]), stream_id="log"))  # same id, other values
    found = await resolve(records.filter("log", last_updated_time=TimeRange(gt="1d-ago"), limit=100))
    assert sorted(r.external_id for r in found) == ["g1", "g1", "g2", "g3", "g4"]
    with pytest.raises(CogniteAPIError, match="lastUpdatedTime is required"):
        await resolve(records.filter("log"))
    with pytest.raises(CogniteAPIError) as info:
        await resolve(records.upsert(games[0], stream_id="log"))
    assert info.value.code == 422
    with pytest.raises(CogniteAPIError) as info:
        await resolve(records.delete(RecordId(SPACE, "g1"), stream_id="log"))
    assert info.value.code == 422


async def test_sync_serves_each_change_once_in_chunks(client, resolve, drain):
    await _setup(client, resolve)
    records = client.data_modeling.records
    chunks = await drain(records.sync("live", initialize_cursor="1d-ago", chunk_size=3))
    assert all(isinstance(c, SyncRecordList) for c in chunks)
    assert [len(c) for c in chunks] == [3, 1] and [c.has_next for c in chunks] == [True, False]
    assert [r.status for c in chunks for r in c] == ["created"] * 4
    await resolve(records.upsert(_game("g1", "ann", 1.0, GAMES[0][3]), stream_id="live"))
    await resolve(records.delete(RecordId(SPACE, "g2"), stream_id="live"))
    later = await drain(records.sync("live", cursor=chunks[-1].cursor))
    changes = {r.external_id: r for c in later for r in c}
    assert {k: r.status for k, r in changes.items()} == {"g1": "updated", "g2": "deleted"}
    assert changes["g2"].properties is None
    again = await drain(records.sync("live", cursor=later[-1].cursor))
    assert [len(c) for c in again] == [0]


async def test_aggregate_metrics_buckets_and_moving_functions(client, resolve):
    await _setup(client, resolve)
    aggregate = client.data_modeling.records.aggregate
    res = await resolve(aggregate({"avg": Average(POINTS), "n": Count(), "top": Max(POINTS)}, stream_id="live"))
    assert isinstance(res.aggregates["avg"], MetricResult)
    assert (res.aggregates["avg"].value, res.aggregates["n"].value, res.aggregates["top"].value) == (5.25, 4, 10.0)
    per_player = await resolve(aggregate({"p": UniqueValues(PLAYER, aggregates={"s": Sum(POINTS)})}, stream_id="live"))
    buckets = per_player.aggregates["p"].buckets
    assert [(b.value, b.count, b.aggregates["s"].value) for b in buckets] == [
        ("ann", 2, 16.0),
        ("bob", 1, 4.0),
        ("cid", 1, 1.0),
    ]
    hist = await resolve(aggregate({"h": NumberHistogram(POINTS, interval=5)}, stream_id="live"))
    assert [(b.interval_start, b.count) for b in hist.aggregates["h"].buckets] == [(0, 2), (5, 1), (10, 1)]
    daily = TimeHistogram(PLAYED, calendar_interval="1d", aggregates={
        "games": Count(), "avg2": MovingFunction("games", window=2, function=MovingFunctions.UNWEIGHTED_AVG)})  # fmt: skip
    days = (await resolve(aggregate({"d": daily}, stream_id="live"))).aggregates["d"].buckets
    assert [(b.interval_start[:10], b.count) for b in days] == [
        ("2025-03-01", 2),
        ("2025-03-02", 1),
        ("2025-03-03", 0),
        ("2025-03-04", 1),
    ]
    assert [b.aggregates["avg2"].fn_value for b in days] == [None, 2.0, 1.5, 0.5]
    split = await resolve(aggregate({"f": Filters([Equals(PLAYER, "ann"), Range(POINTS, lt=5)])}, stream_id="live"))
    assert [b.count for b in split.aggregates["f"].buckets] == [2, 2]
    filtered = await resolve(aggregate({"n": Count()}, stream_id="live", filter=Equals(PLAYER, "bob")))
    assert filtered.aggregates["n"].value == 1


@pytest.mark.parametrize(
    "aggregates, message",
    [
        ({"_count": {"count": {}}}, "Invalid aggregate identifier"),
        ({"x": {"uniqueValues": {"property": PLAYER, "aggregates": {"x": {"count": {}}}}}}, "Duplicate aggregate"),
        (
            {"m": {"movingFunction": {"bucketsPath": "_count", "window": 2, "function": "MovingFunctions.sum"}}},
            "inside a histogram",
        ),
        ({"q": {"percentiles": {}}}, "must be one of"),
    ],
)
async def test_bad_aggregates_are_400(client, resolve, aggregates, message):
    await _setup(client, resolve)
    with pytest.raises(CogniteAPIError, match=message) as info:
        await resolve(client.data_modeling.records.aggregate(aggregates, stream_id="live"))
    assert info.value.code == 400


async def test_records_need_a_record_container_and_known_properties(client, resolve):
    await _setup(client, resolve)
    await resolve(
        client.data_modeling.containers.apply(ContainerApply(SPACE, "Node", {"x": ContainerPropertyApply(Text())}))
    )
    ingest = client.data_modeling.records.ingest
    with pytest.raises(CogniteAPIError, match="not usedFor record"):
        await resolve(
            ingest(
                RecordWrite(SPACE, "r", [RecordSource(RecordContainerId(SPACE, "Node"), {"x": "a"})]), stream_id="live"
            )
        )
    with pytest.raises(CogniteAPIError, match="has no properties"):
        await resolve(ingest(RecordWrite(SPACE, "r", [RecordSource(GAME, {"nope": 1})]), stream_id="live"))
    with pytest.raises(CogniteAPIError) as info:
        await resolve(ingest(RecordWrite(SPACE, "r", [RecordSource(GAME, {"points": "many"})]), stream_id="live"))
    assert info.value.code == 400
    with pytest.raises(CogniteAPIError) as info:
        await resolve(ingest(_game(*GAMES[0]), stream_id="no-such-stream"))
    assert info.value.code == 404


async def test_bad_input_fails_before_any_request(client, resolve, drain, emulator):
    records = client.data_modeling.records
    before = len(emulator.requests.find("POST", "/streams/s/records/filter"))
    with pytest.raises(ValueError, match="limit"):
        await resolve(records.filter("s", limit=5000))
    with pytest.raises(ValueError, match="exactly one"):
        await drain(records.sync("s"))
    with pytest.raises(TypeError, match="RecordWrite"):
        await resolve(records.ingest([{"space": "x"}], stream_id="s"))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="stream_id"):
        await resolve(records.ingest(_game(*GAMES[0]), stream_id=""))
    with pytest.raises(ValueError, match="upsert_mode"):
        await resolve(records.upsert(_game(*GAMES[0]), stream_id="s", upsert_mode="merge"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="without '.'"):
        await resolve(records.aggregate({"a.b": Count()}, stream_id="s"))
    assert len(emulator.requests.find("POST", "/streams/s/records/filter")) == before
    assert emulator.requests.find("POST", "/streams/s/records/aggregate") == []


async def test_ingest_through_a_view_of_record_containers(client, resolve):
    from cognite.client.data_classes.data_modeling import MappedPropertyApply, ViewApply
    from cognite.client.data_classes.data_modeling.ids import ContainerId
    from cognite.client.data_classes.data_modeling.records import RecordViewId

    await _setup(client, resolve)
    props = {
        "who": MappedPropertyApply(ContainerId(SPACE, "Game"), "player"),
        "points": MappedPropertyApply(ContainerId(SPACE, "Game"), "points"),
    }
    await resolve(client.data_modeling.views.apply(ViewApply(SPACE, "GameView", "v1", properties=props)))
    source = RecordSource(RecordViewId(SPACE, "GameView", "v1"), {"who": "zed", "points": 7.0})
    await resolve(client.data_modeling.records.ingest(RecordWrite(SPACE, "g7", [source]), stream_id="live"))
    (got,) = await resolve(client.data_modeling.records.filter("live", filter=Equals(["externalId"], "g7")))
    assert got.properties == {SPACE: {"Game": {"player": "zed", "points": 7.0}}}
    bad = RecordSource(RecordViewId(SPACE, "GameView", "v1"), {"nope": 1})
    with pytest.raises(CogniteAPIError, match="maps no property"):
        await resolve(client.data_modeling.records.ingest(RecordWrite(SPACE, "g8", [bad]), stream_id="live"))

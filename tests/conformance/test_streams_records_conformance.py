"""The official cognite-sdk (unchanged, over a socket, replies validated against the spec) on streams and records,
using the calls of its documentation examples."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import (  # noqa: F401 (fixtures)
    ServedEmulator,
    conformance_emulator,
    conformance_emulator_options,
    official_python,
    run_official,
)

SCRIPT = """
import warnings
warnings.simplefilter("ignore")
from cognite.client.data_classes.data_modeling import ContainerApply, ContainerPropertyApply, SpaceApply
from cognite.client.data_classes.data_modeling.data_types import Float64, Text
from cognite.client.data_classes.data_modeling.streams import StreamWrite, StreamTemplate, StreamWriteSettings
from cognite.client.data_classes.data_modeling.records import (
    RecordWrite, RecordContainerId, RecordSource, RecordId, TimeRange,
)
from cognite.client.data_classes.data_modeling.aggregates import Average, Count, Max, Sum, UniqueValues
out = {}
client.data_modeling.spaces.apply(SpaceApply("my-space"))
client.data_modeling.containers.apply(ContainerApply(
    "my-space", "my_container", {"temperature": ContainerPropertyApply(Float64()), "site": ContainerPropertyApply(Text())},
    used_for="record",
))
res = client.data_modeling.streams.create(
    StreamWrite(external_id="my-stream", settings=StreamWriteSettings(template=StreamTemplate(name="BasicLiveData")))
)
client.data_modeling.streams.create(
    StreamWrite(external_id="my-log", settings=StreamWriteSettings(template=StreamTemplate(name="ImmutableTestStream")))
)
out["created"] = [res.external_id, res.type]
out["listed"] = sorted(s.external_id for s in client.data_modeling.streams.list())
for i, (site, t) in enumerate([("oslo", 22.5), ("oslo", 20.5), ("bergen", 18.0)]):
    rec = RecordWrite(
        space="my-space", external_id=f"rec-{i}",
        sources=[RecordSource(source=RecordContainerId(space="my-space", external_id="my_container"),
                              properties={"temperature": t, "site": site})],
    )
    client.data_modeling.records.ingest(rec, stream_id="my-stream")
    client.data_modeling.records.ingest(rec, stream_id="my-log")
client.data_modeling.records.upsert(
    RecordWrite(space="my-space", external_id="rec-0", sources=[RecordSource(
        source=RecordContainerId(space="my-space", external_id="my_container"), properties={"temperature": 23.0, "site": "oslo"})]),
    stream_id="my-stream",
)
found = client.data_modeling.records.filter(stream_id="my-stream", limit=100)
out["filtered"] = sorted((r.external_id, r.properties["my-space"]["my_container"]["temperature"]) for r in found)
logged = client.data_modeling.records.filter(stream_id="my-log", last_updated_time=TimeRange(gt="1d-ago"), limit=100)
out["logged"] = len(logged)
temp = ["my-space", "my_container", "temperature"]
agg = client.data_modeling.records.aggregate(
    stream_id="my-stream",
    aggregates={"avg": Average(temp), "n": Count(), "top": Max(temp),
                "by_site": UniqueValues(["my-space", "my_container", "site"], aggregates={"s": Sum(temp)})},
)
out["agg"] = [agg.aggregates["avg"].value, agg.aggregates["n"].value, agg.aggregates["top"].value]
out["by_site"] = [(b.value, b.count, b.aggregates["s"].value) for b in agg.aggregates["by_site"].buckets]
chunks = list(client.data_modeling.records.sync(stream_id="my-stream", initialize_cursor="7d-ago"))
out["synced"] = sorted((r.external_id, r.status) for c in chunks for r in c)
client.data_modeling.records.delete(
    stream_id="my-stream", items=[RecordId(space="my-space", external_id="rec-1"), RecordId(space="my-space", external_id="rec-9")]
)
later = list(client.data_modeling.records.sync(stream_id="my-stream", cursor=chunks[-1].cursor))
out["later"] = [(r.external_id, r.status) for c in later for r in c]
stats = client.data_modeling.streams.retrieve("my-stream", include_statistics=True)
out["consumed"] = stats.settings.limits.max_records_total.consumed
out["missing"] = client.data_modeling.streams.retrieve("nope") is None
client.data_modeling.streams.delete(["my-stream", "my-log"])
out["left"] = len(client.data_modeling.streams.list())
emit(out)
"""


def test_official_sdk_streams_and_records(conformance_emulator: ServedEmulator, run_official: Any) -> None:  # noqa: F811
    out = run_official(SCRIPT)
    assert out == {
        "created": ["my-stream", "Mutable"],
        "listed": ["my-log", "my-stream"],
        "filtered": [["rec-0", 23.0], ["rec-1", 20.5], ["rec-2", 18.0]],
        "logged": 3,
        "agg": [20.5, 3, 23.0],
        "by_site": [["oslo", 2, 43.5], ["bergen", 1, 18.0]],
        "synced": [["rec-0", "updated"], ["rec-1", "created"], ["rec-2", "created"]],
        "later": [["rec-1", "deleted"]],
        "consumed": 2,
        "missing": True,
        "left": 0,
    }

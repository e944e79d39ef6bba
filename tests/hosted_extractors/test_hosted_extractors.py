"""Hosted extractors through the SDK (sync and async) against the emulator: sources, destinations, jobs, mappings."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes.hosted_extractors import (
    CogniteFormat,
    CustomMapping,
    DestinationUpdate,
    DestinationWrite,
    EventHubSource,
    EventHubSourceUpdate,
    EventHubSourceWrite,
    Job,
    JobUpdate,
    JobWrite,
    JSONInput,
    KafkaBroker,
    KafkaSource,
    KafkaSourceWrite,
    MappingUpdate,
    MappingWrite,
    MQTT5Source,
    MQTT5SourceWrite,
    NextUrlLoad,
    Prefix,
    RestConfig,
    RestSourceWrite,
    SessionWrite,
    Source,
    SourceList,
)
from cognite.client.exceptions import CogniteAPIError, CogniteDuplicatedError, CogniteNotFoundError
from cognite.emulator import Emulator


def hub(xid: str = "hub") -> EventHubSourceWrite:
    return EventHubSourceWrite(xid, "myhub.servicebus.windows.net", "events", "reader", "secret")


async def test_source_variants_round_trip(client: Any, resolve: Any, drain: Any) -> None:
    he = client.hosted_extractors
    created = await resolve(
        he.sources.create(
            [hub(), MQTT5SourceWrite("mqtt", "broker.local", 1883), KafkaSourceWrite("kafka", [KafkaBroker("k", 9092)])]
        )
    )
    assert isinstance(created, SourceList)
    assert [type(s) for s in created] == [EventHubSource, MQTT5Source, KafkaSource]
    assert created[0].event_hub_name == "events" and created[0].created_time is not None
    assert created[2].bootstrap_brokers == [KafkaBroker("k", 9092)]
    assert getattr(created[0], "key_value", None) is None  # the key is write-only
    one = await resolve(he.sources.retrieve("mqtt"))
    assert isinstance(one, MQTT5Source) and one.port == 1883
    assert [s.external_id for s in await resolve(he.sources.list(limit=None))] == ["hub", "mqtt", "kafka"]
    assert len(await drain(he.sources(chunk_size=2))) == 2
    assert [s.external_id for s in await drain(he.sources(limit=2))] == ["hub", "mqtt"]


async def test_source_update_by_update_object_and_write_object(client: Any, resolve: Any) -> None:
    he = client.hosted_extractors
    await resolve(he.sources.create(hub()))
    updated = await resolve(he.sources.update(EventHubSourceUpdate("hub").event_hub_name.set("other")))
    assert isinstance(updated, EventHubSource) and updated.event_hub_name == "other"
    replaced = await resolve(he.sources.update(hub(), mode="replace_ignore_null"))
    assert replaced.event_hub_name == "events"


async def test_source_validation_and_errors(client: Any, resolve: Any) -> None:
    he = client.hosted_extractors
    await resolve(he.sources.create(hub()))
    with pytest.raises(CogniteDuplicatedError):
        await resolve(he.sources.create(hub()))
    with pytest.raises(ValueError, match="event_hub_name"):  # the spec requires it: checked before sending
        await resolve(he.sources.create(EventHubSourceWrite("bad", "host")))
    with pytest.raises(CogniteAPIError, match="eventHubName"):  # and by the emulator, per source type
        await resolve(he.sources.create({"type": "eventhub", "externalId": "bad", "host": "host"}))
    with pytest.raises(CogniteAPIError, match="type must be one of"):
        await resolve(he.sources.create({"type": "ftp", "externalId": "bad", "host": "host"}))
    with pytest.raises(CogniteNotFoundError):
        await resolve(he.sources.retrieve(["hub", "missing"]))
    assert len(await resolve(he.sources.retrieve(["hub", "missing"], ignore_unknown_ids=True))) == 1
    with pytest.raises(CogniteNotFoundError):
        await resolve(he.sources.delete("missing"))
    await resolve(he.sources.delete("missing", ignore_unknown_ids=True))
    with pytest.raises(TypeError):
        await resolve(he.sources.retrieve([1]))  # checked before sending


async def test_jobs_status_logs_metrics_and_forced_delete(client: Any, resolve: Any) -> None:
    he = client.hosted_extractors
    await resolve(he.sources.create(RestSourceWrite("rest", "api.local")))
    dest = await resolve(he.destinations.create(DestinationWrite("dest", SessionWrite("nonce"))))
    assert dest.session_id is not None and getattr(dest, "credentials", None) is None
    with pytest.raises(CogniteAPIError, match="sourceId"):
        await resolve(he.jobs.create(JobWrite("job", "dest", "nope", {"type": "cognite"})))
    with pytest.raises(CogniteAPIError, match="config may not be null"):
        await resolve(he.jobs.create(JobWrite("job", "dest", "rest", {"type": "cognite"})))
    rest_config = RestConfig("1h", "/data", pagination=NextUrlLoad("next"))
    job = await resolve(
        he.jobs.create(JobWrite("job", "dest", "rest", CogniteFormat(prefix=Prefix(prefix="p_")), rest_config))
    )
    assert isinstance(job, Job) and job.target_status == "running" and job.status == "startup_error"
    assert job.config == rest_config and isinstance(job.config.pagination, NextUrlLoad)
    assert isinstance(job.format, CogniteFormat) and job.format.prefix == Prefix(prefix="p_")
    logs = await resolve(he.jobs.list_logs(job="job"))
    assert [entry.type for entry in logs] == ["startup_error"] and "does not connect" in logs[0].message
    paused = await resolve(he.jobs.update(JobUpdate("job").target_status.set("paused")))
    assert paused.status == "paused"
    assert [e.type for e in await resolve(he.jobs.list_logs(source="rest"))] == ["paused", "startup_error"]
    assert await resolve(he.jobs.list_logs(destination="other")) == []
    assert list(await resolve(he.jobs.list_metrics(job="job"))) == []
    with pytest.raises(CogniteAPIError, match="used by jobs"):
        await resolve(he.sources.delete("rest"))
    await resolve(he.sources.delete("rest", force=True))
    assert list(await resolve(he.jobs.list())) == []


async def test_destinations_and_mappings(client: Any, resolve: Any) -> None:
    he = client.hosted_extractors
    await resolve(he.destinations.create(DestinationWrite("dest", SessionWrite("n"), target_data_set_id=1)))
    updated = await resolve(he.destinations.update(DestinationUpdate("dest").target_data_set_id.set(2)))
    assert updated.target_data_set_id == 2
    mapping = await resolve(he.mappings.create(MappingWrite("m", CustomMapping("input"), published=True)))
    assert mapping.mapping == CustomMapping("input") and mapping.input == JSONInput()  # the emulator defaults to json
    unpublished = await resolve(he.mappings.update(MappingUpdate("m").published.set(False)))
    assert unpublished.published is False
    await resolve(he.mappings.delete(["m"]))
    assert list(await resolve(he.mappings.list())) == []


def test_limits_come_from_the_spec() -> None:
    from cognite.client._api.hosted_extractors.sources import SourcesAPI

    assert (SourcesAPI._CREATE_LIMIT, SourcesAPI._RETRIEVE_LIMIT, SourcesAPI._LIST_LIMIT) == (10, 100, 100)


def test_more_than_the_create_limit_is_chunked(sync_client: Any, emulator: Emulator) -> None:
    sync_client.hosted_extractors.sources.create([hub(f"h{i}") for i in range(23)])
    creates = emulator.requests.find("POST", "/hostedextractors/sources")
    assert [len(r.json()["items"]) for r in creates] == [10, 10, 3]
    assert isinstance(Source._load({"type": "eventhub", "externalId": "x"}), EventHubSource)

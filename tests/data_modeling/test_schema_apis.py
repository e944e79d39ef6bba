"""client.data_modeling spaces / containers / views / data models against the emulator (sync and async clients)."""

from __future__ import annotations

import json

import pytest

from cognite.client._api.data_modeling import _limits
from cognite.client.data_classes.data_modeling import (
    BTreeIndexApply,
    Container,
    ContainerApply,
    ContainerId,
    ContainerPropertyApply,
    DataModel,
    DataModelApply,
    DataModelId,
    MappedProperty,
    MappedPropertyApply,
    Space,
    SpaceApply,
    SpaceList,
    UniquenessConstraintApply,
    View,
    ViewApply,
    ViewId,
)
from cognite.client.data_classes.data_modeling.data_types import Int64, Text
from cognite.client.exceptions import CogniteAPIError

SPACE = "sp_client"


def _container(xid: str = "Pump") -> ContainerApply:
    return ContainerApply(
        SPACE,
        xid,
        {"name": ContainerPropertyApply(Text(), nullable=False), "rpm": ContainerPropertyApply(Int64())},
        name="Pump",
        constraints={"unique_name": UniquenessConstraintApply(["name"])},
        indexes={"by_name": BTreeIndexApply(["name"])},
    )


def _view(version: str = "v1") -> ViewApply:
    props = {p: MappedPropertyApply(ContainerId(SPACE, "Pump"), p) for p in ("name", "rpm")}
    return ViewApply(SPACE, "Pump", version, name="Pump", properties=props)


async def _schema(client, resolve) -> None:
    await resolve(client.data_modeling.spaces.apply(SpaceApply(SPACE, name="Client space")))
    await resolve(client.data_modeling.containers.apply(_container()))
    await resolve(client.data_modeling.views.apply(_view()))


async def test_spaces_apply_retrieve_list_delete(client, resolve):
    spaces = client.data_modeling.spaces
    created = await resolve(spaces.apply(SpaceApply(SPACE, name="Client space")))
    assert isinstance(created, Space) and created.space == SPACE and created.name == "Client space"
    assert created.as_write().dump() == {"space": SPACE, "name": "Client space"}
    many = await resolve(spaces.apply([SpaceApply(f"sp_{i}") for i in range(3)]))
    assert isinstance(many, SpaceList) and sorted(many.as_ids()) == ["sp_0", "sp_1", "sp_2"]
    assert (await resolve(spaces.retrieve(SPACE))).name == "Client space"
    assert await resolve(spaces.retrieve("no_such_space")) is None
    assert sorted((await resolve(spaces.retrieve([SPACE, "sp_1", "nope"]))).as_ids()) == sorted([SPACE, "sp_1"])
    listed = await resolve(spaces.list(limit=None))
    assert {SPACE, "sp_0", "sp_1", "sp_2"} <= set(listed.as_ids())
    assert not any(s.is_global for s in listed)
    with_global = await resolve(spaces.list(limit=None, include_global=True))
    assert any(s.is_global for s in with_global)
    assert sorted(await resolve(spaces.delete(["sp_0", "sp_1"]))) == ["sp_0", "sp_1"]
    assert await resolve(spaces.retrieve("sp_0")) is None


async def test_spaces_list_pages_through_cursors(client, resolve, drain):
    n = _limits.SCHEMA_ITEMS_LIMIT + 30  # two apply chunks
    await resolve(client.data_modeling.spaces.apply([SpaceApply(f"page_{i:03}") for i in range(n)]))
    listed = await resolve(client.data_modeling.spaces.list(limit=None))
    assert len({s.space for s in listed if s.space.startswith("page_")}) == n
    assert len(await resolve(client.data_modeling.spaces.list(limit=7))) == 7
    chunks = await drain(client.data_modeling.spaces(chunk_size=50))
    assert sum(len(c) for c in chunks) == len(listed)


async def test_containers_round_trip_and_delete_constraints_indexes(client, resolve):
    await _schema(client, resolve)
    containers = client.data_modeling.containers
    got = await resolve(containers.retrieve((SPACE, "Pump")))
    assert isinstance(got, Container) and got.as_id() == ContainerId(SPACE, "Pump")
    assert isinstance(got.properties["name"].type, Text) and got.properties["name"].nullable is False
    assert got.as_write().dump()["properties"] == _container().dump()["properties"]
    assert await resolve(containers.retrieve(ContainerId(SPACE, "Nope"))) is None
    assert [c.external_id for c in await resolve(containers.list(space=SPACE))] == ["Pump"]
    assert await resolve(containers.delete_constraints([(ContainerId(SPACE, "Pump"), "unique_name")])) == [
        (ContainerId(SPACE, "Pump"), "unique_name")
    ]
    assert await resolve(containers.delete_indexes([(ContainerId(SPACE, "Pump"), "by_name")])) == [
        (ContainerId(SPACE, "Pump"), "by_name")
    ]
    after = await resolve(containers.retrieve((SPACE, "Pump")))
    assert after.constraints == {} and after.indexes == {}


async def test_views_and_data_models(client, resolve):
    await _schema(client, resolve)
    await resolve(client.data_modeling.views.apply(_view("v2")))
    views = await resolve(client.data_modeling.views.retrieve((SPACE, "Pump")))
    assert sorted(v.version for v in views) == ["v1", "v2"]
    latest = await resolve(client.data_modeling.views.retrieve((SPACE, "Pump"), all_versions=False))
    assert [v.version for v in latest] == ["v2"]
    view = (await resolve(client.data_modeling.views.retrieve(ViewId(SPACE, "Pump", "v1"))))[0]
    assert isinstance(view, View) and isinstance(view.properties["rpm"], MappedProperty)
    assert isinstance(view.properties["rpm"].type, Int64)
    assert view.as_write().dump()["properties"] == _view().dump()["properties"]

    dm = DataModelApply(SPACE, "Plant", "1", views=[ViewId(SPACE, "Pump", "v1")])
    created = await resolve(client.data_modeling.data_models.apply(dm))
    assert isinstance(created, DataModel) and created.views == [ViewId(SPACE, "Pump", "v1")]
    inline = await resolve(client.data_modeling.data_models.retrieve((SPACE, "Plant", "1"), inline_views=True))
    assert isinstance(inline[0].views[0], View) and inline[0].views[0].external_id == "Pump"
    assert [d.as_id() for d in await resolve(client.data_modeling.data_models.list(space=SPACE))] == [
        DataModelId(SPACE, "Plant", "1")
    ]
    assert await resolve(client.data_modeling.data_models.delete((SPACE, "Plant", "1"))) == [
        DataModelId(SPACE, "Plant", "1")
    ]
    deleted = await resolve(client.data_modeling.views.delete([(SPACE, "Pump", "v1"), (SPACE, "Pump", "v2")]))
    assert set(deleted) == {ViewId(SPACE, "Pump", "v1"), ViewId(SPACE, "Pump", "v2")}
    assert await resolve(client.data_modeling.containers.delete((SPACE, "Pump"))) == [ContainerId(SPACE, "Pump")]


async def test_bad_input_rejected_before_any_request(client, resolve, emulator):
    before = len(emulator.requests) if hasattr(emulator, "requests") else None
    with pytest.raises(ValueError):
        await resolve(client.data_modeling.spaces.retrieve(""))
    with pytest.raises(ValueError):
        await resolve(client.data_modeling.containers.retrieve((SPACE,)))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await resolve(client.data_modeling.views.delete([(SPACE, "", "v1")]))
    with pytest.raises(TypeError):
        await resolve(client.data_modeling.spaces.apply([SpaceApply("ok"), {"space": "x"}]))  # type: ignore[list-item]
    with pytest.raises(ValueError):
        await resolve(client.data_modeling.containers.delete_constraints([(ContainerId(SPACE, "Pump"), "")]))
    if before is not None:
        assert len(emulator.requests) == before
    assert await resolve(client.data_modeling.spaces.retrieve("ok")) is None  # the valid one was not sent either


async def test_apply_chunks_account_for_every_item(client, resolve):
    """A failing chunk: its items are 'failed', the other chunk's 'successful' (chunked at the spec's 100)."""
    good = [SpaceApply(f"ok_{i:03}") for i in range(_limits.SCHEMA_ITEMS_LIMIT)]
    bad = [SpaceApply("cdf_cdm")]  # a system space: CDF refuses to apply it
    with pytest.raises(CogniteAPIError) as info:
        await resolve(client.data_modeling.spaces.apply(good + bad))
    err = info.value
    assert len(err.successful) == len(good) and len(err.failed) == 1 and err.unknown == []
    assert err.failed[0].space == "cdf_cdm"


def test_limits_are_the_specs():
    with open("openapi/specs/cdf-v1-2026-05-07.json") as f:
        spec = json.load(f)
    schemas = spec["components"]["schemas"]

    def max_items(path: str) -> int:
        ref = spec["paths"][path]["post"]["requestBody"]
        while "$ref" in ref:
            kind, name = ref["$ref"].split("/")[-2:]
            ref = spec["components"][kind][name]
        body = ref["content"]["application/json"]["schema"]
        while "$ref" in body:
            body = schemas[body["$ref"].split("/")[-1]]
        items = body["properties"]["items"]
        while "$ref" in items:
            items = schemas[items["$ref"].split("/")[-1]]
        return int(items["maxItems"])

    for path in ("/models/spaces", "/models/containers", "/models/views", "/models/datamodels"):
        assert max_items(path) == _limits.SCHEMA_ITEMS_LIMIT
        assert max_items(path + "/delete") == _limits.SCHEMA_ITEMS_LIMIT
    assert max_items("/models/containers/constraints/delete") == _limits.CONSTRAINT_INDEX_DELETE_LIMIT
    assert max_items("/models/containers/indexes/delete") == _limits.CONSTRAINT_INDEX_DELETE_LIMIT

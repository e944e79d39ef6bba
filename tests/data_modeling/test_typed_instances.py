"""Typed nodes and edges (user classes for a view, and the core data model's generated classes) against the
emulator, on the sync and the async client."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest

from cognite.client._constants import OMITTED
from cognite.client.data_classes.data_modeling import (
    DirectRelationReference,
    NodeId,
    NodeList,
    PropertyOptions,
    TypedEdge,
    TypedEdgeApply,
    TypedNode,
    TypedNodeApply,
    ViewId,
)
from cognite.emulator import DEFAULT_PROJECT, Emulator
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

PUMP = ViewId("sp", "Pump", "v1")
LINK = ViewId("sp", "Link", "v1")


@pytest.fixture(autouse=True)
def schema(emulator: Emulator) -> None:
    with emulator.client() as http:
        install_schema(Api(http, DEFAULT_PROJECT))


class _PumpProperties:
    label_list = PropertyOptions("labels")

    @classmethod
    def get_source(cls) -> ViewId:
        return PUMP


class PumpApply(_PumpProperties, TypedNodeApply):
    def __init__(
        self,
        space: str,
        external_id: str,
        *,
        tag: str,
        name: str | None = None,
        flow: float | None = None,
        installed: datetime | None = None,
        day: date | None = None,
        parent: DirectRelationReference | tuple[str, str] | None = None,
        label_list: list[str] | None = None,
        existing_version: int | None = None,
    ) -> None:
        super().__init__(space, external_id, existing_version)
        self.tag = tag
        self.name = name
        self.flow = flow
        self.installed = installed
        self.day = day
        self.parent = parent
        self.label_list = label_list


class Pump(_PumpProperties, TypedNode):
    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        last_updated_time: int,
        created_time: int,
        *,
        tag: str,
        name: str | None = None,
        flow: float | None = None,
        installed: datetime | None = None,
        day: date | None = None,
        parent: DirectRelationReference | None = None,
        label_list: list[str] | None = None,
        type: DirectRelationReference | None = None,
        deleted_time: int | None = None,
    ) -> None:
        super().__init__(space, external_id, version, last_updated_time, created_time, deleted_time, type)
        self.tag = tag
        self.name = name
        self.flow = flow
        self.installed = installed
        self.day = day
        self.parent = parent
        self.label_list = label_list


class LinkApply(TypedEdgeApply):
    def __init__(
        self,
        space: str,
        external_id: str,
        type: DirectRelationReference | tuple[str, str],
        start_node: DirectRelationReference | tuple[str, str],
        end_node: DirectRelationReference | tuple[str, str],
        *,
        weight: float | None = None,
        existing_version: int | None = None,
    ) -> None:
        super().__init__(space, external_id, type, start_node, end_node, existing_version)
        self.weight = weight

    @classmethod
    def get_source(cls) -> ViewId:
        return LINK


class Link(TypedEdge):
    def __init__(
        self,
        space: str,
        external_id: str,
        version: int,
        type: DirectRelationReference,
        last_updated_time: int,
        created_time: int,
        start_node: DirectRelationReference,
        end_node: DirectRelationReference,
        deleted_time: int | None = None,
        *,
        weight: float | None = None,
    ) -> None:
        super().__init__(
            space, external_id, version, type, last_updated_time, created_time, start_node, end_node, deleted_time
        )
        self.weight = weight

    @classmethod
    def get_source(cls) -> ViewId:
        return LINK


INSTALLED = datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc)


def pumps() -> list[PumpApply]:
    return [
        PumpApply(
            "sp",
            "big",
            tag="t-big",
            name="big pump",
            flow=2.5,
            installed=INSTALLED,
            day=date(2024, 5, 6),
            label_list=["a", "b"],
        ),
        PumpApply("sp", "small", tag="t-small", name="small pump", parent=("sp", "big")),
        PumpApply("sp", "valve", tag="t-valve", name="valve", parent=NodeId("sp", "big")),
    ]


def test_a_typed_write_dumps_its_attributes_as_the_views_properties() -> None:
    big, small, _ = pumps()
    assert big.dump() == {
        "space": "sp",
        "externalId": "big",
        "instanceType": "node",
        "sources": [
            {
                "properties": {
                    "tag": "t-big",
                    "name": "big pump",
                    "flow": 2.5,
                    "installed": "2024-05-06T07:08:09.123+00:00",
                    "day": "2024-05-06",
                    "parent": None,
                    "labels": ["a", "b"],
                },
                "source": PUMP.dump(),
            }
        ],
    }
    assert small.dump()["sources"][0]["properties"]["parent"] == {"space": "sp", "externalId": "big"}
    # OMITTED properties are left out, an explicit type=None is sent (it clears the type)
    cleared = PumpApply("sp", "x", tag="t")
    cleared.flow = OMITTED  # type: ignore[assignment]
    cleared.type = None
    dumped = cleared.dump()
    assert "flow" not in dumped["sources"][0]["properties"] and dumped["type"] is None
    assert "type" not in PumpApply("sp", "x", tag="t").dump()
    assert PumpApply.load(big.dump()).dump() == big.dump()


def test_bad_typed_input_fails_before_a_request() -> None:
    with pytest.raises(TypeError, match="space"):
        PumpApply("", "x", tag="t")
    with pytest.raises(TypeError, match="type"):
        LinkApply("sp", "l", 42, ("sp", "a"), ("sp", "b"))  # type: ignore[arg-type]
    with pytest.raises(AttributeError, match="sources"):
        PumpApply("sp", "x", tag="t").sources = []
    with pytest.raises(NotImplementedError, match="get_source"):
        TypedNodeApply("sp", "x").dump()


async def test_typed_nodes_applied_retrieved_listed_and_searched(client: Any, resolve: Any) -> None:
    dm = client.data_modeling.instances
    res = await resolve(dm.apply(pumps()))
    assert [n.external_id for n in res.nodes] == ["big", "small", "valve"]

    big = await resolve(dm.retrieve_nodes(NodeId("sp", "big"), node_cls=Pump))
    assert isinstance(big, Pump)
    assert (big.tag, big.name, big.flow, big.label_list) == ("t-big", "big pump", 2.5, ["a", "b"])
    assert big.installed == INSTALLED and big.day == date(2024, 5, 6) and big.parent is None
    assert big.properties[PUMP]["labels"] == ["a", "b"] and big["tag"] == "t-big"

    several = await resolve(dm.retrieve_nodes([("sp", "small"), ("sp", "valve"), ("sp", "nope")], node_cls=Pump))
    assert isinstance(several, NodeList) and [type(n) for n in several] == [Pump, Pump]
    assert [n.parent for n in several] == [DirectRelationReference("sp", "big")] * 2

    listed = await resolve(dm.list(instance_type=Pump, limit=None))
    assert sorted(n.external_id for n in listed) == ["big", "small", "valve"]
    assert all(isinstance(n, Pump) for n in listed) and {n.tag for n in listed} == {"t-big", "t-small", "t-valve"}

    found = await resolve(dm.search(PUMP, "pump", instance_type=Pump, properties=["name"]))
    assert sorted(n.external_id for n in found) == ["big", "small"] and all(isinstance(n, Pump) for n in found)

    # a read node back as its write class: the same write, with its version as existing_version
    again = PumpApply.load({**big.as_write().dump(), "existingVersion": None})
    assert again.dump() == pumps()[0].dump()


async def test_typed_list_reads_the_classs_view(async_client: Any, emulator: Emulator) -> None:
    await async_client.data_modeling.instances.list(instance_type=Pump, limit=2)
    body = emulator.requests.find("POST", "/models/instances/list")[-1].json()
    assert body["sources"] == [{"source": PUMP.dump()}] and body["instanceType"] == "node"


async def test_typed_edges_applied_retrieved_and_listed(client: Any, resolve: Any) -> None:
    dm = client.data_modeling.instances
    await resolve(dm.apply(pumps()))
    edge = LinkApply("sp", "l1", ("sp", "flows"), ("sp", "big"), ("sp", "small"), weight=0.5)
    await resolve(dm.apply(edges=[edge]))
    got = await resolve(dm.retrieve_edges(("sp", "l1"), edge_cls=Link))
    assert isinstance(got, Link) and got.weight == 0.5
    assert (got.start_node, got.end_node) == (
        DirectRelationReference("sp", "big"),
        DirectRelationReference("sp", "small"),
    )
    listed = await resolve(dm.list(instance_type=Link, limit=None))
    assert [(type(e), e.external_id, e.weight) for e in listed] == [(Link, "l1", 0.5)]


async def test_a_cognite_asset_hierarchy_applied_and_read_as_typed(client: Any, resolve: Any) -> None:
    from cognite.client.data_classes import filters
    from cognite.client.data_classes.data_modeling.cdm.v1 import (
        CogniteAsset,
        CogniteAssetApply,
        CogniteTimeSeries,
        CogniteTimeSeriesApply,
    )

    dm = client.data_modeling.instances
    view = CogniteAsset.get_source()
    hierarchy = [
        CogniteAssetApply("sp", "plant", name="Plant", tags=["site"]),
        CogniteAssetApply("sp", "pump_a", name="Pump A", parent=("sp", "plant"), description="first pump"),
        CogniteAssetApply("sp", "pump_b", name="Pump B", parent=NodeId("sp", "plant"), source_created_time=INSTALLED),
        CogniteAssetApply("sp", "motor", name="Motor", parent=("sp", "pump_a")),
    ]
    series = CogniteTimeSeriesApply(
        "sp", "flow", is_step=False, time_series_type="numeric", name="flow", assets=[("sp", "pump_a")]
    )
    await resolve(dm.apply([*hierarchy, series]))

    got = await resolve(dm.retrieve_nodes([("sp", "plant"), ("sp", "pump_b"), ("sp", "motor")], node_cls=CogniteAsset))
    assert [type(a) for a in got] == [CogniteAsset] * 3
    plant, pump_b, motor = got
    assert (plant.name, plant.tags, plant.parent, plant.description) == ("Plant", ["site"], None, None)
    assert pump_b.parent == DirectRelationReference("sp", "plant") and pump_b.source_created_time == INSTALLED
    assert motor.parent == DirectRelationReference("sp", "pump_a")
    # a read asset written back is the same write (with its version as existing_version)
    assert pump_b.as_write().dump()["sources"][0]["properties"]["parent"] == {"space": "sp", "externalId": "plant"}
    assert type(pump_b.as_write()) is CogniteAssetApply and pump_b.as_write().existing_version == pump_b.version

    children = await resolve(
        dm.list(
            instance_type=CogniteAsset,
            filter=filters.Equals(view.as_property_ref("parent"), {"space": "sp", "externalId": "plant"}),
            limit=None,
        )
    )
    assert sorted(a.external_id for a in children) == ["pump_a", "pump_b"]
    found = await resolve(dm.search(view, "pump", instance_type=CogniteAsset, properties=["name"]))
    assert sorted((a.external_id, a.name) for a in found) == [("pump_a", "Pump A"), ("pump_b", "Pump B")]

    ts = await resolve(dm.retrieve_nodes(("sp", "flow"), node_cls=CogniteTimeSeries))
    assert isinstance(ts, CogniteTimeSeries) and ts.assets == [DirectRelationReference("sp", "pump_a")]
    assert (ts.is_step, ts.time_series_type) == (False, "numeric")


@pytest.mark.parametrize(
    "name",
    ["cognite.client.data_classes.data_modeling.typed_instances", "cognite.client.data_classes.data_modeling.cdm.v1"],
)
def test_docstring_examples(name: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_the_guides_code_runs(sync_client: Any) -> None:
    import re
    from pathlib import Path

    guide = Path(__file__).parents[2] / "docs" / "guides" / "typed-instances.md"
    blocks = re.findall(r"```python\n(.*?)```", guide.read_text(), re.S)
    assert len(blocks) == 2
    namespace: dict[str, Any] = {"client": sync_client, "__name__": "guide"}
    for block in blocks:
        exec(compile(block, str(guide), "exec"), namespace)  # noqa: S102
    assert [a.external_id for a in namespace["assets"]] == ["plant", "pump-1"]
    assert [p.external_id for p in namespace["found"]] == ["pump-9"]


def test_timestamps_load_in_every_form_dms_sends() -> None:
    from cognite.client.data_classes.data_modeling.typed_instances import _timestamp

    want = datetime(2024, 1, 2, 3, 4, 5, 100000, tzinfo=timezone.utc)
    assert _timestamp("2024-01-02T03:04:05.1Z") == _timestamp("2024-01-02T03:04:05.100+00:00") == want
    assert _timestamp("2024-01-02T03:04:05.1234567+00:00").microsecond == 123456


def test_annotations_typing_cannot_resolve_are_read_as_text() -> None:
    class Reading(TypedNode):
        def __init__(
            self,
            space: str,
            external_id: str,
            version: int,
            last_updated_time: int,
            created_time: int,
            deleted_time: int | None,
            type: DirectRelationReference | None,
            at: NotImportedHere | datetime | None = None,  # type: ignore[name-defined]  # noqa: F821
            source: DirectRelationReference | None = None,
        ) -> None:
            super().__init__(space, external_id, version, last_updated_time, created_time, deleted_time, type)
            self.at, self.source = at, source

        @classmethod
        def get_source(cls) -> ViewId:
            return PUMP

    wire = {
        "space": "sp",
        "externalId": "r",
        "version": 1,
        "lastUpdatedTime": 1,
        "createdTime": 1,
        "instanceType": "node",
        "properties": {"sp": {"Pump/v1": {"at": "2024-01-02T00:00:00Z", "source": {"space": "sp", "externalId": "s"}}}},
    }
    got = Reading.load(wire)
    assert got.at == datetime(2024, 1, 2, tzinfo=timezone.utc) and got.source == DirectRelationReference("sp", "s")
    assert got.deleted_time is None and got.dump()["properties"] == {
        "sp": {"Pump/v1": {"at": "2024-01-02T00:00:00.000+00:00", "source": {"space": "sp", "externalId": "s"}}}
    }

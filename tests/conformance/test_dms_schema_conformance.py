"""The official SDK runs the schema examples of its own docs (spaces, containers, views, data models; same ids) against
the emulator and gets what CDF answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SPACES = """
from cognite.client.data_classes.data_modeling import SpaceApply
spaces = [
    SpaceApply(space="mySpace", description="My first space", name="My Space"),
    SpaceApply(space="myOtherSpace", description="My second space", name="My Other Space"),
]
res = client.data_modeling.spaces.apply(spaces)
one = client.data_modeling.spaces.retrieve(spaces="mySpace")
many = client.data_modeling.spaces.retrieve(spaces=["MySpace", "MyAwesomeSpace", "MyOtherSpace", "myOtherSpace"])
listed = client.data_modeling.spaces.list(limit=5)
iterated = [s.space for s in client.data_modeling.spaces()]
chunks = [len(c) for c in client.data_modeling.spaces(chunk_size=2500)]
with_global = client.data_modeling.spaces.list(limit=-1, include_global=True)
deleted = client.data_modeling.spaces.delete(spaces=["mySpace", "myOtherSpace"])
emit({
    "applied": [s.dump() for s in res],
    "one": one.dump(), "many": [s.space for s in many], "listed": [s.space for s in listed],
    "iterated": iterated, "chunks": chunks, "global": sorted(s.space for s in with_global if s.is_global),
    "deleted": deleted, "after": len(client.data_modeling.spaces.list(limit=-1)),
})
"""

CONTAINERS = """
from cognite.client.data_classes.data_modeling import (
    ContainerApply, ContainerId, ContainerPropertyApply, Text, Float64, SpaceApply,
)
from cognite.client.data_classes.data_modeling.data_types import (
    UnitReference, EnumValue, Boolean, Date, DirectRelation, Enum, FileReference, Float32, Int32, Int64, Json,
    SequenceReference, TimeSeriesReference, Timestamp,
)
from cognite.client.data_classes.data_modeling.containers import BTreeIndexApply, UniquenessConstraintApply
from cognite.client.exceptions import CogniteAPIError

client.data_modeling.spaces.apply([SpaceApply("mySpace"), SpaceApply("my-space")])
container = (
    ContainerApply(
        space="mySpace",
        external_id="myContainer",
        properties={
            "name": ContainerPropertyApply(type=Text, name="name"),
            "numbers": ContainerPropertyApply(
                type=Float64(is_list=True, max_list_size=200), description="very important numbers"
            ),
        },
        constraints={"myConstraint": UniquenessConstraintApply(["name"])},
        indexes={"myIndex": BTreeIndexApply(["name"], cursorable=True)},
    ),
)
res = client.data_modeling.containers.apply(container)
units = ContainerApply(
    space="mySpace",
    external_id="myUnitContainer",
    properties={
        "maxPressure": ContainerPropertyApply(
            nullable=True, description="Maximum Pump Pressure", name="maxPressure",
            type=Float64(unit=UnitReference(external_id="pressure:bar", source_unit="BAR")),
        ),
        "rotationConfigurations": ContainerPropertyApply(
            nullable=True, description="Rotation Configurations", name="rotationConfigurations",
            type=Float64(is_list=True, unit=UnitReference(external_id="angular_velocity:rev-per-min")),
        ),
    },
)
client.data_modeling.containers.apply(units)
container_properties = {
    "prop01": ContainerPropertyApply(Boolean), "prop02": ContainerPropertyApply(Boolean(is_list=True)),
    "prop03": ContainerPropertyApply(Date), "prop04": ContainerPropertyApply(Date(is_list=True)),
    "prop05": ContainerPropertyApply(Timestamp), "prop06": ContainerPropertyApply(Timestamp(is_list=True)),
    "prop07": ContainerPropertyApply(Text), "prop08": ContainerPropertyApply(Text(is_list=True)),
    "prop09": ContainerPropertyApply(DirectRelation), "prop10": ContainerPropertyApply(DirectRelation(is_list=True)),
    "prop11": ContainerPropertyApply(
        Enum({"Closed": EnumValue("Valve is closed"), "Opened": EnumValue("Valve is opened")})
    ),
    "prop12": ContainerPropertyApply(Float32), "prop13": ContainerPropertyApply(Float32(is_list=True)),
    "prop14": ContainerPropertyApply(Float64), "prop15": ContainerPropertyApply(Float64(is_list=True)),
    "prop16": ContainerPropertyApply(Int32), "prop17": ContainerPropertyApply(Int32(is_list=True)),
    "prop18": ContainerPropertyApply(Int64), "prop19": ContainerPropertyApply(Int64(is_list=True)),
    "prop20": ContainerPropertyApply(Json), "prop21": ContainerPropertyApply(Json(is_list=True)),
    "prop22": ContainerPropertyApply(SequenceReference), "prop23": ContainerPropertyApply(SequenceReference(is_list=True)),
    "prop24": ContainerPropertyApply(FileReference), "prop25": ContainerPropertyApply(FileReference(is_list=True)),
    "prop26": ContainerPropertyApply(TimeSeriesReference),
    "prop27": ContainerPropertyApply(TimeSeriesReference(is_list=True)),
}
everything = ContainerApply(space="my-space", external_id="my-everything-container", properties=container_properties)
try:  # the docs' id has hyphens, which container external ids may not have
    client.data_modeling.containers.apply(everything)
    rejected = None
except CogniteAPIError as e:
    rejected = e.code
everything.external_id = "myEverythingContainer"
all_types = client.data_modeling.containers.apply(everything)
one = client.data_modeling.containers.retrieve(("mySpace", "myContainer"))
by_id = client.data_modeling.containers.retrieve(ContainerId(space="mySpace", external_id="myContainer"))
listed = client.data_modeling.containers.list(limit=5)
nodes_only = client.data_modeling.containers.list(used_for=["node", "edge"])
records = client.data_modeling.containers.list(used_for="record")
iterated = [c.external_id for c in client.data_modeling.containers()]
chunks = [len(c) for c in client.data_modeling.containers(chunk_size=10)]
constraints = client.data_modeling.containers.delete_constraints([(ContainerId("mySpace", "myContainer"), "myConstraint")])
indexes = client.data_modeling.containers.delete_indexes([(ContainerId("mySpace", "myContainer"), "myIndex")])
after_parts = client.data_modeling.containers.retrieve(("mySpace", "myContainer"))
deleted = client.data_modeling.containers.delete(("mySpace", "myContainer"))
emit({
    "applied": res.dump(), "rejected": rejected,
    "types": {k: type(p.type).__name__ for k, p in all_types.properties.items()},
    "unit": units.properties["maxPressure"].type.unit.dump(),
    "read_unit": client.data_modeling.containers.retrieve(("mySpace", "myUnitContainer")).properties["maxPressure"].type.unit.dump(),
    "one": one.dump(), "same": by_id.dump() == one.dump(), "listed": [c.external_id for c in listed],
    "nodes_only": sorted(c.external_id for c in nodes_only), "records": len(records), "iterated": iterated,
    "chunks": chunks, "constraints": [[c.dump(), i] for c, i in constraints], "indexes": [[c.dump(), i] for c, i in indexes],
    "parts_after": [after_parts.constraints, after_parts.indexes], "deleted": [d.dump() for d in deleted],
})
"""

VIEWS = """
from cognite.client.data_classes.data_modeling import (
    ContainerApply, ContainerId, ContainerPropertyApply, DataModelApply, DirectRelationReference,
    MappedPropertyApply, MultiEdgeConnectionApply, SpaceApply, Text, ViewApply, ViewId,
)
client.data_modeling.spaces.apply(SpaceApply("mySpace"))
client.data_modeling.containers.apply([
    ContainerApply("mySpace", "myContainer", {"someProperty": ContainerPropertyApply(Text)}),
    ContainerApply("mySpace", "WorkOrder", {"title": ContainerPropertyApply(Text)}),
    ContainerApply("mySpace", "Asset", {"name": ContainerPropertyApply(Text)}),
])
views = [
    ViewApply(
        space="mySpace", external_id="myView", version="v1",
        properties={
            "someAlias": MappedPropertyApply(
                container=ContainerId("mySpace", "myContainer"), container_property_identifier="someProperty"
            ),
        },
    )
]
res = client.data_modeling.views.apply(views)
work_order_for_asset = DirectRelationReference(space="mySpace", external_id="work_order_for_asset")
work_order_view = ViewApply(
    space="mySpace", external_id="WorkOrder", version="v1", name="WorkOrder",
    properties={
        "title": MappedPropertyApply(
            container=ContainerId(space="mySpace", external_id="WorkOrder"), container_property_identifier="title"
        ),
        "asset": MultiEdgeConnectionApply(
            type=work_order_for_asset, direction="outwards", source=ViewId("mySpace", "Asset", "v1"), name="asset"
        ),
    },
)
asset_view = ViewApply(
    space="mySpace", external_id="Asset", version="v1", name="Asset",
    properties={
        "name": MappedPropertyApply(container=ContainerId("mySpace", "Asset"), name="name", container_property_identifier="name"),
        "work_orders": MultiEdgeConnectionApply(
            type=work_order_for_asset, direction="inwards", source=ViewId("mySpace", "WorkOrder", "v1"), name="work_orders"
        ),
    },
)
edges = client.data_modeling.views.apply([work_order_view, asset_view])
one = client.data_modeling.views.retrieve(("mySpace", "myView", "v1"))
listed = client.data_modeling.views.list(limit=5)
iterated = [v.external_id for v in client.data_modeling.views()]
chunks = [len(c) for c in client.data_modeling.views(chunk_size=10)]

data_models = [
    DataModelApply(space="mySpace", external_id="myDataModel", version="v1", views=[ViewId("mySpace", "myView", "v1")]),
    DataModelApply(space="mySpace", external_id="myOtherDataModel", version="v1", views=[ViewId("mySpace", "myView", "v1")]),
]
models = client.data_modeling.data_models.apply(data_models)
dm = client.data_modeling.data_models.retrieve(("mySpace", "myDataModel", "v1"), inline_views=True)
dm_listed = client.data_modeling.data_models.list(limit=5)
dm_iterated = [d.external_id for d in client.data_modeling.data_models()]
dm_chunks = [len(c) for c in client.data_modeling.data_models(chunk_size=10)]
dm_deleted = client.data_modeling.data_models.delete(("mySpace", "myDataModel", "v1"))
deleted = client.data_modeling.views.delete(("mySpace", "myView", "v1"))
asset = next(v for v in edges if v.external_id == "Asset")
emit({
    "applied": res.dump(), "one": one.dump(), "listed": sorted(v.external_id for v in listed),
    "iterated": sorted(iterated), "chunks": chunks,
    "asset_props": {k: type(p).__name__ for k, p in asset.properties.items()},
    "work_orders": asset.properties["work_orders"].dump(),
    "models": [m.external_id for m in models], "dm_views": [type(v).__name__ for v in dm[0].views],
    "dm_view_props": sorted(dm[0].views[0].properties), "dm_listed": sorted(d.external_id for d in dm_listed),
    "dm_iterated": sorted(dm_iterated), "dm_chunks": dm_chunks, "dm_deleted": [d.dump() for d in dm_deleted],
    "deleted": [d.dump() for d in deleted], "views_left": sorted(v.external_id for v in client.data_modeling.views.list(limit=-1)),
})
"""


def test_spaces_examples(run_official: Callable[..., Any]) -> None:
    out = run_official(SPACES)
    assert [s["space"] for s in out["applied"]] == ["mySpace", "myOtherSpace"]
    assert out["applied"][0]["name"] == "My Space" and out["applied"][0]["isGlobal"] is False
    assert out["one"]["space"] == "mySpace" and out["one"]["description"] == "My first space"
    assert out["many"] == ["myOtherSpace"]  # ids are case-sensitive; unknown ones are left out
    assert out["listed"] == out["iterated"] == ["mySpace", "myOtherSpace"] and out["chunks"] == [2]
    assert "cdf_cdm" in out["global"]
    assert out["deleted"] == ["mySpace", "myOtherSpace"] and out["after"] == 0


def test_containers_examples(run_official: Callable[..., Any]) -> None:
    out = run_official(CONTAINERS)
    applied = out["applied"][0]
    assert applied["space"] == "mySpace" and applied["externalId"] == "myContainer" and applied["usedFor"] == "node"
    assert applied["properties"]["numbers"]["type"] == {"type": "float64", "list": True, "maxListSize": 200}
    assert applied["properties"]["name"]["type"]["collation"] == "ucs_basic"
    assert out["rejected"] == 400
    assert len(out["types"]) == 27 and out["types"]["prop11"] == "Enum" and out["types"]["prop10"] == "DirectRelation"
    assert out["read_unit"] == out["unit"]
    assert out["same"] and out["one"]["constraints"]["myConstraint"]["constraintType"] == "uniqueness"
    assert out["listed"] == out["iterated"] == ["myContainer", "myUnitContainer", "myEverythingContainer"]
    # node or edge containers (not "all" ones): all three are node containers; none holds records
    assert out["nodes_only"] == ["myContainer", "myEverythingContainer", "myUnitContainer"] and out["records"] == 0
    assert out["chunks"] == [3]
    container = {"space": "mySpace", "externalId": "myContainer", "type": "container"}  # the SDK's ContainerId dump
    assert out["constraints"] == [[container, "myConstraint"]] and out["indexes"] == [[container, "myIndex"]]
    assert out["parts_after"] == [{}, {}]
    assert out["deleted"] == [container]


def test_views_and_data_models_examples(run_official: Callable[..., Any]) -> None:
    out = run_official(VIEWS)
    prop = out["applied"][0]["properties"]["someAlias"]
    assert (prop["container"]["space"], prop["container"]["externalId"]) == ("mySpace", "myContainer")
    assert prop["containerPropertyIdentifier"] == "someProperty" and prop["type"]["type"] == "text"
    assert out["one"] == out["applied"]
    assert out["listed"] == out["iterated"] == ["Asset", "WorkOrder", "myView"] and out["chunks"] == [3]
    assert out["asset_props"] == {"name": "MappedProperty", "work_orders": "MultiEdgeConnection"}
    assert out["work_orders"]["direction"] == "inwards"
    assert out["work_orders"]["source"] == {
        "space": "mySpace",
        "externalId": "WorkOrder",
        "version": "v1",
        "type": "view",
    }
    assert out["models"] == ["myDataModel", "myOtherDataModel"]
    assert out["dm_views"] == ["View"] and out["dm_view_props"] == ["someAlias"]
    assert out["dm_listed"] == out["dm_iterated"] == ["myDataModel", "myOtherDataModel"] and out["dm_chunks"] == [2]
    assert out["dm_deleted"] == [
        {"space": "mySpace", "externalId": "myDataModel", "version": "v1", "type": "datamodel"}
    ]
    assert out["deleted"] == [{"space": "mySpace", "externalId": "myView", "version": "v1", "type": "view"}]
    assert out["views_left"] == ["Asset", "WorkOrder"]

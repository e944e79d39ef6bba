"""The official SDK runs the instance examples of its own docs (apply, retrieve, list, delete, search, aggregate,
histogram, inspect) against the emulator, with the ids the examples use, after creating the schema they need."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA = """
from cognite.client.data_classes.data_modeling import (
    ContainerApply, ContainerId, ContainerProperty, MappedPropertyApply, SpaceApply, ViewApply,
)
from cognite.client.data_classes.data_modeling.data_types import Float64, Int32, Text

SPACES = ["mySpace", "industrial", "assetSpace", "sp_model_space", "sp_date_space", "my-space"]
client.data_modeling.spaces.apply([SpaceApply(s) for s in SPACES])
CONTAINERS = {
    ("mySpace", "PumpContainer"): {"name": Text(), "location": Text(), "runTimeMinutes": Float64(),
                                   "releaseYear": Int32()},
    ("mySpace", "WorkOrder"): {"title": Text(), "createdYear": Int32()},
    ("mySpace", "Person"): {"name": Text(), "birthYear": Int32()},
    ("assetSpace", "Equipment"): {"name": Text(), "description": Text(), "installationYear": Int32()},
}
client.data_modeling.containers.apply(
    [ContainerApply(s, x, {p: ContainerProperty(t) for p, t in props.items()}) for (s, x), props in CONTAINERS.items()]
)


def view(space, xid, container, props):
    mapped = {p: MappedPropertyApply(ContainerId(*container), p) for p in props}
    return ViewApply(space, xid, "v1", properties=mapped)


client.data_modeling.views.apply([
    view("mySpace", "WorkOrderView", ("mySpace", "WorkOrder"), ["title", "createdYear"]),
    view("mySpace", "PumpView", ("mySpace", "PumpContainer"), ["name", "location", "runTimeMinutes", "releaseYear"]),
    view("mySpace", "PersonView", ("mySpace", "Person"), ["name", "birthYear"]),
    view("sp_model_space", "Person", ("mySpace", "Person"), ["name", "birthYear"]),
    view("assetSpace", "EquipmentView", ("assetSpace", "Equipment"), ["name", "description", "installationYear"]),
])
"""

APPLY = """
from cognite.client.data_classes.data_modeling import (
    EdgeApply, NodeApply, NodeOrEdgeData, PropertyOptions, TypedNodeApply, ViewId,
)

out = {}
res = client.data_modeling.instances.apply(NodeApply("mySpace", "myNodeId"))
out["bare"] = [(n.external_id, n.version, n.was_modified) for n in res.nodes]

work_order = NodeApply(
    space="industrial",
    external_id="work_order:123",
    sources=[NodeOrEdgeData(ViewId("mySpace", "WorkOrderView", "v1"), {"title": "Repair pump", "createdYear": 2023})],
)
pump = NodeApply(
    space="industrial",
    external_id="pump:456",
    sources=[NodeOrEdgeData(ContainerId("mySpace", "PumpContainer"), {"name": "Pump 456", "location": "Subsea"})],
)
work_order_to_pump = EdgeApply(
    space="industrial",
    external_id="relation:work_order:123:pump:456",
    type=("industrial", "relates-to"),
    start_node=("industrial", "work_order:123"),
    end_node=("industrial", "pump:456"),
)
res = client.data_modeling.instances.apply([work_order, pump], [work_order_to_pump])
out["first"] = sorted((i.external_id, i.version, i.was_modified) for i in [*res.nodes, *res.edges])
res = client.data_modeling.instances.apply(
    edges=work_order_to_pump, auto_create_start_nodes=True, auto_create_end_nodes=True
)
out["again"] = [(e.external_id, e.version, e.was_modified) for e in res.edges]
loose = EdgeApply("industrial", "loose", ("industrial", "relates-to"), ("industrial", "a"), ("industrial", "b"))
res = client.data_modeling.instances.apply(edges=loose, auto_create_start_nodes=True, auto_create_end_nodes=True)
out["loose"] = [e.external_id for e in res.edges]


class PersonApply(TypedNodeApply):
    birth_year = PropertyOptions(identifier="birthYear")

    def __init__(self, space: str, external_id, name: str, birth_year: int):
        super().__init__(space, external_id, type=("sp_model_space", "Person"))
        self.name = name
        self.birth_year = birth_year

    def get_source(self):
        return ViewId("sp_model_space", "Person", "v1")


res = client.data_modeling.instances.apply(nodes=PersonApply("sp_date_space", "my_person", "John Doe", 1980))
out["person"] = [(n.space, n.external_id, n.version) for n in res.nodes]
try:
    client.data_modeling.instances.apply(
        NodeApply("industrial", "bad", sources=[NodeOrEdgeData(ViewId("mySpace", "WorkOrderView", "v1"),
                                                               {"createdYear": "soon"})])
    )
except Exception as e:
    out["bad"] = [type(e).__name__, getattr(e, "code", None)]
emit(out)
"""

READ = """
from cognite.client.data_classes.data_modeling import (
    DirectRelationReference, EdgeId, InstanceSort, InvolvedContainers, InvolvedViews, NodeId, TypedNode, ViewId,
    PropertyOptions,
)

out = {}
res = client.data_modeling.instances.retrieve(
    nodes=("industrial", "work_order:123"),
    edges=("industrial", "relation:work_order:123:pump:456"),
    sources=("mySpace", "WorkOrderView", "v1"),
)
out["retrieve"] = [[n.external_id, n.properties[ViewId("mySpace", "WorkOrderView", "v1")]["title"]] for n in res.nodes]
out["retrieve_edges"] = [e.external_id for e in res.edges]
res = client.data_modeling.instances.retrieve(NodeId("industrial", "pump:456"), EdgeId("industrial", "nope"))
out["retrieve_ids"] = [[n.external_id for n in res.nodes], [e.external_id for e in res.edges]]


class Person(TypedNode):
    birth_year = PropertyOptions(identifier="birthYear")

    def __init__(self, space, external_id, version, last_updated_time, created_time, name, birth_year=None,
                 type=None, deleted_time=None):
        super().__init__(space=space, external_id=external_id, version=version, last_updated_time=last_updated_time,
                         created_time=created_time, type=type, deleted_time=deleted_time)
        self.name = name
        self.birth_year = birth_year

    @classmethod
    def get_source(cls):
        return ViewId("sp_model_space", "Person", "v1")


person = client.data_modeling.instances.retrieve_nodes(NodeId("sp_date_space", "my_person"), node_cls=Person)
out["typed"] = [type(person).__name__, person.name, person.birth_year, person.type.external_id]

out["list5"] = len(client.data_modeling.instances.list(limit=5))
out["list_space"] = sorted(n.external_id for n in client.data_modeling.instances.list(space="industrial", limit=None))
sort = InstanceSort(property=("mySpace", "WorkOrderView/v1", "createdYear"), direction="descending", nulls_first=True)
out["sorted"] = [n.external_id for n in client.data_modeling.instances.list(
    sources=ViewId("mySpace", "WorkOrderView", "v1"), sort=sort, limit=None)]
out["edges"] = sorted(e.external_id for e in client.data_modeling.instances(instance_type="edge"))
out["chunks"] = [len(c) for c in client.data_modeling.instances(chunk_size=2)]
res = client.data_modeling.instances.inspect(
    nodes=NodeId("industrial", "pump:456"), involved_containers=InvolvedContainers()
)
out["inspect_containers"] = [[c.space, c.external_id] for c in res.nodes[0].inspection_results.involved_containers]
res = client.data_modeling.instances.inspect(
    nodes=NodeId("industrial", "work_order:123"), involved_views=InvolvedViews(all_versions=False)
)
out["inspect_views"] = [[v.space, v.external_id, v.version] for v in res.nodes[0].inspection_results.involved_views]

from cognite.client.data_classes import filters

wo = ViewId("mySpace", "WorkOrderView", "v1")
checks = {
    "has_data": filters.HasData(views=[wo]),
    "has_container": filters.HasData(containers=[("mySpace", "PumpContainer")]),
    "prefix": filters.Prefix(["node", "externalId"], "work"),
    "in": filters.In(["node", "externalId"], ["a", "b", "zz"]),
    "range": filters.Range(wo.as_property_ref("createdYear"), gte=2023, lt=2024),
    "and_not": filters.And(filters.SpaceFilter("industrial"), filters.Not(filters.HasData(views=[wo]))),
    "refs": filters.InstanceReferences([NodeId("industrial", "pump:456")]),
}
out["filters"] = {k: sorted(n.external_id for n in client.data_modeling.instances.list(filter=f, limit=None))
                  for k, f in checks.items()}
emit(out)
"""

SEARCH_AGGREGATE = """
from cognite.client.data_classes import filters
from cognite.client.data_classes.aggregations import Average, Histogram
from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId

equipment = ViewId("assetSpace", "EquipmentView", "v1")
pump_view = ViewId("mySpace", "PumpView", "v1")
person_view = ViewId("mySpace", "PersonView", "v1")
rows = [
    ("e1", "Pump A", "centrifugal pump for water", 2010),
    ("e2", "Pump B", "piston pump", 2018),
    ("e3", "Valve", "centrifugal compressor valve", 2020),
]
client.data_modeling.instances.apply([
    NodeApply("assetSpace", x, sources=[NodeOrEdgeData(equipment, {"name": n, "description": d, "installationYear": y})])
    for x, n, d, y in rows
] + [
    NodeApply("mySpace", f"pump{i}", sources=[NodeOrEdgeData(pump_view, {"runTimeMinutes": float(10 * i),
                                                                          "releaseYear": 2020 + i % 2})])
    for i in range(4)
] + [
    NodeApply("mySpace", f"person{y}", sources=[NodeOrEdgeData(person_view, {"name": str(y), "birthYear": y})])
    for y in (1961, 1965, 1980, 1999)
])
out = {}
res = client.data_modeling.instances.search(equipment, query="centrifugal pump", properties=["description"],
                                            operator="AND")
out["search_and"] = sorted(n.external_id for n in res)
installed_after_2015 = filters.Range(["assetSpace", "EquipmentView/v1", "installationYear"], gt=2015)
res = client.data_modeling.instances.search(equipment, query="pump valve compressor", properties=["name", "description"],
                                            filter=installed_after_2015, operator="OR")
out["search_or"] = sorted(n.external_id for n in res)
res = client.data_modeling.instances.aggregate(pump_view, Average("runTimeMinutes"), group_by="releaseYear")
out["aggregate"] = sorted([g.group["releaseYear"], g.aggregates[0].value] for g in res)
res = client.data_modeling.instances.aggregate(pump_view, Average("runTimeMinutes"))
out["aggregate_total"] = res.value
hist = client.data_modeling.instances.histogram(person_view, Histogram("birthYear", interval=10.0))
out["histogram"] = [[b.start, b.count] for b in hist.buckets]
emit(out)
"""

DELETE = """
from cognite.client.data_classes.data_modeling import EdgeId, NodeApply, NodeId

client.data_modeling.instances.apply([NodeApply("mySpace", "myNode"), NodeApply("mySpace", "n2")])
out = {}
res = client.data_modeling.instances.delete(nodes=("mySpace", "myNode"))
out["one"] = [n.external_id for n in res.nodes]
res = client.data_modeling.instances.delete(NodeId("industrial", "work_order:123"), EdgeId("industrial", "loose"))
out["pair"] = [[n.external_id for n in res.nodes], [e.external_id for e in res.edges]]
# the edge from the deleted work order went with it
out["edges_left"] = sorted(e.external_id for e in client.data_modeling.instances.list(instance_type="edge", limit=None))
my_view = client.data_modeling.views.retrieve(("mySpace", "WorkOrderView"))
my_nodes = client.data_modeling.instances.list(instance_type="node", sources=my_view, limit=None)
client.data_modeling.instances.delete(nodes=my_nodes.as_ids())
out["left"] = len(client.data_modeling.instances.list(space="mySpace", limit=None))
emit(out)
"""


def test_official_sdk_instance_examples(run_official: Callable[..., Any]) -> None:
    applied = run_official(SCHEMA + APPLY)
    assert applied["bare"] == [["myNodeId", 1, True]]
    assert applied["first"] == [
        ["pump:456", 1, True],
        ["relation:work_order:123:pump:456", 1, True],
        ["work_order:123", 1, True],
    ]
    assert applied["again"] == [["relation:work_order:123:pump:456", 1, False]]
    assert applied["loose"] == ["loose"]
    assert applied["person"] == [["sp_date_space", "my_person", 1]]
    assert applied["bad"] == ["CogniteAPIError", 400]

    read = run_official(READ)
    assert read["retrieve"] == [["work_order:123", "Repair pump"]]
    assert read["retrieve_edges"] == []  # the edge has no data in the view: byids with sources leaves it out
    assert read["retrieve_ids"] == [["pump:456"], []]
    assert read["typed"] == ["Person", "John Doe", 1980, "Person"]
    assert read["list5"] == 5
    assert read["list_space"] == ["a", "b", "pump:456", "work_order:123"]  # edge types are not auto-created
    assert read["sorted"] == ["work_order:123"]
    assert read["edges"] == ["loose", "relation:work_order:123:pump:456"]
    assert read["chunks"] == [2, 2, 2, 1]  # 7 nodes (a, b and the Person type auto-created) in chunks of 2
    assert read["inspect_containers"] == [["mySpace", "PumpContainer"]]
    assert read["inspect_views"] == [["mySpace", "WorkOrderView", "v1"]]

    assert read["filters"] == {
        "has_data": ["work_order:123"],
        "has_container": ["pump:456"],
        "prefix": ["work_order:123"],
        "in": ["a", "b"],
        "range": ["work_order:123"],
        "and_not": ["a", "b", "pump:456"],
        "refs": ["pump:456"],
    }

    found = run_official(SEARCH_AGGREGATE)
    assert found["search_and"] == ["e1"]
    assert found["search_or"] == ["e2", "e3"]
    assert found["aggregate"] == [[2020, 10.0], [2021, 20.0]]
    assert found["aggregate_total"] == 15.0
    # my_person (1980) was written through sp_model_space:Person, a view over the same container
    assert found["histogram"] == [[1960.0, 2], [1980.0, 2], [1990.0, 1]]

    deleted = run_official(DELETE)
    assert deleted["one"] == ["myNode"]
    assert deleted["pair"] == [["work_order:123"], ["loose"]]
    assert deleted["edges_left"] == []
    assert deleted["left"] == 10  # myNodeId, n2, 4 pumps, 4 persons (no WorkOrderView data left to delete)

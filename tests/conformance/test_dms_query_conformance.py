"""The official SDK runs the `instances.query`, `instances.sync` and `instances.subscribe` examples of its own docs
against the emulator, unchanged, with the view ids and edge types the examples use, and the results are checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SETUP = """
from cognite.client.data_classes.data_modeling import (
    ContainerApply, ContainerId, ContainerProperty, EdgeApply, MappedPropertyApply, NodeApply, NodeOrEdgeData,
    SpaceApply, ViewApply, ViewId,
)
from cognite.client.data_classes.data_modeling.data_types import Int32, Text

client.data_modeling.spaces.apply([SpaceApply("mySpace"), SpaceApply("someSpace")])
CONTAINERS = {
    ("mySpace", "WorkOrder"): {"title": Text(), "createdYear": Int32(), "status": Text()},
    ("mySpace", "Pump"): {"name": Text()},
    ("mySpace", "Asset"): {"name": Text()},
    ("someSpace", "Thing"): {"myAsset": Text()},
}
client.data_modeling.containers.apply(
    [ContainerApply(s, x, {p: ContainerProperty(t) for p, t in props.items()}) for (s, x), props in CONTAINERS.items()]
)
VIEWS = {
    ("mySpace", "myWorkOrder"): ("mySpace", "WorkOrder"),
    ("mySpace", "myPump"): ("mySpace", "Pump"),
    ("mySpace", "myAssets"): ("mySpace", "Asset"),
    ("someSpace", "someView"): ("someSpace", "Thing"),
}
client.data_modeling.views.apply([
    ViewApply(s, x, "v1", properties={p: MappedPropertyApply(ContainerId(*c), p) for p in CONTAINERS[c]})
    for (s, x), c in VIEWS.items()
])
WO, PUMP = ViewId("mySpace", "myWorkOrder", "v1"), ViewId("mySpace", "myPump", "v1")
work_orders = [
    NodeApply("mySpace", f"wo{i}", sources=[NodeOrEdgeData(WO, {"title": f"t{i}", "createdYear": year, "status": st})])
    for i, (year, st) in enumerate([(2020, "open"), (2022, "closed"), (2024, "open")])
]
pumps = [NodeApply("mySpace", f"pump{i}", sources=[NodeOrEdgeData(PUMP, {"name": n})]) for i, n in enumerate("cab")]
links = [
    EdgeApply("mySpace", f"wo{w}-pump{p}", ("mySpace", "WorkOrder.pump"), ("mySpace", f"wo{w}"), ("mySpace", f"pump{p}"))
    for w, p in [(0, 0), (0, 1), (1, 2), (2, 2)]
]
client.data_modeling.instances.apply(work_orders + pumps, links)
"""

EXAMPLES = """
from cognite.client.data_classes.data_modeling.instances import InstanceSort
from cognite.client.data_classes.data_modeling.query import (
    Query,
    Select,
    NodeResultSetExpression,
    EdgeResultSetExpression,
    SourceSelector,
)
from cognite.client.data_classes.filters import Range, Equals
from cognite.client.data_classes.data_modeling.ids import ViewId
work_order_view = ViewId("mySpace", "myWorkOrder", "v1")
pump_view = ViewId("mySpace", "myPump", "v1")
query = Query(
    with_={
        "work_orders": NodeResultSetExpression(
            filter=Range(work_order_view.as_property_ref("createdYear"), lt=2023)
        ),
        "work_orders_to_pumps": EdgeResultSetExpression(
            from_="work_orders",
            filter=Equals(
                ["edge", "type"],
                {"space": work_order_view.space, "externalId": "WorkOrder.pump"},
            ),
        ),
        "pumps": NodeResultSetExpression(from_="work_orders_to_pumps"),
    },
    select={
        "pumps": Select(
            [SourceSelector(pump_view, properties=["name"])],
            sort=[InstanceSort(pump_view.as_property_ref("name"))],
        ),
    },
)
res = client.data_modeling.instances.query(query)
out = {
    "work_orders": sorted(n.external_id for n in res["work_orders"]),
    "edges": sorted(e.external_id for e in res["work_orders_to_pumps"]),
    "pumps": [(n.external_id, n.properties[pump_view]["name"]) for n in res["pumps"]],
}
typed = client.data_modeling.instances.query(query, include_typing=True)
out["typed_pumps"] = [n.external_id for n in typed["pumps"]]

from cognite.client.data_classes.data_modeling.debug import DebugParameters
debug_params = DebugParameters(
    emit_results=False,
    include_plan=True,  # Include the postgres execution plan
    include_translated_query=True,  # Include the internal representation of the query.
    profile=True,
)
res = client.data_modeling.instances.query(query, debug=debug_params)
print(res.debug)
out["debug"] = [res.debug is not None, len(res["pumps"])]

from cognite.client.data_classes.data_modeling.query import (
    QuerySync,
    SelectSync,
    NodeResultSetExpressionSync,
)
from cognite.client.data_classes.filters import SpaceFilter
asset_view = ViewId("mySpace", "myAssets", "v1")
query = QuerySync(
    with_={
        "pumps": NodeResultSetExpressionSync(
            filter=SpaceFilter("mySpace"),
            sync_mode="one_phase",
        ),
    },
    select={"pumps": SelectSync([SourceSelector(asset_view, ["*"])])},
)
res = client.data_modeling.instances.sync(query)
out["space_sync"] = sorted(n.external_id for n in res["pumps"])
query.cursors = res.cursors
client.data_modeling.instances.delete(("mySpace", "pump1"))
client.data_modeling.instances.apply(NodeApply("mySpace", "pump9", sources=[NodeOrEdgeData(PUMP, {"name": "z"})]))
res_new = client.data_modeling.instances.sync(query)
out["space_changes"] = [(n.external_id, n.deleted_time is not None) for n in res_new["pumps"]]

from cognite.client.data_classes.data_modeling.query import (
    EdgeResultSetExpressionSync,
)
work_order_view = ViewId("mySpace", "myWorkOrder", "v1")
pump_view = ViewId("mySpace", "myPump", "v1")
query = QuerySync(
    with_={
        "work_orders": NodeResultSetExpressionSync(
            filter=Equals(work_order_view.as_property_ref("status"), "open"),
            sync_mode="two_phase",
        ),
        "work_orders_to_pumps": EdgeResultSetExpressionSync(
            from_="work_orders",
            filter=Equals(
                ["edge", "type"],
                {"space": work_order_view.space, "externalId": "WorkOrder.pump"},
            ),
            sync_mode="two_phase",
        ),
        "pumps": NodeResultSetExpressionSync(
            from_="work_orders_to_pumps",
            sync_mode="two_phase",
        ),
    },
    select={
        "pumps": SelectSync([SourceSelector(pump_view, ["*"])]),
    },
)
res = client.data_modeling.instances.sync(query)
out["open_pumps"] = sorted((n.external_id, n.properties[pump_view]["name"]) for n in res["pumps"])
out["open_work_orders"] = sorted(n.external_id for n in res["work_orders"])

import threading
from cognite.client.data_classes.data_modeling.query import QueryResult
from cognite.client.data_classes.data_modeling import ViewId
seen = []
got = threading.Event()
def just_print_the_result(result: QueryResult) -> None:
    seen.extend(n.external_id for n in result["work_orders"])
    got.set()
client.data_modeling.instances.apply(NodeApply("someSpace", "thing", sources=[
    NodeOrEdgeData(ViewId("someSpace", "someView", "v1"), {"myAsset": "Il-Tempo-Gigante"})
]))
view_id = ViewId("someSpace", "someView", "v1")
filter = Equals(view_id.as_property_ref("myAsset"), "Il-Tempo-Gigante")
query = QuerySync(
    with_={
        "work_orders": NodeResultSetExpressionSync(
            filter=filter, sync_mode="two_phase"
        )
    },
    select={"work_orders": SelectSync([SourceSelector(view_id, ["*"])])},
)
subscription_context = client.data_modeling.instances.subscribe(
    query, callback=just_print_the_result
)
got.wait(30)
subscription_context.cancel()
out["subscribed"] = seen
emit(out)
"""


def test_official_query_sync_and_subscribe_examples(run_official: Callable[..., Any]) -> None:
    out = run_official(SETUP + EXAMPLES)
    assert out["work_orders"] == ["wo0", "wo1"]
    assert out["edges"] == ["wo0-pump0", "wo0-pump1", "wo1-pump2"]
    assert [tuple(p) for p in out["pumps"]] == [("pump1", "a"), ("pump2", "b"), ("pump0", "c")]  # select's sort
    assert out["typed_pumps"] == ["pump1", "pump2", "pump0"]
    assert out["debug"] == [True, 0]  # emit_results=False: notices only
    assert out["space_sync"] == ["pump0", "pump1", "pump2", "wo0", "wo1", "wo2"]
    assert [tuple(c) for c in out["space_changes"]] == [("pump1", True), ("pump9", False)]
    assert [tuple(p) for p in out["open_pumps"]] == [("pump0", "c"), ("pump2", "b")]  # pump1 is deleted
    assert out["open_work_orders"] == ["wo0", "wo2"]
    assert out["subscribed"] == ["thing"]


FILE_CACHE = """
import asyncio
from cognite.client import AsyncCogniteClient
from cognite.client.data_classes import SecurityCategoryWrite
from cognite.client.data_classes.data_modeling import NodeList
from cognite.client.data_classes.data_modeling.query import (
    QuerySync,
    SelectSync,
    NodeResultSetExpressionSync,
)
category = client.iam.security_categories.create(SecurityCategoryWrite(name="sync-backups"))
client = AsyncCogniteClient(client.config)
counts = []
def do_work(nodes: NodeList) -> None:
    counts.append(sorted(n.external_id for n in nodes))


async def one_off_job():
    query = QuerySync(  # a new one each time: the session keeps its cursors in the query it is given
        with_={"my_nodes": NodeResultSetExpressionSync(limit=1000)},
        select={"my_nodes": SelectSync()},
    )
    # The docs example leaves out the `await`: sync_with_file_cache is a coroutine returning the session.
    session = await client.data_modeling.instances.sync_with_file_cache(
        query,
        file_external_id="my_backup_file",
        security_category=category.id,
        backup_every=None,  # Only backup on exit
        backup_on_exit=True,
    )
    async with session:
        await session.sync_until_live()
        do_work(session.get_nodes("my_nodes"))

async def twice():
    await one_off_job()
    await client.data_modeling.instances.delete(("mySpace", "wo1"))
    await one_off_job()  # restores the backup, then follows only the changes since

asyncio.run(twice())
emit(counts)
"""


def test_official_sync_with_file_cache_example(conformance_emulator: Any, run_official: Callable[..., Any]) -> None:
    first, second = run_official(SETUP + FILE_CACHE)
    assert first == ["pump0", "pump1", "pump2", "wo0", "wo1", "wo2"]
    assert second == ["pump0", "pump1", "pump2", "wo0", "wo2"]  # the delete came as a tombstone
    syncs = conformance_emulator.emu.requests.find("POST", "/models/instances/sync")
    fresh = [r for r in syncs if not any((r.json().get("cursors") or {}).values())]
    assert len(fresh) == 1  # the second session went on from the cursors restored from its backup file


FEATURES = """
from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData
from cognite.client.data_classes.data_modeling.ids import ViewId
from cognite.client.data_classes.data_modeling.instances import InstanceSort
from cognite.client.data_classes.data_modeling.query import (
    EdgeResultSetExpression, Intersection, NodeResultSetExpression, Query, Select, SourceSelector, Union,
)
from cognite.client.data_classes.filters import Equals, In

wo = ViewId("mySpace", "myWorkOrder", "v1")
by_xid = lambda *x: In(["node", "externalId"], list(x))
query = Query(
    with_={
        "first": NodeResultSetExpression(filter=by_xid("wo0"), limit=1),
        "links": EdgeResultSetExpression(from_="first", max_distance=1, limit_each=1),
        "pumps": NodeResultSetExpression(from_="links"),
        "back": EdgeResultSetExpression(from_="pumps", direction="inwards", max_distance=1),
        "owners": NodeResultSetExpression(from_="back"),
        "some": NodeResultSetExpression(filter=by_xid("wo0", "wo1", "pump0")),
        "both": Union(["first", Intersection(["some", "owners"])], except_=["pumps"]),
        "years": NodeResultSetExpression(filter=In(wo.as_property_ref("status"), ["open", "closed"]),
                                         sort=[InstanceSort(wo.as_property_ref("createdYear"), "descending")],
                                         limit=2),
    },
    select={"years": Select([SourceSelector(wo, ["createdYear"])]), "both": Select()},
)
res = client.data_modeling.instances.query(query)
out = {k: sorted(n.external_id for n in res[k]) for k in ("first", "links", "pumps", "back", "owners", "both")}
out["years"] = [n.properties[wo]["createdYear"] for n in res["years"]]
query.cursors = res.cursors
more = client.data_modeling.instances.query(query)
out["more_years"] = [n.properties[wo]["createdYear"] for n in more["years"]]
emit(out)
"""


def test_official_query_classes_for_traversal_set_operations_and_cursors(run_official: Callable[..., Any]) -> None:
    out = run_official(SETUP + FEATURES)
    assert out["first"] == ["wo0"]
    assert len(out["links"]) == 1 and out["links"][0].startswith("wo0-pump")  # limitEach=1
    assert len(out["pumps"]) == 1
    assert out["back"] == [f"wo0-{out['pumps'][0]}"]
    assert out["owners"] == ["wo0"]
    assert out["both"] == ["wo0"]
    assert out["years"] == [2024, 2022]
    assert out["more_years"] == [2020]

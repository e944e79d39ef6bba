"""Instance data-class cases whose dumps must match the official SDK's: run with our SDK by the tests, with the
official one to record the expected data (`cd /tmp && <wt>/.venv-official/bin/python <wt>/tests/data_modeling/instances_cases.py
> <wt>/tests/data_modeling/data/instances_official_dumps.json`)."""

from __future__ import annotations

import json
from typing import Any


def cases() -> dict[str, Any]:
    from cognite.client.data_classes.data_modeling import EdgeList, NodeList, ViewId
    from cognite.client.data_classes.data_modeling.instances import (
        Edge,
        EdgeApply,
        InstanceSort,
        Node,
        NodeApply,
        NodeApplyResult,
        NodeOrEdgeData,
    )

    v = ViewId("sp", "Pump", "v1")
    out: dict[str, Any] = {}
    out["napply"] = NodeApply(
        "sp",
        "n1",
        sources=[NodeOrEdgeData(v, {"name": "a", "ref": {"space": "sp", "externalId": "x"}})],
        type=("sp", "t"),
    ).dump()
    out["eapply"] = EdgeApply(
        "sp", "e1", type=("sp", "t"), start_node=("sp", "n1"), end_node=("sp", "n2"), existing_version=2
    ).dump()
    raw = {
        "instanceType": "node",
        "space": "sp",
        "externalId": "n1",
        "version": 1,
        "lastUpdatedTime": 5,
        "createdTime": 4,
        "properties": {"sp": {"Pump/v1": {"name": "a", "x": 1}}},
        "type": {"space": "sp", "externalId": "t"},
    }
    node = Node.load(raw)
    out["node"] = node.dump()
    out["node_snake"] = node.dump(camel_case=False)
    out["node_w"] = node.as_write().dump()
    out["node_get"] = [node.properties[v]["name"], node["name"], node.get("x")]
    nl = NodeList([node])
    out["pd"] = {k: str(v) for k, v in nl.to_pandas().to_dict("list").items()}
    out["pd1"] = {k: str(v) for k, v in node.to_pandas().to_dict()["value"].items()}
    out["ar"] = NodeApplyResult.load(
        {
            "instanceType": "node",
            "space": "sp",
            "externalId": "n1",
            "version": 1,
            "wasModified": True,
            "lastUpdatedTime": 5,
            "createdTime": 4,
        }
    ).dump()
    out["sort"] = InstanceSort(["sp", "Pump/v1", "name"], "descending", True).dump()
    eraw = {
        "instanceType": "edge",
        "space": "sp",
        "externalId": "e",
        "version": 1,
        "type": {"space": "sp", "externalId": "t"},
        "startNode": {"space": "sp", "externalId": "a"},
        "endNode": {"space": "sp", "externalId": "b"},
        "lastUpdatedTime": 5,
        "createdTime": 4,
        "properties": {"sp": {"F/1": {"w": 2}}},
    }
    e = Edge.load(eraw)
    out["edge"] = e.dump()
    out["edge_w"] = e.as_write().dump()
    out["edge_snake"] = e.dump(camel_case=False)
    out["ids"] = [str(x) for x in NodeList([node]).as_ids() + EdgeList([e]).as_ids()]
    out["napply_load"] = NodeApply.load(out["napply"]).dump()
    from cognite.client.data_classes import filters as f
    from cognite.client.data_classes.data_modeling import ContainerId, NodeId
    from cognite.client.data_classes.shared import Geometry

    out["filters"] = [
        flt.dump()
        for flt in (
            f.HasData(views=[v, ("sp", "B", "2")], containers=[ContainerId("sp", "C")]),
            f.Nested(["sp", "Pump/v1", "parent"], f.Equals(["sp", "Pump/v1", "name"], "x")),
            f.Overlaps(["sp", "Pump/v1", "a"], ["sp", "Pump/v1", "b"], gt=1, lte=5),
            f.InstanceReferences([("sp", "x"), NodeId("sp", "y")]),
            f.SpaceFilter("a"),
            f.SpaceFilter(["a", "b"], "edge"),
            f.Equals(list(v.as_property_ref("name")), {"parameter": "p"}),
            f.Equals(["node", "externalId"], "x") & ~f.Exists(["sp", "Pump/v1", "flow"]),
            f.GeoJSONWithin(["sp", "Pump/v1", "loc"], Geometry(type="Point", coordinates=[1, 2])),
            f.MatchAll(),
        )
    ]
    return out


if __name__ == "__main__":
    print(json.dumps(cases(), sort_keys=True, indent=1))

"""Instance data classes dump, load, convert and frame like the official SDK's (expected data recorded from it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cognite.client.data_classes.data_modeling import EdgeApply, NodeApply, NodeOrEdgeData, ViewId
from cognite.client.data_classes.data_modeling.instances import InstanceSort, Node, NodeList, Properties

from .instances_cases import cases

EXPECTED = json.loads((Path(__file__).parent / "data" / "instances_official_dumps.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_same_as_official(name: str) -> None:
    assert json.loads(json.dumps(cases()[name])) == EXPECTED[name]


def test_properties_access() -> None:
    node = Node.load(
        {
            "space": "sp",
            "externalId": "n",
            "version": 1,
            "lastUpdatedTime": 1,
            "createdTime": 1,
            "properties": {"sp": {"A/1": {"x": 1}, "B/1": {"y": 2}}},
        }
    )
    assert node.properties[ViewId("sp", "A", "1")] == {"x": 1}
    assert node.properties[("sp", "B", "1")]["y"] == 2
    assert ViewId("sp", "A", "1") in node.properties
    with pytest.raises(RuntimeError, match="exactly one view"):
        node["x"]
    assert isinstance(node.properties, Properties)
    # loaded ViewId keys are shared (no per-node churn)
    other = Node.load({**node.dump(), "externalId": "m"})
    assert next(iter(other.properties)) is next(iter(node.properties))
    assert NodeList([node, other]).get(instance_id=("sp", "m")) is other


@pytest.mark.parametrize(
    "make",
    [
        lambda: NodeApply("", "x"),
        lambda: NodeApply("sp", 3),  # type: ignore[arg-type]
        lambda: NodeApply("sp", "x", sources=NodeOrEdgeData(ViewId("s", "v", "1"), {})),  # type: ignore[arg-type]
        lambda: NodeOrEdgeData(("s", "v", "1"), {}),  # type: ignore[arg-type]
        lambda: EdgeApply("sp", "e", type="t", start_node=("sp", "a"), end_node=("sp", "b")),  # type: ignore[arg-type]
        lambda: InstanceSort(["a"], "down"),  # type: ignore[arg-type]
    ],
)
def test_bad_input_rejected(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises((TypeError, ValueError)):
        make()

"""Every operator of DMS's filter language, through POST /models/instances/list."""

from __future__ import annotations

from typing import Any

import pytest

from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import PUMP, SPACE, install_schema

INSTANCES = "/models/instances"
V = [SPACE, "Pump/v1"]  # view property prefix
C = [SPACE, "Pump"]  # container property prefix
PUMPS: list[dict[str, Any]] = [
    {
        "xid": "a",
        "name": "alpha",
        "flow": 1.0,
        "kind": "piston",
        "labels": ["x", "y"],
        "installed": "2024-01-01T00:00:00.000+00:00",
    },
    {
        "xid": "b",
        "name": "beta",
        "flow": 5.0,
        "kind": "centrifugal",
        "labels": ["y"],
        "parent": {"space": SPACE, "externalId": "a"},
    },
    {"xid": "c", "flow": 9.0, "labels": [], "parent": {"space": SPACE, "externalId": "b"}},
]


@pytest.fixture(scope="module")
def dms() -> Any:
    from cognite.emulator import Emulator

    emu = Emulator(seed=3)
    with emu.client() as http:
        api = Api(http)
        install_schema(api)
        items = [
            {
                "instanceType": "node",
                "space": SPACE,
                "externalId": p["xid"],
                "type": {"space": SPACE, "externalId": "pumpType"} if p["xid"] == "a" else None,
                "sources": [
                    {"source": PUMP, "properties": {"tag": p["xid"], **{k: v for k, v in p.items() if k != "xid"}}}
                ],
            }
            for p in PUMPS
        ]
        api.post(INSTANCES, items=[{k: v for k, v in i.items() if v is not None} for i in items])
        api.post(INSTANCES, items=[{"instanceType": "node", "space": SPACE, "externalId": "bare"}])
        yield api


def matching(api: Api, flt: dict[str, Any], **body: Any) -> list[str]:
    items = api.post(INSTANCES + "/list", filter=flt, **body)["items"]
    return sorted(i["externalId"] for i in items)


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({"equals": {"property": [*V, "name"], "value": "alpha"}}, ["a"]),
        ({"equals": {"property": [*C, "flow"], "value": 5}}, ["b"]),  # container reference, int equals float
        ({"equals": {"property": ["node", "externalId"], "value": "bare"}}, ["bare"]),
        ({"equals": {"property": ["node", "type"], "value": {"space": SPACE, "externalId": "pumpType"}}}, ["a"]),
        ({"equals": {"property": [*V, "parent"], "value": {"space": SPACE, "externalId": "a"}}}, ["b"]),
        ({"in": {"property": [*V, "kind"], "values": ["piston", "centrifugal"]}}, ["a", "b"]),
        ({"in": {"property": ["node", "externalId"], "values": ["a", "c", "zz"]}}, ["a", "c"]),
        ({"range": {"property": [*V, "flow"], "gt": 1, "lte": 9}}, ["b", "c"]),
        ({"range": {"property": [*V, "flow"], "gte": 1, "lt": 5}}, ["a"]),
        ({"range": {"property": [*V, "installed"], "gte": "2023-12-31T00:00:00.000+00:00"}}, ["a"]),
        ({"prefix": {"property": [*V, "name"], "value": "al"}}, ["a"]),
        ({"prefix": {"property": ["node", "externalId"], "value": "b"}}, ["b", "bare"]),
        ({"prefix": {"property": [*V, "labels"], "value": ["x"]}}, ["a"]),
        ({"exists": {"property": [*V, "name"]}}, ["a", "b"]),
        ({"containsAny": {"property": [*V, "labels"], "values": ["x", "q"]}}, ["a"]),
        ({"containsAll": {"property": [*V, "labels"], "values": ["y"]}}, ["a", "b"]),
        ({"containsAll": {"property": [*V, "labels"], "values": ["x", "y"]}}, ["a"]),
        ({"matchAll": {}}, ["a", "b", "bare", "c", "pumpType"]),  # the node type was auto-created
        ({"hasData": [PUMP]}, ["a", "b", "c"]),
        ({"hasData": [{"type": "container", "space": SPACE, "externalId": "Pump"}]}, ["a", "b", "c"]),
        ({"instanceReferences": [{"space": SPACE, "externalId": "c"}, {"space": "other", "externalId": "a"}]}, ["c"]),
        (
            {"nested": {"scope": [*V, "parent"], "filter": {"equals": {"property": [*V, "name"], "value": "alpha"}}}},
            ["b"],
        ),
        ({"nested": {"scope": [*V, "parent"], "filter": {"exists": {"property": [*V, "parent"]}}}}, ["c"]),
        ({"overlaps": {"startProperty": [*V, "flow"], "endProperty": [*V, "flow"], "gte": 4, "lte": 6}}, ["b"]),
        ({"and": [{"exists": {"property": [*V, "flow"]}}, {"range": {"property": [*V, "flow"], "lt": 6}}]}, ["a", "b"]),
        (
            {
                "or": [
                    {"equals": {"property": [*V, "name"], "value": "beta"}},
                    {"equals": {"property": ["node", "externalId"], "value": "c"}},
                ]
            },
            ["b", "c"],
        ),
        ({"not": {"hasData": [PUMP]}}, ["bare", "pumpType"]),
        ({"equals": {"property": [*V, "tag"], "value": {"property": ["node", "externalId"]}}}, ["a", "b", "c"]),
    ],
)
def test_filter(dms: Api, flt: dict[str, Any], expected: list[str]) -> None:
    assert matching(dms, flt) == expected


def test_edge_filters(dms: Api) -> None:
    link = {"space": SPACE, "externalId": "flowsTo"}
    dms.post(
        INSTANCES,
        items=[
            {
                "instanceType": "edge",
                "space": SPACE,
                "externalId": "a-b",
                "type": link,
                "startNode": {"space": SPACE, "externalId": "a"},
                "endNode": {"space": SPACE, "externalId": "b"},
            }
        ],
    )
    body = {"instanceType": "edge"}
    assert matching(dms, {"equals": {"property": ["edge", "type"], "value": link}}, **body) == ["a-b"]
    assert (
        matching(
            dms, {"equals": {"property": ["edge", "startNode"], "value": {"space": SPACE, "externalId": "b"}}}, **body
        )
        == []
    )


@pytest.mark.parametrize(
    "flt",
    [
        {"equals": {"property": [*V, "nope"], "value": 1}},
        {"equals": {"property": ["node", "startNode"], "value": 1}},
        {"equals": {"property": [SPACE, "Pump/v9", "name"], "value": 1}},
        {"range": {"property": [*V, "flow"], "gt": 1, "gte": 2}},
        {"range": {"property": [*V, "flow"]}},
        {"unknownOp": {}},
        {"and": []},
        {"equals": {"property": [*V, "name"], "value": {"parameter": "p"}}},
        {"equals": {"property": [*V, "name"], "value": 1}, "in": {}},
    ],
)
def test_bad_filters_are_400(dms: Api, flt: dict[str, Any]) -> None:
    dms.post(INSTANCES + "/list", filter=flt, expect=400)

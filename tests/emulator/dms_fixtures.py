"""A small DMS schema for the instance tests: space `sp`, containers `Pump`/`Link`, views `Pump/v1`, `Link/v1`.

`install_schema` applies it through the emulator's `/models/...` endpoints.
"""

from __future__ import annotations

from typing import Any

from tests.emulator.conftest import Api

SPACE = "sp"


def _prop(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": {"type": kind, **{k: v for k, v in extra.items() if k in ("list", "maxListSize", "values")}},
        **{k: v for k, v in extra.items() if k in ("nullable", "defaultValue", "immutable")},
    }


CONTAINERS: list[dict[str, Any]] = [
    {
        "space": SPACE,
        "externalId": "Pump",
        "usedFor": "node",
        "properties": {
            "name": _prop("text"),
            "tag": _prop("text", nullable=False),
            "flow": _prop("float64"),
            "count": _prop("int32", defaultValue=0),
            "active": _prop("boolean"),
            "installed": _prop("timestamp"),
            "day": _prop("date"),
            "meta": _prop("json"),
            "kind": _prop("enum", values={"centrifugal": {"name": "Centrifugal"}, "piston": {"name": "Piston"}}),
            "parent": _prop("direct"),
            "labels": _prop("text", list=True, maxListSize=3),
            "serial": _prop("text", immutable=True),
        },
    },
    {"space": SPACE, "externalId": "Link", "usedFor": "edge", "properties": {"weight": _prop("float64")}},
]


def _view(xid: str) -> dict[str, Any]:
    container = next(c for c in CONTAINERS if c["externalId"] == xid)
    return {
        "space": SPACE,
        "externalId": xid,
        "version": "v1",
        "properties": {
            p: {"container": {"space": SPACE, "externalId": xid, "type": "container"}, "containerPropertyIdentifier": p}
            for p in container["properties"]
        },
    }


VIEWS = [_view("Pump"), _view("Link")]
PUMP = {"type": "view", "space": SPACE, "externalId": "Pump", "version": "v1"}
LINK = {"type": "view", "space": SPACE, "externalId": "Link", "version": "v1"}


def install_schema(api: Api) -> None:
    api.post("/models/spaces", items=[{"space": SPACE}])
    api.post("/models/containers", items=CONTAINERS)
    api.post("/models/views", items=VIEWS)

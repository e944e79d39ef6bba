"""A small DMS schema for the instance tests: space `sp`, containers `Pump`/`Link`, views `Pump/v1`, `Link/v1`.

`install_schema` applies it through the emulator's `/models/...` endpoints when the schema service is there;
otherwise (the schema service is built on another branch) through a minimal stand-in of contract A.
"""

from __future__ import annotations

from typing import Any

from cognite.emulator import Emulator
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
            "kind": _prop("enum", values={"centrifugal": {}, "piston": {}}),
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


class StandInSchema:
    """Contract A's lookups over the fixture schema (only until the schema service is merged)."""

    name = "dms_schema"

    def __init__(self) -> None:
        self.on_container_deleted: list[Any] = []
        self.space_in_use: list[Any] = []
        self.containers = {(c["space"], c["externalId"]): c for c in CONTAINERS}

    def space(self, space: str) -> dict[str, Any] | None:
        return {"space": space} if space == SPACE else None

    def container(self, space: str, external_id: str) -> dict[str, Any] | None:
        return self.containers.get((space, external_id))

    def view(self, space: str, external_id: str, version: str | None = None) -> dict[str, Any] | None:
        for v in VIEWS:
            if (v["space"], v["externalId"]) == (space, external_id) and version in (None, v["version"]):
                container = self.containers[(space, external_id)]
                props = {
                    n: {**p, **container["properties"][n], "nullable": container["properties"][n].get("nullable", True)}
                    for n, p in v["properties"].items()
                }
                return {**v, "usedFor": container["usedFor"], "properties": props}
        return None

    def views(self) -> list[dict[str, Any]]:
        return [self.view(v["space"], v["externalId"]) for v in VIEWS]  # type: ignore[misc]


def install_schema(emu: Emulator, api: Api) -> None:
    if "dms_schema" in emu.services:
        api.post("/models/spaces", items=[{"space": SPACE}])
        api.post("/models/containers", items=CONTAINERS)
        api.post("/models/views", items=VIEWS)
    else:
        emu.services["dms_schema"] = StandInSchema()

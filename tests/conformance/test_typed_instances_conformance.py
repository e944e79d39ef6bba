"""Typed instances side by side: one script, run by the official SDK and by ours against the same emulator (each in
its own space), defines a typed class for a user view, applies it and a CogniteAsset hierarchy, reads them back as
typed (retrieve, list, search) and dumps everything; the dumps must be equal."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token
from tests.conformance.conftest import ServedEmulator
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

# String annotations: the script runs without `from __future__ import annotations` (it follows a prelude).
SCRIPT = """
from datetime import date, datetime, timezone

from cognite.client.data_classes import filters
from cognite.client.data_classes.data_modeling import (
    DirectRelationReference, NodeId, PropertyOptions, SpaceApply, TypedNode, TypedNodeApply, ViewId,
)
from cognite.client.data_classes.data_modeling.cdm.v1 import CogniteAsset, CogniteAssetApply

SPACE = PARAMS["space"]
PUMP = ViewId("sp", "Pump", "v1")
client.data_modeling.spaces.apply(SpaceApply(SPACE))


class PumpApply(TypedNodeApply):
    label_list = PropertyOptions("labels")

    def __init__(self, space: "str", external_id: "str", *, tag: "str", name: "str | None" = None,
                 installed: "datetime | None" = None, day: "date | None" = None,
                 parent: "DirectRelationReference | tuple[str, str] | None" = None,
                 label_list: "list[str] | None" = None, existing_version: "int | None" = None) -> None:
        super().__init__(space, external_id, existing_version)
        self.tag, self.name, self.installed, self.day = tag, name, installed, day
        self.parent, self.label_list = parent, label_list

    @classmethod
    def get_source(cls) -> "ViewId":
        return PUMP


class Pump(TypedNode):
    label_list = PropertyOptions("labels")

    def __init__(self, space: "str", external_id: "str", version: "int", last_updated_time: "int",
                 created_time: "int", *, tag: "str", name: "str | None" = None, installed: "datetime | None" = None,
                 day: "date | None" = None, parent: "DirectRelationReference | None" = None,
                 label_list: "list[str] | None" = None, type: "DirectRelationReference | None" = None,
                 deleted_time: "int | None" = None) -> None:
        super().__init__(space, external_id, version, last_updated_time, created_time, deleted_time, type)
        self.tag, self.name, self.installed, self.day = tag, name, installed, day
        self.parent, self.label_list = parent, label_list

    @classmethod
    def get_source(cls) -> "ViewId":
        return PUMP


def clean(obj):
    # the space differs per run and the times per request: compare everything else
    text = json.dumps(obj, sort_keys=True, default=str).replace(SPACE, "<space>")
    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in ("lastUpdatedTime", "createdTime")}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o
    return strip(json.loads(text))


WHEN = datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc)
pumps = [
    PumpApply(SPACE, "big", tag="t-big", name="big pump", installed=WHEN, day=date(2024, 5, 6), label_list=["a"]),
    PumpApply(SPACE, "small", tag="t-small", name="small pump", parent=DirectRelationReference(SPACE, "big")),
]
assets = [
    CogniteAssetApply(SPACE, "plant", name="Plant", tags=["site"]),
    CogniteAssetApply(SPACE, "pump_a", name="Pump A", parent=(SPACE, "plant"), description="first"),
    CogniteAssetApply(SPACE, "pump_b", name="Pump B", parent=NodeId(SPACE, "plant"), source_created_time=WHEN),
    CogniteAssetApply(SPACE, "motor", name="Motor", parent=(SPACE, "pump_a"), asset_type=(SPACE, "kind")),
]
out = {"writes": clean([n.dump() for n in pumps + assets])}
applied = client.data_modeling.instances.apply(pumps + assets)
out["applied"] = sorted(n.external_id for n in applied.nodes)
dm = client.data_modeling.instances

one = dm.retrieve_nodes(NodeId(SPACE, "big"), node_cls=Pump)
out["pump"] = clean(one.dump())
out["pump_attributes"] = [type(one).__name__, one.installed.isoformat(), one.day.isoformat(), one.label_list]
out["pumps_listed"] = clean(sorted((n.dump() for n in dm.list(instance_type=Pump, space=SPACE, limit=None)),
                                   key=lambda d: d["externalId"]))
found = dm.search(PUMP, "pump", instance_type=Pump, space=SPACE, properties=["name"])
out["pumps_found"] = sorted((type(n).__name__, n.external_id) for n in found)

tree = dm.retrieve_nodes([NodeId(SPACE, x) for x in ("plant", "pump_a", "pump_b", "motor")], node_cls=CogniteAsset)
out["assets"] = clean([a.dump() for a in tree])
out["assets_as_write"] = clean([a.as_write().dump() for a in tree])
out["asset_parents"] = [[type(a).__name__, a.parent and a.parent.external_id] for a in tree]
view = CogniteAsset.get_source()
children = dm.list(
    instance_type=CogniteAsset, space=SPACE, limit=None,
    filter=filters.Equals(view.as_property_ref("parent"), {"space": SPACE, "externalId": "plant"}),
)
out["children"] = sorted(a.external_id for a in children)
emit(out)
"""


def run_ours(served: ServedEmulator, **params: Any) -> Any:
    client = CogniteClient(
        ClientConfig(client_name="ours", project=served.project, credentials=Token("t"), base_url=served.base_url)
    )
    out: list[Any] = []
    exec(textwrap.dedent(SCRIPT), {"client": client, "PARAMS": params, "emit": out.append, "json": json})  # noqa: S102
    return json.loads(json.dumps(out[0], default=str))


def test_typed_instances_same_dumps_and_results(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    with conformance_emulator.emu.client() as http:
        install_schema(Api(http, conformance_emulator.project))
    official = run_official(SCRIPT, space="off_space")
    ours = run_ours(conformance_emulator, space="our_space")
    assert official["applied"] == ["big", "motor", "plant", "pump_a", "pump_b", "small"]
    assert official["children"] == ["pump_a", "pump_b"]
    assert sorted(ours) == sorted(official)
    for key, value in official.items():
        assert ours[key] == value, key

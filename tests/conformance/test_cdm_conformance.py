"""The core data model the emulator holds (`cognite/emulator/dms/cdm_v1.json`) against the official SDK's typed
CDM classes (`cognite.client.data_classes.data_modeling.cdm.v1`): the same views with the same property names."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

CDM_PATH = Path(__file__).resolve().parents[2] / "cognite" / "emulator" / "dms" / "cdm_v1.json"

# Runs in the official SDK: per view externalId, the sorted wire names of the properties its typed classes carry
# ("names") and of those typed as direct relations ("direct").
# The read classes (TypedNode/TypedEdge) carry every mapped property, read-only ones (path, isUploaded) too.
OFFICIAL_CDM_PROPERTIES = """
import inspect
from cognite.client.data_classes.data_modeling.cdm import v1
from cognite.client.data_classes.data_modeling import instances
from cognite.client.data_classes.data_modeling.instances import PropertyOptions, TypedEdge, TypedNode

# The SDK prefixes property names that clash with instance fields (a view property "type"); the wire name is bare.
CLASH_PREFIX = instances._RESERVED_PROPERTY_CONFLICT_PREFIX

INSTANCE_FIELDS = {"self", "space", "external_id", "version", "last_updated_time", "created_time", "deleted_time",
                   "type", "start_node", "end_node"}

def camel(name):
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)

out, direct = {}, {}
for cls in vars(v1).values():
    if not (inspect.isclass(cls) and issubclass(cls, (TypedNode, TypedEdge)) and cls.__module__ == v1.__name__):
        continue
    wire = {a: o.name.removeprefix(CLASH_PREFIX) for k in cls.__mro__ for a, o in vars(k).items() if isinstance(o, PropertyOptions)}
    params = {n: p for n, p in inspect.signature(cls.__init__).parameters.items() if n not in INSTANCE_FIELDS}
    view = cls.get_source()
    out.setdefault(view.external_id, set()).update(wire.get(p) or camel(p) for p in params)
    direct.setdefault(view.external_id, set()).update(
        wire.get(n) or camel(n) for n, p in params.items() if "DirectRelationReference" in str(p.annotation)
    )
    assert (view.space, view.version) == ("cdf_cdm", "v1"), view
emit({"names": {k: sorted(v) for k, v in out.items()}, "direct": {k: sorted(v) for k, v in direct.items()}})
"""


def _container_property(prop: dict[str, Any]) -> tuple[str, str, str]:
    return prop["container"]["space"], prop["container"]["externalId"], prop["containerPropertyIdentifier"]


def _mapped_properties(cdm: dict[str, Any], *, direct: bool = False) -> dict[str, list[str]]:
    """View externalId -> sorted names of its container-backed (or only direct relation) properties, inherited
    ones included."""
    views = {v["externalId"]: v for v in cdm["views"]}
    types = {
        (c["space"], c["externalId"], n): p["type"]["type"]
        for c in cdm["containers"]
        for n, p in c["properties"].items()
    }

    def names(xid: str) -> set[str]:
        view = views[xid]
        out = {
            n
            for n, p in view["properties"].items()
            if "container" in p and (not direct or types[_container_property(p)] == "direct")
        }
        for parent in view.get("implements", []):
            out |= names(parent["externalId"])
        return out

    return {xid: sorted(names(xid)) for xid in views}


def test_official_cdm_classes_match_the_emulator_cdm(run_official: Callable[..., Any]) -> None:
    official = run_official(OFFICIAL_CDM_PROPERTIES)
    cdm = json.loads(CDM_PATH.read_text())
    assert len(official["names"]) >= 30
    assert official["names"] == _mapped_properties(cdm)
    assert official["direct"] == _mapped_properties(cdm, direct=True)
    assert "parent" in official["direct"]["CogniteAsset"]


OFFICIAL_LIST_AND_RETRIEVE = """
from cognite.client.data_classes.data_modeling import DataModelId, MappedProperty

views = client.data_modeling.views.list(space="cdf_cdm", include_global=True, limit=-1)
(core,) = client.data_modeling.data_models.retrieve(DataModelId("cdf_cdm", "CogniteCore", "v1"), inline_views=True)
emit({
    "listed": sorted(v.external_id for v in views),
    "core": {
        v.external_id: sorted(n for n, p in v.properties.items() if isinstance(p, MappedProperty))
        for v in core.views
    },
    "asset_children": type(core.views[[v.external_id for v in core.views].index("CogniteAsset")].properties["children"]).__name__,
})
"""


def test_official_sdk_lists_cdm_views_and_retrieves_core_inline(run_official: Callable[..., Any]) -> None:
    typed = run_official(OFFICIAL_CDM_PROPERTIES)["names"]
    got = run_official(OFFICIAL_LIST_AND_RETRIEVE)
    assert got["listed"] == sorted(typed)
    assert got["core"] == typed
    assert got["asset_children"] == "MultiReverseDirectRelation"

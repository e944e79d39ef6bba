"""The core data model the emulator holds (`cognite/emulator/dms/cdm_v1.json`) against the official SDK's typed
CDM classes (`cognite.client.data_classes.data_modeling.cdm.v1`): the same views with the same property names."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

CDM_PATH = Path(__file__).resolve().parents[2] / "cognite" / "emulator" / "dms" / "cdm_v1.json"

# Runs in the official SDK: {view externalId: sorted wire names of the properties its typed classes carry}.
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

out = {}
for cls in vars(v1).values():
    if not (inspect.isclass(cls) and issubclass(cls, (TypedNode, TypedEdge)) and cls.__module__ == v1.__name__):
        continue
    wire = {a: o.name.removeprefix(CLASH_PREFIX) for k in cls.__mro__ for a, o in vars(k).items() if isinstance(o, PropertyOptions)}
    params = [p for p in inspect.signature(cls.__init__).parameters if p not in INSTANCE_FIELDS]
    view = cls.get_source()
    out.setdefault(view.external_id, set()).update(wire.get(p) or camel(p) for p in params)
    assert (view.space, view.version) == ("cdf_cdm", "v1"), view
emit({k: sorted(v) for k, v in out.items()})
"""


def _mapped_properties(cdm: dict[str, Any]) -> dict[str, list[str]]:
    """View externalId -> sorted names of its container-backed properties, inherited ones included."""
    views = {v["externalId"]: v for v in cdm["views"]}

    def names(xid: str) -> set[str]:
        view = views[xid]
        out = {n for n, p in view["properties"].items() if "container" in p}
        for parent in view.get("implements", []):
            out |= names(parent["externalId"])
        return out

    return {xid: sorted(names(xid)) for xid in views}


def test_official_cdm_classes_match_the_emulator_cdm(run_official: Callable[..., Any]) -> None:
    official = run_official(OFFICIAL_CDM_PROPERTIES)
    ours = _mapped_properties(json.loads(CDM_PATH.read_text()))
    assert len(official) >= 30
    assert official == ours

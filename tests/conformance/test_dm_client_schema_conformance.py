"""Data modeling schema: the same doc-style example (spaces, containers, views, data models) run by the official
SDK and by ours against one emulator, each in its own space; both must read back the same objects."""

from __future__ import annotations

import json
import textwrap
from typing import Any

import pytest

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token
from tests.conformance import test_dms_schema_conformance as dms_examples
from tests.conformance.conftest import ServedEmulator

# Runs with `client`, `PARAMS` and `emit` defined (the official SDK's or ours): the docs' examples of the
# spaces / containers / views / data models APIs, one space per SDK.
EXAMPLE = """
from cognite.client.data_classes.data_modeling import (
    BTreeIndexApply, ContainerApply, ContainerId, ContainerPropertyApply, DataModelApply, MappedPropertyApply,
    SpaceApply, UniquenessConstraintApply, ViewApply, ViewId,
)
from cognite.client.data_classes.data_modeling.data_types import Float64, Int64, Text

sp = PARAMS["space"]
client.data_modeling.spaces.apply([SpaceApply(sp, name="Demo", description="conformance")])
container = ContainerApply(
    sp, "Pump",
    {"name": ContainerPropertyApply(Text(), nullable=False), "rpm": ContainerPropertyApply(Int64(is_list=True)),
     "flow": ContainerPropertyApply(Float64(), default_value=1.5)},
    constraints={"uniq": UniquenessConstraintApply(["name"])},
    indexes={"by_name": BTreeIndexApply(["name"])},
)
client.data_modeling.containers.apply(container)
view = ViewApply(sp, "Pump", "v1", properties={p: MappedPropertyApply(ContainerId(sp, "Pump"), p) for p in ("name", "rpm", "flow")})
client.data_modeling.views.apply([view])
client.data_modeling.data_models.apply(DataModelApply(sp, "Plant", "1", views=[ViewId(sp, "Pump", "v1")]))

def clean(d):
    return {k: v for k, v in d.items() if k not in ("createdTime", "lastUpdatedTime")}

emit({
    "space": clean(client.data_modeling.spaces.retrieve(sp).dump()),
    "container": clean(client.data_modeling.containers.retrieve((sp, "Pump")).dump()),
    "container_write": client.data_modeling.containers.retrieve(ContainerId(sp, "Pump")).as_write().dump(),
    "views": [clean(v.dump()) for v in client.data_modeling.views.retrieve((sp, "Pump", "v1"))],
    "view_write": client.data_modeling.views.retrieve((sp, "Pump", "v1"))[0].as_write().dump(),
    "dm": [clean(d.dump()) for d in client.data_modeling.data_models.retrieve((sp, "Plant", "1"))],
    "dm_inline_views": [v.external_id for v in client.data_modeling.data_models.retrieve((sp, "Plant", "1"), inline_views=True)[0].views],
    "listed_containers": [c.external_id for c in client.data_modeling.containers.list(space=sp, limit=None)],
    "deleted_constraints": [(c.external_id, i) for c, i in client.data_modeling.containers.delete_constraints([(ContainerId(sp, "Pump"), "uniq")])],
    "deleted_dm": [d.external_id for d in client.data_modeling.data_models.delete((sp, "Plant", "1"))],
    "deleted_views": [v.external_id for v in client.data_modeling.views.delete((sp, "Pump", "v1"))],
    "deleted_containers": [c.external_id for c in client.data_modeling.containers.delete((sp, "Pump"))],
    "deleted_spaces": client.data_modeling.spaces.delete(sp),
})
"""


# Spec fields the official SDK 8.22 drops when it loads a reply (ours keeps every wire field, as everywhere)
DROPPED_BY_OFFICIAL = {"bySpace", "queryable", "mappedContainers"}


def _without(obj: Any, keys: set[str]) -> Any:
    if isinstance(obj, dict):
        return {k: _without(v, keys) for k, v in obj.items() if k not in keys}
    if isinstance(obj, list):
        return [_without(v, keys) for v in obj]
    return obj


def _swap_space(obj: Any, ours: str, theirs: str) -> Any:
    if isinstance(obj, dict):
        return {k: _swap_space(v, ours, theirs) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_swap_space(v, ours, theirs) for v in obj]
    return theirs if obj == ours else obj


def test_schema_example_gives_the_same_results(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    official = run_official(EXAMPLE, space="sp_official")
    client = CogniteClient(
        ClientConfig(
            client_name="dm-schema",
            project=conformance_emulator.project,
            credentials=Token("t"),
            base_url=conformance_emulator.base_url,
        )
    )
    got: list[Any] = []
    exec(textwrap.dedent(EXAMPLE), {"client": client, "PARAMS": {"space": "sp_ours"}, "emit": got.append})
    ours = _without(_swap_space(got[0], "sp_ours", "sp_official"), DROPPED_BY_OFFICIAL)
    assert ours.keys() == official.keys()
    for key in official:
        assert ours[key] == official[key], (key, json.dumps(ours[key]), json.dumps(official[key]))


_TIMES = {"createdTime", "lastUpdatedTime"}


@pytest.mark.parametrize("example", ["SPACES", "CONTAINERS", "VIEWS"])
def test_official_doc_examples_give_the_same_results_with_ours(
    example: str, conformance_emulator: ServedEmulator, run_official: Any
) -> None:
    """The official SDK's doc examples (as run by tests/conformance/test_dms_schema_conformance.py), unchanged,
    run by our SDK and by the official one on the same fresh emulator state: the same output."""
    script = getattr(dms_examples, example)
    client = CogniteClient(
        ClientConfig(
            client_name="dm-docs",
            project=conformance_emulator.project,
            credentials=Token("t"),
            base_url=conformance_emulator.base_url,
        )
    )
    got: list[Any] = []
    exec(textwrap.dedent(script), {"client": client, "PARAMS": {}, "emit": got.append})
    ours = json.loads(json.dumps(got[0], default=str))  # as the official run's JSON (tuples -> lists)
    conformance_emulator.emu.reset()
    official = run_official(script)
    assert _without(ours, DROPPED_BY_OFFICIAL | _TIMES) == _without(official, _TIMES)

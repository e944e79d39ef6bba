"""Every DMS schema operation of the pinned spec answers (success and error) with bodies that validate against
the spec's response schemas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cognite.emulator import Emulator
from cognite.emulator.dms.spec_rules import rules
from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api

pytestmark = pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")

SCHEMA_PREFIXES = ("/models/spaces", "/models/containers", "/models/views", "/models/datamodels", "/models/statistics")
S = "spec_space"
PUMP = {"type": "container", "space": S, "externalId": "Pump"}
VIEW = {"type": "view", "space": S, "externalId": "PumpView", "version": "v1"}


@pytest.fixture(scope="module")
def validated() -> Iterator[tuple[Emulator, Api]]:
    emu = Emulator(seed=7, validate_responses=True)
    with emu.client() as http:
        yield emu, Api(http)


def _exercise(api: Api) -> None:
    api.post("/models/spaces", items=[{"space": S, "name": "Spec", "description": "d"}])
    api.post("/models/spaces", items=[{"space": "system"}], expect=400)
    api.get("/models/spaces", limit=1, includeGlobal="true")
    api.post("/models/spaces/byids", items=[{"space": S}])
    api.post(
        "/models/containers",
        items=[
            {
                "space": S,
                "externalId": "Pump",
                "properties": {
                    "name": {"type": {"type": "text", "collation": "ucs_basic"}, "nullable": False},
                    "flow": {"type": {"type": "float64", "list": True, "maxListSize": 10}},
                    "serial": {"type": {"type": "int64"}, "autoIncrement": True, "nullable": False},
                    "kind": {"type": {"type": "enum", "values": {"a": {"name": "A"}, "b": {"name": "B"}}}},
                    "parent": {"type": {"type": "direct"}},
                    "ts": {"type": {"type": "timeseries"}},
                },
                "constraints": {"uq": {"constraintType": "uniqueness", "properties": ["name"]}},
                "indexes": {"ix": {"indexType": "btree", "properties": ["name"], "cursorable": True}},
            }
        ],
    )
    api.post("/models/containers", items=[{"space": S, "externalId": "Bad", "properties": {}}], expect=400)
    api.get("/models/containers", space=S)
    api.post("/models/containers/byids", items=[{"space": S, "externalId": "Pump"}])
    sub = [{"space": S, "containerExternalId": "Pump", "identifier": "ix"}]
    api.post("/models/containers/indexes/retry", items=sub)
    api.post("/models/containers/constraints/retry", items=[{**sub[0], "identifier": "uq"}])
    api.post("/models/containers/properties/retry", items=[{**sub[0], "identifier": "name"}])
    props = {
        "name": {"container": PUMP, "containerPropertyIdentifier": "name"},
        "serial": {"container": PUMP, "containerPropertyIdentifier": "serial"},
        "parent": {"container": PUMP, "containerPropertyIdentifier": "parent", "source": VIEW},
        "children": {
            "connectionType": "multi_reverse_direct_relation",
            "source": VIEW,
            "through": {"source": VIEW, "identifier": "parent"},
        },
        "flows": {
            "connectionType": "multi_edge_connection",
            "type": {"space": S, "externalId": "flows"},
            "source": VIEW,
        },
    }
    api.post("/models/views", items=[{"space": S, "externalId": "PumpView", "version": "v1", "properties": props}])
    api.post(
        "/models/views",
        items=[{"space": S, "externalId": "Nope", "version": "v1", "implements": [VIEW | {"externalId": "X"}]}],
        expect=400,
    )
    api.get("/models/views", space=S, allVersions="true", includeInheritedProperties="false")
    api.post("/models/views/byids", items=[{"space": S, "externalId": "PumpView"}])
    api.post(
        "/models/containers/inspect",
        inspectionOperations={"involvedViews": {}, "totalInvolvedViewCount": {}},
        items=[{"space": S, "externalId": "Pump"}],
    )
    api.post("/models/datamodels", items=[{"space": S, "externalId": "Model", "version": "1", "views": [VIEW]}])
    api.get("/models/datamodels", inlineViews="true", allVersions="true")
    api.post("/models/datamodels/byids", items=[{"space": S, "externalId": "Model", "version": "1"}])
    api.get("/models/statistics")
    api.get("/models/statistics/spaces")
    api.post("/models/statistics/spaces/byids", items=[{"space": S}])
    api.post("/models/containers/indexes/delete", items=sub)
    api.post("/models/containers/constraints/delete", items=[{**sub[0], "identifier": "uq"}])
    api.post("/models/spaces/delete", items=[{"space": S}], expect=400)
    api.post("/models/datamodels/delete", items=[{"space": S, "externalId": "Model", "version": "1"}])
    api.post("/models/views/delete", items=[VIEW])
    api.post("/models/containers/delete", items=[{"space": S, "externalId": "Pump"}])
    api.post("/models/spaces/delete", items=[{"space": S}])


def test_every_schema_operation_replies_as_the_spec_says(validated: tuple[Emulator, Api]) -> None:
    emu, api = validated
    _exercise(api)
    assert emu.violations == []
    spec_ops = {
        (method.upper(), path)
        for path, item in rules().spec["paths"].items()
        if path.startswith(SCHEMA_PREFIXES)
        for method in item
        if method in ("get", "post")
    }
    served = {(e.method, e.route) for e in emu.requests.find() if e.status is not None and e.status < 400}
    assert spec_ops - served == set()

"""Every DMS instance operation's replies (successes and errors) validate against the pinned spec."""

from __future__ import annotations

import pytest

from cognite.emulator import Emulator
from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import LINK, PUMP, SPACE, install_schema

pytestmark = pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
INSTANCES = "/models/instances"


def test_instance_replies_match_spec() -> None:
    emu = Emulator(seed=5, validate_responses=True)
    with emu.client() as http:
        api = Api(http)
        install_schema(api)
        ref = {"instanceType": "node", "space": SPACE, "externalId": "p1"}
        pump = {"source": PUMP, "properties": {"tag": "p1", "name": "pump", "flow": 2.0, "kind": "piston"}}
        api.post(INSTANCES, items=[{**ref, "sources": [pump]}, {**ref, "externalId": "p2", "sources": [pump]}])
        api.post(
            INSTANCES,
            items=[
                {
                    "instanceType": "edge",
                    "space": SPACE,
                    "externalId": "e1",
                    "type": {"space": SPACE, "externalId": "t"},
                    "startNode": {"space": SPACE, "externalId": "p1"},
                    "endNode": {"space": SPACE, "externalId": "p2"},
                    "sources": [{"source": LINK, "properties": {"weight": 1.0}}],
                }
            ],
        )
        api.post(INSTANCES, items=[{**ref, "existingVersion": 0, "sources": [pump]}], expect=409)
        api.post(INSTANCES, items=[{**ref, "sources": [{"source": PUMP, "properties": {"flow": "x"}}]}], expect=400)
        api.post(INSTANCES + "/byids", items=[ref], sources=[{"source": PUMP}], includeTyping=True)
        api.post(INSTANCES + "/list", sources=[{"source": PUMP}], limit=1, includeTyping=True)
        api.post(INSTANCES + "/list", instanceType="edge", sources=[{"source": LINK}])
        api.post(INSTANCES + "/list", filter={"bogus": {}}, expect=400)
        api.post(INSTANCES + "/search", view=PUMP, query="pump", includeTyping=True)
        api.post(INSTANCES + "/aggregate", view=PUMP, aggregates=[{"count": {"property": "tag"}}])
        api.post(INSTANCES + "/aggregate", view=PUMP, aggregates=[{"histogram": {"property": "flow", "interval": 1}}])
        api.post(INSTANCES + "/aggregate", view=PUMP, groupBy=["kind"], aggregates=[{"avg": {"property": "flow"}}])
        api.post(
            INSTANCES + "/inspect",
            items=[ref],
            inspectionOperations={"involvedViews": {}, "involvedContainers": {}},
        )
        api.post(INSTANCES + "/delete", items=[ref])
    assert emu.violations == []

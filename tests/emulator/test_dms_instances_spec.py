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


def test_instance_limits_match_spec() -> None:
    """The emulator's named limits are the pinned spec's (a spec bump that changes one fails here)."""
    import orjson

    from cognite.emulator.dms import instances, instances_aggregate, instances_apply
    from cognite.emulator.dms.spec_rules import SpecRules
    from cognite.emulator.validation import find_spec

    live = SpecRules(orjson.loads(find_spec().read_bytes()))
    schemas = live.schemas
    assert live.items_max("POST", "/models/instances/inspect") == instances.BYIDS_LIMIT  # inspect takes byids' refs
    assert schemas["InstanceBulk"]["properties"]["delete"]["maxItems"] == instances.DELETE_LIMIT
    page = live.resolve(schemas["LimitWithDefault1000"])["properties"]["limit"]
    assert (page["default"], page["maximum"]) == (instances.LIST_LIMIT_DEFAULT, instances.LIST_LIMIT_MAX)
    assert (page["default"], page["maximum"]) == (
        instances_aggregate.SEARCH_LIMIT_DEFAULT,
        instances_aggregate.SEARCH_LIMIT_MAX,
    )
    assert schemas["SourceSelectorWithoutPropertiesV3"]["maxItems"] == instances.MAX_SOURCES
    assert live.resolve(schemas["SortV3"])["properties"]["sort"]["maxItems"] == instances.MAX_SORT
    assert schemas["NodeWrite"]["properties"]["sources"]["maxItems"] == instances_apply.MAX_WRITE_SOURCES
    assert schemas["NodeOrEdgeExternalId"]["maxLength"] == instances_apply.EXTERNAL_ID_MAX
    common = schemas["CommonAggregationRequest"]["properties"]
    assert (common["limit"]["default"], common["limit"]["maximum"]) == (
        instances_aggregate.AGGREGATE_LIMIT_DEFAULT,
        instances_aggregate.AGGREGATE_LIMIT_MAX,
    )
    assert common["aggregates"]["maxItems"] == instances_aggregate.MAX_AGGREGATES
    assert common["groupBy"]["maxItems"] == instances_aggregate.MAX_GROUP_BY

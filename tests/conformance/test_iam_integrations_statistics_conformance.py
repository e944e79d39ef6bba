"""The official cognite-sdk's doc examples for capability checks, user profiles, integrations and data modeling
statistics against the emulator; the capability checks are also run with this SDK, which must agree."""

from __future__ import annotations

from typing import Any

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token
from cognite.client.data_classes import GroupWrite
from cognite.client.data_classes.capabilities import AssetsAcl, EventsAcl
from tests.conformance.conftest import ServedEmulator

COMPARE = """
from cognite.client.data_classes.capabilities import AssetsAcl, EventsAcl
my_groups = client.iam.groups.list(all=False)
to_check = [
    AssetsAcl(
        actions=[AssetsAcl.Action.Read, AssetsAcl.Action.Write],
        scope=AssetsAcl.Scope.All(),
    ),
    EventsAcl(
        actions=[EventsAcl.Action.Write],
        scope=EventsAcl.Scope.DataSet([123]),
    ),
]
missing = client.iam.compare_capabilities(
    existing_capabilities=my_groups, desired_capabilities=to_check
)
as_dicts = [
    {"assetsAcl": {"actions": ["READ", "WRITE"], "scope": {"all": {}}}},
    {"eventsAcl": {"actions": ["WRITE"], "scope": {"datasetScope": {"ids": [123]}}}},
]
missing_dicts = client.iam.compare_capabilities(existing_capabilities=my_groups, desired_capabilities=as_dicts)
verified = client.iam.verify_capabilities(to_check)
"""


def test_capability_checks_agree_with_ours(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    config = ClientConfig(
        client_name="ours",
        project=conformance_emulator.project,
        credentials=Token("t"),
        base_url=conformance_emulator.base_url,
    )
    ours = CogniteClient(config)
    assets = AssetsAcl([AssetsAcl.Action.Read, AssetsAcl.Action.Write], AssetsAcl.Scope.All())
    ours.iam.groups.create(GroupWrite(name="asset-admins", capabilities=[assets]))
    out = run_official(
        COMPARE
        + """
emit({"missing": [c.dump() for c in missing], "dicts": [c.dump() for c in missing_dicts],
      "verified": [c.dump() for c in verified]})
"""
    )
    scope: dict[str, Any] = {}
    exec(COMPARE, {"client": ours}, scope)  # the same example with this SDK  # noqa: S102
    assert len(out["missing"]) == 1 and "eventsAcl" in out["missing"][0]  # the groups grant the assets part only
    assert [c.dump() for c in scope["missing"]] == out["missing"] == out["dicts"]
    assert [c.dump() for c in scope["verified"]] == out["verified"] == []  # no group names the user: all granted
    assert isinstance(scope["missing"][0], EventsAcl)

    # a group naming the caller as a member: token inspection reports that group's capabilities only
    ours.iam.groups.create(GroupWrite(name="me", capabilities=[assets], members=["emulator-user"]))
    again = run_official(COMPARE + "emit([c.dump() for c in verified])")
    scope = {}
    exec(COMPARE, {"client": ours}, scope)  # noqa: S102
    assert again == [c.dump() for c in scope["verified"]] == out["missing"]


def test_user_profiles_integrations_statistics_examples(
    conformance_emulator: ServedEmulator, run_official: Any
) -> None:
    out = run_official(
        """
        from cognite.client.data_classes.integrations import Extractor, IntegrationWrite, IntegrationUpdate
        me = client.iam.user_profiles.me()
        profiles = client.iam.user_profiles.list(limit=None)
        found = client.iam.user_profiles.retrieve(me.user_identifier)
        integration = IntegrationWrite(
            external_id="my-integration", extractor=Extractor(external_id="my-extractor", version="1.0")
        )
        created = client.integrations.create(integration)
        res = client.integrations.list(limit=10)
        one = client.integrations.retrieve("my-integration")
        update = IntegrationUpdate(external_id="my-integration")
        update.description.set("My new description")
        updated = client.integrations.update(update)
        errors = client.integrations.errors.list(external_id="my-integration")
        client.integrations.delete(external_id=["my-integration"])
        client.data_modeling.spaces.apply(__import__("cognite.client.data_classes.data_modeling", fromlist=["SpaceApply"]).SpaceApply("s1"))
        stats = client.data_modeling.statistics.project()
        data_model_count = stats.data_models.count
        available_count = stats.data_models.limit - data_model_count
        spaces = client.data_modeling.statistics.spaces.list()
        space = client.data_modeling.statistics.spaces.retrieve("s1")
        emit({
            "me": [me.user_identifier == found.user_identifier, len(profiles)],
            "integrations": [created.external_id, len(res), one.extractor.external_id, updated.description, len(errors)],
            "left": len(client.integrations.list()),
            "stats": [stats.spaces.count >= 1, available_count > 0, "s1" in [s.space for s in spaces], space.space],
        })
        """
    )
    assert out == {
        "me": [True, 1],
        "integrations": ["my-integration", 1, "my-extractor", "My new description", 0],
        "left": 0,
        "stats": [True, True, True, "s1"],
    }

"""Integrations (CRUD, errors reported at check-in), user profiles (me, list, retrieve, search, enable/disable) and
data modeling statistics, through the SDK against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes import GroupWrite
from cognite.client.data_classes.capabilities import AssetsAcl, EventsAcl
from cognite.client.data_classes.data_modeling import NodeApply, SpaceApply
from cognite.client.data_classes.data_modeling.statistics import ProjectStatistics, SpaceStatistics
from cognite.client.data_classes.integrations import (
    Extractor,
    Integration,
    IntegrationError,
    IntegrationList,
    IntegrationUpdate,
    IntegrationWrite,
)
from cognite.client.data_classes.principals import PrincipalList, ServicePrincipal, UserPrincipal
from cognite.client.data_classes.user_profiles import UserProfile, UserProfileList
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator
from tests.conftest import PROJECT


async def test_integrations_crud_and_errors(client: Any, resolve: Any, emulator: Emulator) -> None:
    one = await resolve(client.integrations.create(IntegrationWrite("i1", Extractor("ex", "1.0"), name="One")))
    assert isinstance(one, Integration) and one.extractor == Extractor("ex", "1.0") and one.created_time
    many = await resolve(client.integrations.create([IntegrationWrite(f"i{n}", Extractor("ex")) for n in (2, 3)]))
    assert isinstance(many, IntegrationList) and many.as_external_ids() == ["i2", "i3"]
    assert [i.external_id for i in await resolve(client.integrations.list(limit=2))] == ["i1", "i2"]
    assert len(await resolve(client.integrations.list(limit=None))) == 3
    assert (await resolve(client.integrations.retrieve("i1"))).name == "One"
    assert await resolve(client.integrations.retrieve("nope")) is None
    with pytest.raises(CogniteAPIError):
        await resolve(client.integrations.retrieve(["i1", "nope"]))
    assert len(await resolve(client.integrations.retrieve(["i1", "nope"], ignore_unknown_ids=True))) == 1
    updated = await resolve(client.integrations.update(IntegrationUpdate("i1").description.set("Mine")))
    assert updated.description == "Mine" and updated.name == "One"

    http = emulator.client(headers={"Authorization": "Bearer t"})
    error = {"level": "error", "description": "Source unreachable", "startTime": 1000, "endTime": 2000}
    reply = http.post(f"/api/v1/projects/{PROJECT}/integrations/checkin", json={"externalId": "i1", "errors": [error]})
    assert reply.status_code == 200, reply.text
    (found,) = await resolve(client.integrations.errors.list(external_id="i1"))
    assert isinstance(found, IntegrationError) and found.level == "error" and found.external_id == "i1"
    assert await resolve(client.integrations.errors.list(external_id="i1", min_start_time=1001)) == []
    assert (await resolve(client.integrations.retrieve("i1"))).last_seen is not None
    with pytest.raises(ValueError, match="external_id"):
        await resolve(client.integrations.errors.list(task="t"))

    await resolve(client.integrations.delete(["i1", "i2"]))
    await resolve(client.integrations.delete("nope", ignore_unknown_ids=True))
    assert [i.external_id for i in await resolve(client.integrations.list())] == ["i3"]
    assert await resolve(client.integrations.errors.list()) == []


async def test_user_profiles(client: Any, resolve: Any, emulator: Emulator) -> None:
    me = await resolve(client.iam.user_profiles.me())
    assert isinstance(me, UserProfile) and me.user_identifier
    emulator.resource("user_profiles").store.put(
        {
            "userIdentifier": "alex-1",
            "givenName": "Alex",
            "surname": "Smith",
            "displayName": "Alex Smith",
            "lastUpdatedTime": 0,
        }  # fmt: skip
    )
    listed = await resolve(client.iam.user_profiles.list(limit=None))
    assert isinstance(listed, UserProfileList) and {p.user_identifier for p in listed} == {"alex-1", me.user_identifier}
    assert (await resolve(client.iam.user_profiles.retrieve("alex-1"))).given_name == "Alex"
    assert await resolve(client.iam.user_profiles.retrieve("nobody")) is None
    assert len(await resolve(client.iam.user_profiles.retrieve(["alex-1", me.user_identifier]))) == 2
    assert [p.user_identifier for p in await resolve(client.iam.user_profiles.search("ale"))] == ["alex-1"]
    assert await resolve(client.iam.user_profiles.search("zed")) == []
    assert (await resolve(client.iam.user_profiles.disable())).enabled is False
    with pytest.raises(CogniteAPIError) as off:
        await resolve(client.iam.user_profiles.me())
    assert off.value.code == 403
    assert (await resolve(client.iam.user_profiles.enable())).enabled is True


async def test_statistics_count_the_dms_store(client: Any, resolve: Any) -> None:
    before = await resolve(client.data_modeling.statistics.project())
    assert isinstance(before, ProjectStatistics)
    await resolve(client.data_modeling.spaces.apply(SpaceApply("stats")))
    await resolve(client.data_modeling.instances.apply([NodeApply("stats", f"n{i}") for i in range(3)]))
    after = await resolve(client.data_modeling.statistics.project())
    assert after.spaces.count == before.spaces.count + 1 and after.spaces.limit > after.spaces.count
    assert after.instances.nodes == before.instances.nodes + 3
    space = await resolve(client.data_modeling.statistics.spaces.retrieve("stats"))
    assert isinstance(space, SpaceStatistics) and space.nodes == 3 and space.edges == 0
    assert await resolve(client.data_modeling.statistics.spaces.retrieve("no-such-space")) is None
    assert "stats" in [s.space for s in await resolve(client.data_modeling.statistics.spaces.list())]


async def test_principals_of_the_organization(client: Any, resolve: Any, emulator: Emulator) -> None:
    """The principals API addresses Cognite's auth host; the in-process emulator answers whatever the host."""
    emulator.auth.register_client("pipeline", "s3cret")
    me = await resolve(client.iam.principals.me())
    assert isinstance(me, UserPrincipal) and me.id == "emulator-user"
    everyone = await resolve(client.iam.principals.list(limit=None))
    assert isinstance(everyone, PrincipalList) and [type(p) for p in everyone] == [UserPrincipal, ServicePrincipal]
    (service,) = await resolve(client.iam.principals.list(types="service_account"))
    assert isinstance(service, ServicePrincipal) and service.created_by is not None
    assert (await resolve(client.iam.principals.retrieve(external_id="pipeline"))).id == "pipeline"
    assert await resolve(client.iam.principals.retrieve(id="nobody")) is None
    with pytest.raises(CogniteAPIError):
        await resolve(client.iam.principals.retrieve(id=["emulator-user", "nobody"]))
    both = await resolve(client.iam.principals.retrieve(id=["emulator-user", "nobody"], ignore_unknown_ids=True))
    assert [p.id for p in both] == ["emulator-user"]
    with pytest.raises(TypeError, match="types"):
        await resolve(client.iam.principals.list(types=[1]))  # type: ignore[list-item]


async def test_verify_capabilities_against_the_callers_groups(client: Any, resolve: Any) -> None:
    """Token inspection grants everything until a group names the caller; then exactly that group's capabilities."""
    events = EventsAcl([EventsAcl.Action.Write], EventsAcl.Scope.DataSet([123]))
    assets = AssetsAcl([AssetsAcl.Action.Read], AssetsAcl.Scope.All())
    assert await resolve(client.iam.verify_capabilities([events, assets])) == []
    await resolve(
        client.iam.groups.create(GroupWrite(name="readers", capabilities=[assets], members=["emulator-user"]))
    )
    inspected = await resolve(client.iam.token.inspect())
    assert inspected.projects[0].groups and len(inspected.capabilities) == 1
    assert await resolve(client.iam.verify_capabilities([events, assets])) == [events]
    assert await resolve(client.iam.compare_capabilities(inspected.capabilities, [assets])) == []

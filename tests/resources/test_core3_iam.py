"""IAM: typed capabilities through groups and token inspection, security categories, sessions, capability checks."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes import Group, GroupList, GroupWrite, SecurityCategoryWrite
from cognite.client.data_classes.capabilities import (
    AllScope,
    AssetsAcl,
    Capability,
    DataSetsAcl,
    GroupsAcl,
    ProjectCapabilityList,
    RawAcl,
    TimeSeriesAcl,
    UnknownAcl,
)
from cognite.client.data_classes.iam import ClientCredentials, RevokedSession, RevokedSessionList, Session, SessionList
from cognite.emulator import Emulator


async def test_groups_send_and_return_capability_objects(client: Any, resolve: Any, emulator: Emulator) -> None:
    acls = [
        AssetsAcl(actions=[AssetsAcl.Action.Read], scope=AssetsAcl.Scope.DataSet([7])),
        RawAcl(actions=[RawAcl.Action.List], scope=RawAcl.Scope.Table({"db": ["t"]})),
        {"brandNewAcl": {"actions": ["FLY"], "scope": {"all": {}}}},  # unknown to this SDK: kept as sent
    ]
    group = await resolve(client.iam.groups.create(GroupWrite(name="readers", capabilities=acls)))
    assert isinstance(group, Group)
    stored = next(iter(emulator.resource("groups").store.values()))["capabilities"]
    assert stored == [
        {"assetsAcl": {"actions": ["READ"], "scope": {"datasetScope": {"ids": [7]}}}},
        {"rawAcl": {"actions": ["LIST"], "scope": {"tableScope": {"dbsToTables": {"db": {"tables": ["t"]}}}}}},
        {"brandNewAcl": {"actions": ["FLY"], "scope": {"all": {}}}},
    ]
    (listed,) = await resolve(client.iam.groups.list(all=True))
    assert listed.capabilities[:2] == acls[:2]
    assert isinstance(listed.capabilities[2], UnknownAcl) and listed.capabilities[2].dump() == acls[2]
    assert listed.dump()["capabilities"] == stored
    many = await resolve(client.iam.groups.create([Group(name="a"), Group(name="b", capabilities=acls[0])]))
    assert isinstance(many, GroupList) and many[1].capabilities == [acls[0]]
    await resolve(client.iam.groups.delete([g.id for g in many]))
    assert [g.name for g in await resolve(client.iam.groups.list(all=True))] == ["readers"]


def test_capability_validation_and_case_tolerant_loading() -> None:
    with pytest.raises(ValueError, match=r"AssetsAcl.Action.Read"):
        AssetsAcl(actions=["READ"], scope=AllScope())  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"AssetsAcl.Scope.DataSet"):
        AssetsAcl(actions=[AssetsAcl.Action.Read], scope=RawAcl.Scope.Table({}))  # type: ignore[arg-type]
    assert AssetsAcl([AssetsAcl.Action.Write]).scope == AllScope()  # the official default scope
    # the spec spells these keys differently from what CDF answers; both load, the answer's spelling is dumped
    ts = Capability.load({"timeSeriesAcl": {"actions": ["READ"], "scope": {"idScope": {"ids": [1]}}}})
    assert isinstance(ts, TimeSeriesAcl) and ts.dump()["timeSeriesAcl"]["scope"] == {"idscope": {"ids": [1]}}
    ds = Capability.load({"datasetsAcl": {"actions": ["OWNER"], "scope": {"idscope": {"ids": [2]}}}})
    assert isinstance(ds, DataSetsAcl) and ds.actions == [DataSetsAcl.Action.Owner]
    with pytest.raises(ValueError, match="Unknown capability"):
        Capability.load({"nopeAcl": {"actions": [], "scope": {"all": {}}}})


async def test_token_inspection_capabilities_are_typed(client: Any, resolve: Any) -> None:
    info = await resolve(client.iam.token.inspect())
    assert isinstance(info.capabilities, ProjectCapabilityList)
    assets = next(pc for pc in info.capabilities if isinstance(pc.capability, AssetsAcl))
    assert set(assets.capability.actions) == {AssetsAcl.Action.Read, AssetsAcl.Action.Write}
    assert client.config.project in [p.url_name for p in info.projects]
    assert await resolve(client.iam.verify_capabilities([AssetsAcl([AssetsAcl.Action.Read])])) == []
    lacking = GroupsAcl([GroupsAcl.Action.Delete], GroupsAcl.Scope.CurrentUser())
    missing = await resolve(client.iam.verify_capabilities(lacking))
    assert missing in ([], [lacking])  # depends on whether the emulator grants groupsAcl:DELETE
    granted = {(t.acl_name, t.action) for t in info.capabilities.as_tuples(client.config.project)}
    assert (missing == []) == (("groupsAcl", "DELETE") in granted)


async def test_compare_capabilities(client: Any, resolve: Any) -> None:
    existing = [
        AssetsAcl([AssetsAcl.Action.Read], AssetsAcl.Scope.All()),
        RawAcl([RawAcl.Action.Read], RawAcl.Scope.Table({"db": []})),
    ]
    desired = [
        AssetsAcl([AssetsAcl.Action.Read, AssetsAcl.Action.Write], AssetsAcl.Scope.DataSet([1])),
        RawAcl([RawAcl.Action.Read], RawAcl.Scope.Table({"db": ["t1"], "other": ["t2"]})),
    ]
    missing = await resolve(client.iam.compare_capabilities(existing, desired))
    assert missing == [
        AssetsAcl([AssetsAcl.Action.Write], AssetsAcl.Scope.DataSet([1])),
        RawAcl([RawAcl.Action.Read], RawAcl.Scope.Table({"other": ["t2"]})),
    ]
    group = Group(name="g", capabilities=existing)
    assert await resolve(client.iam.compare_capabilities(group, [c.dump() for c in existing])) == []


async def test_security_categories(client: Any, resolve: Any) -> None:
    one = await resolve(client.iam.security_categories.create(SecurityCategoryWrite(name="a")))
    more = await resolve(client.iam.security_categories.create([SecurityCategoryWrite(name="b")]))
    assert one.name == "a" and [c.name for c in more] == ["b"]
    assert [c.name for c in await resolve(client.iam.security_categories.list(sort="DESC"))] == ["b", "a"]
    assert [c.name for c in await resolve(client.iam.security_categories.list(limit=1))] == ["a"]
    with pytest.raises(ValueError, match="sort"):
        await resolve(client.iam.security_categories.list(sort="up"))


async def test_sessions(client: Any, resolve: Any) -> None:
    exchanged = await resolve(client.iam.sessions.create(session_type="TOKEN_EXCHANGE"))
    oneshot = await resolve(client.iam.sessions.create(session_type="ONESHOT_TOKEN_EXCHANGE"))
    creds = await resolve(client.iam.sessions.create(ClientCredentials("my-client", "my-secret")))
    assert exchanged.nonce and oneshot.nonce and creds.nonce
    one = await resolve(client.iam.sessions.retrieve(creds.id))
    assert isinstance(one, Session) and one.type == "CLIENT_CREDENTIALS" and one.client_id == "my-client"
    both = await resolve(client.iam.sessions.retrieve([exchanged.id, oneshot.id]))
    assert isinstance(both, SessionList) and [s.type for s in both] == ["TOKEN_EXCHANGE", "ONESHOT_TOKEN_EXCHANGE"]
    revoked = await resolve(client.iam.sessions.revoke(exchanged.id))
    assert isinstance(revoked, RevokedSession) and revoked.status == "REVOKED"
    revoked_many = await resolve(client.iam.sessions.revoke([oneshot.id]))
    assert isinstance(revoked_many, RevokedSessionList) and revoked_many[0].id == oneshot.id
    assert [s.id for s in await resolve(client.iam.sessions.list(status="REVOKED"))] == [exchanged.id, oneshot.id]
    with pytest.raises(ValueError, match="CLIENT_CREDENTIALS"):
        await resolve(client.iam.sessions.create(session_type="CLIENT_CREDENTIALS"))

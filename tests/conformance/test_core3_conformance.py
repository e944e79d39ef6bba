"""The official SDK on what core3 added to the emulator, and our SDK reading what it wrote: typed group
capabilities, capability checks, one-shot sessions. (``entity_matching.list_jobs`` is left out: the spec does not
document the job list, and the official SDK cannot load its reply.)"""

from __future__ import annotations

from typing import Any

from cognite.client import ClientConfig, CogniteClient
from cognite.client.credentials import Token
from cognite.client.data_classes.capabilities import AssetsAcl, GroupsAcl, RawAcl
from tests.conformance.conftest import ServedEmulator


def test_capabilities_and_sessions(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import GroupWrite
        from cognite.client.data_classes.capabilities import AssetsAcl, RawAcl, GroupsAcl
        acls = [
            AssetsAcl([AssetsAcl.Action.Read], AssetsAcl.Scope.DataSet([7])),
            RawAcl([RawAcl.Action.List], RawAcl.Scope.Table({"db": ["t"]})),
        ]
        client.iam.groups.create(GroupWrite(name="g", capabilities=acls))
        missing = client.iam.verify_capabilities([GroupsAcl([GroupsAcl.Action.Delete], GroupsAcl.Scope.All())])
        session = client.iam.sessions.create(session_type="ONESHOT_TOKEN_EXCHANGE")
        emit({
            "caps": [c.dump() for c in client.iam.groups.list(all=True)[0].capabilities],
            "missing": [c.dump() for c in missing],
            "session": client.iam.sessions.retrieve(session.id).type,
        })
        """
    )
    assert out["session"] == "ONESHOT_TOKEN_EXCHANGE"
    ours = CogniteClient(
        ClientConfig(
            client_name="core3",
            project=conformance_emulator.project,
            credentials=Token("t"),
            base_url=conformance_emulator.base_url,
        )
    )
    (group,) = ours.iam.groups.list(all=True)
    assert group.capabilities == [
        AssetsAcl([AssetsAcl.Action.Read], AssetsAcl.Scope.DataSet([7])),
        RawAcl([RawAcl.Action.List], RawAcl.Scope.Table({"db": ["t"]})),
    ]
    assert [c.dump() for c in group.capabilities] == out["caps"]
    ours_missing = ours.iam.verify_capabilities([GroupsAcl([GroupsAcl.Action.Delete], GroupsAcl.Scope.All())])
    assert [c.dump() for c in ours_missing] == out["missing"]

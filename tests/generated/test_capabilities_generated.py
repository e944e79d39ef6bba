"""The ACL classes are generated from the pinned spec: the committed module is what the generator renders."""

from __future__ import annotations

from openapi import capabilities
from tests.generated.spec_examples import raw_spec


def test_committed_acl_module_is_up_to_date() -> None:
    assert capabilities.main(["--check"]) == 0


def test_every_acl_of_the_spec_has_a_class() -> None:
    from cognite.client.data_classes.capabilities import ALL_CAPABILITIES

    spec_names = {capabilities.WIRE_NAMES.get(n, n) for n in capabilities.spec_acls(raw_spec())}
    assert spec_names <= set(ALL_CAPABILITIES)
    assert len(ALL_CAPABILITIES) == len(spec_names | set(capabilities.NOT_IN_SPEC))

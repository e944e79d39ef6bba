"""An example of a user's own test: `cognite_client` is a real client bound to a fresh in-process emulator.

The fixture comes from the SDK's pytest plugin (entry point `cognite_emulator`); nothing to configure.
"""

from __future__ import annotations

import pytest

from cognite.client.data_classes import AssetWrite
from examples.maintenance import tag_for_maintenance


def _plant(cognite_client) -> None:  # type: ignore[no-untyped-def]
    cognite_client.assets.create_hierarchy(
        [
            AssetWrite(external_id="plant", name="Plant"),
            AssetWrite(external_id="plant:area-1", name="Area 1", parent_external_id="plant"),
            AssetWrite(external_id="plant:area-2", name="Area 2", parent_external_id="plant"),
            AssetWrite(external_id="plant:area-1:pump-1", name="Pump 1", parent_external_id="plant:area-1"),
            AssetWrite(external_id="plant:area-1:pump-2", name="Pump 2", parent_external_id="plant:area-1"),
            AssetWrite(
                external_id="plant:area-1:pump-2:temperature", name="T", parent_external_id="plant:area-1:pump-2"
            ),
            AssetWrite(external_id="plant:area-2:pump-1", name="Pump 3", parent_external_id="plant:area-2"),
        ]
    )


def test_tags_only_the_pumps_of_the_area(cognite_client) -> None:  # type: ignore[no-untyped-def]
    _plant(cognite_client)

    assert tag_for_maintenance(cognite_client, "plant:area-1", window="2026-W48") == 2

    tagged = {
        a.external_id
        for a in cognite_client.assets.list(limit=None)
        if (a.metadata or {}).get("maintenance_window") == "2026-W48"
    }
    assert tagged == {"plant:area-1:pump-1", "plant:area-1:pump-2"}


def test_unknown_area_tags_nothing(cognite_client) -> None:  # type: ignore[no-untyped-def]
    _plant(cognite_client)
    assert tag_for_maintenance(cognite_client, "plant:area-9", window="2026-W48") == 0


def test_each_test_gets_an_empty_project(cognite_client) -> None:  # type: ignore[no-untyped-def]
    assert list(cognite_client.assets.list(limit=None)) == []


def test_bad_argument_is_rejected_before_any_request(cognite_client, cognite_emulator) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="area_external_id"):
        tag_for_maintenance(cognite_client, "", window="2026-W48")
    assert len(cognite_emulator.requests) == 0

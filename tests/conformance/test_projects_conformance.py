"""The official SDK with two clients on two projects of one emulator: each sees only its own project's data."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import PROJECT, ServedEmulator

OTHER = "conformance-other"


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    return {"projects": [PROJECT, OTHER]}


def test_two_clients_on_two_projects(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite, TimeSeriesWrite
        other = CogniteClient(
            ClientConfig(client_name="conformance", project=PARAMS["other"], credentials=Token("x"), base_url=BASE_URL)
        )
        client.assets.create(AssetWrite(external_id="pump", name="mine"))
        other.assets.create(AssetWrite(external_id="pump", name="theirs"))
        client.time_series.create(TimeSeriesWrite(external_id="temp"))
        client.time_series.data.insert([(0, 1.0), (1000, 2.0)], external_id="temp")
        client.raw.databases.create("db")
        emit({
            "mine": [a.name for a in client.assets.list(limit=None)],
            "theirs": [a.name for a in other.assets.list(limit=None)],
            "their_ts": other.time_series.retrieve(external_id="temp") is None,
            "my_points": list(client.time_series.data.retrieve(external_id="temp", start=0, end=5000).value),
            "their_dbs": [d.name for d in other.raw.databases.list(limit=None)],
        })
        """,
        other=OTHER,
    )
    assert out == {"mine": ["mine"], "theirs": ["theirs"], "their_ts": True, "my_points": [1.0, 2.0], "their_dbs": []}
    emu = conformance_emulator.emu
    assert emu.resource("assets").get({"externalId": "pump"})["name"] == "mine"
    assert emu.resource("assets", project=OTHER).get({"externalId": "pump"})["name"] == "theirs"

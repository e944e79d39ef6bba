"""The official SDK reads gzip-compressed replies (as CDF sends them) from the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import ServedEmulator


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    return {"gzip_responses": True}


def test_gzip_replies(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite
        client.assets.create([AssetWrite(external_id=f"g{i}", name=f"gzip {i}") for i in range(300)])
        emit(sorted(a.external_id for a in client.assets.list(limit=None)))
        """
    )
    assert out == sorted(f"g{i}" for i in range(300))
    lists = conformance_emulator.emu.requests.find("POST", "/assets/list")
    assert lists and all("gzip" in e.headers.get("accept-encoding", "") for e in lists)

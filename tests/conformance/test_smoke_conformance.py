"""The harness itself: the official SDK reaches the emulator and reports back."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_official_sdk_round_trip(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import AssetWrite
        created = client.assets.create(AssetWrite(external_id=PARAMS["xid"], name="smoke"))
        emit({"id": created.id, "name": client.assets.retrieve(external_id=PARAMS["xid"]).name})
        """,
        xid="smoke-1",
    )
    stored = conformance_emulator.emu.resource("assets").get({"externalId": "smoke-1"})
    assert out == {"id": stored["id"], "name": "smoke"}
    sent = conformance_emulator.emu.requests.find("POST", "/assets")[0]
    assert sent.headers["x-cdp-sdk"].startswith("CognitePythonSDK:")

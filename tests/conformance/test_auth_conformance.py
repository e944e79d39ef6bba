"""The official SDK's OAuthClientCredentials against the emulator's token endpoint, with strict auth."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.conftest import ServedEmulator


@pytest.fixture
def conformance_emulator_options() -> dict[str, Any]:
    return {"strict_auth": True, "clients": {"conformance-client": "s3cret"}, "token_lifetime": 600}


def test_client_credentials_flow(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.credentials import OAuthClientCredentials
        from cognite.client.data_classes import AssetWrite

        def make(secret):
            creds = OAuthClientCredentials(
                token_url=BASE_URL + "/oauth2/token", client_id="conformance-client", client_secret=secret,
                scopes=[BASE_URL + "/.default"],
            )
            return CogniteClient(ClientConfig(client_name="c", project=PROJECT, credentials=creds, base_url=BASE_URL))

        good = make("s3cret")
        good.assets.create(AssetWrite(external_id="authed", name="ok"))
        inspected = good.iam.token.inspect()
        try:
            client.assets.list(limit=1)  # the prelude's client has a static token the emulator never issued
            unauthorized = None
        except Exception as e:  # CogniteAPIError or, after a 401, the peer's CogniteProjectAccessError
            unauthorized = [type(e).__name__, "code: 401" in str(e)]
        try:
            make("wrong").assets.list(limit=1)
            wrong_secret = "accepted"
        except Exception as e:
            wrong_secret = type(e).__name__
        emit({"subject": inspected.subject, "unauthorized": unauthorized, "wrong_secret": wrong_secret})
        """
    )
    assert out["subject"] == "conformance-client"
    assert out["unauthorized"] == ["CogniteProjectAccessError", True]  # how the peer reports CDF's 401
    assert out["wrong_secret"] != "accepted"
    assert conformance_emulator.emu.resource("assets").get({"externalId": "authed"})["name"] == "ok"
    token_requests = conformance_emulator.emu.requests.find("POST", "/oauth2/token")
    assert token_requests and "grant_type=client_credentials" in token_requests[0].body.decode()

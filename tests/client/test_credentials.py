"""Credential providers: headers, loading, and OAuth client credentials against the emulator's token endpoint
(cached, refreshed before expiry, one refresh at a time)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient
from cognite.client.credentials import (
    APIKey,
    CredentialProvider,
    OAuthClientCertificate,
    OAuthClientCredentials,
    OAuthDeviceCode,
    OAuthInteractive,
    Token,
)
from cognite.client.exceptions import CogniteImportError, CogniteOAuthError
from cognite.emulator import Emulator
from tests.conftest import PROJECT


def test_token_string_and_callable():
    assert Token("abc").authorization_header() == ("Authorization", "Bearer abc")
    calls = iter(["t1", "t2"])
    creds = Token(lambda: next(calls))
    assert creds.authorization_header()[1] == "Bearer t1"
    assert creds.authorization_header()[1] == "Bearer t2"  # called for every request
    with pytest.raises(ValueError):
        Token("")
    with pytest.raises(TypeError):
        Token(123)  # type: ignore[arg-type]


async def test_api_key_sent_as_api_key_header(emulator, resolve):
    config = ClientConfig(client_name="k", project=PROJECT, credentials=APIKey("my-key"), base_url=emulator.base_url)
    client = AsyncCogniteClient(config, http_transport=emulator.transport)
    await client.get("/assets")
    headers = emulator.requests.last.headers
    assert headers["api-key"] == "my-key" and "authorization" not in headers
    assert "my-key" not in repr(config)


def test_load_every_kind():
    assert isinstance(CredentialProvider.load({"token": "x"}), Token)
    assert isinstance(CredentialProvider.load('{"api_key": "k"}'), APIKey)
    cc = CredentialProvider.load(
        "client_credentials:\n  token_url: https://idp/t\n  client_id: c\n  client_secret: s\n  scopes: [a, b]\n"
    )
    assert isinstance(cc, OAuthClientCredentials) and cc.scopes == ["a", "b"]
    args = {"authority_url": "https://login/t", "client_id": "c", "scopes": ["s"]}
    assert isinstance(CredentialProvider.load({"interactive": args}), OAuthInteractive)
    assert isinstance(CredentialProvider.load({"device_code": args}), OAuthDeviceCode)
    cert = {**args, "cert_thumbprint": "AB", "certificate": "PEM"}
    assert isinstance(CredentialProvider.load({"client_certificate": cert}), OAuthClientCertificate)
    with pytest.raises(ValueError, match="exactly one"):
        CredentialProvider.load({"token": "x", "api_key": "y"})
    with pytest.raises(ValueError, match="Unknown credentials type"):
        CredentialProvider.load({"password": "x"})


def test_secrets_never_in_reprs():
    cc = OAuthClientCredentials("https://idp/t", "cid", "super-secret", ["s"])
    cert = OAuthClientCertificate("https://login/t", "c", "AB", "-----BEGIN PRIVATE KEY-----x", ["s"])
    assert "super-secret" not in repr(cc)
    assert "PRIVATE" not in repr(cert)
    assert "tok" not in repr(Token("tok"))


def test_msal_flows_need_msal(monkeypatch):
    monkeypatch.setitem(sys.modules, "msal", None)  # as if msal were not installed
    creds = OAuthInteractive("https://login/t", "c", ["s"])
    with pytest.raises(CogniteImportError, match="msal"):
        creds.authorization_header()


class _FakeMsal:
    """Stands in for msal (a browser / device login has no local emulator): a token cache and a public client
    whose silent path refreshes a cached account, as msal does with a refresh token."""

    class SerializableTokenCache:
        def __init__(self) -> None:
            self.state, self.has_state_changed = "", False

        def deserialize(self, text: str) -> None:
            self.state = text

        def serialize(self) -> str:
            return self.state

    class PublicClientApplication:
        def __init__(self, client_id: str, authority: str, token_cache: object) -> None:
            self.cache = token_cache
            self.logins = 0

        def get_accounts(self) -> list[str]:
            return ["me"] if self.cache.state else []  # type: ignore[attr-defined]

        def _issue(self, state: str) -> dict[str, object]:
            self.cache.state, self.cache.has_state_changed = state, True  # type: ignore[attr-defined]
            return {"access_token": state, "expires_in": 0}

        def acquire_token_silent(self, scopes: list[str], account: str) -> dict[str, object]:
            return self._issue("refreshed")

        def acquire_token_interactive(self, scopes: list[str], port: int) -> dict[str, object]:
            self.logins += 1
            return self._issue("logged-in")


def test_public_client_flows_persist_the_cache_after_login_and_silent_refresh(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "msal", _FakeMsal)
    cache_file = tmp_path / "cache.bin"
    creds = OAuthInteractive("https://login/t", "c", ["s"], token_cache_path=cache_file, token_expiry_leeway_seconds=0)
    assert creds.authorization_header() == ("Authorization", "Bearer logged-in")
    assert cache_file.read_text() == "logged-in" and creds._app.logins == 1
    assert creds.authorization_header() == ("Authorization", "Bearer refreshed")  # expired: the silent path
    assert cache_file.read_text() == "refreshed" and creds._app.logins == 1


def _oauth_client(emu: Emulator, *, sync: bool, leeway: float = 30) -> tuple[object, OAuthClientCredentials]:
    creds = OAuthClientCredentials(
        token_url=f"{emu.base_url}/oauth2/token",
        client_id="svc",
        client_secret="s3cret",
        scopes=["https://emulator/.default"],
        token_expiry_leeway_seconds=leeway,
    )
    config = ClientConfig(client_name="oauth", project=PROJECT, credentials=creds, base_url=emu.base_url)
    cls = CogniteClient if sync else AsyncCogniteClient
    return cls(config, http_transport=emu.transport), creds


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_client_credentials_against_emulator_token_endpoint(sync, resolve):
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"}, token_lifetime=3600)
    client, creds = _oauth_client(emu, sync=sync)
    for _ in range(3):
        assert (await resolve(client.get("/assets"))).status_code == 200
    token_requests = emu.requests.find("POST", "/oauth2/token")
    assert len(token_requests) == 1 and creds.refresh_count == 1  # cached
    form = token_requests[0].body.decode()
    assert "grant_type=client_credentials" in form and "scope=https" in form
    issued = emu.requests.last.headers["authorization"]
    assert issued.startswith("Bearer emu-")


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_token_refreshed_on_expiry(sync, resolve):
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"}, token_lifetime=600)
    client, creds = _oauth_client(emu, sync=sync, leeway=30)
    now = [1000.0]
    creds._clock = lambda: now[0]
    await resolve(client.get("/assets"))
    first = emu.requests.last.headers["authorization"]
    now[0] += 500  # still valid (expires at +600, refresh from +570)
    await resolve(client.get("/assets"))
    assert emu.requests.last.headers["authorization"] == first
    now[0] += 75  # inside the leeway: refreshed before use
    await resolve(client.get("/assets"))
    assert emu.requests.last.headers["authorization"] != first
    assert creds.refresh_count == 2 and len(emu.requests.find("POST", "/oauth2/token")) == 2


async def test_one_refresh_for_many_concurrent_requests():
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"})
    client, creds = _oauth_client(emu, sync=False)
    await asyncio.gather(*(client.get("/assets") for _ in range(20)))  # type: ignore[attr-defined]
    assert creds.refresh_count == 1
    assert len(emu.requests.find("POST", "/oauth2/token")) == 1


def test_sync_authorization_header_over_a_real_socket():
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"})
    with emu.serve_in_thread() as base_url:
        bad = OAuthClientCredentials(f"{base_url}/oauth2/token", "svc", "wrong", ["s"])
        with pytest.raises(CogniteOAuthError, match="invalid_client"):
            bad.authorization_header()
        good = OAuthClientCredentials(f"{base_url}/oauth2/token", "svc", "s3cret", ["s"])
        assert good.authorization_header()[1].startswith("Bearer emu-")
        config = ClientConfig(client_name="sock", project=PROJECT, credentials=good, base_url=base_url)
        client = CogniteClient(config)  # no injected transport: real HTTP over the pool
        assert client.get("/assets").status_code == 200
        assert good.refresh_count == 1


def test_expired_token_is_replaced_before_the_emulator_rejects_it():
    """Real expiry: the emulator rejects expired tokens (strict mode), so a stale token would fail with 401."""
    import time

    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"}, token_lifetime=1)
    client, creds = _oauth_client(emu, sync=True, leeway=0)
    assert client.get("/assets").status_code == 200
    first = emu.requests.last.headers["authorization"]
    time.sleep(1.05)  # let the 1 s token expire (no assertion on time; the emulator decides validity)
    assert client.get("/assets").status_code == 200
    assert emu.requests.last.headers["authorization"] != first and creds.refresh_count == 2


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
async def test_revoked_token_is_replaced_once_on_401(sync, resolve):
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"})
    client, creds = _oauth_client(emu, sync=sync)
    await resolve(client.post("/assets", json={"items": [{"externalId": "a", "name": "A"}]}))
    emu.auth.reset()  # the server forgets every issued token
    res = await resolve(client.post("/assets", json={"items": [{"externalId": "b", "name": "B"}]}))
    assert res.is_success and creds.refresh_count == 2
    assert [r.status for r in emu.requests.find("POST", "/assets")][1] == 401  # then the retry with the new token
    listed = await resolve(client.post("/assets/list", json={}))
    assert sorted(a["externalId"] for a in listed.json()["items"]) == ["a", "b"]


async def test_token_endpoint_hiccups_are_retried():
    emu = Emulator(strict_auth=True, clients={"svc": "s3cret"})
    emu.faults.fail(503, times=2, on="POST /oauth2/token")
    client, creds = _oauth_client(emu, sync=False)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    creds._sleep = record
    assert (await client.get("/assets")).status_code == 200  # type: ignore[attr-defined]
    assert [r.status for r in emu.requests.find("POST", "/oauth2/token")] == [503, 503, 200]
    assert waits == [0.5, 1.0]

"""The transport, through the sync and the async client against the emulator: headers, cdf-version, gzip,
retries (measured waits), error mapping, concurrency limits, redaction."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
from typing import Any

import httpx
import pytest

from cognite.client import AsyncCogniteClient, CogniteClient, global_config
from cognite.client._http.request import make_request
from cognite.client.exceptions import (
    CogniteAPIError,
    CogniteConnectionError,
    CogniteDuplicatedError,
    CogniteNotFoundError,
)


async def test_sdk_headers_on_the_wire(client, resolve, emulator):
    await resolve(client.post("/assets/list", json={"limit": 1}))
    req = emulator.requests.last
    assert req.headers["x-cdp-app"] == "sdk-tests"
    assert req.headers["x-cdp-sdk"].startswith("CogniteSDKFast:")
    assert "CogniteSDKFast/" in req.headers["user-agent"]
    assert req.headers["authorization"] == "Bearer test-token"
    assert req.headers["cdf-version"] == "20230101"
    assert req.gzipped and json.loads(gzip.decompress(req.raw_body)) == {"limit": 1}


async def test_disable_gzip_sends_plain_json(client, resolve, emulator):
    global_config.disable_gzip = True
    await resolve(client.post("/assets/list", json={"limit": 2}))
    req = emulator.requests.last
    assert not req.gzipped
    assert json.loads(req.raw_body) == {"limit": 2}


async def test_config_headers_are_sent(emulator, resolve):
    from tests.conftest import make_config

    client = AsyncCogniteClient(make_config(emulator, headers={"X-Extra": "1"}), http_transport=emulator.transport)
    await client.get("/assets", params={"limit": 1})
    assert emulator.requests.last.headers["x-extra"] == "1"
    # names are case-insensitive: a per-call header replaces the config's, credentials replace both
    await client.get("/assets", headers={"x-EXTRA": "2", "Authorization": "Bearer mine"})
    raw = emulator.requests.last
    assert raw.headers["x-extra"] == "2" and raw.headers["authorization"] == "Bearer test-token"


async def test_cdf_version_per_call_and_scoped(client, resolve, emulator):
    await resolve(client.post("/assets/list", json={}, cdf_version="20240101-beta"))
    assert emulator.requests.last.headers["cdf-version"] == "20240101-beta"
    scoped = client.with_options(cdf_version="beta")
    await resolve(scoped.post("/assets/list", json={}))
    assert emulator.requests.last.headers["cdf-version"] == "beta"
    # a request carrying its own header wins over the scoped default
    await resolve(scoped.post("/assets/list", json={}, headers={"cdf-version": "20250101"}))
    assert emulator.requests.last.headers["cdf-version"] == "20250101"
    # the original client is untouched and shares the transport's settings
    await resolve(client.post("/assets/list", json={}))
    assert emulator.requests.last.headers["cdf-version"] == "20230101"
    assert scoped.config is client.config


async def test_generated_operations_share_the_transport(client, resolve, emulator):
    await resolve(client.post("/assets", json={"items": [{"externalId": "g1", "name": "G"}]}))
    page = await resolve(client.api.call("listAssets", body={"limit": 5}, cdf_version="20230101-beta"))
    assert [a.external_id for a in page.items] == ["g1"]
    assert emulator.requests.last.headers["cdf-version"] == "20230101-beta"
    assert emulator.requests.last.headers["authorization"] == "Bearer test-token"
    page = await resolve(client.api.assets.list_assets(body={"limit": 5}))
    assert page.items[0].name == "G"
    asset = await resolve(client.api.call("getAsset", id=page.items[0].id))  # path parameter
    assert asset.external_id == "g1"
    assert emulator.requests.last.route == f"/assets/{asset.id}"
    listed = await resolve(client.api.assets.get_assets(limit=1))  # query parameter
    assert emulator.requests.last.query == "limit=1" and len(listed.items) == 1
    with pytest.raises(ValueError, match="Unknown operationId"):
        await resolve(client.api.call("listAsset", body={}))


async def test_429_retry_after_is_honoured(client, resolve, emulator, sleeps):
    emulator.faults.fail(429, times=3, on="POST /assets", retry_after=2)
    res = await resolve(client.post("/assets", json={"items": [{"externalId": "x", "name": "X"}]}))
    assert res.is_success
    assert sleeps == [2.0, 2.0, 2.0]
    assert [r.status for r in emulator.requests.find("POST", "/assets")] == [429, 429, 429, res.status_code]


async def test_503_on_safe_operation_is_retried_with_capped_jitter(client, resolve, emulator, sleeps):
    global_config.max_retry_backoff = 1.5
    emulator.faults.fail(503, times=4, on="POST /assets/list")
    res = await resolve(client.post("/assets/list", json={}))
    assert res.status_code == 200
    assert len(sleeps) == 4
    caps = [min(1.5, 0.5 * 2**n) for n in range(4)]
    assert all(0 <= s <= cap for s, cap in zip(sleeps, caps, strict=True))


async def test_503_on_create_is_not_retried(client, resolve, emulator, sleeps):
    emulator.faults.fail(503, times=1, on="POST /assets")
    with pytest.raises(CogniteAPIError) as err:
        await resolve(client.post("/assets", json={"items": [{"externalId": "x", "name": "X"}]}))
    assert err.value.code == 503
    assert err.value.x_request_id
    assert len(emulator.requests.find("POST", "/assets")) == 1
    assert sleeps == []


async def test_auto_retryable_header_forces_retry(client, resolve, emulator, sleeps):
    emulator.faults.fail(500, times=1, on="POST /assets", auto_retryable=True)
    res = await resolve(client.post("/assets", json={"items": [{"externalId": "x", "name": "X"}]}))
    assert res.is_success
    assert len(sleeps) == 1


async def test_max_retries_is_respected(client, resolve, emulator, sleeps):
    global_config.max_retries = 3
    emulator.faults.fail(429, times=None, on="POST /assets/list")
    with pytest.raises(CogniteAPIError) as err:
        await resolve(client.post("/assets/list", json={}))
    assert err.value.code == 429
    assert len(emulator.requests.find("POST", "/assets/list")) == 4
    assert len(sleeps) == 3


async def test_dropped_connection_after_create_is_not_retried(client, resolve, emulator, sleeps):
    emulator.faults.drop_connections(times=1, on="POST /assets", after=True)
    with pytest.raises(CogniteConnectionError):
        await resolve(client.post("/assets", json={"items": [{"externalId": "x", "name": "X"}]}))
    assert len(emulator.requests.find("POST", "/assets")) == 1
    # the create did happen: that is why the SDK must not blindly repeat it
    listed = await resolve(client.post("/assets/list", json={}))
    assert [a["externalId"] for a in listed.json()["items"]] == ["x"]


async def test_dropped_connection_on_read_is_retried(client, resolve, emulator, sleeps):
    emulator.faults.drop_connections(times=2, on="POST /assets/list")
    res = await resolve(client.post("/assets/list", json={}))
    assert res.status_code == 200
    assert len(sleeps) == 2


async def test_error_mapping(client, resolve, emulator):
    await resolve(client.post("/assets", json={"items": [{"externalId": "dup", "name": "D"}]}))
    with pytest.raises(CogniteDuplicatedError) as dup:
        await resolve(client.post("/assets", json={"items": [{"externalId": "dup", "name": "D"}]}))
    assert dup.value.code == 409 and dup.value.duplicated == [{"externalId": "dup"}]
    with pytest.raises(CogniteNotFoundError) as nf:
        await resolve(client.post("/assets/byids", json={"items": [{"externalId": "nope"}]}))
    assert nf.value.missing == [{"externalId": "nope"}] and nf.value.not_found == [{"externalId": "nope"}]
    assert "nope" in str(nf.value) and nf.value.project == client.config.project


async def test_unauthorized_maps_to_project_access_error():
    from cognite.client.exceptions import CogniteProjectAccessError
    from cognite.emulator import Emulator
    from tests.conftest import make_config

    emu = Emulator(strict_auth=True)
    client = AsyncCogniteClient(make_config(emu), http_transport=emu.transport)
    with pytest.raises(CogniteProjectAccessError) as err:
        await client.get("/assets")
    assert err.value.code == 401 and err.value.maybe_projects is None  # inspect is refused too: no hint


class _WrongProject(httpx.AsyncBaseTransport):
    """A valid token used for a project it has no access to: CDF answers 401 there, which the emulator (whose
    tokens are valid in every project) cannot produce; token/inspect is answered by the emulator."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if "/projects/" in request.url.path:
            return httpx.Response(401, json={"error": {"code": 401, "message": "Unauthorized"}}, request=request)
        return await self.inner.handle_async_request(request)


async def test_unauthorized_suggests_accessible_projects():
    from cognite.client.exceptions import CogniteProjectAccessError
    from cognite.emulator import Emulator
    from tests.conftest import make_config

    emu = Emulator(projects=["alpha", "beta"])
    client = AsyncCogniteClient(make_config(emu), http_transport=_WrongProject(emu.transport))
    with pytest.raises(CogniteProjectAccessError) as err:
        await client.get("/assets")
    assert err.value.maybe_projects == ["alpha", "beta"] and "alpha" in str(err.value)


class _InFlight(httpx.AsyncBaseTransport):
    """Counts concurrent requests passing through to the emulator."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.now, self.peak = inner, 0, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.peak = max(self.peak, self.now)
        try:
            await asyncio.sleep(0.005)  # widen the window in which requests overlap
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1


async def test_concurrency_limit_per_category(emulator):
    from tests.conftest import make_config

    global_config.concurrency_settings.general.read = 2
    counting = _InFlight(emulator.transport)
    client = AsyncCogniteClient(make_config(emulator), http_transport=counting)
    await asyncio.gather(*(client.post("/assets/list", json={}) for _ in range(12)))
    assert counting.peak == 2
    global_config.concurrency_settings.general.write = 3
    await asyncio.gather(
        *(client.post("/assets", json={"items": [{"externalId": f"c{i}", "name": "c"}]}) for i in range(12))
    )
    assert counting.peak == 3


async def test_authorization_never_logged_or_in_reprs(client, resolve, emulator, caplog):
    secret = "test-token"
    caplog.set_level(logging.DEBUG, logger="cognite.client")
    emulator.faults.fail(429, times=1, on="POST /assets/list", retry_after=0)
    await resolve(client.post("/assets/list", json={}))
    assert any("Bearer" not in r.getMessage() and "POST" in r.getMessage() for r in caplog.records)
    assert secret not in caplog.text
    assert "***" in caplog.text
    for obj in (client, client.config, client.config.credentials, client.transport):
        assert secret not in repr(obj)


def test_request_classification_for_raw_paths():
    assert not make_request("POST", "/assets").retryable
    assert not make_request("POST", "/assets/delete").retryable
    assert not make_request("POST", "/raw/dbs").retryable
    for path in ("/assets/list", "/assets/byids", "/events/search", "/timeseries/data", "/raw/dbs/d/tables/t/rows"):
        assert make_request("POST", path).retryable, path
    assert make_request("GET", "/assets").retryable
    assert make_request("PUT", "/x").retryable
    assert make_request("POST", "/x", retryable=True).retryable
    full = "https://api.cognitedata.com/api/v1/projects/p"
    assert make_request("POST", full + "/timeseries/data").retryable
    assert not make_request("POST", full + "/assets").retryable
    assert make_request("POST", "/api/v1/projects/p/raw/dbs/d/tables/t/rows").retryable


async def test_absolute_and_api_root_urls(async_client, emulator):
    res = await async_client.get("/api/v1/token/inspect")
    assert res.json()["projects"]
    res = await async_client.get(f"{emulator.base_url}/api/v1/token/inspect")
    assert emulator.requests.last.route == "/api/v1/token/inspect"


def test_sync_client_called_inside_running_loop(sync_client, emulator):
    async def inside() -> Any:
        # e.g. a Jupyter cell: a loop is running in this thread, the blocking call still works
        return sync_client.post("/assets/list", json={}).status_code

    assert asyncio.run(inside()) == 200


def test_json_body_rejects_nan(sync_client):
    with pytest.raises(ValueError, match="NaN"):
        sync_client.post("/assets", json={"items": [{"name": float("nan")}]})


async def test_timeout_option_is_validated(async_client):
    with pytest.raises(ValueError):
        async_client.with_options(timeout=0)
    assert isinstance(CogniteClient, type)


def test_generated_sync_functions_use_send_sync(sync_client, emulator):
    from cdf_api.api.assets import list_assets

    sync_client.post("/assets", json={"items": [{"externalId": "s1", "name": "S"}]})
    page = list_assets.sync(client=sync_client.transport, body=list_assets.AssetListScope.from_dict({"limit": 3}))
    assert [a.external_id for a in page.items] == ["s1"]
    assert emulator.requests.last.headers["x-cdp-app"] == "sdk-tests"


async def test_connection_refused_is_retried_then_raised(sleeps):
    import socket

    from cognite.client.credentials import Token
    from cognite.client.exceptions import CogniteConnectionRefused

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from cognite.client import ClientConfig

    cfg = ClientConfig(client_name="x", project="p", credentials=Token("t"), base_url=f"http://127.0.0.1:{port}")
    client = AsyncCogniteClient(cfg)
    client.transport.sleep = lambda s: sleeps.append(s) or asyncio.sleep(0)
    global_config.max_retries_connect = 2
    with pytest.raises(CogniteConnectionRefused):
        await client.post("/assets", json={"items": []})  # even a create: nothing reached the server
    assert len(sleeps) == 2


def test_read_timeout_over_a_real_socket(sleeps):
    from cognite.client.exceptions import CogniteReadTimeout
    from cognite.emulator import Emulator
    from tests.conftest import make_config

    emu = Emulator()
    emu.faults.delay(0.6, on="POST /assets", times=1)
    emu.faults.delay(0.6, on="POST /assets/list", times=1)
    with emu.serve_in_thread() as base_url:
        cfg = make_config(emu, timeout=0.2)
        cfg.base_url = base_url
        client = CogniteClient(cfg)
        client.transport.sleep = lambda s: sleeps.append(s) or asyncio.sleep(0)
        with pytest.raises(CogniteReadTimeout):
            client.post("/assets", json={"items": [{"externalId": "slow", "name": "S"}]})
        assert sleeps == []  # a create that may have happened is not repeated
        assert client.post("/assets/list", json={}).status_code == 200  # a read is retried after the timeout
        assert len(sleeps) == 1


async def test_credentials_never_sent_to_other_hosts(emulator):
    """Signed upload/download URLs live on storage hosts: no token, no SDK headers, body as given."""
    seen: list[httpx.Request] = []

    class Storage(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.host == "storage.example.com":
                seen.append(request)
                return httpx.Response(200, content=b"ok", request=request)
            return await emulator.transport.handle_async_request(request)

    from tests.conftest import make_config

    client = AsyncCogniteClient(make_config(emulator), http_transport=Storage())
    await client.put("https://storage.example.com/bucket/f?sig=1", headers={"content-type": "text/plain"})
    res = await client.transport.request("PUT", "https://storage.example.com/up", content=b"raw bytes")
    assert res.content == b"ok"
    for req in seen:
        assert "authorization" not in req.headers and "x-cdp-app" not in req.headers
        assert "cdf-version" not in req.headers
    assert seen[1].content == b"raw bytes" and "content-encoding" not in seen[1].headers
    await client.get(f"{emulator.base_url}/api/v1/token/inspect")  # the CDF host itself does get them
    assert emulator.requests.last.headers["authorization"] == "Bearer test-token"


async def test_debug_config_logs_to_stderr_without_secrets(emulator, capfd):
    from cognite.client._http.logging import logger
    from tests.conftest import make_config

    handlers, level = list(logger.handlers), logger.level
    try:
        client = AsyncCogniteClient(make_config(emulator, debug=True), http_transport=emulator.transport)
        emulator.faults.fail(503, times=1, on="POST /assets/list")
        client.transport.sleep = lambda s: asyncio.sleep(0)
        await client.post("/assets/list", json={})
        err = capfd.readouterr().err
        assert "POST http://emulator.local/api/v1/projects/emulator/assets/list" in err
        assert "-> 503; retry 1" in err and "-> 200" in err
        assert "test-token" not in err and "'authorization': '***'" in err
    finally:
        logger.handlers[:] = handlers
        logger.setLevel(level)


async def test_non_transient_http_errors_are_request_errors(emulator, sleeps):
    """Errors no server produces (here: a proxy refusing the scheme) are raised at once, not retried."""
    from cognite.client.exceptions import CogniteRequestError
    from tests.conftest import make_config

    class Refusing(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.UnsupportedProtocol("scheme not supported by the proxy", request=request)

    client = AsyncCogniteClient(make_config(emulator), http_transport=Refusing())
    client.transport.sleep = lambda s: sleeps.append(s) or asyncio.sleep(0)
    with pytest.raises(CogniteRequestError, match="UnsupportedProtocol"):
        await client.get("/assets")
    assert sleeps == []


async def test_generated_operations_on_another_cognite_host(emulator):
    """Operations the spec serves from auth.cognite.com go there, with credentials (and nowhere else)."""
    seen: list[httpx.Request] = []

    class Hosts(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json={"id": "me", "type": "user"}, request=request)

    from tests.conftest import make_config

    client = AsyncCogniteClient(make_config(emulator), http_transport=Hosts())
    req = client.api.principals.get_me.build()
    assert req.path == "https://auth.cognite.com/api/v1/principals/me"
    await client.api.principals.get_me.raw()
    assert str(seen[0].url) == "https://auth.cognite.com/api/v1/principals/me"
    assert seen[0].headers["authorization"] == "Bearer test-token"

"""Per-call `cdf-version` and extra headers on the wire, for every generated operation.

The sample tests send real requests through the standalone `cdf_api.client.Client` over an httpx.MockTransport
that records the actual httpx.Request; the parametrised test checks every endpoint module's build_request.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
from cdf_api import errors
from cdf_api.client import Client, OperationRequest
from cdf_api.operations import OPERATIONS


class Recorder:
    """An httpx transport that records each request and answers with a fixed reply."""

    def __init__(self, status: int = 200, body: Any = None, content: bytes | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status, self.body, self.content = status, body, content

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.content is not None:
            return httpx.Response(self.status, content=self.content, headers={"x-request-id": "req-1"})
        return httpx.Response(
            self.status, json=self.body if self.body is not None else {}, headers={"x-request-id": "req-1"}
        )


def client_for(recorder: Recorder) -> Client:
    transport = httpx.MockTransport(recorder)
    return Client(
        base_url="https://example.test", project="proj", token="tok", transport=transport, async_transport=transport
    )


def _module(operation_id: str) -> Any:
    return importlib.import_module(OPERATIONS[operation_id].module)


def test_list_assets_sync_carries_cdf_version_and_extra_headers() -> None:
    from cdf_api.api.assets import list_assets
    from cdf_api.models import AssetListScope

    rec = Recorder(body={"items": [{"id": 7, "name": "pump", "rootId": 7, "createdTime": 1, "lastUpdatedTime": 2}]})
    page = list_assets.sync(
        client=client_for(rec),
        body=AssetListScope.from_dict({"limit": 5}),
        cdf_version="beta",
        extra_headers={"x-trace": "t1"},
    )
    (request,) = rec.requests
    assert str(request.url) == "https://example.test/api/v1/projects/proj/assets/list"
    assert request.method == "POST"
    assert request.headers["cdf-version"] == "beta"
    assert request.headers["x-trace"] == "t1"
    assert request.headers["authorization"] == "Bearer tok"
    assert json.loads(request.content) == {"limit": 5}
    assert page.items[0].name == "pump" and page.items[0].id == 7


def test_extra_headers_replace_headers_case_insensitively() -> None:
    from cdf_api.api.time_series import post_multi_time_series_datapoints
    from cdf_api.types import File

    request = post_multi_time_series_datapoints.build_request(
        body=File(payload=b"\x00"), cdf_version="beta", extra_headers={"CDF-Version": "alpha", "Content-Type": "x/y"}
    )
    assert request.headers == {"CDF-Version": "alpha", "Content-Type": "x/y"}


def test_default_cdf_version_when_not_given_per_call() -> None:
    from cdf_api.api.assets import list_assets

    rec = Recorder(body={"items": []})
    list_assets.sync(client=client_for(rec))
    assert rec.requests[0].headers["cdf-version"] == "20230101"
    list_assets.sync(client=client_for(rec), extra_headers={"CDF-Version": "beta"})
    assert rec.requests[1].headers.get_list("cdf-version") == ["beta"]


@pytest.mark.parametrize(
    ("operation_id", "kwargs", "url"),
    [
        ("getTimeSeriesByIds", {}, "/projects/proj/timeseries/byids"),
        ("getGroups", {}, "/projects/proj/groups"),
        ("getAsset", {"id": 42}, "/projects/proj/assets/42"),
        ("listSpacesV3", {}, "/projects/proj/models/spaces"),
        ("getIcon", {"id": 3}, "/projects/proj/files/icon"),
        ("inspectToken", {}, "/api/v1/token/inspect"),
        ("listStreams", {}, "/projects/proj/streams"),
        ("getDBs", {}, "/projects/proj/raw/dbs"),
    ],
)
async def test_sample_across_tags_on_the_wire(operation_id: str, kwargs: dict[str, Any], url: str) -> None:
    module = _module(operation_id)
    rec = Recorder(status=500, body={"error": {"code": 500, "message": "boom"}})
    with pytest.raises(errors.ApiError) as info:
        args = {**_required_args(module), **kwargs}
        await module.asyncio(client=client_for(rec), **args, cdf_version="alpha", extra_headers={"x-one": "1"})
    assert info.value.code == 500 and info.value.x_request_id == "req-1"
    (request,) = rec.requests
    assert request.url.path.endswith(url)
    assert request.headers["cdf-version"] == "alpha"
    assert request.headers["x-one"] == "1"


def test_inspect_token_is_not_under_the_project() -> None:
    from cdf_api.api.token import inspect_token

    request = inspect_token.build_request()
    assert (request.base, request.path, request.retryable) == ("api", "/token/inspect", True)
    assert request.url("https://x.test", "p") == "https://x.test/api/v1/token/inspect"


def test_auth_host_operations_carry_full_urls() -> None:
    from cdf_api.api.organizations import get_org
    from cdf_api.api.user_profiles import get_requester_profile

    request = get_org.build_request(org="my org")
    assert (request.base, request.path) == ("absolute", "https://auth.cognite.com/api/v1/orgs/my%20org")
    assert request.url("https://api.cognitedata.com", "p") == request.path
    assert get_requester_profile.build_request().path == "https://auth.cognite.com/api/v1/principals/me"
    rec = Recorder(status=404, body={"error": {"code": 404, "message": "no such org"}})
    with pytest.raises(errors.ApiError, match="no such org"):
        get_org.sync(client=client_for(rec), org="o1")
    assert str(rec.requests[0].url) == "https://auth.cognite.com/api/v1/orgs/o1"


def test_path_parameters_are_url_encoded() -> None:
    op = next(oid for oid, info in OPERATIONS.items() if "{dbName}" in info.path)
    module = _module(op)
    args = {**_required_args(module), "db_name": "a b/c"}
    request = _build(module, args)
    assert "a%20b%2Fc" in request.path


# --- every operation -----------------------------------------------------------------------------------------------


class _AnyBody:
    """Stands in for a request body of any model type: the header logic must not depend on the body."""

    payload = b"\x00"

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []

    def __iter__(self) -> Any:
        return iter(())


def _value_for(annotation: str, module: Any) -> Any:
    base = annotation.split("|")[0].strip()
    if base == "int":
        return 1
    if base == "float":
        return 1.0
    if base == "bool":
        return True
    if base == "str":
        return "x"
    if base.startswith("list["):
        return []
    target = getattr(module, base, None)
    if isinstance(target, type) and issubclass(target, enum.Enum):
        return next(iter(target))
    return _AnyBody()


def _build(module: Any, args: dict[str, Any], **extra: Any) -> OperationRequest:
    return module.build_request(**args, **extra)


def _required_args(module: Any) -> dict[str, Any]:
    params = inspect.signature(module.build_request).parameters
    return {
        name: _value_for(str(p.annotation), module)
        for name, p in params.items()
        if p.default is inspect.Parameter.empty
    }


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_build_request_takes_cdf_version_and_extra_headers(operation_id: str) -> None:
    module = _module(operation_id)
    params = inspect.signature(module.build_request).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    assert params["cdf_version"].default is None and params["extra_headers"].default is None
    args = _required_args(module)
    request = _build(module, args, cdf_version="20991231", extra_headers={"x-extra": "yes", "cdf-version": "override"})
    assert request.operation_id == operation_id
    assert request.headers is not None and request.headers["x-extra"] == "yes"
    assert request.headers["cdf-version"] == "override"  # extra headers win over the keyword
    plain = _build(module, args, cdf_version="20991231")
    assert plain.headers is not None and plain.headers["cdf-version"] == "20991231"
    info = OPERATIONS[operation_id]
    assert (request.method, request.retryable) == (info.method, info.retryable)
    sync_params = inspect.signature(module.sync).parameters
    assert {"client", "cdf_version", "extra_headers"} <= sync_params.keys()
    assert inspect.iscoroutinefunction(module.asyncio)

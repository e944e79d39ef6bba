"""How requests leave the generated layer: `OperationRequest` (what an endpoint wants sent), the `Transport`
protocol (who sends it) and `Client`, a small standalone Transport over httpx for users of the bare layer.

The project's own transport (cognite/client/_http) implements `Transport` with auth, retries, gzip and
concurrency limits; `Client` here is deliberately minimal (base URL + project + token, no retries).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from .types import Unset

if TYPE_CHECKING:
    import httpx  # imported where a request is actually sent: endpoint imports stay cheap

DEFAULT_CDF_VERSION = "20230101"


@dataclass(frozen=True, slots=True)  # stdlib dataclasses: this module loads on every process's first call
class OperationRequest:
    """One API call as the generated endpoint describes it (see docs/dev/contracts.md §1)."""

    operation_id: str
    method: str
    path: str
    base: str = "project"  # "project" | "api" | "absolute" (path is a full URL: the org APIs on the auth host)
    params: Mapping[str, Any] | None = None
    json: Any = None
    content: bytes | None = None
    headers: Mapping[str, str] | None = None
    retryable: bool = False

    def url(self, base_url: str, project: str) -> str:
        """The absolute URL: `{base_url}/api/v1/projects/{project}{path}` (base "project"), `{base_url}/api/v1{path}`
        (base "api"), or `path` itself (base "absolute").

        Example:
            >>> OperationRequest("listAssets", "POST", "/assets/list").url("https://api.cognitedata.com", "demo")
            'https://api.cognitedata.com/api/v1/projects/demo/assets/list'
        """
        if self.base == "absolute" or self.path.startswith(("http://", "https://")):
            return self.path
        root = base_url.rstrip("/") + "/api/v1"
        if self.base == "project":
            return f"{root}/projects/{project}{self.path}"
        return root + self.path


class Transport(Protocol):
    """Sends an OperationRequest and returns the raw response (errors are the endpoint's to raise)."""

    def send_sync(self, request: OperationRequest) -> httpx.Response: ...

    async def send(self, request: OperationRequest) -> httpx.Response: ...


def query_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as sent: unset and None dropped, booleans as CDF spells them (`true`/`false`).

    Example:
        >>> query_params({"limit": 5, "includeMetadata": False, "cursor": None})
        {'limit': 5, 'includeMetadata': 'false'}
    """
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or isinstance(value, Unset):
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return out


def path_segment(value: object) -> str:
    """One path segment, percent-encoded so no value can leave it: `/` is encoded, and so are the dot segments
    `.` and `..`, which HTTP clients and servers would otherwise resolve (`raw/dbs/../tables` is `raw/tables`).

    Example:
        >>> path_segment("a/b"), path_segment(".."), path_segment("v1.2")
        ('a%2Fb', '%2E%2E', 'v1.2')
    """
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


def request_headers(
    cdf_version: str | None, extra_headers: Mapping[str, str] | None, own: Mapping[str, str]
) -> dict[str, str] | None:
    """Per-call headers of one request: the endpoint's own (content-type, header params), then `cdf-version`,
    then the caller's `extra_headers` (which win). None when there are none."""
    headers = dict(own)
    if cdf_version is not None:
        headers["cdf-version"] = cdf_version
    for name, value in (extra_headers or {}).items():
        for existing in [k for k in headers if k.lower() == name.lower()]:
            del headers[existing]  # header names are case-insensitive: the caller's spelling replaces ours
        headers[name] = value
    return headers or None


@dataclass
class Client:
    """A minimal Transport: `base_url` + `project` + bearer `token` over one httpx client (sync and async).

    Example:
        >>> from cdf_api.api.assets import list_assets
        >>> client = Client(base_url="https://api.cognitedata.com", project="demo", token="...")
        >>> page = list_assets.sync(client=client, body=...)  # doctest: +SKIP
    """

    base_url: str
    project: str
    token: str | None = None
    cdf_version: str = DEFAULT_CDF_VERSION
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float = 60.0
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _build(self, request: OperationRequest) -> tuple[str, dict[str, Any]]:
        import httpx

        headers = httpx.Headers({"cdf-version": self.cdf_version})
        headers.update(self.headers)
        if self.token is not None:
            headers["authorization"] = f"Bearer {self.token}"
        headers.update(request.headers or {})  # case-insensitive: per-call headers win
        kwargs: dict[str, Any] = {"params": request.params, "headers": headers}
        if request.content is not None:
            kwargs["content"] = request.content
        elif request.json is not None:
            kwargs["json"] = request.json
        return request.url(self.base_url, self.project), kwargs

    def send_sync(self, request: OperationRequest) -> httpx.Response:
        """Send one request and return the response (no retries)."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=self.timeout, transport=self.transport)
        url, kwargs = self._build(request)
        return self._client.request(request.method, url, **kwargs)

    async def send(self, request: OperationRequest) -> httpx.Response:
        """Async `send_sync`."""
        if self._async_client is None:
            import httpx

            self._async_client = httpx.AsyncClient(timeout=self.timeout, transport=self.async_transport)
        url, kwargs = self._build(request)
        return await self._async_client.request(request.method, url, **kwargs)

    def close(self) -> None:
        """Close the sync httpx client (the async one is closed by `aclose`)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the async httpx client."""
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None


__all__ = ["DEFAULT_CDF_VERSION", "Client", "OperationRequest", "Transport", "query_params", "request_headers"]

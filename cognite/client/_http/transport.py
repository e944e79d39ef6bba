"""The one transport every request goes through (implements `cdf_api.client.Transport`: `send` / `send_sync`).

Per attempt it adds: base URL, auth (fresh from the credential provider), `cdf-version` (the request's own header wins,
then the transport's scoped option, then `ClientConfig.api_subversion`), `x-cdp-sdk`, `x-cdp-app`, `user-agent`,
config headers; gzips JSON bodies (unless `global_config.disable_gzip`); holds a per-category concurrency slot
while the request is in flight; retries per `cognite.client._http.retry`; raises `CogniteAPIError` (and subclasses)
for non-2xx. `with_options(cdf_version=, headers=, timeout=)` gives a transport with other defaults sharing the
pool and semaphores. `sleep` and `rng` are attributes so tests can record backoff waits.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import gzip
import os
import random
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import httpx

from cognite.client._http import json_codec
from cognite.client._http.concurrency import raise_if_aborted, semaphore
from cognite.client._http.errors import api_error
from cognite.client._http.logging import logger, redact_headers
from cognite.client._http.pool import get_pool
from cognite.client._http.request import OperationRequest, make_request
from cognite.client._http.retry import (
    backoff_seconds,
    classify_concurrency,
    is_auto_retryable,
    retry_after_seconds,
)
from cognite.client._version import __version__
from cognite.client.config import global_config
from cognite.client.exceptions import (
    CogniteConnectionError,
    CogniteConnectionRefused,
    CogniteReadTimeout,
    CogniteRequestError,
)

if TYPE_CHECKING:
    from cognite.client.config import ClientConfig

_GZIP_LEVEL = 5  # a good speed/size trade-off for JSON
_MAX_RETRY_AFTER = 600.0  # a server's Retry-After is honoured, up to this many seconds
# Hosts besides the cluster that the spec sends operations to (orgs, principals): they get credentials too.
_COGNITE_HOSTS = ("https://auth.cognite.com",)
_IMPLEMENTATION = {"cpython": "CPython", "pypy": "PyPy"}.get(sys.implementation.name, sys.implementation.name)
_USER_AGENT = (
    f"python-httpx/{httpx.__version__} CogniteSDKFast/{__version__} "
    # from sys/os directly: `platform` costs a few ms of imports and regexes in every process's start
    f"{_IMPLEMENTATION}/{'.'.join(map(str, sys.version_info[:3]))} {os.uname().sysname}/{os.uname().release}"
)


_async_library: contextvars.ContextVar[str | None] | None
try:
    from sniffio import current_async_library_cvar as _async_library
except ImportError:  # httpcore then assumes asyncio without asking
    _async_library = None


def _name_asyncio() -> None:
    """Tell sniffio this task runs asyncio (the SDK only runs on asyncio): httpcore and anyio ask it several times per
    request, and without a name it sniffs the running task each time. Set in the caller's task context once."""
    if _async_library is not None and _async_library.get() is None:
        _async_library.set("asyncio")


_SLICE_ABOVE = 8 * 2**20
_SLICE_BYTES = 2**20


class _Slices:
    """A large raw body (a file upload) written 1 MiB at a time, with its Content-Length (not chunked encoding).

    Given 50 MB in one write, asyncio's socket transport copies what the socket does not take at once into its
    buffer and moves the rest down after every send: more CPU than the upload itself. Re-iterable, so a retry
    sends the body again.
    """

    def __init__(self, data: bytes) -> None:
        self._view = memoryview(data)

    def __len__(self) -> int:
        return len(self._view)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i in range(0, len(self._view), _SLICE_BYTES):
            yield self._view[i : i + _SLICE_BYTES].tobytes()


def _json_default(obj: Any) -> Any:
    # numpy scalars / arrays (first: they have a pickling `dump`) and SDK objects that know how to dump themselves
    if hasattr(obj, "dtype") and hasattr(obj, "tolist"):
        return obj.tolist()
    if hasattr(obj, "dump") and callable(obj.dump):
        return obj.dump(camel_case=True)
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        return obj.to_dict()
    if hasattr(obj, "tolist"):
        return obj.tolist()
    if hasattr(obj, "item"):
        return obj.item()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def dumps(body: Any) -> bytes:
    """Compact JSON; NaN/Infinity are rejected (CDF's JSON has none)."""
    try:
        return json_codec.dumps(body, _json_default)
    except ValueError as e:
        raise ValueError(f"Request body is not valid JSON (NaN and Infinity are not allowed): {e}") from e


@dataclass(frozen=True)
class RequestOptions:
    """Defaults a transport applies to each request (see `with_options`), or the options of one call."""

    cdf_version: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float | None = None

    def merged(self, other: RequestOptions) -> RequestOptions:
        """`other`'s values where it has them, else these."""
        return RequestOptions(
            cdf_version=other.cdf_version or self.cdf_version,
            headers={**self.headers, **other.headers},
            timeout=other.timeout or self.timeout,
        )


#: Options of the API call in progress (`cdf_version=`, `headers=`, `timeout=` given to a resource API method);
#: set by `cognite.client._api_client.call_options`, read for every request the call sends (child tasks inherit it).
CALL_OPTIONS: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar("call_options", default=None)


def _effective(options: RequestOptions) -> RequestOptions:
    call = CALL_OPTIONS.get()
    return options if call is None else options.merged(call)


class CogniteTransport:
    """Sends `OperationRequest`s to CDF. One per client; cheap to derive with `with_options`.

    Example:
        >>> import asyncio
        >>> from cognite.client import AsyncCogniteClient, ClientConfig
        >>> from cognite.client.credentials import Token
        >>> client = AsyncCogniteClient(ClientConfig(client_name="x", project="p", credentials=Token("t"),
        ...                                          base_url="https://api.cognitedata.com"))
        >>> beta = client.transport.with_options(cdf_version="beta")
        >>> beta.options.cdf_version
        'beta'
    """

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_transport: httpx.AsyncBaseTransport | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        self.config = config
        self.http_transport = http_transport
        self.options = options or RequestOptions()
        self.sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
        self.rng: Callable[[float, float], float] = random.uniform

    def with_options(
        self, *, cdf_version: str | None = None, headers: Mapping[str, str] | None = None, timeout: float | None = None
    ) -> CogniteTransport:
        """A transport with other defaults (same config, pool, semaphores, sleep).

        Example:
            >>> beta = client.transport.with_options(cdf_version="beta", timeout=10)  # doctest: +SKIP
        """
        opts = replace(
            self.options,
            cdf_version=cdf_version if cdf_version is not None else self.options.cdf_version,
            headers={**self.options.headers, **(headers or {})},
            timeout=timeout if timeout is not None else self.options.timeout,
        )
        new = CogniteTransport(self.config, http_transport=self.http_transport, options=opts)
        new.sleep, new.rng = self.sleep, self.rng
        return new

    # -- URL and headers -------------------------------------------------------------------------------------------
    def url(self, request: OperationRequest) -> str:
        base = request.base
        if base == "absolute" or request.path.startswith(("http://", "https://")):
            return request.path
        if base == "root":
            return self.config.base_url + request.path
        if base == "api":
            return f"{self.config.base_url}/api/v1{request.path}"
        return f"{self.config.base_url}/api/v1/projects/{self.config.project}{request.path}"

    def is_cdf_url(self, url: str) -> bool:
        """Whether `url` is on the configured CDF host or Cognite's auth host (credentials and SDK headers are only
        ever sent there).

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> from cognite.client.credentials import Token
            >>> t = AsyncCogniteClient.default("p", "api", Token("t")).transport
            >>> t.is_cdf_url("https://api.cognitedata.com/api/v1/projects/p/assets"), t.is_cdf_url("https://x.com/f")
            (True, False)
        """
        return any(url == base or url.startswith(base + "/") for base in (self.config.base_url, *_COGNITE_HOSTS))

    def _headers(self, request: OperationRequest, options: RequestOptions, cdf: bool = True) -> dict[str, str]:
        if not cdf:  # e.g. a signed file upload/download URL on a storage host
            return {"user-agent": _USER_AGENT, **{k.lower(): v for k, v in (request.headers or {}).items()}}
        headers = {
            "accept": "application/json",
            "x-cdp-sdk": f"CogniteSDKFast:{__version__}",
            "x-cdp-app": self.config.client_name,
            "user-agent": _USER_AGENT,
            "cdf-version": options.cdf_version or self.config.api_subversion,
        }
        # header names are case-insensitive: keep one (lower-case) key per header, later sources win
        for source in (self.config.headers, options.headers, request.headers or {}):
            for k, v in source.items():
                headers[k.lower()] = v  # the request's own values win (cdf-version, accept, content-type)
        return headers

    def _body(self, request: OperationRequest, headers: dict[str, str]) -> bytes | _Slices | None:
        if request.content is not None:
            if len(request.content) > _SLICE_ABOVE:  # raw bodies (files, protobuf) go as given; large ones sliced
                headers["content-length"] = str(len(request.content))
                return _Slices(request.content)
            return request.content
        if request.json is None:
            return None
        content = dumps(request.json)
        headers.setdefault("content-type", "application/json")
        if not global_config.disable_gzip and "content-encoding" not in headers:
            content = gzip.compress(content, compresslevel=_GZIP_LEVEL)
            headers["content-encoding"] = "gzip"
        return content

    # -- sending ---------------------------------------------------------------------------------------------------
    async def send(
        self,
        request: OperationRequest,
        *,
        timeout: float | None = None,
        concurrency: tuple[str, str] | None = None,
    ) -> httpx.Response:
        """Send a request (with retries); returns the 2xx response or raises a Cognite exception.

        Example:
            >>> from cognite.client._http.request import make_request
            >>> response = await client.transport.send(make_request("POST", "/assets/list", json={}))  # doctest: +SKIP

        Args:
            request: what to send.
            timeout: seconds per attempt (default: the transport's option, then `ClientConfig.timeout`).
            concurrency: (category, operation) semaphore to hold; derived from the path when not given.
        """
        _name_asyncio()
        method = request.method.upper()
        url = self.url(request)
        cdf = self.is_cdf_url(url)
        options = _effective(self.options)
        headers = self._headers(request, options, cdf)
        # Encoded once it has a concurrency slot: many queued chunks are not all encoded up front (which held the
        # event loop while the slots' requests were already answered) nor all held in memory at once.
        content: bytes | _Slices | None = None
        encoded = False
        timeout = timeout or options.timeout or self.config.timeout
        category, op = concurrency or classify_concurrency(method, request.path)
        sem = semaphore(global_config.concurrency_settings, category, op, self.config.project)
        injected = self.http_transport or global_config.http_transport
        tls = not url.startswith("http://")
        http = get_pool(injected, tls=tls)
        # A plain-http pool does not verify certificates: an https token URL must not go through it (the credential
        # provider then uses its own verifying client).
        auth_http = http if tls or injected is not None else None
        retries = connect_retries = 0
        reauthenticated = False
        while True:
            if cdf:
                name, value = await self.config.credentials.authorization_header_async(auth_http)
                headers[name.lower()] = value
            if logger.isEnabledFor(10):
                logger.debug("HTTP %s %s attempt=%d headers=%s", method, url, retries + 1, redact_headers(headers))
            failure: Exception | None = None
            response: httpx.Response | None = None
            try:
                async with sem:
                    raise_if_aborted()
                    if not encoded:
                        content, encoded = self._body(request, headers), True
                    response = await http.request(
                        method, _parsed(url), content=content, params=request.params, headers=headers, timeout=timeout
                    )
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as e:
                # nothing reached the server: always safe to repeat
                failure = e
                may_retry = connect_retries < global_config.max_retries_connect
                connect_retries += 1
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as e:
                failure = e
                may_retry = request.retryable
            except httpx.HTTPError as e:  # invalid URL, unsupported protocol, proxy or decoding errors: not transient
                raise CogniteRequestError(f"{method} {url} failed: {e!r}") from e
            if response is not None:
                if response.is_success:
                    if logger.isEnabledFor(10):
                        logger.debug("HTTP %s %s -> %d", method, url, response.status_code)
                    return response
                if response.status_code == 401 and cdf and not reauthenticated:
                    # a cached token the server no longer accepts (revoked, clock skew): fetch a new one, once;
                    # a 401 means nothing was processed, so this is safe for any operation
                    invalidate = getattr(self.config.credentials, "invalidate", None)
                    if invalidate is not None:
                        invalidate()
                        reauthenticated = True
                        continue
                may_retry = self._should_retry(response, request.retryable)
                if not may_retry or retries >= global_config.max_retries:
                    logger.debug("HTTP %s %s -> %d (giving up)", method, url, response.status_code)
                    error = api_error(response, project=self.config.project, cluster=self.config.cdf_cluster)
                    if response.status_code == 401 and not request.path.endswith("/token/inspect"):
                        await self._add_project_hint(error, http, headers)
                    raise error
                wait = retry_after_seconds(response)
                if wait is not None:
                    wait = min(wait, _MAX_RETRY_AFTER)
                if wait is None:
                    wait = backoff_seconds(retries, global_config.max_retry_backoff, self.rng)
                logger.debug(
                    "HTTP %s %s -> %d; retry %d in %.3fs", method, url, response.status_code, retries + 1, wait
                )
            else:
                assert failure is not None
                if not may_retry or retries >= global_config.max_retries:
                    raise self._transport_error(failure, url) from failure
                wait = backoff_seconds(retries, global_config.max_retry_backoff, self.rng)
                logger.debug("HTTP %s %s failed (%r); retry %d in %.3fs", method, url, failure, retries + 1, wait)
            retries += 1
            await self.sleep(wait)  # outside the semaphore: others may use the slot meanwhile

    async def _add_project_hint(self, error: Exception, http: httpx.AsyncClient, headers: dict[str, str]) -> None:
        """On 401, ask token/inspect which projects the credentials can access (as the peer SDK does)."""
        try:
            response = await http.get(
                f"{self.config.base_url}/api/v1/token/inspect",
                headers={k: v for k, v in headers.items() if k not in ("content-encoding", "content-type")},
                timeout=5,
            )
            projects = [p["projectUrlName"] for p in response.json().get("projects", [])] if response.is_success else []
        except (httpx.HTTPError, ValueError, KeyError, TypeError, AttributeError):
            return
        if projects and self.config.project not in projects:
            error.maybe_projects = projects  # type: ignore[attr-defined]
            error.message += f" (the credentials give access to {projects}; did you intend to use one of them?)"  # type: ignore[attr-defined]
            error.args = (error.message,)  # type: ignore[attr-defined]

    @staticmethod
    def _should_retry(response: httpx.Response, retryable: bool) -> bool:
        status = response.status_code
        if is_auto_retryable(response):
            return True
        if status not in global_config.status_forcelist:
            return False
        return status == 429 or retryable

    @staticmethod
    def _transport_error(error: Exception, url: str) -> Exception:
        if isinstance(error, httpx.ConnectError):
            return CogniteConnectionRefused(f"Could not connect to {url}: {error}")
        if isinstance(error, (httpx.ConnectTimeout, httpx.PoolTimeout)):
            return CogniteConnectionError(f"Timed out connecting to {url}: {error}")
        if isinstance(error, httpx.TimeoutException):
            return CogniteReadTimeout(f"Timed out waiting for {url}: {error!r}")
        return CogniteConnectionError(f"Connection to {url} failed: {error!r}")

    def send_sync(self, request: OperationRequest) -> httpx.Response:
        """Blocking `send` (runs on the SDK's background event loop).

        Example:
            >>> from cdf_api.api.assets import list_assets  # doctest: +SKIP
            >>> page = list_assets.sync(client=client.transport, body=...)  # doctest: +SKIP
        """
        from cognite.client._sync import run_sync

        return run_sync(self.send(request))

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        cdf_version: str | None = None,
        timeout: float | None = None,
        retryable: bool | None = None,
        concurrency: tuple[str, str] | None = None,
    ) -> httpx.Response:
        """Send a raw-path request; `path` relative to the project, "/api/..." or an absolute URL.

        Example:
            >>> r = await client.transport.request("POST", "/assets/list", json={"limit": 1}, cdf_version="beta")  # doctest: +SKIP
        """
        req = make_request(
            method,
            path,
            json=json,
            params=params,
            content=content,
            headers=headers,
            cdf_version=cdf_version,
            retryable=retryable,
        )
        return await self.send(req, timeout=timeout, concurrency=concurrency)

    def __repr__(self) -> str:
        return f"CogniteTransport(base_url={self.config.base_url!r}, project={self.config.project!r}, options={self.options})"


@functools.lru_cache(maxsize=512)
def _parsed(url: str) -> httpx.URL:
    """URLs repeat (one per endpoint): parsing each once saves httpx's per-request URL parse (~3% of client CPU on
    many small datapoint requests). httpx.URL is immutable, so sharing it is safe."""
    return httpx.URL(url)

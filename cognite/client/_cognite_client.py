"""`AsyncCogniteClient` (the implementation) and `CogniteClient` (its generic blocking facade).

Resource APIs are lazily imported cached attributes declared in `_api_registry.API_REGISTRY`. Raw requests:
`get/post/put/delete(url, json=, params=, headers=, cdf_version=, timeout=)`. Every generated operation: `client.api`.
`with_options(cdf_version=, headers=, timeout=)` gives a client with other per-request defaults sharing the
connection pool and concurrency limits (a scoped override, e.g. for beta endpoints).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import httpx

from cognite.client._api_registry import API_REGISTRY, Accessor, children, resolve
from cognite.client._generated_api import GeneratedAPI
from cognite.client._http.transport import CogniteTransport
from cognite.client._sync import SyncWrapper, run_sync
from cognite.client._version import __version__
from cognite.client.config import ClientConfig, global_config
from cognite.client.credentials import CredentialProvider, OAuthClientCredentials, OAuthInteractive

if TYPE_CHECKING:
    from typing_extensions import Self

    from cognite.client._api.agents import AgentsAPI
    from cognite.client._api.assets import AssetsAPI
    from cognite.client._api.data_modeling import DataModelingAPI
    from cognite.client._api.data_sets import DataSetsAPI
    from cognite.client._api.datapoints import DatapointsAPI
    from cognite.client._api.documents import DocumentsAPI
    from cognite.client._api.entity_matching import EntityMatchingAPI
    from cognite.client._api.events import EventsAPI
    from cognite.client._api.extraction_pipelines import ExtractionPipelineRunsAPI, ExtractionPipelinesAPI
    from cognite.client._api.files import FilesAPI
    from cognite.client._api.functions import FunctionsAPI
    from cognite.client._api.hosted_extractors import HostedExtractorsAPI  # issue 14, task A
    from cognite.client._api.iam import IAMAPI
    from cognite.client._api.integrations import IntegrationsAPI
    from cognite.client._api.labels import LabelsAPI
    from cognite.client._api.limits import LimitsAPI
    from cognite.client._api.login import LoginAPI
    from cognite.client._api.metering import MeteringAPI
    from cognite.client._api.postgres_gateway import PostgresGatewaysAPI
    from cognite.client._api.raw import RawAPI
    from cognite.client._api.relationships import RelationshipsAPI
    from cognite.client._api.removed import APIKeysAPI, ServiceAccountsAPI, TemplatesAPI
    from cognite.client._api.sequences import SequencesAPI
    from cognite.client._api.simulators import SimulatorsAPI
    from cognite.client._api.three_d import ThreeDAPI
    from cognite.client._api.time_series import TimeSeriesAPI
    from cognite.client._api.transformations import TransformationsAPI
    from cognite.client._api.units import UnitsAPI
    from cognite.client._api.workflows import WorkflowsAPI
    from cognite.client._sync_api._cognite_client import SyncCogniteClientAPIs as _SyncFacade
else:
    _SyncFacade = object  # the generated typed view of CogniteClient's forwarded members, for type checkers only


_T = TypeVar("_T")


class _MissingAPI:
    """Stands in for a registered child API whose module is not available; any use raises the reason."""

    _sync_wrap = True

    def __init__(self, path: str, target: str, error: Exception) -> None:
        self._message = f"client.{path} ({target}) is not available: {error}"

    if not TYPE_CHECKING:  # any attribute raises the reason (hidden from type checkers: it would type as Any)

        def __getattr__(self, name: str) -> Any:
            raise NotImplementedError(self._message)

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise NotImplementedError(self._message)

    def __repr__(self) -> str:
        return f"<missing API: {self._message}>"


def _construct(cls: type, config: ClientConfig, transport: CogniteTransport, client: AsyncCogniteClient) -> Any:
    # APIs follow APIClient's (config, transport, cognite_client); a class taking only the client is accepted too.
    params = [
        p
        for p in inspect.signature(cls).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]
    if len(params) >= 3 or any(p.name == "config" for p in params):
        return cls(config, transport, client)
    return cls(client)


class AsyncCogniteClient:
    """Main entry point (async): every CDF API, over one transport.

    Args:
        config: the configuration; defaults to `global_config.default_client_config`, then to the COGNITE_*
            environment variables.
        http_transport: an `httpx.AsyncBaseTransport` to send through (e.g. the in-process emulator's).

    Example:
        >>> from cognite.client import AsyncCogniteClient, ClientConfig
        >>> from cognite.client.credentials import Token
        >>> client = AsyncCogniteClient(
        ...     ClientConfig(client_name="my-app", project="my-project", credentials=Token("abc"),
        ...                  base_url="https://api.cognitedata.com")
        ... )
        >>> client.config.project
        'my-project'
        >>> # assets = await client.assets.list(limit=10)
    """

    # Resource APIs, one per top-level entry of API_REGISTRY whose module exists (built on first access).
    assets: Accessor[AssetsAPI] = Accessor()
    events: Accessor[EventsAPI] = Accessor()
    time_series: Accessor[TimeSeriesAPI] = Accessor()
    datapoints: Accessor[DatapointsAPI] = Accessor()
    data_sets: Accessor[DataSetsAPI] = Accessor()
    labels: Accessor[LabelsAPI] = Accessor()
    files: Accessor[FilesAPI] = Accessor()
    sequences: Accessor[SequencesAPI] = Accessor()
    raw: Accessor[RawAPI] = Accessor()
    relationships: Accessor[RelationshipsAPI] = Accessor()
    three_d: Accessor[ThreeDAPI] = Accessor()
    extraction_pipelines: Accessor[ExtractionPipelinesAPI] = Accessor()
    extraction_pipeline_runs: Accessor[ExtractionPipelineRunsAPI] = Accessor()
    iam: Accessor[IAMAPI] = Accessor()
    login: Accessor[LoginAPI] = Accessor()
    entity_matching: Accessor[EntityMatchingAPI] = Accessor()
    data_modeling: Accessor[DataModelingAPI] = Accessor()
    simulators: Accessor[SimulatorsAPI] = Accessor()
    integrations: Accessor[IntegrationsAPI] = Accessor()
    units: Accessor[UnitsAPI] = Accessor()
    functions: Accessor[FunctionsAPI] = Accessor()
    transformations: Accessor[TransformationsAPI] = Accessor()
    documents: Accessor[DocumentsAPI] = Accessor()
    templates: Accessor[TemplatesAPI] = Accessor()
    api_keys: Accessor[APIKeysAPI] = Accessor()
    service_accounts: Accessor[ServiceAccountsAPI] = Accessor()
    hosted_extractors: Accessor[HostedExtractorsAPI] = Accessor()  # issue 14, task A
    postgres_gateway: Accessor[PostgresGatewaysAPI] = Accessor()
    agents: Accessor[AgentsAPI] = Accessor()
    limits: Accessor[LimitsAPI] = Accessor()
    metering: Accessor[MeteringAPI] = Accessor()
    workflows: Accessor[WorkflowsAPI] = Accessor()

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        http_transport: httpx.AsyncBaseTransport | None = None,
        _transport: CogniteTransport | None = None,
    ) -> None:
        if config is None:
            config = global_config.default_client_config or _config_from_env()
        if not isinstance(config, ClientConfig):
            raise TypeError(f"config must be a ClientConfig, got {type(config).__name__}")
        self._config = config
        self._transport = _transport or CogniteTransport(config, http_transport=http_transport)
        self._apis: dict[str, Any] = {}
        self._generated: GeneratedAPI | None = None
        self._sync_client: CogniteClient | None = None

    # -- API objects ---------------------------------------------------------------------------------------------
    def _registered_api(self, name: str) -> Any:
        return self._api(name)

    if not TYPE_CHECKING:  # registry entries without a declared accessor (module not written yet): a clear error

        def __getattr__(self, name: str) -> Any:
            if name in API_REGISTRY:
                return self._api(name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def get_sync_client(self) -> CogniteClient:
        """The blocking `CogniteClient` over this client (same config and transport; made once).

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> from cognite.client.credentials import Token
            >>> c = AsyncCogniteClient.default("p", "api", Token("t"))
            >>> c.get_sync_client().get_async_client() is c
            True
        """
        if self._sync_client is None:
            self._sync_client = CogniteClient(_async_client=self)
        return self._sync_client

    def _api(self, path: str) -> Any:
        path = resolve(path)
        api = self._apis.get(path)
        if api is None:
            target = API_REGISTRY[path]
            module_name, _, class_name = target.partition(":")
            try:
                cls = getattr(importlib.import_module(module_name), class_name)
            except (ImportError, AttributeError) as e:
                if isinstance(e, ImportError) and e.name and not module_name.startswith(e.name):
                    raise  # a genuine import error inside an existing module
                raise AttributeError(
                    f"client.{path} has no ergonomic API yet ({target}: {e}); every operation of the spec is "
                    f"reachable through the same transport as client.api.<tag>.<operation> (see dir(client.api))"
                ) from e
            api = _construct(cls, self._config, self._transport, self)
            if hasattr(api, "__dict__"):
                if not api.__dict__.get("_api_path"):
                    api.__dict__["_api_path"] = path
                self._attach_children(api, path)
            self._apis[path] = api
        return api

    def _child_api(self, parent: str, name: str) -> Any:
        key = f"{parent}.{name}"
        return self._api(key) if key in API_REGISTRY else None

    def _attach_children(self, api: Any, path: str) -> None:
        # Resource APIs that do not derive from APIClient get their registered children as plain attributes.
        from cognite.client._api_client import APIClient

        if isinstance(api, APIClient):
            return  # attached lazily by APIClient.__getattr__
        for name in children(path):
            if not hasattr(type(api), name) and name not in api.__dict__:
                try:
                    child = self._api(f"{path}.{name}")
                except AttributeError as e:
                    child = _MissingAPI(f"{path}.{name}", API_REGISTRY[f"{path}.{name}"], e)
                setattr(api, name, child)

    @staticmethod
    def _run_sync(coro: Any) -> Any:
        """Block on a coroutine of this client from sync code (data-class helpers such as `asset.subtree()`): runs
        on the SDK's background loop, so it shares that loop's connection pool and works inside a running loop."""
        return run_sync(coro)

    @property
    def api(self) -> GeneratedAPI:
        """Every operation of the generated layer, sent through this client's transport (see `_generated_api`).

        Example:
            >>> page = await client.api.call("listAssets", body={"limit": 5})  # doctest: +SKIP
            >>> page = await client.api.assets.list_assets(body={"limit": 5}, cdf_version="beta")  # doctest: +SKIP
        """
        if self._generated is None:
            self._generated = GeneratedAPI(self._transport)
        return self._generated

    @property
    def config(self) -> ClientConfig:
        """The client's configuration.

        Example:
            >>> client.config.project  # doctest: +SKIP
            'my-project'
        """
        return self._config

    @property
    def transport(self) -> CogniteTransport:
        """The transport every request of this client goes through.

        Example:
            >>> response = await client.transport.request("POST", "/assets/list", json={"limit": 1})  # doctest: +SKIP
        """
        return self._transport

    @property
    def version(self) -> str:
        """The SDK version.

        Example:
            >>> from cognite.client import CogniteClient
            >>> from cognite.client.credentials import Token
            >>> CogniteClient.default("p", "api", Token("t")).version  # doctest: +ELLIPSIS
            '...'
        """
        return __version__

    def with_options(
        self, *, cdf_version: str | None = None, headers: dict[str, str] | None = None, timeout: float | None = None
    ) -> AsyncCogniteClient:
        """A client sending with other defaults (shares config, connection pool and concurrency limits).

        Example:
            >>> from cognite.client import AsyncCogniteClient, ClientConfig
            >>> from cognite.client.credentials import Token
            >>> client = AsyncCogniteClient(ClientConfig(client_name="a", project="p", credentials=Token("t"),
            ...                                          base_url="https://api.cognitedata.com"))
            >>> beta = client.with_options(cdf_version="20230101-beta")
            >>> beta.transport.options.cdf_version
            '20230101-beta'
        """
        if cdf_version is not None and not isinstance(cdf_version, str):
            raise TypeError("cdf_version must be a string")
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
            raise ValueError("timeout must be a positive number")
        transport = self._transport.with_options(cdf_version=cdf_version, headers=headers, timeout=timeout)
        return AsyncCogniteClient(self._config, _transport=transport)

    async def aclose(self) -> None:
        """Close this client's connection pool on the running event loop (other clients sharing it reconnect).

        Example:
            >>> async with AsyncCogniteClient(config) as client:  # doctest: +SKIP
            ...     assets = await client.assets.list()
        """
        from cognite.client._http.pool import close_pools

        await close_pools(self._transport.http_transport or global_config.http_transport)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- raw requests --------------------------------------------------------------------------------------------
    async def _raw(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if not isinstance(url, str) or not url:
            raise ValueError("url must be a non-empty string, e.g. '/assets/list'")
        return await self._transport.request(method, url, **kwargs)

    async def get(
        self,
        url: str,
        params: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        *,
        cdf_version: str | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """GET an arbitrary path (relative to the project, "/api/v1/..." or a full URL).

        Example:
            >>> res = await client.get("/assets", params={"limit": 1})  # doctest: +SKIP
            >>> res.json()["items"]  # doctest: +SKIP
        """
        return await self._raw("GET", url, params=params, headers=headers, cdf_version=cdf_version, timeout=timeout)

    async def post(
        self,
        url: str,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        *,
        cdf_version: str | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """POST to an arbitrary path. Retried on 5xx only when the path is safe to repeat (list, byids, ...).

        Example:
            >>> res = await client.post("/assets/list", json={"limit": 10})  # doctest: +SKIP
        """
        return await self._raw(
            "POST", url, json=json, params=params, headers=headers, cdf_version=cdf_version, timeout=timeout
        )

    async def put(
        self,
        url: str,
        json: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        *,
        cdf_version: str | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """PUT to an arbitrary path.

        Example:
            >>> res = await client.put("/some/path", json={})  # doctest: +SKIP
        """
        return await self._raw(
            "PUT", url, json=json, params=params, headers=headers, cdf_version=cdf_version, timeout=timeout
        )

    async def delete(
        self,
        url: str,
        params: dict[str, Any] | None = None,
        headers: dict[str, Any] | None = None,
        *,
        cdf_version: str | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        """DELETE an arbitrary path.

        Example:
            >>> res = await client.delete("/some/path")  # doctest: +SKIP
        """
        return await self._raw("DELETE", url, params=params, headers=headers, cdf_version=cdf_version, timeout=timeout)

    # -- constructors --------------------------------------------------------------------------------------------
    @classmethod
    def default(
        cls, project: str, cdf_cluster: str, credentials: CredentialProvider, client_name: str | None = None
    ) -> Self:
        """A client for `https://{cdf_cluster}.cognitedata.com`.

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> from cognite.client.credentials import Token
            >>> AsyncCogniteClient.default("my-project", "api", Token("abc")).config.base_url
            'https://api.cognitedata.com'
        """
        return cls(ClientConfig.default(project, cdf_cluster, credentials, client_name))

    @classmethod
    def default_oauth_client_credentials(
        cls,
        project: str,
        cdf_cluster: str,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        client_name: str | None = None,
    ) -> Self:
        """A client using the client credentials flow against Microsoft Entra ID.

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> c = AsyncCogniteClient.default_oauth_client_credentials("p", "api", "tenant", "id", "secret")
            >>> type(c.config.credentials).__name__
            'OAuthClientCredentials'
        """
        creds = OAuthClientCredentials.default_for_entra_id(tenant_id, client_id, client_secret, cdf_cluster)
        return cls(ClientConfig.default(project, cdf_cluster, creds, client_name))

    @classmethod
    def default_oauth_interactive(
        cls, project: str, cdf_cluster: str, tenant_id: str, client_id: str, client_name: str | None = None
    ) -> Self:
        """A client using the interactive (browser) flow against Microsoft Entra ID.

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> c = AsyncCogniteClient.default_oauth_interactive("p", "api", "tenant", "id")
            >>> type(c.config.credentials).__name__
            'OAuthInteractive'
        """
        creds = OAuthInteractive.default_for_entra_id(tenant_id, client_id, cdf_cluster)
        return cls(ClientConfig.default(project, cdf_cluster, creds, client_name))

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> Self:
        """A client from a dict or YAML/JSON string of `ClientConfig` arguments (credentials as a dict).

        Example:
            >>> from cognite.client import AsyncCogniteClient
            >>> c = AsyncCogniteClient.load({"client_name": "a", "project": "p", "base_url": "https://x.cognitedata.com",
            ...                             "credentials": {"token": "abc"}})
            >>> c.config.cdf_cluster
            'x'
        """
        return cls(ClientConfig.load(config))

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(children("")))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(config={self._config!r})"


def _config_from_env() -> ClientConfig:
    try:
        return ClientConfig()
    except (ValueError, TypeError) as e:
        raise ValueError(
            "No ClientConfig given: pass one, set global_config.default_client_config, or set the COGNITE_* "
            f"environment variables ({e})"
        ) from e


class CogniteClient(SyncWrapper, _SyncFacade):
    """Main entry point (blocking): the same APIs as `AsyncCogniteClient`, each call run to completion.

    The async client is the implementation; this wraps it generically (coroutines -> results, async iterators ->
    iterators, nested APIs wrapped too) and runs everything on one background event loop, so it also works from
    inside a running loop (e.g. Jupyter). Type checkers see the generated twins instead (`cognite.client._sync_api`:
    `client.assets` is a `SyncAssetsAPI`, ...).

    Args:
        config: the configuration (see `AsyncCogniteClient`).
        http_transport: an `httpx.AsyncBaseTransport` to send through (e.g. the in-process emulator's).

    Example:
        >>> from cognite.client import CogniteClient, ClientConfig
        >>> from cognite.client.credentials import Token
        >>> client = CogniteClient(ClientConfig(client_name="my-app", project="my-project", credentials=Token("abc"),
        ...                                     base_url="https://api.cognitedata.com"))
        >>> client.version == client.get_async_client().version
        True
        >>> # for asset in client.assets(chunk_size=None): ...
    """

    __slots__ = ()
    _async_obj: AsyncCogniteClient

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        http_transport: httpx.AsyncBaseTransport | None = None,
        _async_client: AsyncCogniteClient | None = None,
    ) -> None:
        super().__init__(_async_client or AsyncCogniteClient(config, http_transport=http_transport))

    @property
    def _async_client(self) -> AsyncCogniteClient:
        return self._async_obj

    def get_async_client(self) -> AsyncCogniteClient:
        """The `AsyncCogniteClient` this client wraps (same config and transport).

        Example:
            >>> from cognite.client import CogniteClient
            >>> from cognite.client.credentials import Token
            >>> c = CogniteClient.default("p", "api", Token("t"))
            >>> c.get_async_client().config is c.config
            True
        """
        return self._async_obj

    def run_sync(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Run a coroutine of the async client on the background loop and return its result.

        Example:
            >>> assets = client.run_sync(client.get_async_client().assets.list(limit=5))  # doctest: +SKIP
        """
        return run_sync(coro)

    def close(self) -> None:
        """Close the connection pool of the SDK's background loop used by this client.

        Example:
            >>> with CogniteClient(config) as client:  # doctest: +SKIP
            ...     assets = client.assets.list()
        """
        run_sync(self._async_obj.aclose())

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def with_options(
        self, *, cdf_version: str | None = None, headers: dict[str, str] | None = None, timeout: float | None = None
    ) -> CogniteClient:
        """A client sending with other defaults (see `AsyncCogniteClient.with_options`).

        Example:
            >>> from cognite.client import CogniteClient
            >>> from cognite.client.credentials import Token
            >>> c = CogniteClient.default("p", "api", Token("t")).with_options(cdf_version="beta")
            >>> c.transport.options.cdf_version
            'beta'
        """
        return CogniteClient(
            _async_client=self._async_obj.with_options(cdf_version=cdf_version, headers=headers, timeout=timeout)
        )

    @classmethod
    def default(
        cls, project: str, cdf_cluster: str, credentials: CredentialProvider, client_name: str | None = None
    ) -> Self:
        """A client for `https://{cdf_cluster}.cognitedata.com` (see `AsyncCogniteClient.default`).

        Example:
            >>> from cognite.client import CogniteClient
            >>> from cognite.client.credentials import Token
            >>> CogniteClient.default("my-project", "api", Token("abc")).config.project
            'my-project'
        """
        return cls(_async_client=AsyncCogniteClient.default(project, cdf_cluster, credentials, client_name))

    @classmethod
    def default_oauth_client_credentials(
        cls,
        project: str,
        cdf_cluster: str,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        client_name: str | None = None,
    ) -> Self:
        """Client credentials against Microsoft Entra ID (see the async twin).

        Example:
            >>> from cognite.client import CogniteClient
            >>> CogniteClient.default_oauth_client_credentials("p", "api", "t", "id", "s").config.project
            'p'
        """
        return cls(
            _async_client=AsyncCogniteClient.default_oauth_client_credentials(
                project, cdf_cluster, tenant_id, client_id, client_secret, client_name
            )
        )

    @classmethod
    def default_oauth_interactive(
        cls, project: str, cdf_cluster: str, tenant_id: str, client_id: str, client_name: str | None = None
    ) -> Self:
        """Interactive login against Microsoft Entra ID (see the async twin).

        Example:
            >>> from cognite.client import CogniteClient
            >>> CogniteClient.default_oauth_interactive("p", "api", "t", "id").config.project
            'p'
        """
        return cls(
            _async_client=AsyncCogniteClient.default_oauth_interactive(
                project, cdf_cluster, tenant_id, client_id, client_name
            )
        )

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> Self:
        """A client from a dict or YAML/JSON string (see `ClientConfig.load`).

        Example:
            >>> from cognite.client import CogniteClient
            >>> CogniteClient.load({"client_name": "a", "project": "p", "cluster": "api",
            ...                     "credentials": {"token": "abc"}}).config.base_url
            'https://api.cognitedata.com'
        """
        return cls(_async_client=AsyncCogniteClient.load(config))

    def __repr__(self) -> str:
        return f"CogniteClient(config={self._async_obj.config!r})"

"""Credential providers: what the transport asks for an `Authorization` (or legacy `api-key`) header on every attempt.

A provider implements `authorization_header() -> (name, value)`; the transport calls the async variant
`authorization_header_async(http)` with its pooled httpx client, so token requests reuse the connection pool and the
injected transport (e.g. the in-process emulator). OAuth providers cache the token and refresh it `leeway` seconds
before expiry, one refresh at a time (a thread lock for sync callers, a per-event-loop asyncio lock for async ones).
Secrets and tokens never appear in reprs.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import threading
import time
import weakref
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self  # typing.Self is Python 3.11+; annotations are not evaluated at runtime

from cognite.client.exceptions import CogniteAuthError, CogniteImportError, CogniteOAuthError

_TOKEN_REQUEST_TIMEOUT = 30.0
# The identity provider can be briefly unavailable too: a few quick retries before giving up.
_TOKEN_ATTEMPTS = 3
_TRANSIENT = frozenset({429, 500, 502, 503, 504})


def _token_backoff(attempt: int) -> float:
    return 0.5 * 2**attempt


class CredentialProvider(ABC):
    """Base class of credential providers. `CredentialProvider.load` builds one from a dict or YAML/JSON string.

    Example:
        >>> from cognite.client.credentials import CredentialProvider, Token
        >>> creds = CredentialProvider.load({"token": "abc"})
        >>> isinstance(creds, Token)
        True
    """

    @abstractmethod
    def authorization_header(self) -> tuple[str, str]:
        """The header (name, value) to authenticate one request with.

        Example:
            >>> from cognite.client.credentials import Token
            >>> Token("abc").authorization_header()
            ('Authorization', 'Bearer abc')
        """

    async def authorization_header_async(self, http: httpx.AsyncClient | None = None) -> tuple[str, str]:
        """Async variant used by the transport; `http` is the pooled client token requests may reuse.

        Example:
            >>> import asyncio
            >>> from cognite.client.credentials import Token
            >>> asyncio.run(Token("abc").authorization_header_async())
            ('Authorization', 'Bearer abc')
        """
        return self.authorization_header()

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> CredentialProvider:
        """Build a provider from `{"<type>": {...args}}` where type is one of token, client_credentials,
        interactive, device_code, client_certificate (or api_key, legacy).

        Args:
            config: a dict, or a YAML/JSON string holding one.

        Returns:
            The credential provider.

        Example:
            >>> from cognite.client.credentials import CredentialProvider
            >>> creds = CredentialProvider.load(
            ...     {"client_credentials": {"token_url": "https://idp/token", "client_id": "c",
            ...                             "client_secret": "s", "scopes": ["https://x/.default"]}}
            ... )
            >>> type(creds).__name__
            'OAuthClientCredentials'
        """
        loaded = _parse_mapping(config, "credentials")
        if len(loaded) != 1:
            raise ValueError(
                f"Credentials must hold exactly one of {sorted(_LOADERS)} as top-level key, got {sorted(loaded)}"
            )
        (kind, args), *_ = loaded.items()
        if kind not in _LOADERS:
            raise ValueError(f"Unknown credentials type {kind!r}; expected one of {sorted(_LOADERS)}")
        target = _LOADERS[kind]
        if isinstance(args, str) and kind in ("token", "api_key"):
            return target(args)
        if not isinstance(args, Mapping):
            raise TypeError(f"Arguments of credentials type {kind!r} must be a mapping, got {type(args).__name__}")
        return target.load(dict(args))


def _parse_mapping(config: dict[str, Any] | str, what: str) -> dict[str, Any]:
    if isinstance(config, Mapping):
        return dict(config)
    if isinstance(config, str):
        try:
            loaded = json.loads(config)
        except json.JSONDecodeError:
            try:
                import yaml
            except ImportError as e:
                raise CogniteImportError("pyyaml", f"Loading {what} from YAML requires pyyaml") from e
            loaded = yaml.safe_load(config)
        if not isinstance(loaded, dict):
            raise TypeError(f"{what} string must hold a mapping, got {type(loaded).__name__}")
        return loaded
    raise TypeError(f"{what} must be a dict or a YAML/JSON string, got {type(config).__name__}")


class Token(CredentialProvider):
    """A static bearer token, or a callable returning one (called for every request, e.g. to refresh it yourself).

    Args:
        token: the token, or a zero-argument callable returning it.

    Example:
        >>> from cognite.client.credentials import Token
        >>> Token("abc").authorization_header()
        ('Authorization', 'Bearer abc')
        >>> Token(lambda: "fresh").authorization_header()
        ('Authorization', 'Bearer fresh')
    """

    def __init__(self, token: str | Callable[[], str]) -> None:
        if isinstance(token, str):
            if not token:
                raise ValueError("Token must be a non-empty string or a callable")
        elif not callable(token):
            raise TypeError(f"Token must be a string or a callable returning one, got {type(token).__name__}")
        self.__token = token
        self.__lock = threading.Lock()

    @property
    def token(self) -> str | Callable[[], str]:
        return self.__token

    def authorization_header(self) -> tuple[str, str]:
        token = self.__token
        if callable(token):
            with self.__lock:  # user callables are often not thread-safe
                token = token()
        return "Authorization", f"Bearer {token}"

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> Token:
        """Load from `{"token": "..."}` or the token string itself.

        Example:
            >>> from cognite.client.credentials import Token
            >>> Token.load({"token": "abc"}).authorization_header()[1]
            'Bearer abc'
        """
        if isinstance(config, str):
            return cls(config)
        return cls(config["token"])

    def __repr__(self) -> str:
        return "Token(<redacted>)"


class APIKey(CredentialProvider):
    """Legacy API key, sent as the `api-key` header.

    Example:
        >>> from cognite.client.credentials import APIKey
        >>> APIKey("k").authorization_header()
        ('api-key', 'k')
    """

    def __init__(self, api_key: str) -> None:
        if not isinstance(api_key, str) or not api_key:
            raise ValueError("api_key must be a non-empty string")
        self.__api_key = api_key

    def authorization_header(self) -> tuple[str, str]:
        return "api-key", self.__api_key

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> APIKey:
        """Load from `{"api_key": "..."}` or the key itself.

        Example:
            >>> from cognite.client.credentials import APIKey
            >>> APIKey.load({"api_key": "k"}).authorization_header()
            ('api-key', 'k')
        """
        return cls(config if isinstance(config, str) else config["api_key"])

    def __repr__(self) -> str:
        return "APIKey(<redacted>)"


class _CachedTokenProvider(CredentialProvider):
    """Caches an OAuth access token and refreshes it `token_expiry_leeway_seconds` before it expires."""

    def __init__(self, token_expiry_leeway_seconds: float = 30) -> None:
        if token_expiry_leeway_seconds < 0:
            raise ValueError("token_expiry_leeway_seconds must be >= 0")
        self.token_expiry_leeway_seconds = token_expiry_leeway_seconds
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._clock: Callable[[], float] = time.monotonic  # replaceable in tests
        self._sleep: Callable[[float], Any] = asyncio.sleep  # replaceable in tests
        self.refresh_count = 0  # number of tokens fetched (observability, tests)

    def invalidate(self) -> None:
        """Forget the cached token (the transport calls this once when CDF answers 401); the next request fetches
        a new one.

        Example:
            >>> from cognite.client.credentials import OAuthClientCredentials
            >>> creds = OAuthClientCredentials("https://idp/token", "id", "secret", ["scope"])
            >>> creds.invalidate()
        """
        self._access_token = None
        self._expires_at = 0.0

    def _needs_refresh(self) -> bool:
        return self._access_token is None or self._clock() >= self._expires_at - self.token_expiry_leeway_seconds

    def _store(self, result: Mapping[str, Any]) -> None:
        if "error" in result:
            raise CogniteOAuthError(str(result["error"]), str(result.get("error_description", "")))
        if "access_token" not in result:
            raise CogniteAuthError(f"Token response holds no access_token (keys: {sorted(result)})")
        self._access_token = str(result["access_token"])
        expires_in = result.get("expires_in")
        if expires_in is None and result.get("expires_at") is not None:
            expires_in = float(result["expires_at"]) - time.time()
        self._expires_at = self._clock() + float(expires_in if expires_in is not None else 3600)
        self.refresh_count += 1

    @abstractmethod
    def _fetch_token(self) -> Mapping[str, Any]:
        """Obtain a new token response (`access_token`, `expires_in`) — blocking."""

    async def _fetch_token_async(self, http: httpx.AsyncClient | None) -> Mapping[str, Any]:
        return await asyncio.to_thread(self._fetch_token)

    def authorization_header(self) -> tuple[str, str]:
        if self._needs_refresh():
            with self._lock:
                if self._needs_refresh():
                    self._store(self._fetch_token())
        return "Authorization", f"Bearer {self._access_token}"

    async def authorization_header_async(self, http: httpx.AsyncClient | None = None) -> tuple[str, str]:
        if self._needs_refresh():
            loop = asyncio.get_running_loop()
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks.setdefault(loop, asyncio.Lock())
            async with lock:  # concurrent requests wait for the one refresh in flight
                if self._needs_refresh():
                    self._store(await self._fetch_token_async(http))
        return "Authorization", f"Bearer {self._access_token}"


class OAuthClientCredentials(_CachedTokenProvider):
    """OAuth 2.0 client credentials flow (a service principal), with plain httpx; no extra dependency.

    Args:
        token_url: the identity provider's token endpoint.
        client_id: the client (application) id.
        client_secret: the client secret.
        scopes: scopes to request (sent space-separated), e.g. `["https://<cluster>.cognitedata.com/.default"]`.
        token_expiry_leeway_seconds: refresh this long before the token expires.
        **token_custom_args: extra form fields for the token request (e.g. `audience`).

    Example:
        >>> from cognite.client.credentials import OAuthClientCredentials
        >>> creds = OAuthClientCredentials(
        ...     token_url="https://login.microsoftonline.com/my-tenant/oauth2/v2.0/token",
        ...     client_id="my-client-id",
        ...     client_secret="my-secret",
        ...     scopes=["https://greenfield.cognitedata.com/.default"],
        ... )
        >>> "my-secret" in repr(creds)
        False
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scopes: list[str] | str | None = None,
        token_expiry_leeway_seconds: float = 30,
        **token_custom_args: Any,
    ) -> None:
        super().__init__(token_expiry_leeway_seconds)
        for name, value in (("token_url", token_url), ("client_id", client_id), ("client_secret", client_secret)):
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty string")
        if isinstance(scopes, str):
            scopes = scopes.split()
        self.token_url = token_url
        self.client_id = client_id
        self.__client_secret = client_secret
        self.scopes = list(scopes or [])
        self.token_custom_args = token_custom_args

    @property
    def client_secret(self) -> str:
        return self.__client_secret

    def _form(self) -> dict[str, str]:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.__client_secret}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        form.update({k: str(v) for k, v in self.token_custom_args.items()})
        return form

    def _parse(self, response: httpx.Response) -> Mapping[str, Any]:
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise CogniteAuthError(f"Token endpoint answered {response.status_code} with a non-JSON body")
        if response.status_code >= 400 and "error" not in body:
            raise CogniteOAuthError(f"http {response.status_code}", str(body))
        return body

    def _settle(self, attempt: int, outcome: httpx.Response | httpx.TransportError) -> Mapping[str, Any] | float:
        """The token response if this attempt settles the request, else the backoff before the next one.

        The retry policy of both the blocking and the async flow; raises the transport error of the last attempt.
        """
        last = attempt == _TOKEN_ATTEMPTS - 1
        if isinstance(outcome, httpx.TransportError):
            if last:
                raise outcome
            return _token_backoff(attempt)
        if outcome.status_code not in _TRANSIENT or last:
            return self._parse(outcome)
        return _token_backoff(attempt)

    def _fetch_token(self) -> Mapping[str, Any]:
        with httpx.Client(timeout=_TOKEN_REQUEST_TIMEOUT) as http:
            for attempt in range(_TOKEN_ATTEMPTS):
                try:
                    outcome: httpx.Response | httpx.TransportError = http.post(self.token_url, data=self._form())
                except httpx.TransportError as e:
                    outcome = e
                step = self._settle(attempt, outcome)
                if not isinstance(step, float):
                    return step
                time.sleep(step)
        raise AssertionError("unreachable")

    async def _fetch_token_async(self, http: httpx.AsyncClient | None) -> Mapping[str, Any]:
        if http is None:
            async with httpx.AsyncClient(timeout=_TOKEN_REQUEST_TIMEOUT) as own:
                return await self._fetch_token_async(own)
        for attempt in range(_TOKEN_ATTEMPTS):
            try:
                outcome: httpx.Response | httpx.TransportError = await http.post(
                    self.token_url, data=self._form(), timeout=_TOKEN_REQUEST_TIMEOUT
                )
            except httpx.TransportError as e:
                outcome = e
            step = self._settle(attempt, outcome)
            if not isinstance(step, float):
                return step
            await self._sleep(step)
        raise AssertionError("unreachable")

    @classmethod
    def default_for_entra_id(
        cls,
        tenant_id: str,
        client_id: str,
        client_secret: str,
        cdf_cluster: str,
        token_expiry_leeway_seconds: float = 30,
        **token_custom_args: Any,
    ) -> OAuthClientCredentials:
        """Client credentials against Microsoft Entra ID for a CDF cluster.

        Example:
            >>> from cognite.client.credentials import OAuthClientCredentials
            >>> c = OAuthClientCredentials.default_for_entra_id("tenant", "id", "secret", "westeurope-1")
            >>> c.token_url, c.scopes
            ('https://login.microsoftonline.com/tenant/oauth2/v2.0/token', ['https://westeurope-1.cognitedata.com/.default'])
        """
        return cls(
            token_url=f"https://login.microsoftonline.com/{tenant_id}/oauth2/v2.0/token",
            client_id=client_id,
            client_secret=client_secret,
            scopes=[f"https://{cdf_cluster}.cognitedata.com/.default"],
            token_expiry_leeway_seconds=token_expiry_leeway_seconds,
            **token_custom_args,
        )

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> OAuthClientCredentials:
        """Load from a dict (or YAML/JSON string) of the constructor's arguments.

        Example:
            >>> from cognite.client.credentials import OAuthClientCredentials
            >>> OAuthClientCredentials.load({"token_url": "https://idp/t", "client_id": "c", "client_secret": "s",
            ...                              "scopes": "a b"}).scopes
            ['a', 'b']
        """
        return cls(**_parse_mapping(config, "client_credentials"))

    def __repr__(self) -> str:
        return f"OAuthClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, scopes={self.scopes!r})"


def _import_msal() -> Any:
    try:
        import msal
    except ImportError as e:
        raise CogniteImportError("msal", "This credential provider requires msal: pip install msal") from e
    return msal


class _MsalProvider(_CachedTokenProvider):
    """Shared by the msal-based flows: build the msal app lazily, try the silent path (cache/refresh token) first."""

    def __init__(self, authority_url: str, client_id: str, scopes: list[str], token_expiry_leeway_seconds: float):
        super().__init__(token_expiry_leeway_seconds)
        if not authority_url or not client_id:
            raise ValueError("authority_url and client_id must be non-empty strings")
        if not scopes:
            raise ValueError("scopes must be a non-empty list")
        self.authority_url = authority_url
        self.client_id = client_id
        self.scopes = list(scopes)
        self._app: Any = None

    @abstractmethod
    def _build_app(self, msal: Any) -> Any: ...

    @abstractmethod
    def _acquire(self, app: Any) -> Mapping[str, Any]: ...

    def _fetch_token(self) -> Mapping[str, Any]:
        if self._app is None:
            self._app = self._build_app(_import_msal())
        accounts = self._app.get_accounts() if hasattr(self._app, "get_accounts") else []
        if accounts:
            result = self._app.acquire_token_silent(self.scopes, account=accounts[0])
            if result and "access_token" in result:
                return result
        return self._acquire(self._app)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(authority_url={self.authority_url!r}, client_id={self.client_id!r}, scopes={self.scopes!r})"


def _token_cache(path: Path | None, client_id: str, msal: Any) -> Any:
    cache = msal.SerializableTokenCache()
    file = path or Path(tempfile.gettempdir()) / f"cognitetokencache.{client_id}.bin"
    if file.exists():
        cache.deserialize(file.read_text())

    def persist() -> None:
        if cache.has_state_changed:
            file.write_text(cache.serialize())

    cache.persist = persist
    return cache


class _MsalPublicClient(_MsalProvider):
    """Shared by the user-login flows (interactive, device code): an msal public client with an on-disk cache."""

    token_cache_path: Path | None
    _cache: Any

    def _build_app(self, msal: Any) -> Any:
        self._cache = _token_cache(self.token_cache_path, self.client_id, msal)
        return msal.PublicClientApplication(self.client_id, authority=self.authority_url, token_cache=self._cache)

    def _fetch_token(self) -> Mapping[str, Any]:
        result = super()._fetch_token()
        self._cache.persist()  # after a login, and after a silent refresh too (it may rotate the refresh token)
        return result

    @classmethod
    def default_for_entra_id(cls, tenant_id: str, client_id: str, cdf_cluster: str, **kwargs: Any) -> Self:
        """This login flow against Microsoft Entra ID for a CDF cluster.

        Example:
            >>> from cognite.client.credentials import OAuthDeviceCode, OAuthInteractive
            >>> OAuthInteractive.default_for_entra_id("tenant", "id", "westeurope-1").scopes
            ['https://westeurope-1.cognitedata.com/.default']
            >>> OAuthDeviceCode.default_for_entra_id("tenant", "id", "westeurope-1").authority_url
            'https://login.microsoftonline.com/tenant'
        """
        return cls(
            authority_url=f"https://login.microsoftonline.com/{tenant_id}",
            client_id=client_id,
            scopes=[f"https://{cdf_cluster}.cognitedata.com/.default"],
            **kwargs,
        )


class OAuthInteractive(_MsalPublicClient):
    """Interactive login in a browser (msal public client; token cached on disk and refreshed silently).

    Example:
        >>> from cognite.client.credentials import OAuthInteractive
        >>> creds = OAuthInteractive(
        ...     authority_url="https://login.microsoftonline.com/my-tenant",
        ...     client_id="my-client-id",
        ...     scopes=["https://greenfield.cognitedata.com/.default"],
        ... )
    """

    def __init__(
        self,
        authority_url: str,
        client_id: str,
        scopes: list[str],
        redirect_port: int = 53000,
        token_cache_path: Path | None = None,
        token_expiry_leeway_seconds: float = 30,
        **token_custom_args: Any,
    ) -> None:
        super().__init__(authority_url, client_id, scopes, token_expiry_leeway_seconds)
        self.redirect_port = redirect_port
        self.token_cache_path = token_cache_path
        self.token_custom_args = token_custom_args

    def _acquire(self, app: Any) -> Mapping[str, Any]:
        return app.acquire_token_interactive(self.scopes, port=self.redirect_port, **self.token_custom_args)

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> OAuthInteractive:
        """Load from a dict (or YAML/JSON string) of the constructor's arguments.

        Example:
            >>> from cognite.client.credentials import OAuthInteractive
            >>> OAuthInteractive.load({"authority_url": "https://login/t", "client_id": "c", "scopes": ["s"]}).client_id
            'c'
        """
        return cls(**_parse_mapping(config, "interactive"))


class OAuthDeviceCode(_MsalPublicClient):
    """Device code flow: prints a code to enter at a URL on another device (msal public client).

    Example:
        >>> from cognite.client.credentials import OAuthDeviceCode
        >>> creds = OAuthDeviceCode(
        ...     authority_url="https://login.microsoftonline.com/my-tenant",
        ...     client_id="my-client-id",
        ...     scopes=["https://greenfield.cognitedata.com/.default"],
        ... )
    """

    def __init__(
        self,
        authority_url: str,
        client_id: str,
        scopes: list[str],
        token_cache_path: Path | None = None,
        token_expiry_leeway_seconds: float = 30,
        **token_custom_args: Any,
    ) -> None:
        super().__init__(authority_url, client_id, scopes, token_expiry_leeway_seconds)
        self.token_cache_path = token_cache_path
        self.token_custom_args = token_custom_args

    def _acquire(self, app: Any) -> Mapping[str, Any]:
        flow = app.initiate_device_flow(scopes=self.scopes)
        if "user_code" not in flow:
            raise CogniteOAuthError(str(flow.get("error", "device flow")), str(flow.get("error_description", "")))
        print(flow["message"])  # the user must read this to log in
        return app.acquire_token_by_device_flow(flow, **self.token_custom_args)

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> OAuthDeviceCode:
        """Load from a dict (or YAML/JSON string) of the constructor's arguments.

        Example:
            >>> from cognite.client.credentials import OAuthDeviceCode
            >>> OAuthDeviceCode.load({"authority_url": "https://login/t", "client_id": "c", "scopes": ["s"]}).scopes
            ['s']
        """
        return cls(**_parse_mapping(config, "device_code"))


class OAuthClientCertificate(_MsalProvider):
    """Client credentials with a certificate instead of a secret (msal confidential client).

    Args:
        authority_url: e.g. `https://login.microsoftonline.com/<tenant>`.
        client_id: the application id.
        cert_thumbprint: the certificate's thumbprint (hex).
        certificate: the PEM private key.
        scopes: scopes to request.

    Example:
        >>> from cognite.client.credentials import OAuthClientCertificate
        >>> creds = OAuthClientCertificate(
        ...     authority_url="https://login.microsoftonline.com/my-tenant",
        ...     client_id="my-client-id",
        ...     cert_thumbprint="ABCDEF",
        ...     certificate="-----BEGIN PRIVATE KEY-----...",
        ...     scopes=["https://greenfield.cognitedata.com/.default"],
        ... )
        >>> "PRIVATE" in repr(creds)
        False
    """

    def __init__(
        self,
        authority_url: str,
        client_id: str,
        cert_thumbprint: str,
        certificate: str,
        scopes: list[str],
        token_expiry_leeway_seconds: float = 30,
    ) -> None:
        super().__init__(authority_url, client_id, scopes, token_expiry_leeway_seconds)
        if not cert_thumbprint or not certificate:
            raise ValueError("cert_thumbprint and certificate must be non-empty strings")
        self.cert_thumbprint = cert_thumbprint
        self.__certificate = certificate

    def _build_app(self, msal: Any) -> Any:
        credential = {"thumbprint": self.cert_thumbprint, "private_key": self.__certificate}
        return msal.ConfidentialClientApplication(
            self.client_id, authority=self.authority_url, client_credential=credential
        )

    def _acquire(self, app: Any) -> Mapping[str, Any]:
        return app.acquire_token_for_client(scopes=self.scopes)

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> OAuthClientCertificate:
        """Load from a dict (or YAML/JSON string) of the constructor's arguments.

        Example:
            >>> from cognite.client.credentials import OAuthClientCertificate
            >>> OAuthClientCertificate.load({"authority_url": "https://login/t", "client_id": "c",
            ...                              "cert_thumbprint": "AB", "certificate": "PEM", "scopes": ["s"]}).client_id
            'c'
        """
        return cls(**_parse_mapping(config, "client_certificate"))


_LOADERS: dict[str, Any] = {
    "token": Token,
    "api_key": APIKey,
    "client_credentials": OAuthClientCredentials,
    "interactive": OAuthInteractive,
    "device_code": OAuthDeviceCode,
    "client_certificate": OAuthClientCertificate,
}

"""Client configuration (`ClientConfig`, one per client) and process-wide settings (`global_config`).

Both can be loaded from a dict or a YAML/JSON string, and fall back to the `COGNITE_*` environment variables:
client: COGNITE_CLIENT_NAME, COGNITE_PROJECT, COGNITE_BASE_URL, COGNITE_CLUSTER, COGNITE_API_SUBVERSION,
COGNITE_TIMEOUT, COGNITE_FILE_TRANSFER_TIMEOUT, and credentials from COGNITE_TOKEN, or COGNITE_TOKEN_URL +
COGNITE_CLIENT_ID + COGNITE_CLIENT_SECRET (+ COGNITE_TOKEN_SCOPES), or COGNITE_API_KEY (legacy);
global: COGNITE_DISABLE_GZIP, COGNITE_DISABLE_SSL, COGNITE_DISABLE_PYPI_VERSION_CHECK, COGNITE_MAX_RETRIES,
COGNITE_MAX_RETRIES_CONNECT, COGNITE_MAX_RETRY_BACKOFF, COGNITE_MAX_CONNECTION_POOL_SIZE, COGNITE_STATUS_FORCELIST,
COGNITE_PROXY, COGNITE_MAX_WORKERS (deprecated; sets general.read).
"""

from __future__ import annotations

import getpass
import os
import re
import warnings
from typing import Any

from cognite.client._http.concurrency import ConcurrencySettings
from cognite.client._version import __api_subversion__
from cognite.client.credentials import APIKey, CredentialProvider, OAuthClientCredentials, Token, _parse_mapping

_DEFAULT_TIMEOUT = 60.0
_DEFAULT_FILE_TRANSFER_TIMEOUT = 600.0
_CLUSTER_RE = re.compile(r"https?://(?:[^/.]*\.plink\.)?([^/.]+)\.cognitedata\.com")
_API_SUBVERSION_RE = re.compile(r"^(\d{8}(-(alpha|beta))?|alpha|beta|v1)$")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _env_bool(name: str) -> bool | None:
    value = os.environ.get(name)
    if value is None:
        return None
    if value.strip().lower() in _TRUE:
        return True
    if value.strip().lower() in _FALSE:
        return False
    raise ValueError(f"Environment variable {name}={value!r} is not a boolean (use 0/1/true/false)")


def _env_number(name: str, kind: type) -> Any:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    try:
        return kind(value)
    except ValueError:
        raise ValueError(f"Environment variable {name}={value!r} is not a valid {kind.__name__}") from None


def _positive(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return float(value)


def _credentials_from_env() -> CredentialProvider | None:
    env = os.environ
    if env.get("COGNITE_TOKEN"):
        return Token(env["COGNITE_TOKEN"])
    if env.get("COGNITE_TOKEN_URL") and env.get("COGNITE_CLIENT_ID") and env.get("COGNITE_CLIENT_SECRET"):
        scopes = [s for s in re.split(r"[,\s]+", env.get("COGNITE_TOKEN_SCOPES", "")) if s]
        return OAuthClientCredentials(
            env["COGNITE_TOKEN_URL"], env["COGNITE_CLIENT_ID"], env["COGNITE_CLIENT_SECRET"], scopes
        )
    if env.get("COGNITE_API_KEY"):
        return APIKey(env["COGNITE_API_KEY"])
    return None


class ClientConfig:
    """Configuration of one client: where to send requests, as whom, with which API version.

    Args:
        client_name: a name for your application, sent as `x-cdp-app` (env: COGNITE_CLIENT_NAME).
        project: the CDF project (env: COGNITE_PROJECT).
        credentials: a `CredentialProvider` (`Token`, `OAuthClientCredentials`, ...), or a dict for
            `CredentialProvider.load` (env: COGNITE_TOKEN / COGNITE_TOKEN_URL+CLIENT_ID+CLIENT_SECRET / COGNITE_API_KEY).
        api_subversion: the default `cdf-version` header (default "20230101"); per call: `cdf_version=`.
        base_url: e.g. "https://westeurope-1.cognitedata.com" (env: COGNITE_BASE_URL). Wins over `cluster`.
        cluster: the CDF cluster; base_url becomes "https://{cluster}.cognitedata.com".
        headers: extra headers sent with every request.
        timeout: seconds per request attempt (default 60; env: COGNITE_TIMEOUT).
        file_transfer_timeout: seconds per file upload/download (default 600; env: COGNITE_FILE_TRANSFER_TIMEOUT).
        debug: log requests, responses and retries to stderr (logger "cognite.client"; secrets redacted).

    Example:
        >>> from cognite.client import ClientConfig
        >>> from cognite.client.credentials import Token
        >>> cfg = ClientConfig(client_name="my-app", project="my-project", credentials=Token("abc"),
        ...                    cluster="westeurope-1")
        >>> cfg.base_url
        'https://westeurope-1.cognitedata.com'
    """

    def __init__(
        self,
        client_name: str | None = None,
        project: str | None = None,
        credentials: CredentialProvider | dict[str, Any] | None = None,
        api_subversion: str | None = None,
        base_url: str | None = None,
        cluster: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
        file_transfer_timeout: float | None = None,
        debug: bool = False,
    ) -> None:
        env = os.environ
        client_name = client_name if client_name is not None else env.get("COGNITE_CLIENT_NAME")
        project = project if project is not None else env.get("COGNITE_PROJECT")
        if credentials is None:
            credentials = _credentials_from_env()
        if isinstance(credentials, dict):
            credentials = CredentialProvider.load(credentials)
        if base_url is None and cluster is None:
            base_url = env.get("COGNITE_BASE_URL") or None
            cluster = env.get("COGNITE_CLUSTER") or None
        api_subversion = api_subversion or env.get("COGNITE_API_SUBVERSION") or __api_subversion__
        if timeout is None:
            timeout = _env_number("COGNITE_TIMEOUT", float) or _DEFAULT_TIMEOUT
        if file_transfer_timeout is None:
            file_transfer_timeout = (
                _env_number("COGNITE_FILE_TRANSFER_TIMEOUT", float) or _DEFAULT_FILE_TRANSFER_TIMEOUT
            )

        if not isinstance(client_name, str) or not client_name:
            raise ValueError("client_name must be a non-empty string (or set COGNITE_CLIENT_NAME)")
        try:
            client_name.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError(
                f"client_name must be latin-1 encodable (it is sent as a header): {client_name!r}"
            ) from None
        if not isinstance(project, str) or not project:
            raise ValueError("project must be a non-empty string (or set COGNITE_PROJECT)")
        if credentials is None:
            raise ValueError(
                "credentials are required: pass a CredentialProvider (e.g. Token, OAuthClientCredentials) or set "
                "COGNITE_TOKEN, or COGNITE_TOKEN_URL + COGNITE_CLIENT_ID + COGNITE_CLIENT_SECRET"
            )
        if not isinstance(credentials, CredentialProvider):
            raise TypeError(
                "credentials must be a CredentialProvider (e.g. Token, OAuthClientCredentials), got "
                f"{type(credentials).__name__}"
            )
        if not isinstance(api_subversion, str) or not _API_SUBVERSION_RE.match(api_subversion):
            raise ValueError(
                f"api_subversion must look like 'YYYYMMDD', 'YYYYMMDD-beta' or 'beta', got {api_subversion!r}"
            )
        if headers is not None and not (
            isinstance(headers, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
        ):
            raise TypeError("headers must be a dict of str -> str")

        if base_url is not None:
            if not isinstance(base_url, str) or not re.match(r"^https?://[^/]+", base_url):
                raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
            if cluster is not None:
                warnings.warn("Both base_url and cluster given; base_url is used", UserWarning, stacklevel=2)
            base_url = base_url.rstrip("/")
            match = _CLUSTER_RE.match(base_url)
            cluster = match.group(1) if match else None
        elif cluster is not None:
            if not isinstance(cluster, str) or not re.match(r"^[a-z0-9-]+$", cluster):
                raise ValueError(f"cluster must be a name like 'westeurope-1', got {cluster!r}")
            base_url = f"https://{cluster}.cognitedata.com"
        else:
            raise ValueError("Either base_url or cluster must be given (or set COGNITE_BASE_URL)")

        self.client_name = client_name
        self.project = project
        self.credentials = credentials
        self.api_subversion = api_subversion
        self.base_url = base_url
        self.cdf_cluster = cluster
        self.headers = dict(headers or {})
        self.timeout = _positive("timeout", timeout)
        self.file_transfer_timeout = _positive("file_transfer_timeout", file_transfer_timeout)
        self.debug = bool(debug)
        if self.debug:
            from cognite.client._http.logging import enable_debug_logging

            enable_debug_logging()

    @property
    def max_workers(self) -> int:
        """Deprecated: concurrency is set per category in `global_config.concurrency_settings`."""
        return global_config.concurrency_settings.general.read

    @classmethod
    def default(
        cls, project: str, cdf_cluster: str, credentials: CredentialProvider, client_name: str | None = None
    ) -> ClientConfig:
        """A config for `https://{cdf_cluster}.cognitedata.com`; client_name defaults to your user name.

        Example:
            >>> from cognite.client import ClientConfig
            >>> from cognite.client.credentials import Token
            >>> ClientConfig.default("my-project", "api", Token("abc")).base_url
            'https://api.cognitedata.com'
        """
        return cls(
            client_name=client_name or getpass.getuser(),
            project=project,
            credentials=credentials,
            base_url=f"https://{cdf_cluster}.cognitedata.com",
        )

    @classmethod
    def load(cls, config: dict[str, Any] | str) -> ClientConfig:
        """Load from a dict or a YAML/JSON string; `credentials` may be a dict for `CredentialProvider.load`.

        Example:
            >>> from cognite.client import ClientConfig
            >>> cfg = ClientConfig.load({
            ...     "client_name": "abcd",
            ...     "project": "cdf-project",
            ...     "base_url": "https://api.cognitedata.com/",
            ...     "credentials": {"token": "abc"},
            ... })
            >>> cfg.base_url
            'https://api.cognitedata.com'
        """
        loaded = _parse_mapping(config, "ClientConfig")
        unknown = set(loaded) - _CONFIG_KEYS
        if unknown:
            raise ValueError(f"Unknown ClientConfig keys {sorted(unknown)}; known: {sorted(_CONFIG_KEYS)}")
        creds = loaded.get("credentials")
        if isinstance(creds, (dict, str)):
            loaded["credentials"] = CredentialProvider.load(creds)
        return cls(**loaded)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(client_name={self.client_name!r}, project={self.project!r}, base_url={self.base_url!r}, "
            f"api_subversion={self.api_subversion!r}, credentials={self.credentials!r}, timeout={self.timeout})"
        )


_CONFIG_KEYS = {
    "client_name",
    "project",
    "credentials",
    "api_subversion",
    "base_url",
    "cluster",
    "headers",
    "timeout",
    "file_transfer_timeout",
    "debug",
}


class GlobalConfig:
    """Process-wide settings (the `global_config` singleton). Read live by the transport on every request.

    Attributes:
        default_client_config: used by clients created without a config.
        disable_gzip: send request bodies uncompressed.
        disable_pypi_version_check: accepted for compatibility (this SDK never calls PyPI).
        status_forcelist: statuses retried (429 always; 502/503/504 only for operations safe to repeat).
        max_retries: max retries of one request (all causes). max_retries_connect: of those, connection errors.
        max_retry_backoff: cap in seconds of the exponential backoff (a server's Retry-After is honoured as sent).
        max_connection_pool_size: connections per pool (one pool per event loop).
        disable_ssl / ssl_context / proxy / follow_redirects: passed to httpx.
        concurrency_settings: per-category limits, e.g. `concurrency_settings.general.read`.
        http_transport: an `httpx.AsyncBaseTransport` used by clients that get none of their own (tests, emulator).
        event_loop: an event loop running in another thread on which `CogniteClient` runs its calls (default: the
            SDK's own background loop).

    Example:
        >>> from cognite.client import global_config
        >>> global_config.apply_settings({"max_retries": 5, "max_retry_backoff": 10})
        >>> global_config.max_retries
        5
        >>> global_config.apply_settings({"max_retries": 10, "max_retry_backoff": 60})
    """

    def __init__(self) -> None:
        self.default_client_config: ClientConfig | None = None
        self.disable_gzip = bool(_env_bool("COGNITE_DISABLE_GZIP"))
        self.disable_pypi_version_check = bool(_env_bool("COGNITE_DISABLE_PYPI_VERSION_CHECK"))
        self.disable_ssl = bool(_env_bool("COGNITE_DISABLE_SSL"))
        forcelist = os.environ.get("COGNITE_STATUS_FORCELIST")
        self.status_forcelist: set[int] = (
            {int(s) for s in forcelist.split(",") if s.strip()} if forcelist else {429, 502, 503, 504}
        )
        self.max_retries: int = _env_number("COGNITE_MAX_RETRIES", int) if os.environ.get("COGNITE_MAX_RETRIES") else 10
        self.max_retries_connect: int = (
            _env_number("COGNITE_MAX_RETRIES_CONNECT", int) if os.environ.get("COGNITE_MAX_RETRIES_CONNECT") else 3
        )
        self.max_retry_backoff: float = _env_number("COGNITE_MAX_RETRY_BACKOFF", float) or 60
        self.max_connection_pool_size: int = _env_number("COGNITE_MAX_CONNECTION_POOL_SIZE", int) or 20
        self.ssl_context: Any = None
        self.proxy: str | None = os.environ.get("COGNITE_PROXY") or None
        self.follow_redirects = False
        self.file_download_chunk_size: int | None = None
        self.file_upload_chunk_size: int | None = None
        self.silence_feature_preview_warnings = False
        self.http_transport: Any = None
        self.event_loop: Any = None  # a running loop (in another thread) for blocking calls instead of the SDK's own
        self.concurrency_settings = ConcurrencySettings()
        max_workers = _env_number("COGNITE_MAX_WORKERS", int)
        if max_workers:
            self.concurrency_settings.general.read = max_workers

    @property
    def max_workers(self) -> int:
        """Deprecated alias of `concurrency_settings.general.read`."""
        return self.concurrency_settings.general.read

    @max_workers.setter
    def max_workers(self, value: int) -> None:
        warnings.warn("max_workers is deprecated; use concurrency_settings", DeprecationWarning, stacklevel=2)
        self.concurrency_settings.general.read = value

    def apply_settings(self, settings: dict[str, Any] | str) -> None:
        """Apply several settings from a dict or YAML/JSON string; all or nothing (validated first).

        Args:
            settings: keys are attribute names of GlobalConfig; `concurrency_settings` takes a nested dict and
                `default_client_config` a dict for `ClientConfig.load`.

        Example:
            >>> from cognite.client import global_config
            >>> global_config.apply_settings({"disable_gzip": True})
            >>> global_config.disable_gzip
            True
            >>> global_config.apply_settings({"disable_gzip": False})
        """
        loaded = _parse_mapping(settings, "global_config settings")
        prepared: dict[str, Any] = {}
        for key, value in loaded.items():
            if key not in _GLOBAL_VALIDATORS:
                raise ValueError(f"Unknown global_config setting {key!r}; known: {sorted(_GLOBAL_VALIDATORS)}")
            prepared[key] = _GLOBAL_VALIDATORS[key](key, value)
        concurrency = prepared.pop("concurrency_settings", None)
        if concurrency:
            self.concurrency_settings.apply(concurrency)
        for key, value in prepared.items():
            setattr(self, key, value)

    def __repr__(self) -> str:
        shown = {k: v for k, v in vars(self).items() if k not in ("default_client_config", "ssl_context")}
        return f"GlobalConfig({', '.join(f'{k}={v!r}' for k, v in shown.items())})"


def _v_bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be a bool, got {value!r}")
    return value


def _v_int(minimum: int) -> Any:
    def check(key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ValueError(f"{key} must be an int >= {minimum}, got {value!r}")
        return value

    return check


def _v_nonneg(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{key} must be a number >= 0, got {value!r}")
    return value


def _v_forcelist(key: str, value: Any) -> set[int]:
    if isinstance(value, str):
        value = [v for v in value.split(",") if v.strip()]
    try:
        codes = {int(v) for v in value}
    except (TypeError, ValueError):
        raise ValueError(f"{key} must be a collection of HTTP status codes, got {value!r}") from None
    return codes


def _v_any(key: str, value: Any) -> Any:
    return value


def _v_optional_int(key: str, value: Any) -> int | None:
    return None if value is None else _v_int(1)(key, value)


def _v_client_config(key: str, value: Any) -> ClientConfig | None:
    if value is None or isinstance(value, ClientConfig):
        return value
    return ClientConfig.load(value)


def _v_concurrency(key: str, value: Any) -> dict[str, dict[str, int]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ValueError(f"{key} must be a dict like {{'general': {{'read': 10}}}}, got {value!r}")
    probe = ConcurrencySettings()
    probe.apply(value)  # raises on unknown categories / operations / bad values
    return value


def _v_proxy(key: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be a URL string or None")
    return value


_GLOBAL_VALIDATORS: dict[str, Any] = {
    "default_client_config": _v_client_config,
    "disable_gzip": _v_bool,
    "disable_pypi_version_check": _v_bool,
    "disable_ssl": _v_bool,
    "status_forcelist": _v_forcelist,
    "max_retries": _v_int(0),
    "max_retries_connect": _v_int(0),
    "max_retry_backoff": _v_nonneg,
    "max_connection_pool_size": _v_int(1),
    "ssl_context": _v_any,
    "proxy": _v_proxy,
    "follow_redirects": _v_bool,
    "file_download_chunk_size": _v_optional_int,
    "file_upload_chunk_size": _v_optional_int,
    "silence_feature_preview_warnings": _v_bool,
    "http_transport": _v_any,
    "event_loop": _v_any,
    "concurrency_settings": _v_concurrency,
    "max_workers": _v_int(1),
}

#: The process-wide settings object.
global_config = GlobalConfig()

"""Options of a scale-out read or write (Spark `.option(...)` strings or Dask keywords), validated on the driver.

Credentials travel as client-credential *settings*: token URL, client id, scopes and either the name of an
environment variable holding the secret (`clientSecretEnv`, resolved on each executor: nothing secret is in the
plan) or the secret itself (`clientSecret`; Spark redacts option keys containing "secret" in plans and the UI,
and `Connection` never shows it in its repr). No token provider or client object is ever pickled: each worker
process builds its own client from the settings on first use (`Connection.client()`).
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cognite.client._datapoints.aggregates import normalize_aggregate
from cognite.client._datapoints.timeparse import normalize_granularity

if TYPE_CHECKING:
    from cognite.client import CogniteClient

#: What a read or write can address.
TYPES = ("datapoints", "time_series", "assets", "events", "files", "sequences", "sequence_rows", "raw", "instances")

#: Per-process clients by connection (executors reuse their Python workers).
_CLIENTS: dict[Connection, CogniteClient] = {}


@dataclass(frozen=True)
class Connection:
    """Where and as whom to connect; `client()` builds (once per process) a client from these settings.

    Example:
        >>> c = Connection("p", "https://api.cognitedata.com", "https://idp/token", "me", secret="s3cret")
        >>> "s3cret" in repr(c)
        False
    """

    project: str
    base_url: str
    token_url: str
    client_id: str
    secret_env: str | None = None
    secret: str | None = field(default=None, repr=False)
    scopes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("project", "base_url", "token_url", "client_id"):
            if not getattr(self, name):
                raise ValueError(f"The connection needs {_OPTION_OF[name]!r}")
        if (self.secret_env is None) == (self.secret is None):
            raise ValueError("Give exactly one of 'clientSecretEnv' (an environment variable name) or 'clientSecret'")

    def resolve_secret(self) -> str:
        if self.secret is not None:
            return self.secret
        assert self.secret_env is not None
        value = os.environ.get(self.secret_env)
        if not value:
            raise RuntimeError(f"The environment variable {self.secret_env!r} (clientSecretEnv) is not set here")
        return value

    def client(self) -> CogniteClient:
        found = _CLIENTS.get(self)
        if found is None:
            from cognite.client import ClientConfig, CogniteClient
            from cognite.client.credentials import OAuthClientCredentials

            creds = OAuthClientCredentials(
                token_url=self.token_url,
                client_id=self.client_id,
                client_secret=self.resolve_secret(),
                scopes=list(self.scopes) or [f"{self.base_url}/.default"],
            )
            config = ClientConfig(
                client_name="cognite-scale-out", project=self.project, base_url=self.base_url, credentials=creds
            )
            found = _CLIENTS[self] = CogniteClient(config)
        return found


_OPTION_OF = {"project": "project", "base_url": "baseUrl", "token_url": "tokenUrl", "client_id": "clientId"}


@dataclass(frozen=True)
class Options:
    """A parsed, validated option set (keys case-insensitive, as Spark passes them)."""

    type: str
    connection: Connection
    raw: Mapping[str, str]

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.raw.get(key.lower(), default)

    def require(self, key: str) -> str:
        value = self.get(key)
        if not value:
            raise ValueError(f"type {self.type!r} needs the option {key!r}")
        return value

    def list(self, key: str) -> builtins.list[str]:
        value = self.get(key)
        return [v.strip() for v in value.split(",") if v.strip()] if value else []

    def int(self, key: str, default: int, lo: int = 1, hi: int | None = None) -> int:
        value = self.get(key)
        if value is None:
            return default
        try:
            n = int(value)
        except ValueError:
            raise ValueError(f"Option {key!r} must be an integer, got {value!r}") from None
        if n < lo or (hi is not None and n > hi):
            raise ValueError(f"Option {key!r} must be in {lo}..{hi if hi is not None else 'inf'}, got {n}")
        return n

    @property
    def aggregates(self) -> builtins.list[str]:
        return [normalize_aggregate(a) for a in self.list("aggregates")]

    @property
    def granularity(self) -> str | None:
        g = self.get("granularity")
        return normalize_granularity(g) if g else None


def parse_options(options: Mapping[str, Any]) -> Options:
    """Validate a Spark / Dask option mapping before anything is planned or sent.

    Example:
        >>> o = parse_options({"type": "assets", "project": "p", "baseUrl": "https://x", "tokenUrl": "https://t",
        ...                    "clientId": "c", "clientSecretEnv": "MY_SECRET"})
        >>> o.type, o.connection.secret_env
        ('assets', 'MY_SECRET')
    """
    raw = {str(k).lower(): str(v) for k, v in options.items() if v is not None}
    kind = raw.get("type")
    if kind not in TYPES:
        raise ValueError(f"Option 'type' must be one of {list(TYPES)}, got {kind!r}")
    scopes = tuple(s.strip() for s in raw.get("scopes", "").split(",") if s.strip())
    connection = Connection(
        project=raw.get("project", ""),
        base_url=raw.get("baseurl", "").rstrip("/"),
        token_url=raw.get("tokenurl", ""),
        client_id=raw.get("clientid", ""),
        secret_env=raw.get("clientsecretenv"),
        secret=raw.get("clientsecret"),
        scopes=scopes,
    )
    parsed = Options(kind, connection, raw)
    if kind == "datapoints":
        aggs, gran = parsed.aggregates, parsed.granularity
        if bool(aggs) != bool(gran):
            raise ValueError("Datapoint aggregates need both 'aggregates' and 'granularity'")
    return parsed

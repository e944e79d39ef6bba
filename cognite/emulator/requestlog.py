"""A bounded log of the API requests the emulator received, for tests that assert on what went over the wire."""

from __future__ import annotations

import gzip
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson


@dataclass
class LoggedRequest:
    """One request as received: `raw_body` exactly as sent (maybe gzipped), `body` decoded."""

    method: str
    path: str  # full path, e.g. /api/v1/projects/demo/assets/list
    route: str  # path relative to /api/v1/projects/{project} (the full path for other paths)
    project: str | None
    query: str
    headers: dict[str, str]  # lower-case names
    raw_body: bytes
    request_id: str
    status: int | None = None  # filled in when the response starts
    fault: str | None = None  # "status:429", "drop:before", ... when a fault was injected

    @property
    def body(self) -> bytes:
        if self.headers.get("content-encoding", "").lower() == "gzip" and self.raw_body:
            return gzip.decompress(self.raw_body)
        return self.raw_body

    def json(self) -> Any:
        body = self.body
        return orjson.loads(body) if body else None

    @property
    def params(self) -> dict[str, str]:
        """The query parameters (the last value of repeated ones)."""
        from urllib.parse import parse_qsl

        return dict(parse_qsl(self.query, keep_blank_values=True))

    @property
    def gzipped(self) -> bool:
        return self.headers.get("content-encoding", "").lower() == "gzip"


class RequestLog:
    """Requests in arrival order (the newest `maxlen` of them).

    Example:
        >>> log = RequestLog()
        >>> len(log.find(method="POST", route="/assets/list"))
        0
    """

    def __init__(self, maxlen: int = 10_000, max_bytes: int = 64 * 2**20) -> None:
        # Bounded by count and by body bytes: a datapoints benchmark sends gigabytes through the emulator.
        self._entries: deque[LoggedRequest] = deque()
        self._maxlen = maxlen
        self._max_bytes = max_bytes
        self._bytes = 0
        self._lock = threading.Lock()

    def append(self, entry: LoggedRequest) -> None:
        if self._maxlen <= 0:
            return
        with self._lock:
            self._entries.append(entry)
            self._bytes += len(entry.raw_body)
            while len(self._entries) > self._maxlen or (self._bytes > self._max_bytes and len(self._entries) > 1):
                self._bytes -= len(self._entries.popleft().raw_body)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    @property
    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    @property
    def last(self) -> LoggedRequest:
        with self._lock:
            if not self._entries:
                raise IndexError("no request logged")
            return self._entries[-1]

    def find(self, method: str | None = None, route: str | None = None) -> list[LoggedRequest]:
        """Entries with this method and route (relative path, e.g. "/assets/list"); None matches all."""
        return [
            e
            for e in self.entries
            if (method is None or e.method == method.upper()) and (route is None or e.route == route)
        ]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.entries)

    def to_json(self, limit: int | None = None, project: str | None = None) -> list[dict[str, Any]]:
        """The last `limit` requests (of `project`, if given) as JSON."""
        entries = self.entries if project is None else [e for e in self.entries if e.project == project]
        entries = entries if limit is None else entries[-limit:]
        out = []
        for e in entries:
            out.append(
                {
                    "method": e.method,
                    "path": e.path,
                    "route": e.route,
                    "project": e.project,
                    "query": redacted_query(e.query),
                    "headers": redacted(e.headers),
                    "body": _served_body(e),
                    "status": e.status,
                    "requestId": e.request_id,
                    "fault": e.fault,
                }
            )
        return out


SECRET_HEADERS = ("authorization", "api-key", "cookie", "x-api-key")
# Body fields and query parameters holding credentials (token requests, sessions), compared case-insensitively.
SECRET_FIELDS = frozenset(
    {"client_secret", "clientsecret", "password", "api_key", "apikey", "access_token", "accesstoken"}
    | {"refresh_token", "refreshtoken", "token", "nonce", "assertion", "client_assertion", "secret"}
)
MASK = "***"


def _served_body(entry: LoggedRequest) -> Any:
    """The body as the log serves it: JSON or form fields decoded, credentials masked."""
    try:
        if entry.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            from urllib.parse import parse_qsl

            return redacted_fields(dict(parse_qsl(entry.body.decode("utf-8", "replace"), keep_blank_values=True)))
        return redacted_fields(entry.json())
    except (orjson.JSONDecodeError, OSError):
        return {"_bytes": len(entry.raw_body)}


def redacted_fields(value: Any) -> Any:
    """`value` (decoded JSON) with the values of credential fields masked, at any depth.

    Example:
        >>> redacted_fields({"items": [{"clientId": "me", "clientSecret": "s3cret"}]})
        {'items': [{'clientId': 'me', 'clientSecret': '***'}]}
    """
    if isinstance(value, dict):
        return {k: MASK if k.lower() in SECRET_FIELDS else redacted_fields(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted_fields(v) for v in value]
    return value


def redacted_query(query: str) -> str:
    """A query string with credential parameters masked (`?api_key=...`)."""
    if not query:
        return query
    from urllib.parse import parse_qsl, urlencode

    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(k.lower() in SECRET_FIELDS for k, _ in pairs):
        return query
    return urlencode([(k, MASK if k.lower() in SECRET_FIELDS else v) for k, v in pairs], safe="*")


def redacted(headers: dict[str, str]) -> dict[str, str]:
    """Headers with credentials masked (the scheme kept, e.g. "Bearer ***"): the log is served over HTTP."""
    out = dict(headers)
    for name in SECRET_HEADERS:
        if name in out:
            scheme, sep, _secret = out[name].partition(" ")
            out[name] = f"{scheme} {MASK}" if sep else MASK
    return out

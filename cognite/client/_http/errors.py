"""Turn a non-2xx CDF response into the matching exception (CogniteAPIError or a subclass)."""

from __future__ import annotations

from typing import Any

import httpx

from cognite.client.exceptions import (
    CogniteAPIError,
    CogniteAuthorizationError,
    CogniteDuplicatedError,
    CogniteNotFoundError,
    CogniteProjectAccessError,
)

_KNOWN_KEYS = {"code", "message", "missing", "duplicated"}


def api_error(response: httpx.Response, *, project: str | None = None, cluster: str | None = None) -> CogniteAPIError:
    """Parse CDF's `{"error": {"code", "message", "missing", "duplicated", ...}}` body into an exception."""
    code = response.status_code
    x_request_id = response.headers.get("x-request-id")
    body: Any = None
    try:
        body = response.json()
    except ValueError:
        pass
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        message = str(error.get("message", response.reason_phrase))
        missing = error.get("missing")
        duplicated = error.get("duplicated")
        extra = {k: v for k, v in error.items() if k not in _KNOWN_KEYS} or None
    else:
        text = response.text[:500] if response.content else ""
        message = (error if isinstance(error, str) else text) or response.reason_phrase or f"HTTP {code}"
        missing = duplicated = extra = None
    kwargs: dict[str, Any] = {"x_request_id": x_request_id, "cluster": cluster, "project": project, "extra": extra}
    if code == 401:
        return CogniteProjectAccessError(message, code, missing=missing, duplicated=duplicated, **kwargs)
    if code == 403:
        return CogniteAuthorizationError(message, code, missing=missing, duplicated=duplicated, **kwargs)
    if code == 409 and duplicated:
        return CogniteDuplicatedError(message, code, duplicated=duplicated, missing=missing, **kwargs)
    if missing and code in (400, 404, 422):
        return CogniteNotFoundError(message, code, missing=missing, duplicated=duplicated, **kwargs)
    if code == 404:
        return CogniteNotFoundError(message, code, missing=[], **kwargs)
    return CogniteAPIError(message, code, missing=missing, duplicated=duplicated, **kwargs)

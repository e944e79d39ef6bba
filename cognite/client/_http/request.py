"""The request description every call is expressed in: `cdf_api.client.OperationRequest` (contracts.md §1).

Generated endpoints build it with `build_request(...)`; raw-path calls (`client.post(url)`, the shared mechanisms)
build the same object with `make_request`. Until the generated package is present, an identical local definition
stands in so the transport works on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cognite.client._http.retry import is_retryable_path

try:  # the generated layer's definition is the one shared by everything
    from cdf_api.client import OperationRequest
except ImportError:  # pragma: no cover - only before generated/cdf_api exists

    @dataclass(frozen=True, slots=True)
    class OperationRequest:  # type: ignore[no-redef]
        operation_id: str
        method: str
        path: str
        base: str = "project"
        params: Mapping[str, Any] | None = None
        json: Any = None
        content: bytes | None = None
        headers: Mapping[str, str] | None = None
        retryable: bool = False


def make_request(
    method: str,
    path: str,
    *,
    json: Any = None,
    params: Mapping[str, Any] | None = None,
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    cdf_version: str | None = None,
    retryable: bool | None = None,
    base: str | None = None,
) -> OperationRequest:
    """An OperationRequest for a raw path.

    `path` is relative to the project ("/assets/list"), to the API ("/api/v1/token/inspect"), or an absolute URL.
    `retryable` defaults to the path classifier (`is_retryable_path`).

    Example:
        >>> from cognite.client._http.request import make_request
        >>> r = make_request("POST", "/assets/list", json={}, cdf_version="beta")
        >>> (r.base, r.retryable, r.headers["cdf-version"])
        ('project', True, 'beta')
    """
    if base is None:
        if path.startswith(("http://", "https://")):
            base = "absolute"
        elif path.startswith("/api/"):
            base = "root"
        else:
            base = "project"
    if not path.startswith(("/", "http://", "https://")):
        path = "/" + path
    hdrs = dict(headers or {})
    if cdf_version is not None:
        hdrs["cdf-version"] = cdf_version
    return OperationRequest(
        operation_id=f"{method.upper()} {path}",
        method=method.upper(),
        path=path,
        base=base,
        params={k: v for k, v in params.items() if v is not None} if params else None,
        json=json,
        content=content,
        headers=hdrs or None,
        retryable=is_retryable_path(method, path) if retryable is None else retryable,
    )

"""Errors raised by the generated endpoints: a non-2xx reply raises `ApiError` (never returned as a value)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class ApiError(Exception):
    """A non-2xx reply, with CDF's `{"error": {"code", "message", "missing", "duplicated", ...}}` body parsed.

    Example:
        >>> err = ApiError(400, b'{"error": {"code": 400, "message": "bad", "missing": [{"id": 1}]}}', {})
        >>> (err.code, err.message, err.missing)
        (400, 'bad', [{'id': 1}])
    """

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = dict(headers or {})
        error = _error_body(content)
        self.code: int = error.get("code", status_code) if isinstance(error.get("code"), int) else status_code
        self.message: str = str(error.get("message") or content.decode("utf-8", errors="replace")[:500])
        self.missing: list[Any] | None = error.get("missing")
        self.duplicated: list[Any] | None = error.get("duplicated")
        self.extra: dict[str, Any] = {k: v for k, v in error.items() if k not in _KNOWN}
        lowered = {k.lower(): v for k, v in self.headers.items()}
        self.x_request_id: str | None = lowered.get("x-request-id")
        super().__init__(f"{self.message} | code: {self.code} | X-Request-ID: {self.x_request_id}")

    @classmethod
    def from_response(cls, response: Any) -> ApiError:
        """Build from an httpx.Response."""
        return cls(response.status_code, response.content, response.headers)


_KNOWN = frozenset({"code", "message", "missing", "duplicated"})


def _error_body(content: bytes) -> dict[str, Any]:
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


# The stock name, kept so code written against openapi-python-client's errors module still imports.
UnexpectedStatus = ApiError

__all__ = ["ApiError", "UnexpectedStatus"]

"""HTTP primitives shared by every emulator route: bodies (gzip), JSON replies and CDF error bodies."""

from __future__ import annotations

import gzip
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response


class CDFError(Exception):
    """Raised by a handler to answer with CDF's error body: {"error": {"code", "message", "missing", "duplicated", ...}}."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        missing: list[dict[str, Any]] | None = None,
        duplicated: list[dict[str, Any]] | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.missing = missing
        self.duplicated = duplicated
        self.extra = extra
        self.headers = headers

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.missing:
            err["missing"] = self.missing
        if self.duplicated:
            err["duplicated"] = self.duplicated
        if self.extra:
            err["extra"] = self.extra
        return {"error": err}

    def response(self) -> Response:
        return json_response(self.body(), status_code=self.code, headers=self.headers)


async def read_body(request: Request) -> bytes:
    """The request body, gunzipped when `content-encoding: gzip` (the official SDK gzips every body)."""
    raw = await request.body()
    if request.headers.get("content-encoding", "").lower() == "gzip" and raw:
        try:
            return gzip.decompress(raw)
        except OSError as e:
            raise CDFError(400, f"Invalid gzip body: {e}") from e
    return raw


#: Where `read_json` keeps the parsed body in the request's scope state (the error handler explains crashes with it).
PARSED_BODY = "cdf_parsed_json_body"


async def read_json(request: Request) -> dict[str, Any]:
    """The JSON object body (empty body -> {}); 400 with CDF's message when it is not a JSON object."""
    raw = await read_body(request)
    if not raw:
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise CDFError(400, f"Unable to parse request body as JSON: {e}") from e
    if not isinstance(body, dict):
        raise CDFError(400, "Request body must be a JSON object")
    request.scope.setdefault("state", {})[PARSED_BODY] = body
    return body


def encode_json(content: Any) -> bytes:
    """A reply body as JSON bytes (numpy values as numbers)."""
    try:  # str keys only (nearly every reply): orjson's faster path, the same bytes
        return orjson.dumps(content, option=orjson.OPT_SERIALIZE_NUMPY)
    except TypeError:
        return orjson.dumps(content, option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS)


def json_response(content: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = encode_json(content)
    return Response(
        body,
        status_code=status_code,
        headers=headers,
        media_type="application/json",
    )

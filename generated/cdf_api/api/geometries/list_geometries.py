"""`GET /diagram-parsing/geometries` (listGeometries): List geometries"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.geometries_list_with_cursor_response import GeometriesListWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listGeometries"


def build_request(
    *,
    cursor: str | Unset = UNSET,
    symbol_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List geometries


    > **Required capabilities:** `DiagramParsingAcl:READ`

    List all geometries (also called variants in documentation) defined in the current project.

    Args:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        symbol_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["symbolId"] = symbol_id
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/diagram-parsing/geometries",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GeometriesListWithCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GeometriesListWithCursorResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    cursor: str | Unset = UNSET,
    symbol_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeometriesListWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(cursor=cursor, symbol_id=symbol_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    cursor: str | Unset = UNSET,
    symbol_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeometriesListWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(cursor=cursor, symbol_id=symbol_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

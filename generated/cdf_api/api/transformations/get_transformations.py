"""`GET /transformations` (getTransformations): List transformations"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.items_with_cursor_transformation_read import ItemsWithCursorTransformationRead
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTransformations"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_public: bool | Unset = UNSET,
    with_job_details: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List transformations


    > **Required capabilities:** `transformationsAcl:READ`

    List transformations. Use nextCursor to paginate through the results.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_public (bool | Unset):
        with_job_details (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["includePublic"] = include_public
    params["withJobDetails"] = with_job_details
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/transformations",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ItemsWithCursorTransformationRead:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ItemsWithCursorTransformationRead.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_public: bool | Unset = UNSET,
    with_job_details: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsWithCursorTransformationRead:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        include_public=include_public,
        with_job_details=with_job_details,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_public: bool | Unset = UNSET,
    with_job_details: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsWithCursorTransformationRead:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        include_public=include_public,
        with_job_details=with_job_details,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

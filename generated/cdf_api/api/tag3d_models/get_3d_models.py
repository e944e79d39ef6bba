"""`GET /3d/models` (get3DModels): List 3D models"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.model_3d_with_cursor_response import Model3DWithCursorResponse
from ...models.model_3d_with_revision_info_and_cursor_response import Model3DWithRevisionInfoAndCursorResponse
from ...types import UNSET, Unset, parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DModels"


def build_request(
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_revision_info: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List 3D models


    > **Required capabilities:** `threedAcl:READ`

    Retrieves a list of all models in a project. This operation supports pagination. You can filter out all models
    without a published revision.

    Args:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        include_revision_info (bool | Unset):
        published (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    params["includeRevisionInfo"] = include_revision_info
    params["published"] = published
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/models",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Model3DWithCursorResponse | Model3DWithRevisionInfoAndCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(data: object) -> Model3DWithCursorResponse | Model3DWithRevisionInfoAndCursorResponse:
            return parse_best(data, (Model3DWithCursorResponse, Model3DWithRevisionInfoAndCursorResponse))

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_revision_info: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Model3DWithCursorResponse | Model3DWithRevisionInfoAndCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        cursor=cursor,
        limit=limit,
        include_revision_info=include_revision_info,
        published=published,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_revision_info: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Model3DWithCursorResponse | Model3DWithRevisionInfoAndCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        cursor=cursor,
        limit=limit,
        include_revision_info=include_revision_info,
        published=published,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

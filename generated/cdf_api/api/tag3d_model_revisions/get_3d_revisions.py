"""`GET /3d/models/{modelId}/revisions` (get3DRevisions): List 3D revisions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.revision_3d_with_cursor_response import Revision3DWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DRevisions"


def build_request(
    *,
    model_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List 3D revisions


    > **Required capabilities:** `threedAcl:READ`

    Retrieves a list of all revisions of a model. This operation supports pagination. You can also filter
    revisions if they are marked as published or not by using the query param published.

    Args:
        model_id (int):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
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
    params["published"] = published
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/models/{model_id}/revisions".format(
            model_id=path_segment(model_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Revision3DWithCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Revision3DWithCursorResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Revision3DWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        cursor=cursor,
        limit=limit,
        published=published,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    published: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Revision3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        cursor=cursor,
        limit=limit,
        published=published,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

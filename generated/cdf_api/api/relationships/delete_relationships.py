"""`POST /relationships/delete` (deleteRelationships): Delete relationships"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.delete_request_object import DeleteRequestObject
from ...models.empty_delete_response import EmptyDeleteResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteRelationships"


def build_request(
    *,
    body: DeleteRequestObject,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete relationships


    > **Required capabilities:** `relationshipsAcl:WRITE`

    Delete the relationships between resources identified by the external IDs in the request. You can delete a
    maximum of 1000 relationships per request.

    Args:
        body (DeleteRequestObject):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/relationships/delete",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> EmptyDeleteResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_202 = EmptyDeleteResponse.from_dict(response.json())

        return response_202

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DeleteRequestObject,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyDeleteResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DeleteRequestObject,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyDeleteResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

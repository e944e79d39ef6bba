"""`GET /assets/{id}` (getAsset): Retrieve an asset by its ID"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.asset import Asset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getAsset"


def build_request(
    *,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve an asset by its ID


    > **Required capabilities:** `assetsAcl:READ`

    Retrieve an asset by its internal ID. If you want to retrieve assets by externalIds, use Retrieve assets
    instead.

    ### Request throttling
    This endpoint is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Assets resource description](../../) for more information.

    Args:
        id (int): A server-generated ID for the object.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/assets/{id}".format(
            id=path_segment(id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Asset:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Asset.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Asset:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Asset:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /models/spaces` (ApplySpaces): Create or update spaces"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.space_collection_response_v3 import SpaceCollectionResponseV3
from ...models.space_create_collection import SpaceCreateCollection

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "ApplySpaces"


def build_request(
    *,
    body: SpaceCreateCollection,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create or update spaces


    > **Required capabilities:** `DataModelsAcl:WRITE`

    Add or update (upsert) spaces. For unchanged space specifications, the operation completes without making any
    changes.  We will not update the ```lastUpdatedTime``` value for spaces that remain unchanged.

    Args:
        body (SpaceCreateCollection):
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
        path="/models/spaces",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SpaceCollectionResponseV3:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SpaceCollectionResponseV3.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: SpaceCreateCollection,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SpaceCollectionResponseV3:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: SpaceCreateCollection,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SpaceCollectionResponseV3:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

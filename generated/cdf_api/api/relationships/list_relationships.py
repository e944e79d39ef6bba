"""`POST /relationships/list` (listRelationships): Filter relationships"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.paged_enriched_relationship_response_wrapper import PagedEnrichedRelationshipResponseWrapper
from ...models.relationships_advanced_list_request import RelationshipsAdvancedListRequest

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listRelationships"


def build_request(
    *,
    body: RelationshipsAdvancedListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter relationships


    > **Required capabilities:** `relationshipsAcl:READ`

    Lists relationships matching the query filter in the request. You can retrieve a maximum of 1000 relationships
    per request.

    Args:
        body (RelationshipsAdvancedListRequest):
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
        path="/relationships/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> PagedEnrichedRelationshipResponseWrapper:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = PagedEnrichedRelationshipResponseWrapper.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: RelationshipsAdvancedListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PagedEnrichedRelationshipResponseWrapper:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: RelationshipsAdvancedListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PagedEnrichedRelationshipResponseWrapper:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

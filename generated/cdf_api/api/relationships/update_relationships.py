"""`POST /relationships/update` (updateRelationships): Update relationships"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.relationship_response_wrapper import RelationshipResponseWrapper
from ...models.update_relationship_wrapper import UpdateRelationshipWrapper

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "updateRelationships"


def build_request(
    *,
    body: UpdateRelationshipWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update relationships


    > **Required capabilities:** `relationshipsAcl:WRITE` `relationshipsAcl:READ`

    Update relationships between resources according to the partial definitions of the relationships given in the
    payload of the request. This means that fields not mentioned in the payload will remain unchanged. Up to 1000
    relationships can be updated in one operation.
    To delete a value from an optional value the `setNull` field should be set to `true`.
    The order of the updated relationships in the response equals the order in the request.

    Args:
        body (UpdateRelationshipWrapper):
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
        path="/relationships/update",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> RelationshipResponseWrapper:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = RelationshipResponseWrapper.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: UpdateRelationshipWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RelationshipResponseWrapper:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: UpdateRelationshipWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RelationshipResponseWrapper:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

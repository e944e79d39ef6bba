"""`POST /models/containers/constraints/delete` (deleteContainerConstraints): Delete constraints from containers"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.list_of_container_sub_object_identifier_request import ListOfContainerSubObjectIdentifierRequest
from ...models.list_of_container_sub_object_identifier_response import ListOfContainerSubObjectIdentifierResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteContainerConstraints"


def build_request(
    *,
    body: ListOfContainerSubObjectIdentifierRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete constraints from containers


    > **Required capabilities:** `DataModelsAcl:WRITE`

    Delete one or more container constraints. Currently limited to 10 constraints at a time.

    Args:
        body (ListOfContainerSubObjectIdentifierRequest):
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
        path="/models/containers/constraints/delete",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ListOfContainerSubObjectIdentifierResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ListOfContainerSubObjectIdentifierResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ListOfContainerSubObjectIdentifierRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListOfContainerSubObjectIdentifierResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ListOfContainerSubObjectIdentifierRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListOfContainerSubObjectIdentifierResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

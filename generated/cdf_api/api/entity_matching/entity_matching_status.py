"""`GET /context/entitymatching/{id}` (entityMatchingStatus): Retrieve an entity matching model by the ID of the model"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.entity_matcher_response_schema import EntityMatcherResponseSchema

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "entityMatchingStatus"


def build_request(
    *,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve an entity matching model by the ID of the model


    > **Required capabilities:** `entitymatchingAcl:READ`

    Shows the status of the model. If the status is completed, shows the parameters used to train the model.

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
        path="/context/entitymatching/{id}".format(
            id=path_segment(id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> EntityMatcherResponseSchema:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EntityMatcherResponseSchema.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatcherResponseSchema:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatcherResponseSchema:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

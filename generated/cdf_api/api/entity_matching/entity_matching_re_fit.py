"""`POST /context/entitymatching/refit` (entityMatchingReFit): Re-fit entity matcher model"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.entity_matcher_response_schema import EntityMatcherResponseSchema
from ...models.entity_matching_refit_schema_option_0 import EntityMatchingRefitSchemaOption0
from ...models.entity_matching_refit_schema_option_1 import EntityMatchingRefitSchemaOption1
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "entityMatchingReFit"


def build_request(
    *,
    body: EntityMatchingRefitSchemaOption0 | EntityMatchingRefitSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Re-fit entity matcher model


    > **Required capabilities:** `entitymatchingAcl:READ` `entitymatchingAcl:WRITE`

    Creates a new model by re-training an existing model on existing data but with additional true matches. The
    old model is not changed. The new model gets a new id and new external id if `newExternalId` is set, or no
    external id if `newExternalId` is not set. Use for efficient re-training of the model after a user creates
    additional confirmed matches.

    Args:
        body (EntityMatchingRefitSchemaOption0 | EntityMatchingRefitSchemaOption1 | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    if not isinstance(body, Unset):
        json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/context/entitymatching/refit",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
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
    body: EntityMatchingRefitSchemaOption0 | EntityMatchingRefitSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatcherResponseSchema:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: EntityMatchingRefitSchemaOption0 | EntityMatchingRefitSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatcherResponseSchema:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /transformations/cancel` (postApiV1ProjectsProjectTransformationsCancel): Cancel a transformation"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.post_api_v1_projects_project_transformations_cancel_response_200 import (
    PostApiV1ProjectsProjectTransformationsCancelResponse200,
)
from ...models.transformation_cognite_external_id import TransformationCogniteExternalId
from ...models.transformation_cognite_internal_id import TransformationCogniteInternalId

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postApiV1ProjectsProjectTransformationsCancel"


def build_request(
    *,
    body: TransformationCogniteExternalId | TransformationCogniteInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Cancel a transformation


    > **Required capabilities:** `transformationsAcl:WRITE`

    Args:
        body (TransformationCogniteExternalId | TransformationCogniteInternalId):
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
        path="/transformations/cancel",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> PostApiV1ProjectsProjectTransformationsCancelResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = PostApiV1ProjectsProjectTransformationsCancelResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: TransformationCogniteExternalId | TransformationCogniteInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PostApiV1ProjectsProjectTransformationsCancelResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: TransformationCogniteExternalId | TransformationCogniteInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PostApiV1ProjectsProjectTransformationsCancelResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /3d/jobs` (create3DJobs): Create a job using 3D source data"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.create_360_contextualization_job_request import Create360ContextualizationJobRequest
from ...models.create_job_response import CreateJobResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "create3DJobs"


def build_request(
    *,
    body: Create360ContextualizationJobRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create a job using 3D source data


    > **Required capabilities:** `datamodels:READ(cdf_cdm, cdf_cdm_3d)` `datamodelinstances:WRITE`

    Creates a job to be run using a 3D source. Currently supported in data-modeling projects only.
    The user defines a dms instance they want the job to run against, and defines it as the source of the job.
    Inside the job you define the space a job will exist in, and its external id, this is not populated into dms.
    The job external id should be created by the client, and be unique.
    If the job result is stored in dms, it will be stored using the space of the job.
    A session nonce is required by the request.

    Job types with supported job sources:
    - Job Type: ImageTextDetection, Job Source type: Cognite360ImageCollection

    Args:
        body (Create360ContextualizationJobRequest | Unset):
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
        path="/3d/jobs",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> CreateJobResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = CreateJobResponse.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: Create360ContextualizationJobRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> CreateJobResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: Create360ContextualizationJobRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> CreateJobResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

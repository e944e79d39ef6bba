"""`GET /context/vision/extract/{jobId}` (getVisionExtract): Retrieve results from a feature extraction job on images"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.vision_extract_get_response import VisionExtractGetResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getVisionExtract"


def build_request(
    *,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve results from a feature extraction job on images


    > **Required capabilities:** `filesAcl:READ`

    Retrieve results from a feature extraction job on images.

    Note that since files are split up into batches and processed independently of each other, the items in
    successfully completed batches will be returned even if files in other batches are still being processed. The
    job status will be `Running` until all batches have been processed. If one of the items in a batch fails, the
    results from items in other completed batches will still be returned. The corresponding items and error
    message(s) of failed batches will be populated in `failedItems`.
    Additionally, the status of the job is set to `Completed` if at least one batch is successfully completed,
    otherwise the status is set to `Failed`.

    Args:
        job_id (int): Contextualization job ID. Example: 123.
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
        path="/context/vision/extract/{job_id}".format(
            job_id=path_segment(job_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> VisionExtractGetResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = VisionExtractGetResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> VisionExtractGetResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(job_id=job_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> VisionExtractGetResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(job_id=job_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /context/vision/extract` (postVisionExtract): Extract features from images"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.post_vision_extract_body import PostVisionExtractBody
from ...models.vision_extract_post_response import VisionExtractPostResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postVisionExtract"


def build_request(
    *,
    body: PostVisionExtractBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Extract features from images


    > **Required capabilities:** `filesAcl:READ`

    Start an asynchronous prediction job for extracting features such as text, asset tags or industrial objects
    from images.
    The response of the POST request contains a job ID, which can be used to make subsequent (GET) calls
    to check the status and retrieve the results of the job
    (see [Retrieve results from a feature extraction job](getVisionExtract)).

    It is possible to have up to 20 concurrent jobs per CDF project.

    The files referenced by `items` in the request body must fulfill the following requirements:

    * Must have file extension: `.jpeg`, `.jpg` or `.png`
    * Must have `image/png` or `image/jpeg` as `mimeType`

    New feature extractors may be added in the future.

    Args:
        body (PostVisionExtractBody):
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
        path="/context/vision/extract",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> VisionExtractPostResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = VisionExtractPostResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: PostVisionExtractBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> VisionExtractPostResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: PostVisionExtractBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> VisionExtractPostResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

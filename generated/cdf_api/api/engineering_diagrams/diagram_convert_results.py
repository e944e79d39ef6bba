"""`GET /context/diagram/convert/{jobId}` (diagramConvertResults): Get the results for converting an engineering diagram to an image"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.diagram_convert_results_response_200 import DiagramConvertResultsResponse200

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "diagramConvertResults"


def build_request(
    *,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get the results for converting an engineering diagram to an image


    > **Required capabilities:** `assetsAcl:READ` `filesAcl:READ`

    Get the results for converting an engineering diagram to SVG and PNG formats.

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
        path="/context/diagram/convert/{job_id}".format(
            job_id=path_segment(job_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DiagramConvertResultsResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DiagramConvertResultsResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramConvertResultsResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(job_id=job_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    job_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramConvertResultsResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(job_id=job_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

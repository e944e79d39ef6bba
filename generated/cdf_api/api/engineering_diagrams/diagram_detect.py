"""`POST /context/diagram/detect` (diagramDetect): Detect annotations in engineering diagrams"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.diagram_detect_body import DiagramDetectBody
from ...models.diagram_detect_response_200 import DiagramDetectResponse200
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "diagramDetect"


def build_request(
    *,
    body: DiagramDetectBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Detect annotations in engineering diagrams


    > **Required capabilities:** `assetsAcl:READ` `filesAcl:READ`

    Detect annotations in engineering diagrams. Note: All users in a CDF project with assets read-all and files
    read access to the requested files can access data sent to this endpoint.
    Supported input file mime_types are application/pdf, image/jpeg, image/png, image/tiff. Also note that the
    header of a successful response contains an `X-Job-Token` which allows to fetch the result of the
    job at `/context/diagram/detect/{jobId}` without requiring 'assetsAcl:READ'.

    Args:
        body (DiagramDetectBody | Unset):
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
        path="/context/diagram/detect",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> DiagramDetectResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DiagramDetectResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DiagramDetectBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramDetectResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DiagramDetectBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramDetectResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

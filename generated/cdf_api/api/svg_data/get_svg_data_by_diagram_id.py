"""`GET /diagram-parsing/svg-data/diagram/{diagramId}` (getSVGDataByDiagramId): Get SVG data by diagramId"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.svg_data import SvgData

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getSVGDataByDiagramId"


def build_request(
    *,
    diagram_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get SVG data by diagramId


    > **Required capabilities:** `DiagramParsingAcl:READ` `DataModelInstancesAcl:READ`

    Get the SVG data of a file by externalId of a diagram.

    Args:
        diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
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
        path="/diagram-parsing/svg-data/diagram/{diagram_id}".format(
            diagram_id=path_segment(diagram_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SvgData:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SvgData.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    diagram_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SvgData:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(diagram_id=diagram_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    diagram_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SvgData:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(diagram_id=diagram_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

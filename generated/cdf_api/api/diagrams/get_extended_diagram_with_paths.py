"""`GET /diagram-parsing/diagrams/{diagramId}/with-paths` (getExtendedDiagramWithPaths): Get an extended diagram with paths by external id"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.extended_diagram_with_paths_dto import ExtendedDiagramWithPathsDto
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getExtendedDiagramWithPaths"


def build_request(
    *,
    diagram_id: str,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get an extended diagram with paths by external id


    > **Required capabilities:** `DiagramParsingAcl:READ`

    Get a single diagram containing entities, connections, and SVG data by using its external id

    Args:
        diagram_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/diagram-parsing/diagrams/{diagram_id}/with-paths".format(
            diagram_id=path_segment(diagram_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ExtendedDiagramWithPathsDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ExtendedDiagramWithPathsDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    diagram_id: str,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedDiagramWithPathsDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(diagram_id=diagram_id, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    diagram_id: str,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedDiagramWithPathsDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(diagram_id=diagram_id, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

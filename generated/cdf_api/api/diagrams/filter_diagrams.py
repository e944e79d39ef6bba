"""`POST /diagram-parsing/diagrams/list` (filterDiagrams): Filter diagrams"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.diagram_filter import DiagramFilter
from ...models.diagrams_list_response import DiagramsListResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filterDiagrams"


def build_request(
    *,
    body: list[DiagramFilter],
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter diagrams


    > **Required capabilities:** `DiagramParsingAcl:READ`

    Filter and retrieve up to 100 diagrams by specifying their properties.

    Args:
        body (list[DiagramFilter]): List of filters used to filter diagrams
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    json_body = []
    for componentsschemas_diagram_filters_item_data in body:
        componentsschemas_diagram_filters_item = componentsschemas_diagram_filters_item_data.to_dict()
        json_body.append(componentsschemas_diagram_filters_item)

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/diagram-parsing/diagrams/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DiagramsListResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DiagramsListResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: list[DiagramFilter],
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramsListResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: list[DiagramFilter],
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DiagramsListResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

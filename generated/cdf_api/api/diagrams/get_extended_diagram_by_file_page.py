"""`GET /diagram-parsing/diagrams/{fileSpace}/{fileExternalId}/{pageNumber}` (getExtendedDiagramByFilePage): Get an extended diagram by file reference"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.extended_diagram_dto import ExtendedDiagramDto

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getExtendedDiagramByFilePage"


def build_request(
    *,
    file_space: str,
    file_external_id: str,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get an extended diagram by file reference


    > **Required capabilities:** `DiagramParsingAcl:READ`

    Get diagram information and its parsed outputs using its related fileId and pageNumber. The parsed output
    includes all diagram entities and their connections extracted during the file parsing process.

    Args:
        file_space (str):
        file_external_id (str):
        page_number (int):
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
        path="/diagram-parsing/diagrams/{file_space}/{file_external_id}/{page_number}".format(
            file_space=path_segment(file_space),
            file_external_id=path_segment(file_external_id),
            page_number=path_segment(page_number),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ExtendedDiagramDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ExtendedDiagramDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    file_space: str,
    file_external_id: str,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedDiagramDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        file_space=file_space,
        file_external_id=file_external_id,
        page_number=page_number,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    file_space: str,
    file_external_id: str,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedDiagramDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        file_space=file_space,
        file_external_id=file_external_id,
        page_number=page_number,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

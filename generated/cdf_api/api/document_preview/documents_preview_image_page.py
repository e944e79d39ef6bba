"""`GET /documents/{documentId}/preview/image/pages/{pageNumber}` (documentsPreviewImagePage): Retrieve a image preview of a page from a document"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documentsPreviewImagePage"


def build_request(
    *,
    document_id: int,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a image preview of a page from a document


    > **Required capabilities:** `filesAcl:READ`

    This endpoint returns a rendered image preview for a specific page of the specified document.

    The `accept` request header MUST be set to `image/png`. Other values will
    give an HTTP 406 error.

    The rendered image will be downsampled to a maximum of 2400x2400 pixels.
    Only PNG format is supported and only the first 10 pages can be rendered.

    Previews will be rendered if neccessary during the request. Be prepared
    for the request to take a few seconds to complete.

    Args:
        document_id (int):
        page_number (int):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "image/png"

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/documents/{document_id}/preview/image/pages/{page_number}".format(
            document_id=path_segment(document_id),
            page_number=path_segment(page_number),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> File:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    document_id: int,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        document_id=document_id, page_number=page_number, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    document_id: int,
    page_number: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        document_id=document_id, page_number=page_number, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

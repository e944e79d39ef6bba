"""`GET /documents/{documentId}/preview/pdf` (documentsPreviewPdf): Retrieve a PDF preview of a document"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documentsPreviewPdf"


def build_request(
    *,
    document_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a PDF preview of a document


    > **Required capabilities:** `filesAcl:READ`

    This endpoint returns a rendered PDF preview for a specified document.

    The `accept` request header MUST be set to `application/pdf`. Other values will
    give an HTTP 406 error.

    This endpoint is optimized for in-browser previews. We reserve the right
    to adjust the quality and other attributes of the output with this in mind.
    Please reach out to us if you have a different use case and requirements.

    Previews will be rendered if neccessary during the request. Be prepared
    for the request to take a few seconds to complete.

    Args:
        document_id (int):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "application/pdf"

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/documents/{document_id}/preview/pdf".format(
            document_id=path_segment(document_id),
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
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(document_id=document_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    document_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(document_id=document_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

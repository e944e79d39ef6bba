"""`POST /documents/list` (documentsList): List documents"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.document_list_request import DocumentListRequest
from ...models.document_list_response import DocumentListResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documentsList"


def build_request(
    *,
    body: DocumentListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List documents


    > **Required capabilities:** `filesAcl:READ`

    Retrieves a list of the documents in a project. You can use filters to narrow down the list.
    Unlike the search endpoint, the pagination isn't restricted to 1000 documents in total, meaning
    this endpoint can be used to iterate through all the documents in your project.

    For more information on how the filtering works, see the documentation for the search endpoint.

    Args:
        body (DocumentListRequest):
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
        path="/documents/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DocumentListResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DocumentListResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DocumentListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DocumentListResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DocumentListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DocumentListResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

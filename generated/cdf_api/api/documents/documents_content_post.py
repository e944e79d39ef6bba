"""`POST /documents/content` (documentsContentPost): Retrieve document content"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.document_content_external_id import DocumentContentExternalId
from ...models.document_content_instance_id import DocumentContentInstanceId
from ...models.document_content_internal_id import DocumentContentInternalId

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documentsContentPost"


def build_request(
    *,
    body: DocumentContentExternalId | DocumentContentInstanceId | DocumentContentInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve document content


    > **Required capabilities:** `filesAcl:READ`

    Returns extracted textual information for the given document.

    The documents pipeline extracts up to 1MiB of textual information from each processed document.
    The search and list endpoints truncate the textual content of each document, in order to reduce the size
    of the returned payload. If you want the whole text for a document, you can use this endpoint.

    The `accept` request header MUST be set to `text/plain`. Other values will
    give an HTTP 406 error.

    Args:
        body (DocumentContentExternalId | DocumentContentInstanceId | DocumentContentInternalId):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "text/plain"

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/documents/content",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> str:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        return cast(str, response.text)

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DocumentContentExternalId | DocumentContentInstanceId | DocumentContentInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DocumentContentExternalId | DocumentContentInstanceId | DocumentContentInternalId,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /ai/tools/documents/summarize` (documents_summary_ai_tools_documents_summarize_post): Summarize documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.document_summarization_request import DocumentSummarizationRequest
from ...models.document_summarization_response import DocumentSummarizationResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documents_summary_ai_tools_documents_summarize_post"


def build_request(
    *,
    body: DocumentSummarizationRequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Summarize documents.
    Generates concise summaries for a list of input documents using a language model.

    Args:
        content_type (str):
        body (DocumentSummarizationRequest):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}
    headers["content-type"] = str(content_type)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/ai/tools/documents/summarize",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> DocumentSummarizationResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DocumentSummarizationResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DocumentSummarizationRequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DocumentSummarizationResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, content_type=content_type, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DocumentSummarizationRequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DocumentSummarizationResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, content_type=content_type, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

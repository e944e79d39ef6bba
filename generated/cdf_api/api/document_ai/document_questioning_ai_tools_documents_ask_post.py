"""`POST /ai/tools/documents/ask` (document_questioning_ai_tools_documents_ask_post): Ask questions about one or more documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.answer import Answer
from ...models.document_qa_request import DocumentQARequest

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "document_questioning_ai_tools_documents_ask_post"


def build_request(
    *,
    body: DocumentQARequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Ask questions about one or more documents.
    This API endpoint uses a language model to answer questions about documents. Provided with a natural language
    question and a list of files, the API returns a multi-part answer with references to the locations in the
    documents that were used to build the answer.

    ### Limitations
    - Currently, we only support PDF files.
    - The PDF files can be a maximum of 400 pages long.
    - You can only pass 100 files in a single request.

    Args:
        content_type (str):
        body (DocumentQARequest):
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
        path="/ai/tools/documents/ask",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> Answer:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Answer.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DocumentQARequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Answer:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, content_type=content_type, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DocumentQARequest,
    content_type: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Answer:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, content_type=content_type, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /hostedextractors/preview/result` (get_preview_result): Get preview result"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.external_id_wrapper import ExternalIdWrapper
from ...models.preview_result_error import PreviewResultError
from ...models.preview_result_payload import PreviewResultPayload
from ...models.preview_result_pending import PreviewResultPending
from ...types import parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get_preview_result"


def build_request(
    *,
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get preview result


    > **Required capabilities:** `hostedExtractors:READ`

    Get the result of a preview job. Note that previews may be automatically deleted as soon as 1 hour after they
    are created.

    Args:
        body (ExternalIdWrapper):
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
        path="/hostedextractors/preview/result",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> PreviewResultError | PreviewResultPayload | PreviewResultPending:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(data: object) -> PreviewResultError | PreviewResultPayload | PreviewResultPending:
            return parse_best(data, (PreviewResultError, PreviewResultPayload, PreviewResultPending))

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PreviewResultError | PreviewResultPayload | PreviewResultPending:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PreviewResultError | PreviewResultPayload | PreviewResultPending:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /hostedextractors/preview/download` (download_preview_payload): Download preview result"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.external_id_wrapper import ExternalIdWrapper
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "download_preview_payload"


def build_request(
    *,
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Download preview result


    > **Required capabilities:** `hostedExtractors:READ`

    Download the raw, binary result of a preview job, before it is passed throguh any transformations. Note that
    this endpoint will return 404 if there is no raw data.

    Args:
        body (ExternalIdWrapper):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "application/binary"

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/hostedextractors/preview/download",
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
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ExternalIdWrapper,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

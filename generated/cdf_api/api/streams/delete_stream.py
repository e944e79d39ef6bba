"""`DELETE /streams/{streamId}` (deleteStream): Delete stream (DEPRECATED)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteStream"


def build_request(
    *,
    stream_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete stream (DEPRECATED)


    > **Required capabilities:** `StreamsAcl:DELETE`

    **DEPRECATED**: This endpoint is no longer supported and returns HTTP 410 Gone.
    Please use `POST /streams/delete` instead.

    Args:
        stream_id (str):  Example: test1.
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
        method="DELETE",
        path="/streams/{stream_id}".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> None:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        return None
    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> None:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> None:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

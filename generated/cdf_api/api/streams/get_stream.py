"""`GET /streams/{streamId}` (getStream): Retrieve stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.stream_response_item import StreamResponseItem
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getStream"


def build_request(
    *,
    stream_id: str,
    include_statistics: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve stream


    > **Required capabilities:** `StreamsAcl:READ`

    Retrieve a stream by its identifier.

    Args:
        stream_id (str):  Example: test1.
        include_statistics (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["includeStatistics"] = include_statistics
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/streams/{stream_id}".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> StreamResponseItem:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = StreamResponseItem.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    include_statistics: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> StreamResponseItem:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        stream_id=stream_id, include_statistics=include_statistics, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    include_statistics: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> StreamResponseItem:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        stream_id=stream_id, include_statistics=include_statistics, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

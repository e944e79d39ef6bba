"""`POST /seismic/batchdownload` (batchDownloadSeismic): Download multiple seismic objects as a ZIP archive"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.batch_download_request_filter import BatchDownloadRequestFilter
from ...models.batch_download_request_seismic import BatchDownloadRequestSeismic

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "batchDownloadSeismic"


def build_request(
    *,
    body: BatchDownloadRequestFilter | BatchDownloadRequestSeismic,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Download multiple seismic objects as a ZIP archive


    > **Required capabilities:** `seismicAcl:READ` `experimentAcl:USE`

    Download multiple seismic objects specified by the filter, as a streamed ZIP archive file.

    Args:
        body (BatchDownloadRequestFilter | BatchDownloadRequestSeismic):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "application/zip"

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/seismic/batchdownload",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> str:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        return cast(str, response.content)

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: BatchDownloadRequestFilter | BatchDownloadRequestSeismic,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: BatchDownloadRequestFilter | BatchDownloadRequestSeismic,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

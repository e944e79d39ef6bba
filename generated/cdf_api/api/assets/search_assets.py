"""`POST /assets/search` (searchAssets): Search assets"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.asset_search_filter import AssetSearchFilter
from ...models.data_asset import DataAsset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "searchAssets"


def build_request(
    *,
    body: AssetSearchFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Search assets


    > **Required capabilities:** `assetsAcl:READ`

    Fulltext search for assets based on result relevance. Primarily meant
    for human-centric use-cases, not for programs, since matching and
    ordering may change over time. Additional filters can also be
    specified. This operation doesn't support pagination.

    ### Request throttling
    This endpoint is meant for data analytics/exploration usage and is not suitable for high load data retrieval
    usage.
    It is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Assets resource description](../../) for more information.

    Args:
        body (AssetSearchFilter): Search request with filter capabilities. Example: {'filter': {'parentIds':
            [1293812938, 293823982938]}, 'search': {'name': 'flow', 'description': 'upstream'}}.
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
        path="/assets/search",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataAsset:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataAsset.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: AssetSearchFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataAsset:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: AssetSearchFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataAsset:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

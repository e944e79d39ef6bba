"""`GET /timeseries` (getTimeSeries): List time series"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_with_cursor_get_time_series_metadata_dto import DataWithCursorGetTimeSeriesMetadataDTO
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTimeSeries"


def build_request(
    *,
    limit: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List time series


    > **Required capabilities:** `timeSeriesAcl:READ`

    List time series. Use `nextCursor` to paginate through the results.

    Args:
        limit (int | Unset):
        include_metadata (bool | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        partition (str | Unset):  Example: 1/10.
        asset_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        root_asset_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["includeMetadata"] = include_metadata
    params["cursor"] = cursor
    params["partition"] = partition
    params["assetIds"] = asset_ids
    params["rootAssetIds"] = root_asset_ids
    params["externalIdPrefix"] = external_id_prefix
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/timeseries",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursorGetTimeSeriesMetadataDTO.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        include_metadata=include_metadata,
        cursor=cursor,
        partition=partition,
        asset_ids=asset_ids,
        root_asset_ids=root_asset_ids,
        external_id_prefix=external_id_prefix,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        include_metadata=include_metadata,
        cursor=cursor,
        partition=partition,
        asset_ids=asset_ids,
        root_asset_ids=root_asset_ids,
        external_id_prefix=external_id_prefix,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

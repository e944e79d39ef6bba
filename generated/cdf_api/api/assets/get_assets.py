"""`GET /assets` (getAssets): List assets"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_with_cursor_asset import DataWithCursorAsset
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getAssets"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_ids: str | Unset = UNSET,
    parent_external_ids: str | Unset = UNSET,
    root_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    root: bool | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List assets


    > **Required capabilities:** `assetsAcl:READ`

    List all assets, or only the assets matching the specified query.

    ### Request throttling
    This endpoint is meant for data analytics/exploration usage and is not suitable for high load data retrieval
    usage.
    It is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Assets resource description](../../) for more information.

    Args:
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        include_metadata (bool | Unset):
        name (str | Unset): The name of the asset.
        parent_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        parent_external_ids (str | Unset):
        root_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_subtree_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_subtree_external_ids (str | Unset):
        source (str | Unset): The source of the asset, for example which database it's from.
        root (bool | Unset): Whether the filtered assets are root assets, or not. Set to True to only list root
            assets.
        min_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        partition (str | Unset):  Example: 1/3.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["includeMetadata"] = include_metadata
    params["name"] = name
    params["parentIds"] = parent_ids
    params["parentExternalIds"] = parent_external_ids
    params["rootIds"] = root_ids
    params["assetSubtreeIds"] = asset_subtree_ids
    params["assetSubtreeExternalIds"] = asset_subtree_external_ids
    params["source"] = source
    params["root"] = root
    params["minCreatedTime"] = min_created_time
    params["maxCreatedTime"] = max_created_time
    params["minLastUpdatedTime"] = min_last_updated_time
    params["maxLastUpdatedTime"] = max_last_updated_time
    params["externalIdPrefix"] = external_id_prefix
    params["partition"] = partition
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/assets",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursorAsset:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursorAsset.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_ids: str | Unset = UNSET,
    parent_external_ids: str | Unset = UNSET,
    root_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    root: bool | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorAsset:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        include_metadata=include_metadata,
        name=name,
        parent_ids=parent_ids,
        parent_external_ids=parent_external_ids,
        root_ids=root_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        source=source,
        root=root,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        external_id_prefix=external_id_prefix,
        partition=partition,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_ids: str | Unset = UNSET,
    parent_external_ids: str | Unset = UNSET,
    root_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    root: bool | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorAsset:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        include_metadata=include_metadata,
        name=name,
        parent_ids=parent_ids,
        parent_external_ids=parent_external_ids,
        root_ids=root_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        source=source,
        root=root,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        external_id_prefix=external_id_prefix,
        partition=partition,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

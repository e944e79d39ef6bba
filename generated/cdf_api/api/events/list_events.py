"""`GET /events` (listEvents): List events"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_with_cursor_event import DataWithCursorEvent
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listEvents"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_start_time: int | Unset = UNSET,
    max_start_time: int | Unset = UNSET,
    min_end_time: int | Unset = UNSET,
    max_end_time: int | Unset = UNSET,
    min_active_at_time: int | Unset = UNSET,
    max_active_at_time: int | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    subtype: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List events


    > **Required capabilities:** `eventsAcl:READ`

    List events optionally filtered on query parameters

    ### Request throttling
    This endpoint is meant for data analytics/exploration usage and is not suitable for high load data retrieval
    usage.
    It is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Events resource description](../../) for more information.

    Args:
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        min_start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_active_at_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_active_at_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        asset_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_external_ids (str | Unset):
        asset_subtree_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_subtree_external_ids (str | Unset):
        source (str | Unset): The source of this event.
        type_ (str | Unset): Type of the event, e.g 'failure'.
        subtype (str | Unset): SubType of the event, e.g 'electrical'.
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
        include_metadata (bool | Unset):
        sort (list[str] | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["minStartTime"] = min_start_time
    params["maxStartTime"] = max_start_time
    params["minEndTime"] = min_end_time
    params["maxEndTime"] = max_end_time
    params["minActiveAtTime"] = min_active_at_time
    params["maxActiveAtTime"] = max_active_at_time
    params["assetIds"] = asset_ids
    params["assetExternalIds"] = asset_external_ids
    params["assetSubtreeIds"] = asset_subtree_ids
    params["assetSubtreeExternalIds"] = asset_subtree_external_ids
    params["source"] = source
    params["type"] = type_
    params["subtype"] = subtype
    params["minCreatedTime"] = min_created_time
    params["maxCreatedTime"] = max_created_time
    params["minLastUpdatedTime"] = min_last_updated_time
    params["maxLastUpdatedTime"] = max_last_updated_time
    params["externalIdPrefix"] = external_id_prefix
    params["partition"] = partition
    params["includeMetadata"] = include_metadata
    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/events",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursorEvent:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursorEvent.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_start_time: int | Unset = UNSET,
    max_start_time: int | Unset = UNSET,
    min_end_time: int | Unset = UNSET,
    max_end_time: int | Unset = UNSET,
    min_active_at_time: int | Unset = UNSET,
    max_active_at_time: int | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    subtype: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorEvent:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        min_start_time=min_start_time,
        max_start_time=max_start_time,
        min_end_time=min_end_time,
        max_end_time=max_end_time,
        min_active_at_time=min_active_at_time,
        max_active_at_time=max_active_at_time,
        asset_ids=asset_ids,
        asset_external_ids=asset_external_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        source=source,
        type_=type_,
        subtype=subtype,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        external_id_prefix=external_id_prefix,
        partition=partition,
        include_metadata=include_metadata,
        sort=sort,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_start_time: int | Unset = UNSET,
    max_start_time: int | Unset = UNSET,
    min_end_time: int | Unset = UNSET,
    max_end_time: int | Unset = UNSET,
    min_active_at_time: int | Unset = UNSET,
    max_active_at_time: int | Unset = UNSET,
    asset_ids: str | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    subtype: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    partition: str | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    sort: list[str] | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorEvent:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        min_start_time=min_start_time,
        max_start_time=max_start_time,
        min_end_time=min_end_time,
        max_end_time=max_end_time,
        min_active_at_time=min_active_at_time,
        max_active_at_time=max_active_at_time,
        asset_ids=asset_ids,
        asset_external_ids=asset_external_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        source=source,
        type_=type_,
        subtype=subtype,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        external_id_prefix=external_id_prefix,
        partition=partition,
        include_metadata=include_metadata,
        sort=sort,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

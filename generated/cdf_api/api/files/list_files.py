"""`GET /files` (listFiles): List files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_set_external_id import DataSetExternalId
from ...models.data_set_internal_id import DataSetInternalId
from ...models.data_with_cursor import DataWithCursor
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listFiles"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    asset_ids: list[int] | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    min_uploaded_time: int | Unset = UNSET,
    max_uploaded_time: int | Unset = UNSET,
    min_source_created_time: int | Unset = UNSET,
    max_source_created_time: int | Unset = UNSET,
    min_source_modified_time: int | Unset = UNSET,
    max_source_modified_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    uploaded: bool | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List files


    > **Required capabilities:** `filesAcl:READ`

    The GET /files operation can be used to return information for all files in a project.

    Optionally you can add one or more of the following query parameters.
    The filter query parameters will filter the results to only include files that match all filter parameters.

    ### Request throttling
    This endpoint is intended for data analytics and exploration purposes. It is not designed to support high-
    throughput data retrieval.
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        name (str | Unset): Name of the file.
        mime_type (str | Unset): File type. E.g. text/plain, application/pdf, .. Example: image/jpeg.
        source (str | Unset): The source of the file.
        asset_ids (list[int] | Unset): Only include files that reference these specific asset IDs. Example:
            [363848954441724, 793045462540095, 1261042166839739].
        asset_external_ids (str | Unset):
        data_set_ids (list[DataSetExternalId | DataSetInternalId] | Unset):
        root_asset_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_subtree_ids (str | Unset):  Example: [1238712837, 238712361376, 23786237623].
        asset_subtree_external_ids (str | Unset):
        min_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_uploaded_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_uploaded_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_source_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_source_created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        min_source_modified_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_source_modified_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        external_id_prefix (str | Unset): Filter by this (case-sensitive) prefix for the external ID. Example:
            my.known.prefix.
        uploaded (bool | Unset):
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
    params["name"] = name
    params["mimeType"] = mime_type
    params["source"] = source
    json_asset_ids: list[int] | Unset = UNSET
    if not isinstance(asset_ids, Unset):
        json_asset_ids = asset_ids

    params["assetIds"] = json_asset_ids
    params["assetExternalIds"] = asset_external_ids
    json_data_set_ids: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(data_set_ids, Unset):
        json_data_set_ids = []
        for componentsschemas_data_set_id_eithers_item_data in data_set_ids:
            componentsschemas_data_set_id_eithers_item: dict[str, Any]
            componentsschemas_data_set_id_eithers_item = componentsschemas_data_set_id_eithers_item_data.to_dict()

            json_data_set_ids.append(componentsschemas_data_set_id_eithers_item)

    params["dataSetIds"] = json_data_set_ids
    params["rootAssetIds"] = root_asset_ids
    params["assetSubtreeIds"] = asset_subtree_ids
    params["assetSubtreeExternalIds"] = asset_subtree_external_ids
    params["minCreatedTime"] = min_created_time
    params["maxCreatedTime"] = max_created_time
    params["minLastUpdatedTime"] = min_last_updated_time
    params["maxLastUpdatedTime"] = max_last_updated_time
    params["minUploadedTime"] = min_uploaded_time
    params["maxUploadedTime"] = max_uploaded_time
    params["minSourceCreatedTime"] = min_source_created_time
    params["maxSourceCreatedTime"] = max_source_created_time
    params["minSourceModifiedTime"] = min_source_modified_time
    params["maxSourceModifiedTime"] = max_source_modified_time
    params["externalIdPrefix"] = external_id_prefix
    params["uploaded"] = uploaded
    params["partition"] = partition
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/files",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursor:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursor.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    asset_ids: list[int] | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    min_uploaded_time: int | Unset = UNSET,
    max_uploaded_time: int | Unset = UNSET,
    min_source_created_time: int | Unset = UNSET,
    max_source_created_time: int | Unset = UNSET,
    min_source_modified_time: int | Unset = UNSET,
    max_source_modified_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    uploaded: bool | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        name=name,
        mime_type=mime_type,
        source=source,
        asset_ids=asset_ids,
        asset_external_ids=asset_external_ids,
        data_set_ids=data_set_ids,
        root_asset_ids=root_asset_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        min_uploaded_time=min_uploaded_time,
        max_uploaded_time=max_uploaded_time,
        min_source_created_time=min_source_created_time,
        max_source_created_time=max_source_created_time,
        min_source_modified_time=min_source_modified_time,
        max_source_modified_time=max_source_modified_time,
        external_id_prefix=external_id_prefix,
        uploaded=uploaded,
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
    name: str | Unset = UNSET,
    mime_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    asset_ids: list[int] | Unset = UNSET,
    asset_external_ids: str | Unset = UNSET,
    data_set_ids: list[DataSetExternalId | DataSetInternalId] | Unset = UNSET,
    root_asset_ids: str | Unset = UNSET,
    asset_subtree_ids: str | Unset = UNSET,
    asset_subtree_external_ids: str | Unset = UNSET,
    min_created_time: int | Unset = UNSET,
    max_created_time: int | Unset = UNSET,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    min_uploaded_time: int | Unset = UNSET,
    max_uploaded_time: int | Unset = UNSET,
    min_source_created_time: int | Unset = UNSET,
    max_source_created_time: int | Unset = UNSET,
    min_source_modified_time: int | Unset = UNSET,
    max_source_modified_time: int | Unset = UNSET,
    external_id_prefix: str | Unset = UNSET,
    uploaded: bool | Unset = UNSET,
    partition: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        name=name,
        mime_type=mime_type,
        source=source,
        asset_ids=asset_ids,
        asset_external_ids=asset_external_ids,
        data_set_ids=data_set_ids,
        root_asset_ids=root_asset_ids,
        asset_subtree_ids=asset_subtree_ids,
        asset_subtree_external_ids=asset_subtree_external_ids,
        min_created_time=min_created_time,
        max_created_time=max_created_time,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        min_uploaded_time=min_uploaded_time,
        max_uploaded_time=max_uploaded_time,
        min_source_created_time=min_source_created_time,
        max_source_created_time=max_source_created_time,
        min_source_modified_time=min_source_modified_time,
        max_source_modified_time=max_source_modified_time,
        external_id_prefix=external_id_prefix,
        uploaded=uploaded,
        partition=partition,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

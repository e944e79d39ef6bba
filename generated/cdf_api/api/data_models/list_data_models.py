"""`GET /models/datamodels` (listDataModels): List data models defined in the project"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_model_collection_response_with_cursor import DataModelCollectionResponseWithCursor
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listDataModels"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    inline_views: bool | Unset = UNSET,
    space: str | Unset = UNSET,
    all_versions: bool | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List data models defined in the project


    > **Required capabilities:** `DataModelsAcl:READ`

    List data models defined in the project. You can filter the returned models by the specified space.

    Args:
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        inline_views (bool | Unset):
        space (str | Unset):  Example: timeseries.
        all_versions (bool | Unset):
        include_global (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["inlineViews"] = inline_views
    params["space"] = space
    params["allVersions"] = all_versions
    params["includeGlobal"] = include_global
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/models/datamodels",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataModelCollectionResponseWithCursor:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataModelCollectionResponseWithCursor.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    inline_views: bool | Unset = UNSET,
    space: str | Unset = UNSET,
    all_versions: bool | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataModelCollectionResponseWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        inline_views=inline_views,
        space=space,
        all_versions=all_versions,
        include_global=include_global,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    inline_views: bool | Unset = UNSET,
    space: str | Unset = UNSET,
    all_versions: bool | Unset = UNSET,
    include_global: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataModelCollectionResponseWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit,
        cursor=cursor,
        inline_views=inline_views,
        space=space,
        all_versions=all_versions,
        include_global=include_global,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

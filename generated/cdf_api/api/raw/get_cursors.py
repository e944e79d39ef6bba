"""`GET /raw/dbs/{dbName}/tables/{tableName}/cursors` (getCursors): Retrieve cursors for parallel reads"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.data_raw_db_table_cursors import DataRawDBTableCursors
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getCursors"


def build_request(
    *,
    db_name: str,
    table_name: str,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    number_of_cursors: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve cursors for parallel reads


    > **Required capabilities:** `rawAcl:READ`

    Retrieve cursors based on the last updated time range. Normally this endpoint is used for reading in parallel.

    Each cursor should be supplied as the 'cursor' query parameter on GET requests to [Read
    Rows](#operation/getRows).
    **Note** that the 'minLastUpdatedTime' and the 'maxLastUpdatedTime' query parameter on [Read
    Rows](#operation/getRows) are ignored when a cursor is specified.

    Args:
        db_name (str):
        table_name (str):
        min_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        max_last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970,
            Coordinated Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        number_of_cursors (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["minLastUpdatedTime"] = min_last_updated_time
    params["maxLastUpdatedTime"] = max_last_updated_time
    params["numberOfCursors"] = number_of_cursors
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/raw/dbs/{db_name}/tables/{table_name}/cursors".format(
            db_name=path_segment(db_name),
            table_name=path_segment(table_name),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataRawDBTableCursors:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataRawDBTableCursors.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    db_name: str,
    table_name: str,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    number_of_cursors: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataRawDBTableCursors:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        db_name=db_name,
        table_name=table_name,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        number_of_cursors=number_of_cursors,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    db_name: str,
    table_name: str,
    min_last_updated_time: int | Unset = UNSET,
    max_last_updated_time: int | Unset = UNSET,
    number_of_cursors: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataRawDBTableCursors:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        db_name=db_name,
        table_name=table_name,
        min_last_updated_time=min_last_updated_time,
        max_last_updated_time=max_last_updated_time,
        number_of_cursors=number_of_cursors,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

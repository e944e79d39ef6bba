"""`GET /raw/dbs/{dbName}/tables` (getTables): List tables in a database"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.data_with_cursor_raw_db_table import DataWithCursorRawDBTable
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTables"


def build_request(
    *,
    db_name: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List tables in a database


    > **Required capabilities:** `rawAcl:LIST`

    Args:
        db_name (str):
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/raw/dbs/{db_name}/tables".format(
            db_name=path_segment(db_name),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursorRawDBTable:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursorRawDBTable.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    db_name: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorRawDBTable:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, limit=limit, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    db_name: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorRawDBTable:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, limit=limit, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

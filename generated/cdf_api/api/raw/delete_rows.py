"""`POST /raw/dbs/{dbName}/tables/{tableName}/rows/delete` (deleteRows): Delete rows in a table"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.data_raw_db_row_key import DataRawDBRowKey
from ...models.empty_response_body import EmptyResponseBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteRows"


def build_request(
    *,
    db_name: str,
    table_name: str,
    body: DataRawDBRowKey,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete rows in a table


    > **Required capabilities:** `rawAcl:WRITE`

    Args:
        db_name (str):
        table_name (str):
        body (DataRawDBRowKey):
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
        path="/raw/dbs/{db_name}/tables/{table_name}/rows/delete".format(
            db_name=path_segment(db_name),
            table_name=path_segment(table_name),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> EmptyResponseBody:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EmptyResponseBody.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    db_name: str,
    table_name: str,
    body: DataRawDBRowKey,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, table_name=table_name, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    db_name: str,
    table_name: str,
    body: DataRawDBRowKey,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, table_name=table_name, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

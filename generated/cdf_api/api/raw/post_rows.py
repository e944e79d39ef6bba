"""`POST /raw/dbs/{dbName}/tables/{tableName}/rows` (postRows): Insert rows into a table"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.data_raw_db_row import DataRawDBRow
from ...models.empty_response_body import EmptyResponseBody
from ...models.post_rows_files_body import PostRowsFilesBody
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postRows"


def build_request(
    *,
    db_name: str,
    table_name: str,
    body: DataRawDBRow | PostRowsFilesBody,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Insert rows into a table


    > **Required capabilities:** `rawAcl:WRITE`

    Insert rows into a table. It is possible to post a maximum of 10000 rows per request.
    It will replace the columns of an existing row if the rowKey already exists.

    The rowKey is limited to 1024 characters which also includes Unicode characters.
    The maximum size of columns are 5 MiB, however the maximum size of one column name and value is 2621440
    characters each.
    If you want to store huge amount of data per row or column we recommend using the Files API to upload blobs,
    then reference it from the Raw row.

    The columns object is a key value object, where the key corresponds to the column name while the value is the
    column value.
    It supports all the valid types of values in JSON, so number, string, array, and even nested JSON structure
    (see payload example to the right).

    If an error occurs during the write, partial data may be written as there is no rollback. However, it's safe
    to retry the request, since this endpoint supports both update and insert (upsert).

    A row's last updated timestamp will only be updated if the new column contents are considered different to the
    old one. An identical JSON string should always be counted as the same contents.

    Args:
        db_name (str):
        table_name (str):
        ensure_parent (bool | Unset):
        body (DataRawDBRow):
        body (PostRowsFilesBody):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["ensureParent"] = ensure_parent
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    if isinstance(body, DataRawDBRow):
        json_body = body.to_dict()

    elif isinstance(body, PostRowsFilesBody):
        import httpx

        _encoded = httpx.Request("POST", "http://multipart", files=body.to_multipart())
        content = _encoded.read()
        headers["content-type"] = _encoded.headers["content-type"]

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/raw/dbs/{db_name}/tables/{table_name}/rows".format(
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
    body: DataRawDBRow | PostRowsFilesBody,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        db_name=db_name,
        table_name=table_name,
        body=body,
        ensure_parent=ensure_parent,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    db_name: str,
    table_name: str,
    body: DataRawDBRow | PostRowsFilesBody,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        db_name=db_name,
        table_name=table_name,
        body=body,
        ensure_parent=ensure_parent,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

"""`POST /raw/dbs/{dbName}/tables` (createTables): Create tables in a database"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.data_raw_db_table import DataRawDBTable
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "createTables"


def build_request(
    *,
    db_name: str,
    body: DataRawDBTable,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create tables in a database


    > **Required capabilities:** `rawAcl:WRITE`

    Create tables in a database. It is possible to post a maximum of 1000 tables per request.

    Args:
        db_name (str):
        ensure_parent (bool | Unset):
        body (DataRawDBTable):
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
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/raw/dbs/{db_name}/tables".format(
            db_name=path_segment(db_name),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> DataRawDBTable:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = DataRawDBTable.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    db_name: str,
    body: DataRawDBTable,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataRawDBTable:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, body=body, ensure_parent=ensure_parent, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    db_name: str,
    body: DataRawDBTable,
    ensure_parent: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataRawDBTable:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        db_name=db_name, body=body, ensure_parent=ensure_parent, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

"""`GET /transformations/schema/{schemaType}` (getTransformationSchema): Get the schema of resource type"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.items_column_type import ItemsColumnType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTransformationSchema"


def build_request(
    *,
    schema_type: str,
    conflict_mode: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get the schema of resource type


    > **Required capabilities:** `transformationsAcl:READ`

    Args:
        schema_type (str):
        conflict_mode (str | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["conflictMode"] = conflict_mode
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/transformations/schema/{schema_type}".format(
            schema_type=path_segment(schema_type),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ItemsColumnType:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ItemsColumnType.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    schema_type: str,
    conflict_mode: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsColumnType:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        schema_type=schema_type, conflict_mode=conflict_mode, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    schema_type: str,
    conflict_mode: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsColumnType:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        schema_type=schema_type, conflict_mode=conflict_mode, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

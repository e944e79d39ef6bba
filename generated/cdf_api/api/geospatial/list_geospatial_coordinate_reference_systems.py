"""`GET /geospatial/crs` (listGeospatialCoordinateReferenceSystems): List Coordinate Reference Systems"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.geospatial_coordinate_reference_system_list import GeospatialCoordinateReferenceSystemList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listGeospatialCoordinateReferenceSystems"


def build_request(
    *,
    filter_only_custom: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List Coordinate Reference Systems


    > **Required capabilities:** `geospatialCrsAcl:READ`

    List the defined Coordinate Reference Systems. The list can be limited to the custom Coordinate Reference
    Systems defined for the tenant.

    Args:
        filter_only_custom (bool | Unset):  Example: True.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["filterOnlyCustom"] = filter_only_custom
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/geospatial/crs",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GeospatialCoordinateReferenceSystemList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GeospatialCoordinateReferenceSystemList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    filter_only_custom: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialCoordinateReferenceSystemList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(filter_only_custom=filter_only_custom, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    filter_only_custom: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialCoordinateReferenceSystemList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(filter_only_custom=filter_only_custom, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

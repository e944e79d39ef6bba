"""`POST /geospatial/featuretypes/{featureTypeExternalId}/features/{featureExternalId}/rasters/{rasterPropertyName}/delete` (deleteRaster): Delete a raster from a feature property"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.empty_response_body import EmptyResponseBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteRaster"


def build_request(
    *,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete a raster from a feature property


    > **Required capabilities:** `geospatialAcl:READ` `geospatialAcl:WRITE`

    Delete a raster from a feature property. If there is no raster already, the operation is a no-op.

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        feature_external_id (str):  Example: ocean_measure_W87H62.
        raster_property_name (str):  Example: bathymetry.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/geospatial/featuretypes/{feature_type_external_id}/features/{feature_external_id}/rasters/{raster_property_name}/delete".format(
            feature_type_external_id=path_segment(feature_type_external_id),
            feature_external_id=path_segment(feature_external_id),
            raster_property_name=path_segment(raster_property_name),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
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
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

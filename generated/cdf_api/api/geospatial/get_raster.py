"""`POST /geospatial/featuretypes/{featureTypeExternalId}/features/{featureExternalId}/rasters/{rasterPropertyName}` (getRaster): Get a raster from a feature property"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec import (
    GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec,
)
from ...models.geospatial_raster_output_spec_geospatial_raster_xyz_output_spec import (
    GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec,
)
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getRaster"


def build_request(
    *,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    body: GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec
    | GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get a raster from a feature property


    > **Required capabilities:** `geospatialAcl:READ`

    Get a raster from a feature property. The feature property must be of type RASTER.

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        feature_external_id (str):  Example: ocean_measure_W87H62.
        raster_property_name (str):  Example: bathymetry.
        body (GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec |
            GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "application/octet-stream"

    json_body: Any = None
    content: bytes | None = None
    if not isinstance(body, Unset):
        json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/geospatial/featuretypes/{feature_type_external_id}/features/{feature_external_id}/rasters/{raster_property_name}".format(
            feature_type_external_id=path_segment(feature_type_external_id),
            feature_external_id=path_segment(feature_external_id),
            raster_property_name=path_segment(raster_property_name),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Any:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        return cast(Any, response.content)

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    body: GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec
    | GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Any:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        body=body,
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
    body: GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec
    | GeospatialRasterOutputSpecGeospatialRasterXyzOutputSpec
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Any:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        body=body,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

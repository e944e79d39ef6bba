"""`PUT /geospatial/featuretypes/{featureTypeExternalId}/features/{featureExternalId}/rasters/{rasterPropertyName}` (putRaster): Put a raster into a feature property"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.geospatial_raster_metadata import GeospatialRasterMetadata
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "putRaster"


def build_request(
    *,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    body: Any | Unset = UNSET,
    srid: int,
    format_: Literal["XYZ"],
    scale_x: float | Unset = UNSET,
    scale_y: float | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Put a raster into a feature property


    > **Required capabilities:** `geospatialAcl:READ` `geospatialAcl:WRITE`

    Put a raster into a feature property. The feature property must be of type RASTER.

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        feature_external_id (str):  Example: ocean_measure_W87H62.
        raster_property_name (str):  Example: bathymetry.
        srid (int):  Example: 3857.
        format_ (Literal['XYZ']):
        scale_x (float | Unset):  Example: 2.
        scale_y (float | Unset):  Example: 2.
        allow_crs_transformation (bool | Unset):  Example: True.
        body (Any | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["srid"] = srid
    params["format"] = format_
    params["scaleX"] = scale_x
    params["scaleY"] = scale_y
    params["allowCrsTransformation"] = allow_crs_transformation
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    if not isinstance(body, Unset):
        content = body.payload if isinstance(body.payload, bytes) else body.payload.read()
        headers["content-type"] = "application/octet-stream"

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="PUT",
        path="/geospatial/featuretypes/{feature_type_external_id}/features/{feature_external_id}/rasters/{raster_property_name}".format(
            feature_type_external_id=path_segment(feature_type_external_id),
            feature_external_id=path_segment(feature_external_id),
            raster_property_name=path_segment(raster_property_name),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> GeospatialRasterMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GeospatialRasterMetadata.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    feature_type_external_id: str,
    feature_external_id: str,
    raster_property_name: str,
    body: Any | Unset = UNSET,
    srid: int,
    format_: Literal["XYZ"],
    scale_x: float | Unset = UNSET,
    scale_y: float | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialRasterMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        body=body,
        srid=srid,
        format_=format_,
        scale_x=scale_x,
        scale_y=scale_y,
        allow_crs_transformation=allow_crs_transformation,
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
    body: Any | Unset = UNSET,
    srid: int,
    format_: Literal["XYZ"],
    scale_x: float | Unset = UNSET,
    scale_y: float | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialRasterMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        feature_external_id=feature_external_id,
        raster_property_name=raster_property_name,
        body=body,
        srid=srid,
        format_=format_,
        scale_x=scale_x,
        scale_y=scale_y,
        allow_crs_transformation=allow_crs_transformation,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

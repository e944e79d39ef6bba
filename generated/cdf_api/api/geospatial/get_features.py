"""`GET /geospatial/featuretypes/{featureTypeExternalId}/features` (getFeatures): Get features"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.geospatial_features_with_cursor import GeospatialFeaturesWithCursor
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getFeatures"


def build_request(
    *,
    feature_type_external_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    allow_dimensionality_mismatch: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get features


    > **Required capabilities:** `geospatialAcl:READ`

    Get features with paging support

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset): Limits the number of results to be returned.
        allow_crs_transformation (bool | Unset): Optional parameter indicating if input geometry properties should be
            transformed into the respective Coordinate Reference Systems defined in the feature type specification. If the
            parameter is true, then input geometries will be transformed when the input and output Coordinate Reference
            Systems differ. When it is false, then requests with geometries in Coordinate Reference System different from
            the ones defined in the feature type will result in bad request response code. Transformations apply to
            property geometries in case of create and update feature, as well as to geometries in spatial filters in
            search endpoints. Example: True.
        allow_dimensionality_mismatch (bool | Unset): Optional parameter indicating if the spatial filter operators
            allow input geometries with a different dimensionality than the properties they are applied to. For instance,
            when set to true, if a feature type has a property of type POLYGONZM (4D), its features can be filtered using
            the `stContains` operator and a POLYGON (2D) value. This option defaults to false if not specified. Example:
            True.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    params["allowCrsTransformation"] = allow_crs_transformation
    params["allowDimensionalityMismatch"] = allow_dimensionality_mismatch
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/geospatial/featuretypes/{feature_type_external_id}/features".format(
            feature_type_external_id=path_segment(feature_type_external_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GeospatialFeaturesWithCursor:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GeospatialFeaturesWithCursor.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    feature_type_external_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    allow_dimensionality_mismatch: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeaturesWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        cursor=cursor,
        limit=limit,
        allow_crs_transformation=allow_crs_transformation,
        allow_dimensionality_mismatch=allow_dimensionality_mismatch,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    feature_type_external_id: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    allow_crs_transformation: bool | Unset = UNSET,
    allow_dimensionality_mismatch: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeaturesWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        cursor=cursor,
        limit=limit,
        allow_crs_transformation=allow_crs_transformation,
        allow_dimensionality_mismatch=allow_dimensionality_mismatch,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

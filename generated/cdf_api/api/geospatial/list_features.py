"""`POST /geospatial/featuretypes/{featureTypeExternalId}/features/list` (listFeatures): Filter all features"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.geospatial_feature_list_request import GeospatialFeatureListRequest
from ...models.geospatial_features_with_cursor import GeospatialFeaturesWithCursor

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listFeatures"


def build_request(
    *,
    feature_type_external_id: str,
    body: GeospatialFeatureListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter all features


    > **Required capabilities:** `geospatialAcl:READ`

    List features based on the feature property filter passed in the body of the request. This operation supports
    pagination by cursor.

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        body (GeospatialFeatureListRequest): Feature List Request
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
        path="/geospatial/featuretypes/{feature_type_external_id}/features/list".format(
            feature_type_external_id=path_segment(feature_type_external_id),
        ),
        base="project",
        params=None,
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
    body: GeospatialFeatureListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeaturesWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        body=body,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    feature_type_external_id: str,
    body: GeospatialFeatureListRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeaturesWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        body=body,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

"""`POST /geospatial/featuretypes/{featureTypeExternalId}/features/search-streaming` (searchFeaturesStreaming): Search and stream features"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.geospatial_feature import GeospatialFeature
from ...models.geospatial_feature_search_streaming_request import GeospatialFeatureSearchStreamingRequest
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "searchFeaturesStreaming"


def build_request(
    *,
    feature_type_external_id: str,
    body: GeospatialFeatureSearchStreamingRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Search and stream features


    > **Required capabilities:** `geospatialAcl:READ`

    Search for features based on the feature property filter passed in the body of the request. The streaming
    response format can be length prefixed, new line delimited, record separator delimited or concatenated
    depending on requested output (see https://en.wikipedia.org/wiki/JSON_streaming).

    Args:
        feature_type_external_id (str):  Example: ocean_measures.
        body (GeospatialFeatureSearchStreamingRequest | Unset): Search and streaming feature request
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    if not isinstance(body, Unset):
        json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/geospatial/featuretypes/{feature_type_external_id}/features/search-streaming".format(
            feature_type_external_id=path_segment(feature_type_external_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GeospatialFeature:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GeospatialFeature.from_dict(response.content)

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    feature_type_external_id: str,
    body: GeospatialFeatureSearchStreamingRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeature:
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
    body: GeospatialFeatureSearchStreamingRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GeospatialFeature:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        feature_type_external_id=feature_type_external_id,
        body=body,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

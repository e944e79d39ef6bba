"""`POST /context/entitymatching/predict` (entityMatchingPredict): Predict matches"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.entity_matching_predict_response_200 import EntityMatchingPredictResponse200
from ...models.entity_matching_predict_schema_option_0 import EntityMatchingPredictSchemaOption0
from ...models.entity_matching_predict_schema_option_1 import EntityMatchingPredictSchemaOption1
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "entityMatchingPredict"


def build_request(
    *,
    body: EntityMatchingPredictSchemaOption0 | EntityMatchingPredictSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Predict matches


    > **Required capabilities:** `entitymatchingAcl:WRITE`

    Predicts entity matches using a trained model. Note: 'assetsAcl:READ' capability is required unless both
    `sources` and `targets` are specified in the request. Also note that the header of a successful response
    contains a `X-Job-Token` which allows to fetch the result of the job at `/context/entitymatching/jobs/{jobId}`
    without requiring 'assetsAcl:READ'.

    Args:
        body (EntityMatchingPredictSchemaOption0 | EntityMatchingPredictSchemaOption1 | Unset):
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
        path="/context/entitymatching/predict",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> EntityMatchingPredictResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EntityMatchingPredictResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: EntityMatchingPredictSchemaOption0 | EntityMatchingPredictSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatchingPredictResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: EntityMatchingPredictSchemaOption0 | EntityMatchingPredictSchemaOption1 | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatchingPredictResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

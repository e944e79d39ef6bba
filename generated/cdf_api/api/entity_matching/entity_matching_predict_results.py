"""`GET /context/entitymatching/jobs/{jobId}` (entityMatchingPredictResults): Retrieve entity matcher predict results"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.entity_matching_predict_results_response_200 import EntityMatchingPredictResultsResponse200
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "entityMatchingPredictResults"


def build_request(
    *,
    job_id: int,
    x_job_token: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve entity matcher predict results


    > **Required capabilities:** `assetsAcl:READ` `entitymatchingAcl:WRITE`

    Get the results from a predict job. Note: 'assetsAcl:READ' capability is required, unless you specify a valid
    `X-Job-Token` in the request header. The `X-Job-Token` is provided in the response header of the initial call
    to `/context/entitymatching/predict`

    Args:
        job_id (int): Contextualization job ID. Example: 123.
        x_job_token (str | Unset): A string token that can be attached to the header of a request fetching the job
            status. Authenticates the user fetching the job status as the same one who originally posted the job.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}
    if not isinstance(x_job_token, Unset):
        headers["X-Job-Token"] = str(x_job_token)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/context/entitymatching/jobs/{job_id}".format(
            job_id=path_segment(job_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> EntityMatchingPredictResultsResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EntityMatchingPredictResultsResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    job_id: int,
    x_job_token: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatchingPredictResultsResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        job_id=job_id, x_job_token=x_job_token, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    job_id: int,
    x_job_token: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EntityMatchingPredictResultsResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        job_id=job_id, x_job_token=x_job_token, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

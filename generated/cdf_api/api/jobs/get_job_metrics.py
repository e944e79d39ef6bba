"""`GET /hostedextractors/jobs/metrics` (get_job_metrics): Get Job Metrics"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.items_job_metrics import ItemsJobMetrics
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get_job_metrics"


def build_request(
    *,
    job: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    source: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get Job Metrics


    > **Required capabilities:** `hostedExtractors:READ`

    List metrics, optionally filtering on job, source, or destination. Logs are retrieved in reverse chronological
    order.

    Args:
        job (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        source (str | Unset):
        destination (str | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["job"] = job
    params["limit"] = limit
    params["cursor"] = cursor
    params["source"] = source
    params["destination"] = destination
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/hostedextractors/jobs/metrics",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ItemsJobMetrics:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ItemsJobMetrics.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    job: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    source: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsJobMetrics:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        job=job,
        limit=limit,
        cursor=cursor,
        source=source,
        destination=destination,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    job: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    source: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsJobMetrics:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        job=job,
        limit=limit,
        cursor=cursor,
        source=source,
        destination=destination,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

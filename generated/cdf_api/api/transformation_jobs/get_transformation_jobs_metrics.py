"""`GET /transformations/jobs/{id}/metrics` (getTransformationJobsMetrics): List job metrics by job id"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.items_metric_counter import ItemsMetricCounter

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTransformationJobsMetrics"


def build_request(
    *,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List job metrics by job id


    > **Required capabilities:** `transformationsAcl:READ`

    Args:
        id (int):
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
        method="GET",
        path="/transformations/jobs/{id}/metrics".format(
            id=path_segment(id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ItemsMetricCounter:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ItemsMetricCounter.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsMetricCounter:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ItemsMetricCounter:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

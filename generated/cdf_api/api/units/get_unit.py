"""`GET /units/{externalId}` (getUnit): Retrieve unit by external ID"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.view_list_unit import ViewListUnit

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getUnit"


def build_request(
    *,
    external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve unit by external ID
    Retrieve a single unit by its external ID.

    Args:
        external_id (str): External ID of the unit
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
        path="/units/{external_id}".format(
            external_id=path_segment(external_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ViewListUnit:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ViewListUnit.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ViewListUnit:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(external_id=external_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ViewListUnit:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(external_id=external_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`GET /integrations/config` (get_integration_config): Fetch config revision"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.full_config_revision import FullConfigRevision
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get_integration_config"


def build_request(
    *,
    external_id: str,
    revision: int | Unset = UNSET,
    active_at_time: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Fetch config revision


    > **Required capabilities:** `integrationConfigsAcl:READ`

    Fetch a specific config revision.

    Args:
        external_id (str):
        revision (int | Unset):
        active_at_time (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["externalId"] = external_id
    params["revision"] = revision
    params["activeAtTime"] = active_at_time
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/integrations/config",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> FullConfigRevision:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = FullConfigRevision.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    external_id: str,
    revision: int | Unset = UNSET,
    active_at_time: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FullConfigRevision:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        external_id=external_id,
        revision=revision,
        active_at_time=active_at_time,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    external_id: str,
    revision: int | Unset = UNSET,
    active_at_time: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FullConfigRevision:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        external_id=external_id,
        revision=revision,
        active_at_time=active_at_time,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

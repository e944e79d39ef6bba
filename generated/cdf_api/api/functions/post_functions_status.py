"""`POST /functions/status` (postFunctionsStatus): Activate Functions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.functions_activation import FunctionsActivation

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postFunctionsStatus"


def build_request(
    *,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Activate Functions


    > **Required capabilities:** `functionsAcl:WRITE`

    Activate Cognite Functions. This will create the necessary backend infrastructure for Cognite Functions.

    Args:
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
        method="POST",
        path="/functions/status",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> FunctionsActivation:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_202 = FunctionsActivation.from_dict(response.json())

        return response_202

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionsActivation:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionsActivation:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

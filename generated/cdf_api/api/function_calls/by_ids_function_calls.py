"""`POST /functions/{functionId}/calls/byids` (byIdsFunctionCalls): Retrieve calls"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.by_ids_function_calls_body import ByIdsFunctionCallsBody
from ...models.function_calls import FunctionCalls
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "byIdsFunctionCalls"


def build_request(
    *,
    function_id: int,
    body: ByIdsFunctionCallsBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve calls


    > **Required capabilities:** `functionsAcl:READ`

    Retrieve function calls by call ids.

    Args:
        function_id (int):
        body (ByIdsFunctionCallsBody | Unset):
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
        path="/functions/{function_id}/calls/byids".format(
            function_id=path_segment(function_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> FunctionCalls:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = FunctionCalls.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    function_id: int,
    body: ByIdsFunctionCallsBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionCalls:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(function_id=function_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    function_id: int,
    body: ByIdsFunctionCallsBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionCalls:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(function_id=function_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

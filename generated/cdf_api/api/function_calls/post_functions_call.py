"""`POST /functions/{functionId}/call` (postFunctionsCall): Call a function asynchronously"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.function_call import FunctionCall
from ...models.function_call_request import FunctionCallRequest
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postFunctionsCall"


def build_request(
    *,
    function_id: int,
    body: FunctionCallRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Call a function asynchronously


    > **Required capabilities:** `functionsAcl:RUN`

    Perform a function call. To provide input data to the function, add the data in an object called `data` in the
    request body. It will be available as the `data` argument into the function. Info about the function call at
    runtime can be obtained through the `function_call_info` argument if added in the function handle.
    **WARNING:** Secrets or other confidential information should not be passed via the `data` object. There is a
    dedicated `secrets` object in the request body to "Create functions" for this purpose.

    Args:
        function_id (int):
        body (FunctionCallRequest | Unset):
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
        path="/functions/{function_id}/call".format(
            function_id=path_segment(function_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> FunctionCall:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = FunctionCall.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    function_id: int,
    body: FunctionCallRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionCall:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(function_id=function_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    function_id: int,
    body: FunctionCallRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionCall:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(function_id=function_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

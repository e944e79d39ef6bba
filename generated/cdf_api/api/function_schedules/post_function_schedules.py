"""`POST /functions/schedules` (postFunctionSchedules): Create schedules"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.function_schedule_created import FunctionScheduleCreated
from ...models.post_function_schedules_body import PostFunctionSchedulesBody
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postFunctionSchedules"


def build_request(
    *,
    body: PostFunctionSchedulesBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create schedules


    > **Required capabilities:** `functionsAcl:WRITE`

    Create function schedules. Function schedules trigger asynchronous calls with specific input data, based on a
    cron expression that determines when these triggers should be fired. Use e.g. http://www.cronmaker.com to be
    guided on how to generate a cron expression. One of `FunctionId` or `FunctionExternalId` (deprecated) must be
    set (but not both). When creating a schedule with a session, i.e. with a `nonce`, `FunctionId` must be used.
    The `nonce` will be used to bind the session before function execution, and the session will be kept alive for
    the lifetime of the schedule. **WARNING:** Secrets or other confidential information should not be passed via
    the `data` object. There is a dedicated `secrets` object in the request body to "Create functions" for this
    purpose.

    Args:
        body (PostFunctionSchedulesBody | Unset):
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
        path="/functions/schedules",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> FunctionScheduleCreated:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = FunctionScheduleCreated.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: PostFunctionSchedulesBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionScheduleCreated:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: PostFunctionSchedulesBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FunctionScheduleCreated:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

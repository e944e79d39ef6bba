"""`POST /simulators/routines/list` (filter_simulator_routines_simulators_routines_list_post): Filter Simulator Routines"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.list_simulator_routines_query import ListSimulatorRoutinesQuery
from ...models.list_with_cursor_simulator_routine_base import ListWithCursorSimulatorRoutineBase

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filter_simulator_routines_simulators_routines_list_post"


def build_request(
    *,
    body: ListSimulatorRoutinesQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter Simulator Routines
    Retrieves a list of simulator routines that match the given criteria.

    Args:
        body (ListSimulatorRoutinesQuery):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/simulators/routines/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ListWithCursorSimulatorRoutineBase:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ListWithCursorSimulatorRoutineBase.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ListSimulatorRoutinesQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListWithCursorSimulatorRoutineBase:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ListSimulatorRoutinesQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListWithCursorSimulatorRoutineBase:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

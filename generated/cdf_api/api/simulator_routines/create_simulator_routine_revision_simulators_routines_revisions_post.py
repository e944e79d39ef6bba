"""`POST /simulators/routines/revisions` (create_simulator_routine_revision_simulators_routines_revisions_post): Create Simulator Routine Revision"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.list_simulator_routine_revision import ListSimulatorRoutineRevision
from ...models.single_item_simulator_routine_revision_create_command import (
    SingleItemSimulatorRoutineRevisionCreateCommand,
)

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "create_simulator_routine_revision_simulators_routines_revisions_post"


def build_request(
    *,
    body: SingleItemSimulatorRoutineRevisionCreateCommand,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create Simulator Routine Revision
    The total size of the request body can be a maximum of 50.00 KB.

    When creating a simulator routine revision, be mindful of the following:

    - The amount and size of the inputs you provide to the simulator routine.
    - The size of the outputs you expect from the simulator routine.

    The total size of the data sent by a simulator connector cannot exceed 100.00 KB per simulation run.

    Args:
        body (SingleItemSimulatorRoutineRevisionCreateCommand):
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
        path="/simulators/routines/revisions",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> ListSimulatorRoutineRevision:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = ListSimulatorRoutineRevision.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: SingleItemSimulatorRoutineRevisionCreateCommand,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListSimulatorRoutineRevision:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: SingleItemSimulatorRoutineRevisionCreateCommand,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListSimulatorRoutineRevision:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

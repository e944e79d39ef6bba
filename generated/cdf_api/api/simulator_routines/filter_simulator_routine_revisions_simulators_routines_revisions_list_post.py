"""`POST /simulators/routines/revisions/list` (filter_simulator_routine_revisions_simulators_routines_revisions_list_post): Filter Simulator Routine Revisions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.list_simulator_routine_revisions_query import ListSimulatorRoutineRevisionsQuery
from ...models.list_with_cursor_simulator_routine_revision import ListWithCursorSimulatorRoutineRevision
from ...models.list_with_cursor_simulator_routine_revision_view import ListWithCursorSimulatorRoutineRevisionView
from ...types import parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filter_simulator_routine_revisions_simulators_routines_revisions_list_post"


def build_request(
    *,
    body: ListSimulatorRoutineRevisionsQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter Simulator Routine Revisions
    Retrieves a list of simulator routine revisions that match the given criteria.

    Args:
        body (ListSimulatorRoutineRevisionsQuery):
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
        path="/simulators/routines/revisions/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(
    response: httpx.Response,
) -> ListWithCursorSimulatorRoutineRevision | ListWithCursorSimulatorRoutineRevisionView:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(
            data: object,
        ) -> ListWithCursorSimulatorRoutineRevision | ListWithCursorSimulatorRoutineRevisionView:
            return parse_best(
                data, (ListWithCursorSimulatorRoutineRevision, ListWithCursorSimulatorRoutineRevisionView)
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ListSimulatorRoutineRevisionsQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListWithCursorSimulatorRoutineRevision | ListWithCursorSimulatorRoutineRevisionView:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ListSimulatorRoutineRevisionsQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListWithCursorSimulatorRoutineRevision | ListWithCursorSimulatorRoutineRevisionView:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`POST /api/v1/projects/{project}/diagram-parsing/parsing/full` (runFullParsing): Run parsing with tag detection for files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.external_ids_response import ExternalIdsResponse
from ...models.full_parse_input import FullParseInput

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "runFullParsing"


def build_request(
    *,
    project: str,
    body: FullParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Run parsing with tag detection for files


    > **Required capabilities:** `DiagramParsingAcl:WRITE` `DataModelInstancesAcl:WRITE`

    A parsing job will be started on the files to detect their entities and connections and map assets.

    Args:
        project (str):  Example: publicdata.
        body (FullParseInput):
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
        path="/api/v1/projects/{project}/diagram-parsing/parsing/full".format(
            project=path_segment(project),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> ExternalIdsResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ExternalIdsResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    project: str,
    body: FullParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExternalIdsResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(project=project, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    project: str,
    body: FullParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExternalIdsResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(project=project, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

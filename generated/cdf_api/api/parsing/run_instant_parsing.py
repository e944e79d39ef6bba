"""`POST /diagram-parsing/parsing/instant` (runInstantParsing): Run an instant parsing job for a file"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.instant_parse_input import InstantParseInput
from ...models.instant_parse_result import InstantParseResult

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "runInstantParsing"


def build_request(
    *,
    body: InstantParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Run an instant parsing job for a file


    > **Required capabilities:** `DiagramParsingAcl:WRITE`

    Start an instant parsing job on a file to detect diagram symbols based on the specified library. Parsed
    outputs do not persist.

    Args:
        body (InstantParseInput):
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
        path="/diagram-parsing/parsing/instant",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> InstantParseResult:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = InstantParseResult.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: InstantParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> InstantParseResult:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: InstantParseInput,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> InstantParseResult:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`GET /diagram-parsing/libraries/{libraryId}` (getExtendedLibrary): Get a library with symbols"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.extended_library_dto import ExtendedLibraryDto

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getExtendedLibrary"


def build_request(
    *,
    library_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get a library with symbols


    > **Required capabilities:** `DiagramParsingAcl:READ`

    Returns a single library with all its symbols and geometries.

    Args:
        library_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
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
        method="GET",
        path="/diagram-parsing/libraries/{library_id}".format(
            library_id=path_segment(library_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ExtendedLibraryDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ExtendedLibraryDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    library_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedLibraryDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(library_id=library_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    library_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ExtendedLibraryDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(library_id=library_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

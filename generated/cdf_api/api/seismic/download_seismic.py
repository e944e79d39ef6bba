"""`GET /seismic/seismics/segy/{seismicId}` (downloadSeismic): Download a seismic object as a SEG-Y file"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "downloadSeismic"


def build_request(
    *,
    seismic_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Download a seismic object as a SEG-Y file


    > **Required capabilities:** `seismicAcl:READ`

    Retrieves a SEG-Y file with all traces contained within the given seismic object.

    Args:
        seismic_id (int):
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
        path="/seismic/seismics/segy/{seismic_id}".format(
            seismic_id=path_segment(seismic_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> str:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        return cast(str, response.content)

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    seismic_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(seismic_id=seismic_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    seismic_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> str:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(seismic_id=seismic_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`GET /extractors/schemas/{extractor}/{version}` (get_extractor_schema): Get Config Schema"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.get_extractor_schema_response_200 import GetExtractorSchemaResponse200

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get_extractor_schema"


def build_request(
    *,
    extractor: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get Config Schema
    Retrieve the configuration schema for the specified extractor and release version. The configuration schema is
    a [JSON Schema](https://json-schema.org/) file.

    Args:
        extractor (str): External ID of the extractor to get the schema for.
        version (str): Version of the extractor to fetch schema for. Example: 1.2.3.
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
        path="/extractors/schemas/{extractor}/{version}".format(
            extractor=path_segment(extractor),
            version=path_segment(version),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GetExtractorSchemaResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GetExtractorSchemaResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    extractor: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GetExtractorSchemaResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(extractor=extractor, version=version, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    extractor: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GetExtractorSchemaResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(extractor=extractor, version=version, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

"""`GET /annotations/{annotationId}` (annotationsGet): Get an annotation"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.annotations_v2_response_schema import AnnotationsV2ResponseSchema

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "annotationsGet"


def build_request(
    *,
    annotation_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get an annotation
    Retrieves the referenced annotation.

    The caller _must_ have read-access on the **annotated resource**, otherwise the call will fail.

    Args:
        annotation_id (int): A server-generated ID for the object.
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
        path="/annotations/{annotation_id}".format(
            annotation_id=path_segment(annotation_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> AnnotationsV2ResponseSchema:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = AnnotationsV2ResponseSchema.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    annotation_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AnnotationsV2ResponseSchema:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(annotation_id=annotation_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    annotation_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AnnotationsV2ResponseSchema:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(annotation_id=annotation_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

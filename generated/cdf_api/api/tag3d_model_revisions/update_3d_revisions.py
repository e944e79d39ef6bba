"""`POST /3d/models/{modelId}/revisions/update` (update3DRevisions): Update 3D revisions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.revision_3d_list import Revision3DList
from ...models.update_revision_3d_classic_body import UpdateRevision3DClassicBody
from ...models.update_revision_3d_dms_only_body import UpdateRevision3DDmsOnlyBody
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "update3DRevisions"


def build_request(
    *,
    model_id: int,
    body: Unset | UpdateRevision3DClassicBody | UpdateRevision3DDmsOnlyBody = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update 3D revisions


    > **Required capabilities:** `threedAcl:UPDATE`

    Args:
        model_id (int):
        body (Unset | UpdateRevision3DClassicBody | UpdateRevision3DDmsOnlyBody):
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
        path="/3d/models/{model_id}/revisions/update".format(
            model_id=path_segment(model_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Revision3DList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Revision3DList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    body: Unset | UpdateRevision3DClassicBody | UpdateRevision3DDmsOnlyBody = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Revision3DList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(model_id=model_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    body: Unset | UpdateRevision3DClassicBody | UpdateRevision3DDmsOnlyBody = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Revision3DList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(model_id=model_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

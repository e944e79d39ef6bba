"""`POST /3d/models/{modelId}/revisions` (create3DRevisions): Create 3D revisions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.create_revision_3d_classic_and_hybrid_body import CreateRevision3DClassicAndHybridBody
from ...models.create_revision_3d_dms_only_body import CreateRevision3DDmsOnlyBody
from ...models.revision_3d_list import Revision3DList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "create3DRevisions"


def build_request(
    *,
    model_id: int,
    body: CreateRevision3DClassicAndHybridBody | CreateRevision3DDmsOnlyBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create 3D revisions


    > **Required capabilities:** `threedAcl:CREATE`

    Creates revision(s) and starts processing job(s).

    Check beta API documentation for information about additional options.

    Hybrid projects: Use the CreateRevision3DClassicAndHybridBody to create revisions.

    DataModelOnly: Please use the 3d/jobs endpoint (Beta for now) to create the revision(s) and start jobs.
    CreateRevision3DDmsOnlyBody will eventually be deprecated.

    Args:
        model_id (int):
        body (CreateRevision3DClassicAndHybridBody | CreateRevision3DDmsOnlyBody | Unset):
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
        path="/3d/models/{model_id}/revisions".format(
            model_id=path_segment(model_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> Revision3DList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = Revision3DList.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    body: CreateRevision3DClassicAndHybridBody | CreateRevision3DDmsOnlyBody | Unset = UNSET,
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
    body: CreateRevision3DClassicAndHybridBody | CreateRevision3DDmsOnlyBody | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Revision3DList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(model_id=model_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

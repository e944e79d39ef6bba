"""`GET /3d/models/{modelId}` (get3DModel): Retrieve a 3D model"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.model_3d import Model3D

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DModel"


def build_request(
    *,
    model_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a 3D model


    > **Required capabilities:** `threedAcl:READ`

    Args:
        model_id (int):
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
        path="/3d/models/{model_id}".format(
            model_id=path_segment(model_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Model3D:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Model3D.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Model3D:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(model_id=model_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Model3D:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(model_id=model_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

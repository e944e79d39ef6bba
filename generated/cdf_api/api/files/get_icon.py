"""`GET /files/icon` (getIcon): Get icon"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getIcon"


def build_request(
    *,
    id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    space: str | Unset = UNSET,
    instance_external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get icon


    > **Required capabilities:** `filesAcl:READ`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:READ`

    The GET /files/icon operation can be used to get an image representation of a file.

    Either id or externalId must be provided as a query parameter (but not both).
    Supported file formats:
    - Normal jpeg and png files are currently fully supported.
    - Other image file formats might work, but continued support for these are not guaranteed.
    - Currently only supporting thumbnails for image files.
    Attempts to get icon for unsupported files will result in status 400.

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        id (int | Unset): A server-generated ID for the object.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        space (str | Unset):
        instance_external_id (str | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "image/jpeg"
    params: dict[str, Any] = {}
    params["id"] = id
    params["externalId"] = external_id
    params["space"] = space
    params["instanceExternalId"] = instance_external_id
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/files/icon",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> File:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    space: str | Unset = UNSET,
    instance_external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        id=id,
        external_id=external_id,
        space=space,
        instance_external_id=instance_external_id,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    id: int | Unset = UNSET,
    external_id: str | Unset = UNSET,
    space: str | Unset = UNSET,
    instance_external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        id=id,
        external_id=external_id,
        space=space,
        instance_external_id=instance_external_id,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

"""`POST /files/downloadlink` (downloadLinks): Download files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.data_with_links import DataWithLinks
from ...models.file_link_ids import FileLinkIds
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "downloadLinks"


def build_request(
    *,
    body: FileLinkIds,
    extended_expiration: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Download files


    > **Required capabilities:** `filesAcl:READ`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:READ`

    Retrieves a list of download URLs for the specified list of file IDs.
    After getting the download links, the client has to issue a GET request to the returned URLs,
    which will respond with the contents of the file. The links will by default expire after 30 seconds.
    If providing the query parameter extendedExpiration the links will expire after 1 hour.

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        extended_expiration (bool | Unset): if set to true, will extend the expiration period of the link to 1 hour.
        body (FileLinkIds):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["extendedExpiration"] = extended_expiration
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/files/downloadlink",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithLinks:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithLinks.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: FileLinkIds,
    extended_expiration: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithLinks:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        body=body, extended_expiration=extended_expiration, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: FileLinkIds,
    extended_expiration: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithLinks:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        body=body, extended_expiration=extended_expiration, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))

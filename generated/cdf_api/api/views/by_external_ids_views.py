"""`POST /models/views/byids` (byExternalIdsViews): Retrieve views by their external ids"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.list_of_all_versions_references import ListOfAllVersionsReferences
from ...models.list_of_version_references import ListOfVersionReferences
from ...models.view_collection_response import ViewCollectionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "byExternalIdsViews"


def build_request(
    *,
    body: ListOfAllVersionsReferences | ListOfVersionReferences,
    include_inherited_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve views by their external ids


    > **Required capabilities:** `DataModelsAcl:READ`

    Retrieve up to 100 views by their external ids.

    Args:
        include_inherited_properties (bool | Unset):
        body (ListOfAllVersionsReferences | ListOfVersionReferences):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["includeInheritedProperties"] = include_inherited_properties
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/models/views/byids",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ViewCollectionResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ViewCollectionResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ListOfAllVersionsReferences | ListOfVersionReferences,
    include_inherited_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ViewCollectionResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        body=body,
        include_inherited_properties=include_inherited_properties,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ListOfAllVersionsReferences | ListOfVersionReferences,
    include_inherited_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ViewCollectionResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        body=body,
        include_inherited_properties=include_inherited_properties,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))

"""`GET /securitycategories` (getSecurityCategories): List security categories"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.get_security_categories_sort import GetSecurityCategoriesSort
from ...models.security_category_with_cursor_response import SecurityCategoryWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getSecurityCategories"


def build_request(
    *,
    sort: GetSecurityCategoriesSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List security categories


    > **Required capabilities:** `securityCategoriesAcl:LIST`

    Retrieves a list of all security categories for a project.

    Args:
        sort (GetSecurityCategoriesSort | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort
    params["cursor"] = cursor
    params["limit"] = limit
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/securitycategories",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SecurityCategoryWithCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SecurityCategoryWithCursorResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    sort: GetSecurityCategoriesSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SecurityCategoryWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(sort=sort, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    sort: GetSecurityCategoriesSort | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SecurityCategoryWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(sort=sort, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

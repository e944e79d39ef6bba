"""`POST /documents/aggregate` (documentsAggregate): Aggregate documents"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.documents_aggregate_all_unique_properties_request import DocumentsAggregateAllUniquePropertiesRequest
from ...models.documents_aggregate_all_unique_properties_response import DocumentsAggregateAllUniquePropertiesResponse
from ...models.documents_aggregate_all_unique_values_request import DocumentsAggregateAllUniqueValuesRequest
from ...models.documents_aggregate_all_unique_values_response import DocumentsAggregateAllUniqueValuesResponse
from ...models.documents_aggregate_cardinality_properties_request import DocumentsAggregateCardinalityPropertiesRequest
from ...models.documents_aggregate_cardinality_properties_response import (
    DocumentsAggregateCardinalityPropertiesResponse,
)
from ...models.documents_aggregate_cardinality_values_request import DocumentsAggregateCardinalityValuesRequest
from ...models.documents_aggregate_cardinality_values_response import DocumentsAggregateCardinalityValuesResponse
from ...models.documents_aggregate_count_request import DocumentsAggregateCountRequest
from ...models.documents_aggregate_count_response import DocumentsAggregateCountResponse
from ...models.documents_aggregate_unique_properties_request import DocumentsAggregateUniquePropertiesRequest
from ...models.documents_aggregate_unique_properties_response import DocumentsAggregateUniquePropertiesResponse
from ...models.documents_aggregate_unique_values_request import DocumentsAggregateUniqueValuesRequest
from ...models.documents_aggregate_unique_values_response import DocumentsAggregateUniqueValuesResponse
from ...types import UNSET, Unset, parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "documentsAggregate"


def build_request(
    *,
    body: DocumentsAggregateAllUniquePropertiesRequest
    | DocumentsAggregateAllUniqueValuesRequest
    | DocumentsAggregateCardinalityPropertiesRequest
    | DocumentsAggregateCardinalityValuesRequest
    | DocumentsAggregateCountRequest
    | DocumentsAggregateUniquePropertiesRequest
    | DocumentsAggregateUniqueValuesRequest
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Aggregate documents


    > **Required capabilities:** `filesAcl:READ`

    The aggregation API lets you compute aggregated results on documents, such as
    getting the count of all documents in a project, checking
    different authors of documents in a project and the count of documents in
    each of those aggregations. By specifying an additional filter or search, you can
    aggregate only among documents matching the specified filter or search.

    When you don't specify the `aggregate` field in the request
    body,  the default behavior is to return the count of all matched documents.

    ### Supported aggregates

    <table>

    <tr>
    <th> <div style="width:200px"> Aggregate </div> </th>
    <th> <div style="width:350px"> Description </div> </th>
    <th> Example  </th>
    </tr>

    <tr>
    <td> <code>count</code> </td> <td> Count of documents matching the specified filters and search. </td> <td>

    ```json
    {
        "search":{
            "query":"example",

        },
        "aggregate":"count",

    }
    ```

    <tr>
    <td> <code>cardinalityValues</code> </td> <td> Returns an approximate count of
    distinct values for the specified properties. </td> <td>

    ```json
    {
        "aggregate":"cardinalityValues",
        "properties":[
            {
                "property":[
                    "mimeType"
                ]
            }
        ]
    }
    ```

    </td>
    </tr>

    <tr>
    <td> <code>cardinalityProperties</code> </td> <td> Returns an approximate count of
    distinct properties for a given property path. Currently only implemented for the
    <code>["sourceFile", "metadata"]</code> path.</td> <td>

    ```json
    {
        "aggregate":"cardinalityProperties",
        "path":["sourceFile", "metadata"]
    }
    ```

    </td>
    </tr>

    </td>
    </tr>

    <tr>
    <td> <code>uniqueValues</code> </td> <td> Returns top unique values for specified properties (up to the
    requested limit) and the count of each in the property specified in <code>properties</code>.
    The list will have the highest count first. </td> <td>

    ```json
    {
        "aggregate":"uniqueValues",
        "properties":[
            {
                "property":[
                    "author"
                ]
            }
        ]
    }
    ```

    </td>
    </tr>

    <tr>
    <td> <code>uniqueProperties</code> </td> <td> Returns top unique properties values for specified properties
    (up to the
    requested limit) and the count of each in the property specified in <code>properties</code>.
    The list will have the highest count first.

    Currently, the <code>uniqueProperties</code> aggregate is only supported for property
    <code>["sourceFile", "metadata"]</code> .</td> <td>

    ```json
    {
        "aggregate":"uniqueProperties",
        "properties":[
            {
                "property":[
                    "sourceFile",
                    "metadata"
                ]
            }
        ]
    }
    ```

    </td>
    </tr>

    </table>

    ### Aggregate filtering

    > Only some aggregate types currently support <code>aggregateFilter</code>

    Aggregate filtering works directly on the aggregated result. While a normal filter filters relevant documents,
    aggregate filtering filters the aggregated bucket values. This is useful for e.g. listing metadata keys; while
    a normal filter will return all metadata keys for related documents, the aggregate filter can be used to
    reduce the aggregate result even further.

    Tip: use both <code>filter</code> and <code>aggregateFilter</code> to potentially speed up queries, as the
    <code>aggregateFilter</code> is essentially a post filter.


    #### Filter metadata keys by prefix

    Here we only show metadata keys which starts with "car".
    ```json
    {
        "aggregate": "uniqueProperties",
        "properties": [{"property": ["sourceFile", "metadata"]}],
        "aggregateFilter": {"prefix": {"value": "car"}}
    }
    ```

    #### Filter metadata values by prefix

    Here we only show metadata values which starts with "ctx", for the given metadata key "car-codes".
    ```json
    {
        "aggregate": "uniqueValues",
        "properties": [{"property": ["sourceFile", "metadata", "car-codes"]}],
        "aggregateFilter": {"prefix": {"value": "ctx"}}
    }
    ```

    Args:
        body (DocumentsAggregateAllUniquePropertiesRequest | DocumentsAggregateAllUniqueValuesRequest |
            DocumentsAggregateCardinalityPropertiesRequest | DocumentsAggregateCardinalityValuesRequest |
            DocumentsAggregateCountRequest | DocumentsAggregateUniquePropertiesRequest |
            DocumentsAggregateUniqueValuesRequest | Unset):
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
        path="/documents/aggregate",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(
    response: httpx.Response,
) -> (
    DocumentsAggregateAllUniquePropertiesResponse
    | DocumentsAggregateAllUniqueValuesResponse
    | DocumentsAggregateCardinalityPropertiesResponse
    | DocumentsAggregateCardinalityValuesResponse
    | DocumentsAggregateCountResponse
    | DocumentsAggregateUniquePropertiesResponse
    | DocumentsAggregateUniqueValuesResponse
):
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(
            data: object,
        ) -> (
            DocumentsAggregateAllUniquePropertiesResponse
            | DocumentsAggregateAllUniqueValuesResponse
            | DocumentsAggregateCardinalityPropertiesResponse
            | DocumentsAggregateCardinalityValuesResponse
            | DocumentsAggregateCountResponse
            | DocumentsAggregateUniquePropertiesResponse
            | DocumentsAggregateUniqueValuesResponse
        ):
            return parse_best(
                data,
                (
                    DocumentsAggregateCountResponse,
                    DocumentsAggregateCardinalityValuesResponse,
                    DocumentsAggregateCardinalityPropertiesResponse,
                    DocumentsAggregateUniqueValuesResponse,
                    DocumentsAggregateUniquePropertiesResponse,
                    DocumentsAggregateAllUniquePropertiesResponse,
                    DocumentsAggregateAllUniqueValuesResponse,
                ),
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DocumentsAggregateAllUniquePropertiesRequest
    | DocumentsAggregateAllUniqueValuesRequest
    | DocumentsAggregateCardinalityPropertiesRequest
    | DocumentsAggregateCardinalityValuesRequest
    | DocumentsAggregateCountRequest
    | DocumentsAggregateUniquePropertiesRequest
    | DocumentsAggregateUniqueValuesRequest
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> (
    DocumentsAggregateAllUniquePropertiesResponse
    | DocumentsAggregateAllUniqueValuesResponse
    | DocumentsAggregateCardinalityPropertiesResponse
    | DocumentsAggregateCardinalityValuesResponse
    | DocumentsAggregateCountResponse
    | DocumentsAggregateUniquePropertiesResponse
    | DocumentsAggregateUniqueValuesResponse
):
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DocumentsAggregateAllUniquePropertiesRequest
    | DocumentsAggregateAllUniqueValuesRequest
    | DocumentsAggregateCardinalityPropertiesRequest
    | DocumentsAggregateCardinalityValuesRequest
    | DocumentsAggregateCountRequest
    | DocumentsAggregateUniquePropertiesRequest
    | DocumentsAggregateUniqueValuesRequest
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> (
    DocumentsAggregateAllUniquePropertiesResponse
    | DocumentsAggregateAllUniqueValuesResponse
    | DocumentsAggregateCardinalityPropertiesResponse
    | DocumentsAggregateCardinalityValuesResponse
    | DocumentsAggregateCountResponse
    | DocumentsAggregateUniquePropertiesResponse
    | DocumentsAggregateUniqueValuesResponse
):
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

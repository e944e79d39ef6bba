"""`POST /timeseries/list` (listTimeSeries): Filter time series"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_with_cursor_get_time_series_metadata_dto import DataWithCursorGetTimeSeriesMetadataDTO
from ...models.time_series_list_dto import TimeSeriesListDTO
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listTimeSeries"


def build_request(
    *,
    body: TimeSeriesListDTO | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter time series


    > **Required capabilities:** `timeSeriesAcl:READ`

    <details>
    <summary>
    Retrieves a list of time series that match the given criteria.
    </summary>

    ### Advanced filtering

    The `advancedFilter`
    field lets you create complex filtering expressions that combine simple operations,
    such as `equals`, `prefix`, and `exists`, by using the Boolean operators `and`, `or`, and `not`.
    Filtering applies to basic fields as well as metadata. See the `advancedFilter` syntax in the request example.



    #### Supported leaf filters

    | Leaf filter    | Supported fields       | Description and example
    |
    |----------------|------------------------|-------------------------------------------------------------------
    --------------------------------------------------------------------------------------------------------------
    ---|
    | `containsAll`  | Array type fields      | Only includes results which contain all of the specified values.
    <br /> `{"containsAll": {"property": ["property"], "values": [1, 2, 3]}}`
    |
    | `containsAny`  | Array type fields      | Only includes results which contain at least one of the specified
    values. <br /> `{"containsAny": {"property": ["property"], "values": [1, 2, 3]}}`
    |
    | `equals`       | Non-array type fields  | Only includes results that are equal to the specified value. <br
    /> `{"equals": {"property": ["property"], "value": "example"}}`
    |
    | `exists`       | All fields             | Only includes results where the specified property exists (has a
    value). <br /> `{"exists": {"property": ["property"]}}`
    |
    | `in`           | Non-array type fields  | Only includes results that are equal to one of the specified
    values. <br /> `{"in": {"property": ["property"], "values": [1, 2, 3]}}`
    |
    | `prefix`       | String type fields     | Only includes results which start with the specified text. <br />
    `{"prefix": {"property": ["property"], "value": "example"}}`
    |
    | `range`        | Non-array type fields  | Only includes results that fall within the specified range. <br />
    `{"range": {"property": ["property"], "gt": 1, "lte": 5}}` <br /> Supported operators: `gt`, `lt`, `gte`,
    `lte` |
     | `search`       | `["name"]` and `["description"]` | Introduced to provide functional parity with the
    /timeseries/search endpoint. <br /> `{"search": {"property": ["property"], "value": "example"}}`
    |

    #### Supported properties

    | Property                          | Type               |
    |-----------------------------------|--------------------|
    | `["description"]`                 | string             |
    | `["externalId"]`                  | string             |
    | `["metadata", "<someCustomKey>"]` | string             |
    | `["name"]`                        | string             |
    | `["unit"]`                         | string              |
    | `["unitExternalId"]`               | string              |
    | `["unitQuantity"]`                 | string              |
    | `["instanceId", "space"]`          | string              |
    | `["instanceId", "externalId"]`     | string              |
    | `["assetId"]`                      | number              |
    | `["assetRootId"]`                  | number              |
    | `["createdTime"]`                  | number              |
    | `["dataSetId"]`                    | number              |
    | `["id"]`                           | number              |
    | `["lastUpdatedTime"]`              | number              |
    | `["isStep"]`                       | Boolean             |
    | `["isString"]`                     | Boolean             |
    | `["type"]`                         | string              |
    | `["securityCategories"]`           | array of numbers    |

    #### Limits

    - Filter query max depth: 10.
    - Filter query max number of clauses: 100.
    - `and` and `or` clauses must have at least one element (and at most 99, since each element counts
      towards the total clause limit, and so does the `and`/`or` clause itself).
    - The `property` array of each leaf filter has the following limitations:
      - Number of elements in the array is 1 or 2.
      - Elements must not be null or blank.
      - Each element max length is 256 characters.
      - The `property` array must match one of the existing properties (static top-level property or dynamic
    metadata property).
    - `containsAll`, `containsAny`, and `in` filter `values` array size must be in the range [1, 100].
    - `containsAll`, `containsAny`, and `in` filter `values` array must contain elements of number or string type
    (matching the type of the given property).
    - `range` filter must have at lest one of `gt`, `gte`, `lt`, `lte` attributes.
      But `gt` is mutually exclusive to `gte`, while `lt` is mutually exclusive to `lte`.
    - `gt`, `gte`, `lt`, `lte` in the `range` filter must be of number or string type (matching the type of the
    given property).
    - `search` filter `value` must not be blank, and the length must be in the range [1, 128], and there
      may be at most two `search` filters in the entire filter query.
    - The maximum length of the `value` of a leaf filter that is applied to a string property is 256.

    ### Sorting

    By default, time series are sorted by their creation time in ascending order.
    Sorting by another property or by several other properties can be explicitly requested via the
    `sort` field, which must contain a list
    of one or more sort specifications. Each sort specification indicates the `property` to sort on
    and, optionally, the `order` in which to sort (defaults to `asc`). If multiple sort specifications are
    supplied, the results are sorted on the first property, and those with the same value for the first
    property are sorted on the second property, and so on.
    Partitioning is done independently of sorting; there is no guarantee of sort order between elements from
    different partitions.

    #### Null values

    In case the `nulls` field has the `auto` value, or the field isn't specified, null (missing) values
    are considered bigger than any other values. They are placed last when sorting in the `asc`
    order and first in the `desc` order. Otherwise, missing values are placed according to
    the `nulls` field (`last` or `first`), and their placement won't depend on the `order`
    field. Note that the number zero, empty strings, and empty lists are all considered
    _not_ null.

    #### Example

    ```json
    {
      "sort": [
        {
          "property" : ["createdTime"],
          "order": "desc",
          "nulls": "last"
        },
        {
          "property" : ["metadata", "<someCustomKey>"]
        }
      ]
    }
    ```


    #### Properties

    You can sort on the following properties:

    | Property                          |
    |-----------------------------------|
    | `["assetId"]`                     |
    | `["createdTime"]`                 |
    | `["dataSetId"]`                   |
    | `["description"]`                 |
    | `["externalId"]`                  |
    | `["lastUpdatedTime"]`             |
    | `["metadata", "<someCustomKey>"]` |
    | `["name"]`                        |
    | `["instanceId", "space"]`         |
    | `["instanceId", "externalId"]`    |

    #### Limits

    The `sort` array must contain 1 to 2 elements.
    </details>

    Args:
        body (TimeSeriesListDTO | Unset): Filter request for time series. Filters exact field matching or timestamp
            ranges inclusive min and max.
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
        path="/timeseries/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataWithCursorGetTimeSeriesMetadataDTO.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: TimeSeriesListDTO | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: TimeSeriesListDTO | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataWithCursorGetTimeSeriesMetadataDTO:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

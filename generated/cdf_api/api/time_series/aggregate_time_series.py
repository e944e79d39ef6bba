"""`POST /timeseries/aggregate` (aggregateTimeSeries): Aggregate time series"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.time_series_advanced_aggregate_dto_time_series_cardinality_properties_aggregate import (
    TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate,
)
from ...models.time_series_advanced_aggregate_dto_time_series_cardinality_values_aggregate import (
    TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate,
)
from ...models.time_series_advanced_aggregate_dto_time_series_count_aggregate import (
    TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate,
)
from ...models.time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate import (
    TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate,
)
from ...models.time_series_advanced_aggregate_dto_time_series_unique_values_aggregate import (
    TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate,
)
from ...models.time_series_cardinality_properties_aggregate_response import (
    TimeSeriesCardinalityPropertiesAggregateResponse,
)
from ...models.time_series_cardinality_values_aggregate_response import TimeSeriesCardinalityValuesAggregateResponse
from ...models.time_series_count_aggregate_response import TimeSeriesCountAggregateResponse
from ...models.time_series_unique_properties_aggregate_response import TimeSeriesUniquePropertiesAggregateResponse
from ...models.time_series_unique_values_aggregate_response import TimeSeriesUniqueValuesAggregateResponse
from ...types import UNSET, Unset, parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "aggregateTimeSeries"


def build_request(
    *,
    body: TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Aggregate time series


    > **Required capabilities:** `timeSeriesAcl:READ`

    The aggregation API allows you to compute aggregated results from a set of time series, such as
    getting the number of time series in a project or checking what assets the different time series
    in your project are associated with (along with the number of time series for each asset).
    By specifying `filter` and/or `advancedFilter`, the aggregation will take place only over those
    time series that match the filters. `filter` and `advancedFilter` behave the same way as in the
    `list` endpoint.

    <details>
    <summary>
    The default behavior, when the <code>aggregate</code> field is not specified the request body, is to return
    the
    number of time series that match the filters (if any), which is the same behavior as when the
    <code>aggregate</code> field is set to <code>count</code>.
    </summary>

    The following requests will both return the total number of
    time series whose `name` begins with `pump`:

    ```
    {
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    and

    ```
    {
      "aggregate": "count",
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    The response might be:

    ```
    {"items": [{"count": 42}]}
    ```
    </details>

    <details>
    <summary>
    Setting <code>aggregate</code> to <code>uniqueValues</code> and specifying a property in
    <code>properties</code> (this field is an array, but currently only supports one property) will
    return all unique values (up to a maximum of 1000) that are taken on by that property
    across all the time series that match the filters, as well as the number of time series that
    have each of those property values.
    </summary>

    This example request finds all the unique asset ids that are
    referenced by the time series in your project whose `name` begins with `pump`:

    ```
    {
      "aggregate": "uniqueValues",
      "properties": [{"property": ["assetId"]}],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    The response might be the following, saying that 23 time series are associated with asset 18
    and 107 time series are associated with asset 76:

    ```
    {
      "items": [
        {"values": ["18"], "count": 23},
        {"values": ["76"], "count": 107}
      ]
    }
    ```
    </details>

    <details>
    <summary>
    Setting <code>aggregate</code> to <code>cardinalityValues</code> will instead return the approximate number of
    distinct values that are taken on by the given property among the matching time series.
    </summary>

    Example request:

    ```
    {
      "aggregate": "cardinalityValues",
      "properties": [{"property": ["assetId"]}],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    The result is likely exact when the set of unique values is small. In this example, there are likely two
    distinct asset ids among the matching time series:

    ```
    {"items": [{"count": 2}]}
    ```
    </details>

    <details>
    <summary>
    Setting <code>aggregate</code> to <code>uniqueProperties</code> will return the set of unique properties whose
    property
    path begins with <code>path</code> (which can currently only be <code>["metadata"]</code>) that are contained
    in the time series that match the filters.
    </summary>

    Example request:

    ```
    {
      "aggregate": "uniqueProperties",
      "path": ["metadata"],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    The result contains all the unique metadata keys in the time series whose `name` begins with
    `pump`, and the number of time series that contains each metadata key:

    ```
    {
      "items": [
        {"values": [{"property": ["metadata", "tag"]}], "count": 43},
        {"values": [{"property": ["metadata", "installationDate"]}], "count": 97}
      ]
    }
    ```
    </details>

    <details>
    <summary>
    Setting <code>aggregate</code> to <code>cardinalityProperties</code> will instead return the approximate
    number of
    different property keys whose path begins with <code>path</code> (which can currently only be
    <code>["metadata"]</code>, meaning that this can only be used to count the approximate number of distinct
    metadata keys among the matching time series).
    </summary>

    Example request:

    ```
    {
      "aggregate": "cardinalityProperties",
      "path": ["metadata"],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}}
    }
    ```

    The result is likely exact when the set of unique values is small. In this example, there are likely two
    distinct metadata keys among the matching time series:

    ```
    {"items": [{"count": 2}]}
    ```
    </details>

    The `aggregateFilter` field may be specified if `aggregate` is set to `cardinalityProperties` or
    `uniqueProperties`. The structure of this field is similar to that of `advancedFilter`, except that the set of
    leaf filters is smaller (`in`, `prefix`, and `range`), and that none of the leaf filters specify a property.
    Unlike `advancedFilter`, which is applied _before_ the aggregation (in order to restrict the set of time
    series that the aggregation operation should be applied to), `aggregateFilter` is applied _after_ the initial
    aggregation has been performed, in order to restrict the set of results.

    <details>
    <summary>
    Click here for more details about <code>aggregateFilter</code>.
    </summary>

    When `aggregate` is set to `uniqueProperties`, the result set contains a number of _property paths_, each with
    an associated count that shows how many time series contained that property (among those time series that
    matched the `filter` and `advancedFilter`, if they were specified) . If `aggregateFilter` is specified, it
    will restrict the property paths included in the output. Let us add an `aggregateFilter` to the
    `uniqueProperties` example from above:

    ```
    {
      "aggregate": "uniqueProperties",
      "path": ["metadata"],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}},
      "aggregateFilter": {"prefix": {"value": "t"}}
    }
    ```

    Now, the result only contains those metadata properties whose key begins with `t` (but it will be the same set
    of metadata properties that begin with `t` as in the original query without `aggregateFilter`, and the counts
    will be the same):

    ```
    {
      "items": [
        {"values": [{"property": ["metadata", "tag"]}], "count": 43}
      ]
    }
    ```

    Similarly, adding `aggregateFilter` to `cardinalityProperties` will return the approximate number of
    properties whose property key matches `aggregateFilter` from those time series matching the `filter` and
    `advancedFilter` (or from all time series if neither `filter` nor `aggregateFilter` are specified):

    ```
    {
      "aggregate": "cardinalityProperties",
      "path": ["metadata"],
      "advancedFilter": {"prefix": {"property": ["name"], "value": "pump"}},
      "aggregateFilter": {"prefix": {"value": "t"}}
    }
    ```

    As we saw above, only one property matches:

    ```
    {"items": [{"count": 1}]}
    ```

    Note that `aggregateFilter` is also accepted when `aggregate` is set to `cardinalityValues` or
    `cardinalityProperties`. For those aggregations, the effect of any `aggregateFilter` could also be achieved
    via a similar `advancedFilter`. However, `aggregateFilter` is not accepted when `aggregate` is omitted or set
    to `count`.
    </details>

    ### Rate and concurrency limits

    Rate and concurrency limits apply this endpoint. If a request exceeds one of the limits,
    it will be throttled with a `429: Too Many Requests` response. More on limit types
    and how to avoid being throttled is described
    [here](https://docs.cognite.com/dev/concepts/resource_throttling).

    | Limit          | Per project           | Per user (identity)   |
    |----------------|-----------------------|-----------------------|
    | Rate           | 15 requests per second| 10 requests per second|
    | Concurrency    | 6 concurrent requests | 4 concurrent requests |

    Args:
        body (TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate |
            TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate |
            TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate |
            TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate |
            TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate | Unset):
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
        path="/timeseries/aggregate",
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
    TimeSeriesCardinalityPropertiesAggregateResponse
    | TimeSeriesCardinalityValuesAggregateResponse
    | TimeSeriesCountAggregateResponse
    | TimeSeriesUniquePropertiesAggregateResponse
    | TimeSeriesUniqueValuesAggregateResponse
):
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(
            data: object,
        ) -> (
            TimeSeriesCardinalityPropertiesAggregateResponse
            | TimeSeriesCardinalityValuesAggregateResponse
            | TimeSeriesCountAggregateResponse
            | TimeSeriesUniquePropertiesAggregateResponse
            | TimeSeriesUniqueValuesAggregateResponse
        ):
            return parse_best(
                data,
                (
                    TimeSeriesCountAggregateResponse,
                    TimeSeriesCardinalityValuesAggregateResponse,
                    TimeSeriesCardinalityPropertiesAggregateResponse,
                    TimeSeriesUniqueValuesAggregateResponse,
                    TimeSeriesUniquePropertiesAggregateResponse,
                ),
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> (
    TimeSeriesCardinalityPropertiesAggregateResponse
    | TimeSeriesCardinalityValuesAggregateResponse
    | TimeSeriesCountAggregateResponse
    | TimeSeriesUniquePropertiesAggregateResponse
    | TimeSeriesUniqueValuesAggregateResponse
):
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityPropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCardinalityValuesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesCountAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate
    | TimeSeriesAdvancedAggregateDTOTimeSeriesUniqueValuesAggregate
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> (
    TimeSeriesCardinalityPropertiesAggregateResponse
    | TimeSeriesCardinalityValuesAggregateResponse
    | TimeSeriesCountAggregateResponse
    | TimeSeriesUniquePropertiesAggregateResponse
    | TimeSeriesUniqueValuesAggregateResponse
):
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

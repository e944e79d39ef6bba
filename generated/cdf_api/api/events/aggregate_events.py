"""`POST /events/aggregate` (aggregateEvents): Aggregate events"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.count_aggregate_result import CountAggregateResult
from ...models.event_cardinality_properties_aggregate import EventCardinalityPropertiesAggregate
from ...models.event_cardinality_values_aggregate import EventCardinalityValuesAggregate
from ...models.event_count_aggregate import EventCountAggregate
from ...models.event_unique_properties_aggregate import EventUniquePropertiesAggregate
from ...models.event_with_property_count_aggregate import EventWithPropertyCountAggregate
from ...models.unique_values_with_fields import UniqueValuesWithFields
from ...models.unique_values_with_properties import UniqueValuesWithProperties
from ...models.values_aggregate_result import ValuesAggregateResult
from ...types import UNSET, Unset, parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "aggregateEvents"


def build_request(
    *,
    body: EventCardinalityPropertiesAggregate
    | EventCardinalityValuesAggregate
    | EventCountAggregate
    | EventUniquePropertiesAggregate
    | EventWithPropertyCountAggregate
    | UniqueValuesWithFields
    | UniqueValuesWithProperties
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Aggregate events


    > **Required capabilities:** `eventsAcl:READ`

    The aggregation API lets you compute aggregated results on events,
    such as getting the count of all Events in a project, checking
    different descriptions of events in your project, etc.

    #### Aggregate filtering
    ##### Filter (filter & advancedFilter) data for aggregates
    Filters behave the same way as for the `Filter events` endpoint.
    In text properties, the values are aggregated in a case-insensitive manner.

    ##### aggregateFilter to filter aggregate results
    `aggregateFilter` works similarly to `advancedFilter` but always applies to aggregate properties.
    For instance, in an aggregation for the `source` property, only the values (aka buckets) of the `source`
    property can be filtered out.

    ### Request throttling
    This endpoint is meant for data analytics/exploration usage and is not suitable for high load data retrieval
    usage.\\
    The Aggregates endpoint, as with all endpoints in the Events API,  is subject to a request budget that applies
    limits to both request rate and concurrency.
    Please check [Events resource description](../../) for more information.

    Args:
        body (EventCardinalityPropertiesAggregate | EventCardinalityValuesAggregate | EventCountAggregate |
            EventUniquePropertiesAggregate | EventWithPropertyCountAggregate | UniqueValuesWithFields |
            UniqueValuesWithProperties | Unset): Aggregation request of events. Filters behave the same way as for the
            `filter` endpoint. Default aggregation is `count`.
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
        path="/events/aggregate",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> CountAggregateResult | ValuesAggregateResult:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(data: object) -> CountAggregateResult | ValuesAggregateResult:
            return parse_best(data, (CountAggregateResult, ValuesAggregateResult))

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: EventCardinalityPropertiesAggregate
    | EventCardinalityValuesAggregate
    | EventCountAggregate
    | EventUniquePropertiesAggregate
    | EventWithPropertyCountAggregate
    | UniqueValuesWithFields
    | UniqueValuesWithProperties
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> CountAggregateResult | ValuesAggregateResult:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: EventCardinalityPropertiesAggregate
    | EventCardinalityValuesAggregate
    | EventCountAggregate
    | EventUniquePropertiesAggregate
    | EventWithPropertyCountAggregate
    | UniqueValuesWithFields
    | UniqueValuesWithProperties
    | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> CountAggregateResult | ValuesAggregateResult:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))

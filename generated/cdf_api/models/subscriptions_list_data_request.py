from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.subscriptions_data_partition_request_dto import SubscriptionsDataPartitionRequestDTO


T = TypeVar("T", bound="SubscriptionsListDataRequest")


@_attrs_define
class SubscriptionsListDataRequest(AdditionalProperties):
    """
    Attributes:
        partitions (list[SubscriptionsDataPartitionRequestDTO]): Pairs of (partition, cursor) to fetch from.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        limit (int | Unset): Approximate number of results to return across all partitions. We will batch together
            groups of updates, where each group come from the same ingestion request. Thus, if a single group is large, it
            may exceed limit, otherwise we will return up to limit results. To check whether you have reached the end, do
            not rely on the count. Instead, check the `hasNext` field.
        initialize_cursors (str | Unset): If `partitions.cursor` is not set, the default behaviour is to start from the
            beginning of the stream.
            `initializeCursors` can be used to override this behaviour.

            The format is "N[timeunit]-ago", where timeunit is w,d,h,m (week, day, hour, minute).
            For instance, "2d-ago" will give a stream of changes ingested up to 2 days ago.
            You can also use "now" to jump straight to the end of the stream.

            Note that initializeCursors is not exact; a deviation of some seconds can occur.
        poll_timeout_seconds (int | Unset): The maximum time to wait for data to arrive, in seconds. As soon as data is
            available,
            the request will return immediately with the data. If the timeout is reached while
            waiting for data, the request will return an empty data response.
        include_status (bool | Unset): Show the [status
            code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) for each data point in the response.
            _Good_ (code = 0) status codes are always omitted.
        ignore_bad_data_points (bool | Unset): Treat data points with a _Bad_ status code as if they do not exist.
            Set to false to include all data points.
        treat_uncertain_as_bad (bool | Unset): Treat data points with _Uncertain_ status codes as _Bad_.
            Set to false to include uncertain data points.
    """

    _FIT = {
        "partitions": ("l", ("m", "SubscriptionsDataPartitionRequestDTO")),
        "externalId": "s",
        "limit": "i",
        "initializeCursors": "s",
        "pollTimeoutSeconds": "i",
        "includeStatus": "b",
        "ignoreBadDataPoints": "b",
        "treatUncertainAsBad": "b",
    }
    _REQUIRED = ("partitions",)

    partitions: list[SubscriptionsDataPartitionRequestDTO]
    external_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    initialize_cursors: str | Unset = UNSET
    poll_timeout_seconds: int | Unset = UNSET
    include_status: bool | Unset = UNSET
    ignore_bad_data_points: bool | Unset = UNSET
    treat_uncertain_as_bad: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partitions = []
        for partitions_item_data in self.partitions:
            partitions_item = partitions_item_data.to_dict()
            partitions.append(partitions_item)

        external_id = self.external_id

        limit = self.limit

        initialize_cursors = self.initialize_cursors

        poll_timeout_seconds = self.poll_timeout_seconds

        include_status = self.include_status

        ignore_bad_data_points = self.ignore_bad_data_points

        treat_uncertain_as_bad = self.treat_uncertain_as_bad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitions": partitions,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if initialize_cursors is not UNSET:
            field_dict["initializeCursors"] = initialize_cursors
        if poll_timeout_seconds is not UNSET:
            field_dict["pollTimeoutSeconds"] = poll_timeout_seconds
        if include_status is not UNSET:
            field_dict["includeStatus"] = include_status
        if ignore_bad_data_points is not UNSET:
            field_dict["ignoreBadDataPoints"] = ignore_bad_data_points
        if treat_uncertain_as_bad is not UNSET:
            field_dict["treatUncertainAsBad"] = treat_uncertain_as_bad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_data_partition_request_dto import SubscriptionsDataPartitionRequestDTO  # noqa: PLC0415

        d = dict(src_dict)
        partitions = []
        _partitions = d.pop("partitions")
        for partitions_item_data in _partitions:
            partitions_item = SubscriptionsDataPartitionRequestDTO.from_dict(partitions_item_data)

            partitions.append(partitions_item)

        external_id = d.pop("externalId", UNSET)

        limit = d.pop("limit", UNSET)

        initialize_cursors = d.pop("initializeCursors", UNSET)

        poll_timeout_seconds = d.pop("pollTimeoutSeconds", UNSET)

        include_status = d.pop("includeStatus", UNSET)

        ignore_bad_data_points = d.pop("ignoreBadDataPoints", UNSET)

        treat_uncertain_as_bad = d.pop("treatUncertainAsBad", UNSET)

        subscriptions_list_data_request = cls(
            partitions=partitions,
            external_id=external_id,
            limit=limit,
            initialize_cursors=initialize_cursors,
            poll_timeout_seconds=poll_timeout_seconds,
            include_status=include_status,
            ignore_bad_data_points=ignore_bad_data_points,
            treat_uncertain_as_bad=treat_uncertain_as_bad,
        )

        subscriptions_list_data_request.additional_properties = d
        return subscriptions_list_data_request

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.subscriptions_data_update_response_dto import SubscriptionsDataUpdateResponseDTO
    from ..models.subscriptions_list_data_response_partitions_item import SubscriptionsListDataResponsePartitionsItem
    from ..models.subscriptions_list_data_response_subscription_changes import (
        SubscriptionsListDataResponseSubscriptionChanges,
    )


T = TypeVar("T", bound="SubscriptionsListDataResponse")


@_attrs_define
class SubscriptionsListDataResponse(AdditionalProperties):
    """Subscription data along with cursors.

    Attributes:
        updates (list[SubscriptionsDataUpdateResponseDTO]): List of updates from the subscription, sorted by point in
            time they were applied to the time series. Every update contains a time series along with a set of changes to
            that time series.
        partitions (list[SubscriptionsListDataResponsePartitionsItem]): List of partition/cursor pairs to use for the
            next request.
        has_next (bool): Whether there is more data available at the time of the query.
            In rare cases, we may return true, even if there is no data available. If that is
            the case, just continue to query with the updated cursors,
            and it will eventually return false.
        subscription_changes (SubscriptionsListDataResponseSubscriptionChanges | Unset): If present, this object
            represents changes to the subscription definition. The
            subscription will now start/stop listening to changes from the time series
            listed here.

            These changes can be triggered by explicit changes through the _Update subscriptions_
            endpoint, or they can be caused by changes in time series, in that they start/stop
            matching the filter for the subscription.

            Time series are added to these lists when the change takes effect, which may be
            later than the actual trigger.

            The object is partitioned - it will only be present in the response for the relevant
            partition, from which the time series was added/removed.
    """

    _FIT = {
        "updates": ("l", ("m", "SubscriptionsDataUpdateResponseDTO")),
        "partitions": ("l", ("m", "SubscriptionsListDataResponsePartitionsItem")),
        "hasNext": "b",
        "subscriptionChanges": ("m", "SubscriptionsListDataResponseSubscriptionChanges"),
    }
    _REQUIRED = ("updates", "partitions", "hasNext")

    updates: list[SubscriptionsDataUpdateResponseDTO]
    partitions: list[SubscriptionsListDataResponsePartitionsItem]
    has_next: bool
    subscription_changes: SubscriptionsListDataResponseSubscriptionChanges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        partitions = []
        for partitions_item_data in self.partitions:
            partitions_item = partitions_item_data.to_dict()
            partitions.append(partitions_item)

        has_next = self.has_next

        subscription_changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_changes, Unset):
            subscription_changes = self.subscription_changes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
                "partitions": partitions,
                "hasNext": has_next,
            }
        )
        if subscription_changes is not UNSET:
            field_dict["subscriptionChanges"] = subscription_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriptions_data_update_response_dto import SubscriptionsDataUpdateResponseDTO  # noqa: PLC0415
        from ..models.subscriptions_list_data_response_partitions_item import (
            SubscriptionsListDataResponsePartitionsItem,  # noqa: PLC0415
        )
        from ..models.subscriptions_list_data_response_subscription_changes import (
            SubscriptionsListDataResponseSubscriptionChanges,  # noqa: PLC0415
        )

        d = dict(src_dict)
        updates = []
        _updates = d.pop("updates")
        for updates_item_data in _updates:
            updates_item = SubscriptionsDataUpdateResponseDTO.from_dict(updates_item_data)

            updates.append(updates_item)

        partitions = []
        _partitions = d.pop("partitions")
        for partitions_item_data in _partitions:
            partitions_item = SubscriptionsListDataResponsePartitionsItem.from_dict(partitions_item_data)

            partitions.append(partitions_item)

        has_next = d.pop("hasNext")

        _subscription_changes = d.pop("subscriptionChanges", UNSET)
        subscription_changes: SubscriptionsListDataResponseSubscriptionChanges | Unset
        if isinstance(_subscription_changes, Unset):
            subscription_changes = UNSET
        else:
            subscription_changes = SubscriptionsListDataResponseSubscriptionChanges.from_dict(_subscription_changes)

        subscriptions_list_data_response = cls(
            updates=updates,
            partitions=partitions,
            has_next=has_next,
            subscription_changes=subscription_changes,
        )

        subscriptions_list_data_response.additional_properties = d
        return subscriptions_list_data_response

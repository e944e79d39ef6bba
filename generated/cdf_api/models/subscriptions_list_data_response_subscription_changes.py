from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.get_time_series_for_subscription import GetTimeSeriesForSubscription


T = TypeVar("T", bound="SubscriptionsListDataResponseSubscriptionChanges")


@_attrs_define
class SubscriptionsListDataResponseSubscriptionChanges(AdditionalProperties):
    """If present, this object represents changes to the subscription definition. The
    subscription will now start/stop listening to changes from the time series
    listed here.

    These changes can be triggered by explicit changes through the _Update subscriptions_
    endpoint, or they can be caused by changes in time series, in that they start/stop
    matching the filter for the subscription.

    Time series are added to these lists when the change takes effect, which may be
    later than the actual trigger.

    The object is partitioned - it will only be present in the response for the relevant
    partition, from which the time series was added/removed.

        Attributes:
            added (list[GetTimeSeriesForSubscription] | Unset): Time series added to the subscription (for this partition).
            removed (list[GetTimeSeriesForSubscription] | Unset): Time series removed from the subscription (for this
                partition).
    """

    _FIT = {
        "added": ("l", ("m", "GetTimeSeriesForSubscription")),
        "removed": ("l", ("m", "GetTimeSeriesForSubscription")),
    }
    _REQUIRED = ()

    added: list[GetTimeSeriesForSubscription] | Unset = UNSET
    removed: list[GetTimeSeriesForSubscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = []
            for added_item_data in self.added:
                added_item = added_item_data.to_dict()
                added.append(added_item)

        removed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = []
            for removed_item_data in self.removed:
                removed_item = removed_item_data.to_dict()
                removed.append(removed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_time_series_for_subscription import GetTimeSeriesForSubscription  # noqa: PLC0415

        d = dict(src_dict)
        _added = d.pop("added", UNSET)
        added: list[GetTimeSeriesForSubscription] | Unset = UNSET
        if _added is not UNSET:
            added = []
            for added_item_data in _added:
                added_item = GetTimeSeriesForSubscription.from_dict(added_item_data)

                added.append(added_item)

        _removed = d.pop("removed", UNSET)
        removed: list[GetTimeSeriesForSubscription] | Unset = UNSET
        if _removed is not UNSET:
            removed = []
            for removed_item_data in _removed:
                removed_item = GetTimeSeriesForSubscription.from_dict(removed_item_data)

                removed.append(removed_item)

        subscriptions_list_data_response_subscription_changes = cls(
            added=added,
            removed=removed,
        )

        subscriptions_list_data_response_subscription_changes.additional_properties = d
        return subscriptions_list_data_response_subscription_changes

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="SubscriptionsUpdateRequestAddOrRemoveTimeSeries2")


@_attrs_define
class SubscriptionsUpdateRequestAddOrRemoveTimeSeries2(AdditionalProperties):
    """
    Attributes:
        add (list[CogniteInstanceId] | Unset): List of instance ids of time series to add to the subscription. Repeat
            this operation to add more time series, up to the limit of 10,000.
        remove (list[CogniteInstanceId] | Unset): List of instance ids of time series to remove from the subscription.
            Repeat this operation to remove more time series.
    """

    _FIT = {"add": ("l", ("m", "CogniteInstanceId")), "remove": ("l", ("m", "CogniteInstanceId"))}
    _REQUIRED = ()

    add: list[CogniteInstanceId] | Unset = UNSET
    remove: list[CogniteInstanceId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        remove: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = remove_item_data.to_dict()
                remove.append(remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        _add = d.pop("add", UNSET)
        add: list[CogniteInstanceId] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = CogniteInstanceId.from_dict(add_item_data)

                add.append(add_item)

        _remove = d.pop("remove", UNSET)
        remove: list[CogniteInstanceId] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = CogniteInstanceId.from_dict(remove_item_data)

                remove.append(remove_item)

        subscriptions_update_request_add_or_remove_time_series_2 = cls(
            add=add,
            remove=remove,
        )

        subscriptions_update_request_add_or_remove_time_series_2.additional_properties = d
        return subscriptions_update_request_add_or_remove_time_series_2

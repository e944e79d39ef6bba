from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2")


@_attrs_define
class SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries2(AdditionalProperties):
    """
    Attributes:
        set_ (list[CogniteInstanceId] | Unset): Replace the subscription's current list of time series with this list of
            instance ids. To have more than 100 time series, use the `add` operation in subsequent update calls.
    """

    _FIT = {"set": ("l", ("m", "CogniteInstanceId"))}
    _REQUIRED = ()

    set_: list[CogniteInstanceId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = []
            for set_item_data in self.set_:
                set_item = set_item_data.to_dict()
                set_.append(set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        _set_ = d.pop("set", UNSET)
        set_: list[CogniteInstanceId] | Unset = UNSET
        if _set_ is not UNSET:
            set_ = []
            for set_item_data in _set_:
                set_item = CogniteInstanceId.from_dict(set_item_data)

                set_.append(set_item)

        subscriptions_update_request_replace_the_entire_list_of_time_series_2 = cls(
            set_=set_,
        )

        subscriptions_update_request_replace_the_entire_list_of_time_series_2.additional_properties = d
        return subscriptions_update_request_replace_the_entire_list_of_time_series_2

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries")


@_attrs_define
class SubscriptionsUpdateRequestReplaceTheEntireListOfTimeSeries(AdditionalProperties):
    """
    Attributes:
        set_ (list[str] | Unset): Replace the subscription's current list of time series with this list of external ids.
            To have more than 100 time series, use the `add` operation in subsequent update calls.
    """

    _FIT = {"set": ("l", "s")}
    _REQUIRED = ()

    set_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: list[str] | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = self.set_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = cast(list[str], d.pop("set", UNSET))

        subscriptions_update_request_replace_the_entire_list_of_time_series = cls(
            set_=set_,
        )

        subscriptions_update_request_replace_the_entire_list_of_time_series.additional_properties = d
        return subscriptions_update_request_replace_the_entire_list_of_time_series

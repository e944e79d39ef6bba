from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.subscription_update_item_update_filter import SubscriptionUpdateItemUpdateFilter


T = TypeVar("T", bound="SubscriptionUpdateItemUpdate")


@_attrs_define
class SubscriptionUpdateItemUpdate(AdditionalProperties):
    """
    Attributes:
        filter_ (SubscriptionUpdateItemUpdateFilter | Unset): Set a new subscription filter. The filter must match the
            topic of the existing subscription.
    """

    _FIT = {"filter": ("m", "SubscriptionUpdateItemUpdateFilter")}
    _REQUIRED = ()

    filter_: SubscriptionUpdateItemUpdateFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_update_item_update_filter import SubscriptionUpdateItemUpdateFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: SubscriptionUpdateItemUpdateFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SubscriptionUpdateItemUpdateFilter.from_dict(_filter_)

        subscription_update_item_update = cls(
            filter_=filter_,
        )

        subscription_update_item_update.additional_properties = d
        return subscription_update_item_update

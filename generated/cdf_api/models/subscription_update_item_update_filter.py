from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.subscription_filter_update import SubscriptionFilterUpdate
    from ..models.update_hosted_extractors_subscription_filter import UpdateHostedExtractorsSubscriptionFilter


T = TypeVar("T", bound="SubscriptionUpdateItemUpdateFilter")


@_attrs_define
class SubscriptionUpdateItemUpdateFilter(AdditionalProperties):
    """Set a new subscription filter. The filter must match the topic of the existing subscription.

    Attributes:
        set_ (SubscriptionFilterUpdate | Unset | UpdateHostedExtractorsSubscriptionFilter):
    """

    _FIT = {"set": ("u", (("m", "SubscriptionFilterUpdate"), ("m", "UpdateHostedExtractorsSubscriptionFilter")))}
    _REQUIRED = ()

    set_: SubscriptionFilterUpdate | Unset | UpdateHostedExtractorsSubscriptionFilter = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any] | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        else:
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_filter_update import SubscriptionFilterUpdate  # noqa: PLC0415
        from ..models.update_hosted_extractors_subscription_filter import UpdateHostedExtractorsSubscriptionFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> SubscriptionFilterUpdate | Unset | UpdateHostedExtractorsSubscriptionFilter:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SubscriptionFilterUpdate, UpdateHostedExtractorsSubscriptionFilter))

        set_ = _parse_set_(d.pop("set", UNSET))

        subscription_update_item_update_filter = cls(
            set_=set_,
        )

        subscription_update_item_update_filter.additional_properties = d
        return subscription_update_item_update_filter

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.filter_subscriptions_base import FilterSubscriptionsBase


T = TypeVar("T", bound="SubscriptionFilterRequest")


@_attrs_define
class SubscriptionFilterRequest(AdditionalProperties):
    """Request for filtering subscriptions.

    Attributes:
        filter_ (FilterSubscriptionsBase | Unset):
        limit (int | Unset): Maximum number of subscriptions to return.
        cursor (str | Unset): Cursor for pagination.
    """

    _FIT = {"filter": ("u", (("m", "FilterSubscriptionsBase"),)), "limit": "i", "cursor": "s"}
    _REQUIRED = ()

    filter_: FilterSubscriptionsBase | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_subscriptions_base import FilterSubscriptionsBase  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_filter_(data: object) -> FilterSubscriptionsBase | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            filter_type_0 = FilterSubscriptionsBase.from_dict(data)

            return filter_type_0

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        subscription_filter_request = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        subscription_filter_request.additional_properties = d
        return subscription_filter_request

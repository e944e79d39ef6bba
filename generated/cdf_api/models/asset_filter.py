from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_filter_filter import AssetFilterFilter


T = TypeVar("T", bound="AssetFilter")


@_attrs_define
class AssetFilter(AdditionalProperties):
    """
    Attributes:
        filter_ (AssetFilterFilter | Unset): Filter on assets with strict matching.
    """

    _FIT = {"filter": ("m", "AssetFilterFilter")}
    _REQUIRED = ()

    filter_: AssetFilterFilter | Unset = UNSET
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
        from ..models.asset_filter_filter import AssetFilterFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: AssetFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AssetFilterFilter.from_dict(_filter_)

        asset_filter = cls(
            filter_=filter_,
        )

        asset_filter.additional_properties = d
        return asset_filter

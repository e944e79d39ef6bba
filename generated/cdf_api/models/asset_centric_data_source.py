from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_centric_data_source_type import AssetCentricDataSourceType
from ..types import AdditionalProperties

T = TypeVar("T", bound="AssetCentricDataSource")


@_attrs_define
class AssetCentricDataSource(AdditionalProperties):
    """
    Attributes:
        type_ (AssetCentricDataSourceType): The type of the destination resource.
    """

    _FIT = {"type": "s"}
    _REQUIRED = ("type",)

    type_: AssetCentricDataSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AssetCentricDataSourceType(d.pop("type"))

        asset_centric_data_source = cls(
            type_=type_,
        )

        asset_centric_data_source.additional_properties = d
        return asset_centric_data_source

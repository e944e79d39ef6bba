from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_product_version_status import DataProductVersionStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="SinglePatchDataProductVersionStatus")


@_attrs_define
class SinglePatchDataProductVersionStatus(AdditionalProperties):
    """Set a new value for the data product version status.

    Attributes:
        set_ (DataProductVersionStatus): The status of this data product version.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: DataProductVersionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = DataProductVersionStatus(d.pop("set"))

        single_patch_data_product_version_status = cls(
            set_=set_,
        )

        single_patch_data_product_version_status.additional_properties = d
        return single_patch_data_product_version_status

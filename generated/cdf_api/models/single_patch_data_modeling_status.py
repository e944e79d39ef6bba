from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_modeling_status import DataModelingStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="SinglePatchDataModelingStatus")


@_attrs_define
class SinglePatchDataModelingStatus(AdditionalProperties):
    """Sets the data modeling status of the project. Only permitted to be updated by cluster administrators.

    Attributes:
        set_ (DataModelingStatus): Status of data modeling for a project.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: DataModelingStatus
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
        set_ = DataModelingStatus(d.pop("set"))

        single_patch_data_modeling_status = cls(
            set_=set_,
        )

        single_patch_data_modeling_status.additional_properties = d
        return single_patch_data_modeling_status

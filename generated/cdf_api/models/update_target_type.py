from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import AdditionalProperties

T = TypeVar("T", bound="UpdateTargetType")


@_attrs_define
class UpdateTargetType(AdditionalProperties):
    """Set a new value for the relationship target type.

    Attributes:
        set_ (ResourceType):
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: ResourceType
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
        set_ = ResourceType(d.pop("set"))

        update_target_type = cls(
            set_=set_,
        )

        update_target_type.additional_properties = d
        return update_target_type

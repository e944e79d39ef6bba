from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.custom_mapping import CustomMapping


T = TypeVar("T", bound="UpdateItemCustomMapping")


@_attrs_define
class UpdateItemCustomMapping(AdditionalProperties):
    """Set a new mapping value.

    Attributes:
        set_ (CustomMapping):
    """

    _FIT = {"set": ("m", "CustomMapping")}
    _REQUIRED = ("set",)

    set_: CustomMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

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
        from ..models.custom_mapping import CustomMapping  # noqa: PLC0415

        d = dict(src_dict)
        set_ = CustomMapping.from_dict(d.pop("set"))

        update_item_custom_mapping = cls(
            set_=set_,
        )

        update_item_custom_mapping.additional_properties = d
        return update_item_custom_mapping

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_mapping import CustomMapping


T = TypeVar("T", bound="UpdateItemCustomMapping")


@_attrs_define
class UpdateItemCustomMapping:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

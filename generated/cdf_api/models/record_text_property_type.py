from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordTextPropertyType")


@_attrs_define
class RecordTextPropertyType(AdditionalProperties):
    """Primitive property type.

    Attributes:
        type_ (Literal['text']):
        list_ (bool): Specifies that the data type is a list of values. The ordering of values is preserved.
        max_list_size (int | Unset): Specifies the maximum number of values in the list
        max_text_size (int | Unset): Specifies the maximum size in bytes of the text property, when encoded with utf-8
    """

    _FIT = {"type": ("c", "text"), "list": "b", "maxListSize": "i", "maxTextSize": "i"}
    _REQUIRED = ("type", "list")

    type_: Literal["text"]
    list_: bool
    max_list_size: int | Unset = UNSET
    max_text_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        list_ = self.list_

        max_list_size = self.max_list_size

        max_text_size = self.max_text_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "list": list_,
            }
        )
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if max_text_size is not UNSET:
            field_dict["maxTextSize"] = max_text_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        list_ = d.pop("list")

        max_list_size = d.pop("maxListSize", UNSET)

        max_text_size = d.pop("maxTextSize", UNSET)

        record_text_property_type = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
            max_text_size=max_text_size,
        )

        record_text_property_type.additional_properties = d
        return record_text_property_type

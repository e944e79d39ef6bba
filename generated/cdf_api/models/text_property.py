from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_property_collation import TextPropertyCollation
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TextProperty")


@_attrs_define
class TextProperty(AdditionalProperties):
    """Text type

    Attributes:
        type_ (Literal['text']):
        list_ (bool | Unset): Specifies that the data type is a list of values. The ordering of values is preserved.
        max_list_size (int | Unset): Specifies the maximum number of values in the list
        max_text_size (int | Unset): Specifies the maximum size in bytes of the text property, when encoded with utf-8
        collation (TextPropertyCollation | Unset): Collation - the set of language specific rules - used when sorting
            text fields. Collation is not applicable for records.
    """

    _FIT = {"type": ("c", "text"), "list": "b", "maxListSize": "i", "maxTextSize": "i", "collation": "s"}
    _REQUIRED = ("type",)

    type_: Literal["text"]
    list_: bool | Unset = UNSET
    max_list_size: int | Unset = UNSET
    max_text_size: int | Unset = UNSET
    collation: TextPropertyCollation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        list_ = self.list_

        max_list_size = self.max_list_size

        max_text_size = self.max_text_size

        collation: str | Unset = UNSET
        if not isinstance(self.collation, Unset):
            collation = self.collation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if max_list_size is not UNSET:
            field_dict["maxListSize"] = max_list_size
        if max_text_size is not UNSET:
            field_dict["maxTextSize"] = max_text_size
        if collation is not UNSET:
            field_dict["collation"] = collation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        list_ = d.pop("list", UNSET)

        max_list_size = d.pop("maxListSize", UNSET)

        max_text_size = d.pop("maxTextSize", UNSET)

        _collation = d.pop("collation", UNSET)
        collation: TextPropertyCollation | Unset
        if isinstance(_collation, Unset):
            collation = UNSET
        else:
            collation = TextPropertyCollation(_collation)

        text_property = cls(
            type_=type_,
            list_=list_,
            max_list_size=max_list_size,
            max_text_size=max_text_size,
            collation=collation,
        )

        text_property.additional_properties = d
        return text_property

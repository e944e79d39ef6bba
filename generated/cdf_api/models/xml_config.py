from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="XmlConfig")


@_attrs_define
class XmlConfig(AdditionalProperties):
    """Transform the input from an XML file to a JSON object.

    Attributes:
        type_ (Literal['xml']): Input type
    """

    _FIT = {"type": ("c", "xml")}
    _REQUIRED = ("type",)

    type_: Literal["xml"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
        type_ = cast(Literal["xml"], d.pop("type"))
        if type_ != "xml":
            raise ValueError(f"type must match const 'xml', got '{type_}'")

        xml_config = cls(
            type_=type_,
        )

        xml_config.additional_properties = d
        return xml_config

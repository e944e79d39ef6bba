from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="HeaderValueAuthentication")


@_attrs_define
class HeaderValueAuthentication(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['header']): Authentication type.
        key (str): Key for the header to place the authentication token in
    """

    _FIT = {"type": ("c", "header"), "key": "s"}
    _REQUIRED = ("type", "key")

    type_: Literal["header"]
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["header"], d.pop("type"))
        if type_ != "header":
            raise ValueError(f"type must match const 'header', got '{type_}'")

        key = d.pop("key")

        header_value_authentication = cls(
            type_=type_,
            key=key,
        )

        header_value_authentication.additional_properties = d
        return header_value_authentication

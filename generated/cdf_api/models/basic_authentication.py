from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BasicAuthentication")


@_attrs_define
class BasicAuthentication(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['basic']): Authentication type.
        username (str): User name to use for basic authentication
    """

    _FIT = {"type": ("c", "basic"), "username": "s"}
    _REQUIRED = ("type", "username")

    type_: Literal["basic"]
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["basic"], d.pop("type"))
        if type_ != "basic":
            raise ValueError(f"type must match const 'basic', got '{type_}'")

        username = d.pop("username")

        basic_authentication = cls(
            type_=type_,
            username=username,
        )

        basic_authentication.additional_properties = d
        return basic_authentication

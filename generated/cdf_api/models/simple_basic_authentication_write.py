from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleBasicAuthenticationWrite")


@_attrs_define
class SimpleBasicAuthenticationWrite(AdditionalProperties):
    """Username and password authentication.

    Attributes:
        type_ (Literal['basic']): Authentication type
        username (str): Username used for basic authentication.
        password (str | Unset): Password used for basic authentication.
    """

    _FIT = {"type": ("c", "basic"), "username": "s", "password": "s"}
    _REQUIRED = ("type", "username")

    type_: Literal["basic"]
    username: str
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["basic"], d.pop("type"))
        if type_ != "basic":
            raise ValueError(f"type must match const 'basic', got '{type_}'")

        username = d.pop("username")

        password = d.pop("password", UNSET)

        simple_basic_authentication_write = cls(
            type_=type_,
            username=username,
            password=password,
        )

        simple_basic_authentication_write.additional_properties = d
        return simple_basic_authentication_write

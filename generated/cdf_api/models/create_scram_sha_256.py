from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateScramSha256")


@_attrs_define
class CreateScramSha256(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['scramSha256']): Authentication type
        username (str): Username for authentication
        password (str): Password for authentication
    """

    _FIT = {"type": ("c", "scramSha256"), "username": "s", "password": "s"}
    _REQUIRED = ("type", "username", "password")

    type_: Literal["scramSha256"]
    username: str
    password: str
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
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["scramSha256"], d.pop("type"))
        if type_ != "scramSha256":
            raise ValueError(f"type must match const 'scramSha256', got '{type_}'")

        username = d.pop("username")

        password = d.pop("password")

        create_scram_sha_256 = cls(
            type_=type_,
            username=username,
            password=password,
        )

        create_scram_sha_256.additional_properties = d
        return create_scram_sha_256

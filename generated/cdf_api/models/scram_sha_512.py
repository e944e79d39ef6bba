from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ScramSha512")


@_attrs_define
class ScramSha512(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['scramSha512']): Authentication type
        username (str): Username for authentication
    """

    _FIT = {"type": ("c", "scramSha512"), "username": "s"}
    _REQUIRED = ("type", "username")

    type_: Literal["scramSha512"]
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
        type_ = cast(Literal["scramSha512"], d.pop("type"))
        if type_ != "scramSha512":
            raise ValueError(f"type must match const 'scramSha512', got '{type_}'")

        username = d.pop("username")

        scram_sha_512 = cls(
            type_=type_,
            username=username,
        )

        scram_sha_512.additional_properties = d
        return scram_sha_512

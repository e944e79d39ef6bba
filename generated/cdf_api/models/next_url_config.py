from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NextUrlConfig")


@_attrs_define
class NextUrlConfig(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['nextUrl']):
        value (str): Expression yielding the next URL to call
    """

    _FIT = {"type": ("c", "nextUrl"), "value": "s"}
    _REQUIRED = ("type", "value")

    type_: Literal["nextUrl"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["nextUrl"], d.pop("type"))
        if type_ != "nextUrl":
            raise ValueError(f"type must match const 'nextUrl', got '{type_}'")

        value = d.pop("value")

        next_url_config = cls(
            type_=type_,
            value=value,
        )

        next_url_config.additional_properties = d
        return next_url_config

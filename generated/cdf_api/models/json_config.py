from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="JsonConfig")


@_attrs_define
class JsonConfig(AdditionalProperties):
    """Treat the input as UTF-8 encoded JSON.

    Attributes:
        type_ (Literal['json']): Input type
    """

    _FIT = {"type": ("c", "json")}
    _REQUIRED = ("type",)

    type_: Literal["json"]
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
        type_ = cast(Literal["json"], d.pop("type"))
        if type_ != "json":
            raise ValueError(f"type must match const 'json', got '{type_}'")

        json_config = cls(
            type_=type_,
        )

        json_config.additional_properties = d
        return json_config

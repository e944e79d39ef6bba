from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ParameterizedPropertyValueV3")


@_attrs_define
class ParameterizedPropertyValueV3(AdditionalProperties):
    """A parameterized value

    Attributes:
        parameter (str):
    """

    _FIT = {"parameter": "s"}
    _REQUIRED = ("parameter",)

    parameter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter = self.parameter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameter": parameter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameter = d.pop("parameter")

        parameterized_property_value_v3 = cls(
            parameter=parameter,
        )

        parameterized_property_value_v3.additional_properties = d
        return parameterized_property_value_v3

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UnitConversion")


@_attrs_define
class UnitConversion(AdditionalProperties):
    """
    Attributes:
        multiplier (float):  Example: 1.
        offset (float):  Example: -273.15.
    """

    _FIT = {"multiplier": "n", "offset": "n"}
    _REQUIRED = ("multiplier", "offset")

    multiplier: float
    offset: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiplier = self.multiplier

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "multiplier": multiplier,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        multiplier = d.pop("multiplier")

        offset = d.pop("offset")

        unit_conversion = cls(
            multiplier=multiplier,
            offset=offset,
        )

        unit_conversion.additional_properties = d
        return unit_conversion

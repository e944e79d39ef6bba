from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CPURange")


@_attrs_define
class CPURange(AdditionalProperties):
    """The number of CPU cores per function exectuion (i.e. function call).

    Attributes:
        min_ (float): The minimum value you can request when creating a function. Example: 1.
        max_ (float): The maximum value you can request when creating a function. Example: 1.
        default (float): The default value when creating a function. Example: 1.
    """

    _FIT = {"min": "n", "max": "n", "default": "n"}
    _REQUIRED = ("min", "max", "default")

    min_: float
    max_: float
    default: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
                "default": default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        max_ = d.pop("max")

        default = d.pop("default")

        cpu_range = cls(
            min_=min_,
            max_=max_,
            default=default,
        )

        cpu_range.additional_properties = d
        return cpu_range

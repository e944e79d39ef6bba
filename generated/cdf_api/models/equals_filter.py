from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.equals_filter_equals import EqualsFilterEquals


T = TypeVar("T", bound="EqualsFilter")


@_attrs_define
class EqualsFilter(AdditionalProperties):
    """
    Attributes:
        equals (EqualsFilterEquals): Matches items where the given property is **exactly** equal to the given value.
    """

    _FIT = {"equals": ("m", "EqualsFilterEquals")}
    _REQUIRED = ("equals",)

    equals: EqualsFilterEquals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equals = self.equals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equals": equals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equals_filter_equals import EqualsFilterEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = EqualsFilterEquals.from_dict(d.pop("equals"))

        equals_filter = cls(
            equals=equals,
        )

        equals_filter.additional_properties = d
        return equals_filter

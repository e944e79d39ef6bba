from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.equals_filter_ila_equals import EqualsFilterIlaEquals


T = TypeVar("T", bound="EqualsFilterIla")


@_attrs_define
class EqualsFilterIla(AdditionalProperties):
    """
    Attributes:
        equals (EqualsFilterIlaEquals): Matches records that contain the exact value in the provided property.
            Only apply this filter to properties containing a single value.
    """

    _FIT = {"equals": ("m", "EqualsFilterIlaEquals")}
    _REQUIRED = ("equals",)

    equals: EqualsFilterIlaEquals
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
        from ..models.equals_filter_ila_equals import EqualsFilterIlaEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = EqualsFilterIlaEquals.from_dict(d.pop("equals"))

        equals_filter_ila = cls(
            equals=equals,
        )

        equals_filter_ila.additional_properties = d
        return equals_filter_ila

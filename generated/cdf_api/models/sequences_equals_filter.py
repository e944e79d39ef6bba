from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_equals_filter_equals import SequencesEqualsFilterEquals


T = TypeVar("T", bound="SequencesEqualsFilter")


@_attrs_define
class SequencesEqualsFilter(AdditionalProperties):
    """
    Attributes:
        equals (SequencesEqualsFilterEquals): Matches items where the given property is **exactly** equal to the given
            value.
    """

    _FIT = {"equals": ("m", "SequencesEqualsFilterEquals")}
    _REQUIRED = ("equals",)

    equals: SequencesEqualsFilterEquals
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
        from ..models.sequences_equals_filter_equals import SequencesEqualsFilterEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = SequencesEqualsFilterEquals.from_dict(d.pop("equals"))

        sequences_equals_filter = cls(
            equals=equals,
        )

        sequences_equals_filter.additional_properties = d
        return sequences_equals_filter

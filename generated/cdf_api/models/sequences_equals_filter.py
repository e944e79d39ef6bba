from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sequences_equals_filter_equals import SequencesEqualsFilterEquals


T = TypeVar("T", bound="SequencesEqualsFilter")


@_attrs_define
class SequencesEqualsFilter:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

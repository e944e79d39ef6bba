from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_contains_all_filter_contains_all import SequencesContainsAllFilterContainsAll


T = TypeVar("T", bound="SequencesContainsAllFilter")


@_attrs_define
class SequencesContainsAllFilter(AdditionalProperties):
    """
    Attributes:
        contains_all (SequencesContainsAllFilterContainsAll): Matches items where the property contains all the given
            values.
            This filter can only be applied to multivalued properties.
    """

    _FIT = {"containsAll": ("m", "SequencesContainsAllFilterContainsAll")}
    _REQUIRED = ("containsAll",)

    contains_all: SequencesContainsAllFilterContainsAll
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_all = self.contains_all.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAll": contains_all,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_contains_all_filter_contains_all import SequencesContainsAllFilterContainsAll  # noqa: PLC0415

        d = dict(src_dict)
        contains_all = SequencesContainsAllFilterContainsAll.from_dict(d.pop("containsAll"))

        sequences_contains_all_filter = cls(
            contains_all=contains_all,
        )

        sequences_contains_all_filter.additional_properties = d
        return sequences_contains_all_filter

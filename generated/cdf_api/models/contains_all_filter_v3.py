from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.contains_all_filter_v3_contains_all import ContainsAllFilterV3ContainsAll


T = TypeVar("T", bound="ContainsAllFilterV3")


@_attrs_define
class ContainsAllFilterV3(AdditionalProperties):
    """
    Attributes:
        contains_all (ContainsAllFilterV3ContainsAll): Matches items where the property contains all the given values.
            Only apply this filter to multivalued properties.
    """

    _FIT = {"containsAll": ("m", "ContainsAllFilterV3ContainsAll")}
    _REQUIRED = ("containsAll",)

    contains_all: ContainsAllFilterV3ContainsAll
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
        from ..models.contains_all_filter_v3_contains_all import ContainsAllFilterV3ContainsAll  # noqa: PLC0415

        d = dict(src_dict)
        contains_all = ContainsAllFilterV3ContainsAll.from_dict(d.pop("containsAll"))

        contains_all_filter_v3 = cls(
            contains_all=contains_all,
        )

        contains_all_filter_v3.additional_properties = d
        return contains_all_filter_v3

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.match_all_filter_match_all import MatchAllFilterMatchAll


T = TypeVar("T", bound="MatchAllFilter")


@_attrs_define
class MatchAllFilter(AdditionalProperties):
    """
    Attributes:
        match_all (MatchAllFilterMatchAll): All the listed items must match the clause.
    """

    _FIT = {"matchAll": ("m", "MatchAllFilterMatchAll")}
    _REQUIRED = ("matchAll",)

    match_all: MatchAllFilterMatchAll
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_all = self.match_all.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matchAll": match_all,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_all_filter_match_all import MatchAllFilterMatchAll  # noqa: PLC0415

        d = dict(src_dict)
        match_all = MatchAllFilterMatchAll.from_dict(d.pop("matchAll"))

        match_all_filter = cls(
            match_all=match_all,
        )

        match_all_filter.additional_properties = d
        return match_all_filter

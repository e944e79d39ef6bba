from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_in_filter_in import SequencesInFilterIn


T = TypeVar("T", bound="SequencesInFilter")


@_attrs_define
class SequencesInFilter(AdditionalProperties):
    """
    Attributes:
        in_ (SequencesInFilterIn): Matches items where the given property is **exactly** equal to one of the given
            values.
            This filter can only be applied to single-valued properties.
    """

    _FIT = {"in": ("m", "SequencesInFilterIn")}
    _REQUIRED = ("in",)

    in_: SequencesInFilterIn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_in_filter_in import SequencesInFilterIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = SequencesInFilterIn.from_dict(d.pop("in"))

        sequences_in_filter = cls(
            in_=in_,
        )

        sequences_in_filter.additional_properties = d
        return sequences_in_filter

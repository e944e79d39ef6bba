from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_range_filter_range import SequencesRangeFilterRange


T = TypeVar("T", bound="SequencesRangeFilter")


@_attrs_define
class SequencesRangeFilter(AdditionalProperties):
    """
    Attributes:
        range_ (SequencesRangeFilterRange): Matches items that contain terms within the provided range.

            One upper bound and/or one lower bound must be specified. It's not allowed to specify both inclusive and
            exclusive
            bounds "on the same side" together (at most one of `lte` and `lt` may be specified, and at most one of `gte` and
            `gt`).
            - `gte`: Greater than or equal to.
            - `gt`: Greater than.
            - `lte`: Less than or equal to.
            - `lt`: Less than.

            May only be applied to string properties and number properties.
    """

    _FIT = {"range": ("m", "SequencesRangeFilterRange")}
    _REQUIRED = ("range",)

    range_: SequencesRangeFilterRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_range_filter_range import SequencesRangeFilterRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = SequencesRangeFilterRange.from_dict(d.pop("range"))

        sequences_range_filter = cls(
            range_=range_,
        )

        sequences_range_filter.additional_properties = d
        return sequences_range_filter

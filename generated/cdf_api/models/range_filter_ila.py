from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.range_filter_ila_range import RangeFilterIlaRange


T = TypeVar("T", bound="RangeFilterIla")


@_attrs_define
class RangeFilterIla(AdditionalProperties):
    """
    Attributes:
        range_ (RangeFilterIlaRange): Matches records that contain terms within the provided range.

            The range must include an upper and/or a lower bound. It is not allowed to specify two upper or lower bounds,
            e.g. `gte` and `gt`, in the same filter.

              `gte`: Greater than or equal to.
              `gt`: Greater than.
              `lte`: Less than or equal to.
              `lt`: Less than.
    """

    _FIT = {"range": ("m", "RangeFilterIlaRange")}
    _REQUIRED = ("range",)

    range_: RangeFilterIlaRange
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
        from ..models.range_filter_ila_range import RangeFilterIlaRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = RangeFilterIlaRange.from_dict(d.pop("range"))

        range_filter_ila = cls(
            range_=range_,
        )

        range_filter_ila.additional_properties = d
        return range_filter_ila

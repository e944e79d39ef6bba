from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.range_filter_v3_range import RangeFilterV3Range


T = TypeVar("T", bound="RangeFilterV3")


@_attrs_define
class RangeFilterV3(AdditionalProperties):
    """
    Attributes:
        range_ (RangeFilterV3Range): Matches items that contain terms within the provided range.

            The range must include both an upper and a lower bound. It is not permitted to specify both inclusive
            and exclusive bounds together.  E.g. `gte` and `gt`.

              `gte`: Greater than or equal to.
              `gt`: Greater than.
              `lte`: Less than or equal to.
              `lt`: Less than.
    """

    _FIT = {"range": ("m", "RangeFilterV3Range")}
    _REQUIRED = ("range",)

    range_: RangeFilterV3Range
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
        from ..models.range_filter_v3_range import RangeFilterV3Range  # noqa: PLC0415

        d = dict(src_dict)
        range_ = RangeFilterV3Range.from_dict(d.pop("range"))

        range_filter_v3 = cls(
            range_=range_,
        )

        range_filter_v3.additional_properties = d
        return range_filter_v3

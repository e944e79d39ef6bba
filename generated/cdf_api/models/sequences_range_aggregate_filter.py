from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_range_aggregate_filter_range import SequencesRangeAggregateFilterRange


T = TypeVar("T", bound="SequencesRangeAggregateFilter")


@_attrs_define
class SequencesRangeAggregateFilter(AdditionalProperties):
    """
    Attributes:
        range_ (SequencesRangeAggregateFilterRange): Matches intermediate aggregation results where the property key or
            the property value is within the
            provided range. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
            property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
            _values_ will be targeted.

            At least one of the following bounds must be specified:
            - `gte`: Greater than or equal to.
            - `gt`: Greater than.
            - `lte`: Less than or equal to.
            - `lt`: Less than.

            It is not valid to specify both inclusive and exclusive bounds "on the same side" together:
            at most one of `lte` and `lt` may be specified, and at most one of `gte` and `gt`.

            In the case of `aggregate` being `uniqueProperties` or `cardinalityProperties`,
            `gte`/`gt`/`lte`/`lt` must be set to a string. In the case of `aggregate` being `uniqueValues` or
            `cardinalityValues`, this filter may only be applied to string properties or number properties,
            with `gte`/`gt`/`lte`/`lt` containing values of the corresponding type.
    """

    _FIT = {"range": ("m", "SequencesRangeAggregateFilterRange")}
    _REQUIRED = ("range",)

    range_: SequencesRangeAggregateFilterRange
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
        from ..models.sequences_range_aggregate_filter_range import SequencesRangeAggregateFilterRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = SequencesRangeAggregateFilterRange.from_dict(d.pop("range"))

        sequences_range_aggregate_filter = cls(
            range_=range_,
        )

        sequences_range_aggregate_filter.additional_properties = d
        return sequences_range_aggregate_filter

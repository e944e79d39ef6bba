from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequences_in_aggregate_filter_in import SequencesInAggregateFilterIn


T = TypeVar("T", bound="SequencesInAggregateFilter")


@_attrs_define
class SequencesInAggregateFilter(AdditionalProperties):
    """
    Attributes:
        in_ (SequencesInAggregateFilterIn): Matches intermediate aggregation results where the property key or the
            property value is _exactly_
            equal to one of the given values. When the `aggregate` operation is `uniqueProperties` or
            `cardinalityProperties`, property _keys_ will be targeted; when it is `uniqueValues` or
            `cardinalityValues`, property _values_ will be targeted.
    """

    _FIT = {"in": ("m", "SequencesInAggregateFilterIn")}
    _REQUIRED = ("in",)

    in_: SequencesInAggregateFilterIn
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
        from ..models.sequences_in_aggregate_filter_in import SequencesInAggregateFilterIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = SequencesInAggregateFilterIn.from_dict(d.pop("in"))

        sequences_in_aggregate_filter = cls(
            in_=in_,
        )

        sequences_in_aggregate_filter.additional_properties = d
        return sequences_in_aggregate_filter

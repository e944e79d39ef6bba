from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequencesCountAggregate")


@_attrs_define
class SequencesCountAggregate(AdditionalProperties):
    """
    Attributes:
        aggregate (Literal['count'] | Unset): The `count` aggregation gets the number of sequences that match the
            filter(s). This is the
            default aggregation, which will also be applied if `aggregate` is not specified.
    """

    _FIT = {"aggregate": ("c", "count")}
    _REQUIRED = ()

    aggregate: Literal["count"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aggregate = cast(Literal["count"] | Unset, d.pop("aggregate", UNSET))
        if aggregate != "count" and not isinstance(aggregate, Unset):
            raise ValueError(f"aggregate must match const 'count', got '{aggregate}'")

        sequences_count_aggregate = cls(
            aggregate=aggregate,
        )

        sequences_count_aggregate.additional_properties = d
        return sequences_count_aggregate

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CommonAggregateFunctions")


@_attrs_define
class CommonAggregateFunctions(AdditionalProperties):
    """
    Attributes:
        count (int | Unset): The number of data points in the aggregate period.
        count_good (int | Unset): The number of data points in the aggregate period that have a _Good_ [status
            code](<https://docs.cognite.com/dev/concepts/reference/status_codes>). _Uncertain_ does not count, irrespective
            of `treatUncertainAsBad` parameter.
        count_uncertain (int | Unset): The number of data points in the aggregate period that have an _Uncertain_
            [status code](<https://docs.cognite.com/dev/concepts/reference/status_codes>).
        count_bad (int | Unset): The number of data points in the aggregate period that have a _Bad_ [status
            code](<https://docs.cognite.com/dev/concepts/reference/status_codes>). _Uncertain_ does not count, irrespective
            of `treatUncertainAsBad` parameter.
        duration_good (int | Unset): The duration the aggregate is defined and marked as good (regardless of
            `ignoreBadDataPoints` parameter). Measured in milliseconds. Equivalent to duration that the previous data point
            is _good_ and in range.
        duration_uncertain (int | Unset): The duration the aggregate is defined and marked as uncertain (regardless of
            `ignoreBadDataPoints` parameter). Measured in milliseconds. Equivalent to duration that the previous data point
            is _uncertain_ and in range.
        duration_bad (int | Unset): The duration the aggregate is defined but marked as bad (regardless of
            `ignoreBadDataPoints` parameter). Measured in milliseconds. Equivalent to duration that the previous data point
            is _bad_ and in range.
    """

    _FIT = {
        "count": "i",
        "countGood": "i",
        "countUncertain": "i",
        "countBad": "i",
        "durationGood": "i",
        "durationUncertain": "i",
        "durationBad": "i",
    }
    _REQUIRED = ()

    count: int | Unset = UNSET
    count_good: int | Unset = UNSET
    count_uncertain: int | Unset = UNSET
    count_bad: int | Unset = UNSET
    duration_good: int | Unset = UNSET
    duration_uncertain: int | Unset = UNSET
    duration_bad: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        count_good = self.count_good

        count_uncertain = self.count_uncertain

        count_bad = self.count_bad

        duration_good = self.duration_good

        duration_uncertain = self.duration_uncertain

        duration_bad = self.duration_bad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if count_good is not UNSET:
            field_dict["countGood"] = count_good
        if count_uncertain is not UNSET:
            field_dict["countUncertain"] = count_uncertain
        if count_bad is not UNSET:
            field_dict["countBad"] = count_bad
        if duration_good is not UNSET:
            field_dict["durationGood"] = duration_good
        if duration_uncertain is not UNSET:
            field_dict["durationUncertain"] = duration_uncertain
        if duration_bad is not UNSET:
            field_dict["durationBad"] = duration_bad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        count_good = d.pop("countGood", UNSET)

        count_uncertain = d.pop("countUncertain", UNSET)

        count_bad = d.pop("countBad", UNSET)

        duration_good = d.pop("durationGood", UNSET)

        duration_uncertain = d.pop("durationUncertain", UNSET)

        duration_bad = d.pop("durationBad", UNSET)

        common_aggregate_functions = cls(
            count=count,
            count_good=count_good,
            count_uncertain=count_uncertain,
            count_bad=count_bad,
            duration_good=duration_good,
            duration_uncertain=duration_uncertain,
            duration_bad=duration_bad,
        )

        common_aggregate_functions.additional_properties = d
        return common_aggregate_functions

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.numeric_aggregate_functions_max_datapoint import NumericAggregateFunctionsMaxDatapoint
    from ..models.numeric_aggregate_functions_min_datapoint import NumericAggregateFunctionsMinDatapoint


T = TypeVar("T", bound="GetNumericAggregateDatapoint")


@_attrs_define
class GetNumericAggregateDatapoint(AdditionalProperties):
    """
    Attributes:
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example: 1638795554528.
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
        average (float | Unset): The integral average value in the aggregate period.
        max_ (float | Unset): The maximum value in the aggregate period.
        max_datapoint (NumericAggregateFunctionsMaxDatapoint | Unset): Timestamp and value of the (first) maximum data
            point in the aggregate period.
        min_ (float | Unset): The minimum value in the aggregate period.
        min_datapoint (NumericAggregateFunctionsMinDatapoint | Unset): Timestamp and value of the (first) minimum data
            point in the aggregate period.
        sum_ (float | Unset): The sum of the data points in the aggregate period.
        interpolation (float | Unset): The interpolated value of the series in the beginning of the aggregate.
        step_interpolation (float | Unset): The last value before or at the beginning of the aggregate.
        continuous_variance (float | Unset): The variance of the interpolated underlying function.
        discrete_variance (float | Unset): The variance of the data point values.
        total_variation (float | Unset): The total variation of the interpolated underlying function.
    """

    _FIT = {
        "timestamp": "i",
        "count": "i",
        "countGood": "i",
        "countUncertain": "i",
        "countBad": "i",
        "durationGood": "i",
        "durationUncertain": "i",
        "durationBad": "i",
        "average": "n",
        "max": "n",
        "maxDatapoint": ("m", "NumericAggregateFunctionsMaxDatapoint"),
        "min": "n",
        "minDatapoint": ("m", "NumericAggregateFunctionsMinDatapoint"),
        "sum": "n",
        "interpolation": "n",
        "stepInterpolation": "n",
        "continuousVariance": "n",
        "discreteVariance": "n",
        "totalVariation": "n",
    }
    _REQUIRED = ("timestamp",)

    timestamp: int
    count: int | Unset = UNSET
    count_good: int | Unset = UNSET
    count_uncertain: int | Unset = UNSET
    count_bad: int | Unset = UNSET
    duration_good: int | Unset = UNSET
    duration_uncertain: int | Unset = UNSET
    duration_bad: int | Unset = UNSET
    average: float | Unset = UNSET
    max_: float | Unset = UNSET
    max_datapoint: NumericAggregateFunctionsMaxDatapoint | Unset = UNSET
    min_: float | Unset = UNSET
    min_datapoint: NumericAggregateFunctionsMinDatapoint | Unset = UNSET
    sum_: float | Unset = UNSET
    interpolation: float | Unset = UNSET
    step_interpolation: float | Unset = UNSET
    continuous_variance: float | Unset = UNSET
    discrete_variance: float | Unset = UNSET
    total_variation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        count = self.count

        count_good = self.count_good

        count_uncertain = self.count_uncertain

        count_bad = self.count_bad

        duration_good = self.duration_good

        duration_uncertain = self.duration_uncertain

        duration_bad = self.duration_bad

        average = self.average

        max_ = self.max_

        max_datapoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_datapoint, Unset):
            max_datapoint = self.max_datapoint.to_dict()

        min_ = self.min_

        min_datapoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_datapoint, Unset):
            min_datapoint = self.min_datapoint.to_dict()

        sum_ = self.sum_

        interpolation = self.interpolation

        step_interpolation = self.step_interpolation

        continuous_variance = self.continuous_variance

        discrete_variance = self.discrete_variance

        total_variation = self.total_variation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
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
        if average is not UNSET:
            field_dict["average"] = average
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_datapoint is not UNSET:
            field_dict["maxDatapoint"] = max_datapoint
        if min_ is not UNSET:
            field_dict["min"] = min_
        if min_datapoint is not UNSET:
            field_dict["minDatapoint"] = min_datapoint
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if interpolation is not UNSET:
            field_dict["interpolation"] = interpolation
        if step_interpolation is not UNSET:
            field_dict["stepInterpolation"] = step_interpolation
        if continuous_variance is not UNSET:
            field_dict["continuousVariance"] = continuous_variance
        if discrete_variance is not UNSET:
            field_dict["discreteVariance"] = discrete_variance
        if total_variation is not UNSET:
            field_dict["totalVariation"] = total_variation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.numeric_aggregate_functions_max_datapoint import NumericAggregateFunctionsMaxDatapoint  # noqa: PLC0415
        from ..models.numeric_aggregate_functions_min_datapoint import NumericAggregateFunctionsMinDatapoint  # noqa: PLC0415

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        count = d.pop("count", UNSET)

        count_good = d.pop("countGood", UNSET)

        count_uncertain = d.pop("countUncertain", UNSET)

        count_bad = d.pop("countBad", UNSET)

        duration_good = d.pop("durationGood", UNSET)

        duration_uncertain = d.pop("durationUncertain", UNSET)

        duration_bad = d.pop("durationBad", UNSET)

        average = d.pop("average", UNSET)

        max_ = d.pop("max", UNSET)

        _max_datapoint = d.pop("maxDatapoint", UNSET)
        max_datapoint: NumericAggregateFunctionsMaxDatapoint | Unset
        if isinstance(_max_datapoint, Unset):
            max_datapoint = UNSET
        else:
            max_datapoint = NumericAggregateFunctionsMaxDatapoint.from_dict(_max_datapoint)

        min_ = d.pop("min", UNSET)

        _min_datapoint = d.pop("minDatapoint", UNSET)
        min_datapoint: NumericAggregateFunctionsMinDatapoint | Unset
        if isinstance(_min_datapoint, Unset):
            min_datapoint = UNSET
        else:
            min_datapoint = NumericAggregateFunctionsMinDatapoint.from_dict(_min_datapoint)

        sum_ = d.pop("sum", UNSET)

        interpolation = d.pop("interpolation", UNSET)

        step_interpolation = d.pop("stepInterpolation", UNSET)

        continuous_variance = d.pop("continuousVariance", UNSET)

        discrete_variance = d.pop("discreteVariance", UNSET)

        total_variation = d.pop("totalVariation", UNSET)

        get_numeric_aggregate_datapoint = cls(
            timestamp=timestamp,
            count=count,
            count_good=count_good,
            count_uncertain=count_uncertain,
            count_bad=count_bad,
            duration_good=duration_good,
            duration_uncertain=duration_uncertain,
            duration_bad=duration_bad,
            average=average,
            max_=max_,
            max_datapoint=max_datapoint,
            min_=min_,
            min_datapoint=min_datapoint,
            sum_=sum_,
            interpolation=interpolation,
            step_interpolation=step_interpolation,
            continuous_variance=continuous_variance,
            discrete_variance=discrete_variance,
            total_variation=total_variation,
        )

        get_numeric_aggregate_datapoint.additional_properties = d
        return get_numeric_aggregate_datapoint

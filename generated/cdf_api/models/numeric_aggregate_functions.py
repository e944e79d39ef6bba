from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.numeric_aggregate_functions_max_datapoint import NumericAggregateFunctionsMaxDatapoint
    from ..models.numeric_aggregate_functions_min_datapoint import NumericAggregateFunctionsMinDatapoint


T = TypeVar("T", bound="NumericAggregateFunctions")


@_attrs_define
class NumericAggregateFunctions(AdditionalProperties):
    """
    Attributes:
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
    _REQUIRED = ()

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
        field_dict.update({})
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

        numeric_aggregate_functions = cls(
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

        numeric_aggregate_functions.additional_properties = d
        return numeric_aggregate_functions

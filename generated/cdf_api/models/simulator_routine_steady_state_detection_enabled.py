from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_points_aggregate import DataPointsAggregate
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorRoutineSteadyStateDetectionEnabled")


@_attrs_define
class SimulatorRoutineSteadyStateDetectionEnabled(AdditionalProperties):
    """
    Attributes:
        enabled (Literal[True]): Whether the steady state detection is enabled or not
        aggregate (DataPointsAggregate):
        min_section_size (int): Min section size of the steady state detection
        var_threshold (float): Var threshold of the steady state detection
        slope_threshold (float): Slope threshold of the steady state detection
        timeseries_external_id (str | Unset): External ID of the time series to be evaluated
    """

    _FIT = {
        "enabled": ("c", True),
        "aggregate": "s",
        "minSectionSize": "i",
        "varThreshold": "n",
        "slopeThreshold": "n",
        "timeseriesExternalId": "s",
    }
    _REQUIRED = ("enabled", "aggregate", "minSectionSize", "varThreshold", "slopeThreshold")

    enabled: Literal[True]
    aggregate: DataPointsAggregate
    min_section_size: int
    var_threshold: float
    slope_threshold: float
    timeseries_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        aggregate = self.aggregate.value

        min_section_size = self.min_section_size

        var_threshold = self.var_threshold

        slope_threshold = self.slope_threshold

        timeseries_external_id = self.timeseries_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "aggregate": aggregate,
                "minSectionSize": min_section_size,
                "varThreshold": var_threshold,
                "slopeThreshold": slope_threshold,
            }
        )
        if timeseries_external_id is not UNSET:
            field_dict["timeseriesExternalId"] = timeseries_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[True], d.pop("enabled"))
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        aggregate = DataPointsAggregate(d.pop("aggregate"))

        min_section_size = d.pop("minSectionSize")

        var_threshold = d.pop("varThreshold")

        slope_threshold = d.pop("slopeThreshold")

        timeseries_external_id = d.pop("timeseriesExternalId", UNSET)

        simulator_routine_steady_state_detection_enabled = cls(
            enabled=enabled,
            aggregate=aggregate,
            min_section_size=min_section_size,
            var_threshold=var_threshold,
            slope_threshold=slope_threshold,
            timeseries_external_id=timeseries_external_id,
        )

        simulator_routine_steady_state_detection_enabled.additional_properties = d
        return simulator_routine_steady_state_detection_enabled

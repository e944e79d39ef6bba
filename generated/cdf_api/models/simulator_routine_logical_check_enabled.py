from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_points_aggregate import DataPointsAggregate
from ..models.simulator_routine_operator import SimulatorRoutineOperator
from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorRoutineLogicalCheckEnabled")


@_attrs_define
class SimulatorRoutineLogicalCheckEnabled(AdditionalProperties):
    """
    Attributes:
        enabled (Literal[True]): Whether the logical check is enabled or not
        timeseries_external_id (str): External ID of the time series to run the logical check against
        aggregate (DataPointsAggregate):
        operator (SimulatorRoutineOperator):
        value (float): Value to compare with
    """

    _FIT = {"enabled": ("c", True), "timeseriesExternalId": "s", "aggregate": "s", "operator": "s", "value": "n"}
    _REQUIRED = ("enabled", "timeseriesExternalId", "aggregate", "operator", "value")

    enabled: Literal[True]
    timeseries_external_id: str
    aggregate: DataPointsAggregate
    operator: SimulatorRoutineOperator
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        timeseries_external_id = self.timeseries_external_id

        aggregate = self.aggregate.value

        operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "timeseriesExternalId": timeseries_external_id,
                "aggregate": aggregate,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[True], d.pop("enabled"))
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        timeseries_external_id = d.pop("timeseriesExternalId")

        aggregate = DataPointsAggregate(d.pop("aggregate"))

        operator = SimulatorRoutineOperator(d.pop("operator"))

        value = d.pop("value")

        simulator_routine_logical_check_enabled = cls(
            enabled=enabled,
            timeseries_external_id=timeseries_external_id,
            aggregate=aggregate,
            operator=operator,
            value=value,
        )

        simulator_routine_logical_check_enabled.additional_properties = d
        return simulator_routine_logical_check_enabled

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_points_aggregate import DataPointsAggregate
from ..models.simulator_routine_operator import SimulatorRoutineOperator

T = TypeVar("T", bound="SimulatorRoutineLogicalCheckEnabled")


@_attrs_define
class SimulatorRoutineLogicalCheckEnabled:
    """
    Attributes:
        enabled (bool): Whether the logical check is enabled or not
        timeseries_external_id (str): External ID of the time series to run the logical check against
        aggregate (DataPointsAggregate):
        operator (SimulatorRoutineOperator):
        value (float): Value to compare with
    """

    _FIT = {
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec7490>": "b",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec76d0>": "s",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec78d0>": "s",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec79d0>": "s",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec7ad0>": "n",
    }
    _REQUIRED = (
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec7490>",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec76d0>",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec78d0>",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec79d0>",
        "<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7ff315ec7ad0>",
    )

    enabled: bool
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
        enabled = d.pop("enabled")

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

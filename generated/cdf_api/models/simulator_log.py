from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_log_severity_level import SimulatorLogSeverityLevel
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_log_data import SimulatorLogData


T = TypeVar("T", bound="SimulatorLog")


@_attrs_define
class SimulatorLog(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulator resource log
        data (list[SimulatorLogData]): Log data of the simulator resource
        created_time (int): The number of milliseconds since epoch
        last_updated_time (int): The number of milliseconds since epoch
        severity (SimulatorLogSeverityLevel | Unset):
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "data": ("l", ("m", "SimulatorLogData")),
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "severity": "s",
    }
    _REQUIRED = ("dataSetId", "id", "data", "createdTime", "lastUpdatedTime")

    data_set_id: int
    id: int
    data: list[SimulatorLogData]
    created_time: int
    last_updated_time: int
    severity: SimulatorLogSeverityLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "data": data,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_log_data import SimulatorLogData  # noqa: PLC0415

        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SimulatorLogData.from_dict(data_item_data)

            data.append(data_item)

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _severity = d.pop("severity", UNSET)
        severity: SimulatorLogSeverityLevel | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = SimulatorLogSeverityLevel(_severity)

        simulator_log = cls(
            data_set_id=data_set_id,
            id=id,
            data=data,
            created_time=created_time,
            last_updated_time=last_updated_time,
            severity=severity,
        )

        simulator_log.additional_properties = d
        return simulator_log

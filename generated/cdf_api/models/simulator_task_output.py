from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorTaskOutput")


@_attrs_define
class SimulatorTaskOutput(AdditionalProperties):
    """Simulation run execution results.

    Attributes:
        run_id (int | Unset): The ID of the simulation run instance.
        log_id (int | Unset): The log ID of the simulation run.
        status_message (str | Unset): The status message of the simulation run instance.
    """

    _FIT = {"runId": "i", "logId": "i", "statusMessage": "s"}
    _REQUIRED = ()

    run_id: int | Unset = UNSET
    log_id: int | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        log_id = self.log_id

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if log_id is not UNSET:
            field_dict["logId"] = log_id
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("runId", UNSET)

        log_id = d.pop("logId", UNSET)

        status_message = d.pop("statusMessage", UNSET)

        simulator_task_output = cls(
            run_id=run_id,
            log_id=log_id,
            status_message=status_message,
        )

        simulator_task_output.additional_properties = d
        return simulator_task_output

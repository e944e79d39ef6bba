from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorRunsPollCommand")


@_attrs_define
class SimulatorRunsPollCommand(AdditionalProperties):
    """
    Attributes:
        simulator_integration_external_id (str): External ID of the simulator integration requesting the runs
        limit (int | Unset): Maximum number of simulation runs to assign to the given simulator integration
    """

    _FIT = {"simulatorIntegrationExternalId": "s", "limit": "i"}
    _REQUIRED = ("simulatorIntegrationExternalId",)

    simulator_integration_external_id: str
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulator_integration_external_id = self.simulator_integration_external_id

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulatorIntegrationExternalId": simulator_integration_external_id,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        simulator_integration_external_id = d.pop("simulatorIntegrationExternalId")

        limit = d.pop("limit", UNSET)

        simulator_runs_poll_command = cls(
            simulator_integration_external_id=simulator_integration_external_id,
            limit=limit,
        )

        simulator_runs_poll_command.additional_properties = d
        return simulator_runs_poll_command

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorRoutineCreateCommand")


@_attrs_define
class SimulatorRoutineCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulator routine
        model_external_id (str): External id of the simulation model
        simulator_integration_external_id (str): External id of the simulator integration this routine belongs to
        name (str): Name of the routine
        description (str | Unset): Description of the simulation routine
    """

    _FIT = {
        "externalId": "s",
        "modelExternalId": "s",
        "simulatorIntegrationExternalId": "s",
        "name": "s",
        "description": "s",
    }
    _REQUIRED = ("externalId", "modelExternalId", "simulatorIntegrationExternalId", "name")

    external_id: str
    model_external_id: str
    simulator_integration_external_id: str
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        model_external_id = self.model_external_id

        simulator_integration_external_id = self.simulator_integration_external_id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "modelExternalId": model_external_id,
                "simulatorIntegrationExternalId": simulator_integration_external_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        model_external_id = d.pop("modelExternalId")

        simulator_integration_external_id = d.pop("simulatorIntegrationExternalId")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        simulator_routine_create_command = cls(
            external_id=external_id,
            model_external_id=model_external_id,
            simulator_integration_external_id=simulator_integration_external_id,
            name=name,
            description=description,
        )

        simulator_routine_create_command.additional_properties = d
        return simulator_routine_create_command

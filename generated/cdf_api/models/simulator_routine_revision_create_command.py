from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_routine_configuration_create import SimulatorRoutineConfigurationCreate
    from ..models.simulator_routine_stage import SimulatorRoutineStage


T = TypeVar("T", bound="SimulatorRoutineRevisionCreateCommand")


@_attrs_define
class SimulatorRoutineRevisionCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulator routine revision
        routine_external_id (str): External id of the simulation routine
        configuration (SimulatorRoutineConfigurationCreate):
        script (list[SimulatorRoutineStage]): Script of the simulation routine revision
    """

    _FIT = {
        "externalId": "s",
        "routineExternalId": "s",
        "configuration": ("m", "SimulatorRoutineConfigurationCreate"),
        "script": ("l", ("m", "SimulatorRoutineStage")),
    }
    _REQUIRED = ("externalId", "routineExternalId", "configuration", "script")

    external_id: str
    routine_external_id: str
    configuration: SimulatorRoutineConfigurationCreate
    script: list[SimulatorRoutineStage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        routine_external_id = self.routine_external_id

        configuration = self.configuration.to_dict()

        script = []
        for script_item_data in self.script:
            script_item = script_item_data.to_dict()
            script.append(script_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "routineExternalId": routine_external_id,
                "configuration": configuration,
                "script": script,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_configuration_create import SimulatorRoutineConfigurationCreate  # noqa: PLC0415
        from ..models.simulator_routine_stage import SimulatorRoutineStage  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        routine_external_id = d.pop("routineExternalId")

        configuration = SimulatorRoutineConfigurationCreate.from_dict(d.pop("configuration"))

        script = []
        _script = d.pop("script")
        for script_item_data in _script:
            script_item = SimulatorRoutineStage.from_dict(script_item_data)

            script.append(script_item)

        simulator_routine_revision_create_command = cls(
            external_id=external_id,
            routine_external_id=routine_external_id,
            configuration=configuration,
            script=script,
        )

        simulator_routine_revision_create_command.additional_properties = d
        return simulator_routine_revision_create_command

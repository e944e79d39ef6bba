from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_routine_configuration_base import SimulatorRoutineConfigurationBase


T = TypeVar("T", bound="SimulatorRoutineRevisionView")


@_attrs_define
class SimulatorRoutineRevisionView(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulation routine revision
        external_id (str): External id of the simulation routine revision
        simulator_external_id (str): External id of the simulator
        routine_external_id (str): External id of the simulation routine
        simulator_integration_external_id (str): External id of the simulator integration this routine belongs to
        model_external_id (str): External id of the simulation model
        created_by_user_id (str): Author of the simulation routine revision
        version_number (int): Version number of the simulation routine revision. Unique per simulation routine.
        created_time (int): The number of milliseconds since epoch
        configuration (SimulatorRoutineConfigurationBase):
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "externalId": "s",
        "simulatorExternalId": "s",
        "routineExternalId": "s",
        "simulatorIntegrationExternalId": "s",
        "modelExternalId": "s",
        "createdByUserId": "s",
        "versionNumber": "i",
        "createdTime": "i",
        "configuration": ("m", "SimulatorRoutineConfigurationBase"),
    }
    _REQUIRED = (
        "dataSetId",
        "id",
        "externalId",
        "simulatorExternalId",
        "routineExternalId",
        "simulatorIntegrationExternalId",
        "modelExternalId",
        "createdByUserId",
        "versionNumber",
        "createdTime",
        "configuration",
    )

    data_set_id: int
    id: int
    external_id: str
    simulator_external_id: str
    routine_external_id: str
    simulator_integration_external_id: str
    model_external_id: str
    created_by_user_id: str
    version_number: int
    created_time: int
    configuration: SimulatorRoutineConfigurationBase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        routine_external_id = self.routine_external_id

        simulator_integration_external_id = self.simulator_integration_external_id

        model_external_id = self.model_external_id

        created_by_user_id = self.created_by_user_id

        version_number = self.version_number

        created_time = self.created_time

        configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "routineExternalId": routine_external_id,
                "simulatorIntegrationExternalId": simulator_integration_external_id,
                "modelExternalId": model_external_id,
                "createdByUserId": created_by_user_id,
                "versionNumber": version_number,
                "createdTime": created_time,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_routine_configuration_base import SimulatorRoutineConfigurationBase  # noqa: PLC0415

        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        routine_external_id = d.pop("routineExternalId")

        simulator_integration_external_id = d.pop("simulatorIntegrationExternalId")

        model_external_id = d.pop("modelExternalId")

        created_by_user_id = d.pop("createdByUserId")

        version_number = d.pop("versionNumber")

        created_time = d.pop("createdTime")

        configuration = SimulatorRoutineConfigurationBase.from_dict(d.pop("configuration"))

        simulator_routine_revision_view = cls(
            data_set_id=data_set_id,
            id=id,
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            routine_external_id=routine_external_id,
            simulator_integration_external_id=simulator_integration_external_id,
            model_external_id=model_external_id,
            created_by_user_id=created_by_user_id,
            version_number=version_number,
            created_time=created_time,
            configuration=configuration,
        )

        simulator_routine_revision_view.additional_properties = d
        return simulator_routine_revision_view

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_run_status import SimulationRunStatus
from ..models.simulation_run_type import SimulationRunType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulationRunView")


@_attrs_define
class SimulationRunView(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulation run
        simulator_external_id (str): External id of the simulator. Null for the legacy runs
        simulator_integration_external_id (str): External id of the simulator integration. Null for the legacy runs
        model_external_id (str): External id of the simulation model. Null for the legacy runs
        model_revision_external_id (str): External id of the simulator model revision. Null for the legacy runs
        routine_external_id (str): External id of the simulation routine. Null for the legacy runs
        routine_revision_external_id (str): External id of the simulation routine revision. Null for the legacy runs
        status (SimulationRunStatus):
        run_type (SimulationRunType):
        user_id (str): User id of the simulation run
        log_id (int): Log ID
        created_time (int): The number of milliseconds since epoch
        last_updated_time (int): The number of milliseconds since epoch
        run_time (int | Unset): Run time in milliseconds. Reference timestamp used for data pre-processing and data
            sampling.
        simulation_time (int | Unset): Simulation time in milliseconds. Timestamp when the input data was sampled. Used
            for indexing input and output time series.
        status_message (str | Unset): Message status of the simulation run
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "simulatorExternalId": "s",
        "simulatorIntegrationExternalId": "s",
        "modelExternalId": "s",
        "modelRevisionExternalId": "s",
        "routineExternalId": "s",
        "routineRevisionExternalId": "s",
        "status": "s",
        "runType": "s",
        "userId": "s",
        "logId": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "runTime": "i",
        "simulationTime": "i",
        "statusMessage": "s",
    }
    _REQUIRED = (
        "dataSetId",
        "id",
        "simulatorExternalId",
        "simulatorIntegrationExternalId",
        "modelExternalId",
        "modelRevisionExternalId",
        "routineExternalId",
        "routineRevisionExternalId",
        "status",
        "runType",
        "userId",
        "logId",
        "createdTime",
        "lastUpdatedTime",
    )

    data_set_id: int
    id: int
    simulator_external_id: str
    simulator_integration_external_id: str
    model_external_id: str
    model_revision_external_id: str
    routine_external_id: str
    routine_revision_external_id: str
    status: SimulationRunStatus
    run_type: SimulationRunType
    user_id: str
    log_id: int
    created_time: int
    last_updated_time: int
    run_time: int | Unset = UNSET
    simulation_time: int | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        simulator_external_id = self.simulator_external_id

        simulator_integration_external_id = self.simulator_integration_external_id

        model_external_id = self.model_external_id

        model_revision_external_id = self.model_revision_external_id

        routine_external_id = self.routine_external_id

        routine_revision_external_id = self.routine_revision_external_id

        status = self.status.value

        run_type = self.run_type.value

        user_id = self.user_id

        log_id = self.log_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        run_time = self.run_time

        simulation_time = self.simulation_time

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "simulatorExternalId": simulator_external_id,
                "simulatorIntegrationExternalId": simulator_integration_external_id,
                "modelExternalId": model_external_id,
                "modelRevisionExternalId": model_revision_external_id,
                "routineExternalId": routine_external_id,
                "routineRevisionExternalId": routine_revision_external_id,
                "status": status,
                "runType": run_type,
                "userId": user_id,
                "logId": log_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if run_time is not UNSET:
            field_dict["runTime"] = run_time
        if simulation_time is not UNSET:
            field_dict["simulationTime"] = simulation_time
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        simulator_external_id = d.pop("simulatorExternalId")

        simulator_integration_external_id = d.pop("simulatorIntegrationExternalId")

        model_external_id = d.pop("modelExternalId")

        model_revision_external_id = d.pop("modelRevisionExternalId")

        routine_external_id = d.pop("routineExternalId")

        routine_revision_external_id = d.pop("routineRevisionExternalId")

        status = SimulationRunStatus(d.pop("status"))

        run_type = SimulationRunType(d.pop("runType"))

        user_id = d.pop("userId")

        log_id = d.pop("logId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        run_time = d.pop("runTime", UNSET)

        simulation_time = d.pop("simulationTime", UNSET)

        status_message = d.pop("statusMessage", UNSET)

        simulation_run_view = cls(
            data_set_id=data_set_id,
            id=id,
            simulator_external_id=simulator_external_id,
            simulator_integration_external_id=simulator_integration_external_id,
            model_external_id=model_external_id,
            model_revision_external_id=model_revision_external_id,
            routine_external_id=routine_external_id,
            routine_revision_external_id=routine_revision_external_id,
            status=status,
            run_type=run_type,
            user_id=user_id,
            log_id=log_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            run_time=run_time,
            simulation_time=simulation_time,
            status_message=status_message,
        )

        simulation_run_view.additional_properties = d
        return simulation_run_view

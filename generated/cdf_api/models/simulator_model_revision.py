from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_model_revision_status import SimulatorModelRevisionStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorModelRevision")


@_attrs_define
class SimulatorModelRevision(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulation model revision
        external_id (str): External id of the simulation model revision
        simulator_external_id (str): External id of the simulator
        model_external_id (str): External id of the simulation model
        file_id (int): Source file id of the simulation model revision
        created_by_user_id (str): Author of the simulation model revision
        version_number (int): Version number of the simulation model revision. Unique per simulation model.
        log_id (int): Log ID
        created_time (int):
        last_updated_time (int):
        description (str | Unset): Description of the simulation model revision
        status (SimulatorModelRevisionStatus | Unset):
        status_message (str | Unset): Status message of the simulation model revision
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "externalId": "s",
        "simulatorExternalId": "s",
        "modelExternalId": "s",
        "fileId": "i",
        "createdByUserId": "s",
        "versionNumber": "i",
        "logId": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "description": "s",
        "status": "s",
        "statusMessage": "s",
    }
    _REQUIRED = (
        "dataSetId",
        "id",
        "externalId",
        "simulatorExternalId",
        "modelExternalId",
        "fileId",
        "createdByUserId",
        "versionNumber",
        "logId",
        "createdTime",
        "lastUpdatedTime",
    )

    data_set_id: int
    id: int
    external_id: str
    simulator_external_id: str
    model_external_id: str
    file_id: int
    created_by_user_id: str
    version_number: int
    log_id: int
    created_time: int
    last_updated_time: int
    description: str | Unset = UNSET
    status: SimulatorModelRevisionStatus | Unset = UNSET
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        model_external_id = self.model_external_id

        file_id = self.file_id

        created_by_user_id = self.created_by_user_id

        version_number = self.version_number

        log_id = self.log_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "modelExternalId": model_external_id,
                "fileId": file_id,
                "createdByUserId": created_by_user_id,
                "versionNumber": version_number,
                "logId": log_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        model_external_id = d.pop("modelExternalId")

        file_id = d.pop("fileId")

        created_by_user_id = d.pop("createdByUserId")

        version_number = d.pop("versionNumber")

        log_id = d.pop("logId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: SimulatorModelRevisionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SimulatorModelRevisionStatus(_status)

        status_message = d.pop("statusMessage", UNSET)

        simulator_model_revision = cls(
            data_set_id=data_set_id,
            id=id,
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            model_external_id=model_external_id,
            file_id=file_id,
            created_by_user_id=created_by_user_id,
            version_number=version_number,
            log_id=log_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            description=description,
            status=status,
            status_message=status_message,
        )

        simulator_model_revision.additional_properties = d
        return simulator_model_revision

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_integration_connector_status import SimulatorIntegrationConnectorStatus
from ..models.simulator_integration_license_status import SimulatorIntegrationLicenseStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorIntegration")


@_attrs_define
class SimulatorIntegration(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulator integration
        external_id (str): External id of the simulator integration
        simulator_external_id (str): External id of the simulator
        heartbeat (int): When was the last time the simulator integration was active
        connector_version (str): Connector version of the simulator integration
        active (bool): Connector is considered active if the heartbeat was reported within the last minute
        log_id (int): Log ID
        created_time (int):
        last_updated_time (int):
        license_status (SimulatorIntegrationLicenseStatus | Unset):
        simulator_version (str | Unset): Simulator version of the simulator integration
        license_last_checked_time (int | Unset): Timestamp when license was last checked
        connector_status (SimulatorIntegrationConnectorStatus | Unset):
        connector_status_updated_time (int | Unset): Timestamp when status of the connector was last updated
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "externalId": "s",
        "simulatorExternalId": "s",
        "heartbeat": "i",
        "connectorVersion": "s",
        "active": "b",
        "logId": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "licenseStatus": "s",
        "simulatorVersion": "s",
        "licenseLastCheckedTime": "i",
        "connectorStatus": "s",
        "connectorStatusUpdatedTime": "i",
    }
    _REQUIRED = (
        "dataSetId",
        "id",
        "externalId",
        "simulatorExternalId",
        "heartbeat",
        "connectorVersion",
        "active",
        "logId",
        "createdTime",
        "lastUpdatedTime",
    )

    data_set_id: int
    id: int
    external_id: str
    simulator_external_id: str
    heartbeat: int
    connector_version: str
    active: bool
    log_id: int
    created_time: int
    last_updated_time: int
    license_status: SimulatorIntegrationLicenseStatus | Unset = UNSET
    simulator_version: str | Unset = UNSET
    license_last_checked_time: int | Unset = UNSET
    connector_status: SimulatorIntegrationConnectorStatus | Unset = UNSET
    connector_status_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        heartbeat = self.heartbeat

        connector_version = self.connector_version

        active = self.active

        log_id = self.log_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        license_status: str | Unset = UNSET
        if not isinstance(self.license_status, Unset):
            license_status = self.license_status.value

        simulator_version = self.simulator_version

        license_last_checked_time = self.license_last_checked_time

        connector_status: str | Unset = UNSET
        if not isinstance(self.connector_status, Unset):
            connector_status = self.connector_status.value

        connector_status_updated_time = self.connector_status_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "heartbeat": heartbeat,
                "connectorVersion": connector_version,
                "active": active,
                "logId": log_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if license_status is not UNSET:
            field_dict["licenseStatus"] = license_status
        if simulator_version is not UNSET:
            field_dict["simulatorVersion"] = simulator_version
        if license_last_checked_time is not UNSET:
            field_dict["licenseLastCheckedTime"] = license_last_checked_time
        if connector_status is not UNSET:
            field_dict["connectorStatus"] = connector_status
        if connector_status_updated_time is not UNSET:
            field_dict["connectorStatusUpdatedTime"] = connector_status_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        heartbeat = d.pop("heartbeat")

        connector_version = d.pop("connectorVersion")

        active = d.pop("active")

        log_id = d.pop("logId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _license_status = d.pop("licenseStatus", UNSET)
        license_status: SimulatorIntegrationLicenseStatus | Unset
        if isinstance(_license_status, Unset):
            license_status = UNSET
        else:
            license_status = SimulatorIntegrationLicenseStatus(_license_status)

        simulator_version = d.pop("simulatorVersion", UNSET)

        license_last_checked_time = d.pop("licenseLastCheckedTime", UNSET)

        _connector_status = d.pop("connectorStatus", UNSET)
        connector_status: SimulatorIntegrationConnectorStatus | Unset
        if isinstance(_connector_status, Unset):
            connector_status = UNSET
        else:
            connector_status = SimulatorIntegrationConnectorStatus(_connector_status)

        connector_status_updated_time = d.pop("connectorStatusUpdatedTime", UNSET)

        simulator_integration = cls(
            data_set_id=data_set_id,
            id=id,
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            heartbeat=heartbeat,
            connector_version=connector_version,
            active=active,
            log_id=log_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            license_status=license_status,
            simulator_version=simulator_version,
            license_last_checked_time=license_last_checked_time,
            connector_status=connector_status,
            connector_status_updated_time=connector_status_updated_time,
        )

        simulator_integration.additional_properties = d
        return simulator_integration

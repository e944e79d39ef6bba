from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_integration_connector_status import SimulatorIntegrationConnectorStatus
from ..models.simulator_integration_license_status import SimulatorIntegrationLicenseStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorIntegrationCreateCommand")


@_attrs_define
class SimulatorIntegrationCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulator integration
        simulator_external_id (str): External id of the simulator
        heartbeat (int): When was the last time the simulator integration was active
        data_set_id (int): Data set id of the simulator integration
        connector_version (str): Connector version of the simulator integration
        simulator_version (str): Simulator version of the simulator integration
        license_status (SimulatorIntegrationLicenseStatus | Unset):
        license_last_checked_time (int | Unset): Timestamp when license was last checked
        connector_status (SimulatorIntegrationConnectorStatus | Unset):
        connector_status_updated_time (int | Unset): Timestamp when status of the connector was last updated
    """

    _FIT = {
        "externalId": "s",
        "simulatorExternalId": "s",
        "heartbeat": "i",
        "dataSetId": "i",
        "connectorVersion": "s",
        "simulatorVersion": "s",
        "licenseStatus": "s",
        "licenseLastCheckedTime": "i",
        "connectorStatus": "s",
        "connectorStatusUpdatedTime": "i",
    }
    _REQUIRED = ("externalId", "simulatorExternalId", "heartbeat", "dataSetId", "connectorVersion", "simulatorVersion")

    external_id: str
    simulator_external_id: str
    heartbeat: int
    data_set_id: int
    connector_version: str
    simulator_version: str
    license_status: SimulatorIntegrationLicenseStatus | Unset = UNSET
    license_last_checked_time: int | Unset = UNSET
    connector_status: SimulatorIntegrationConnectorStatus | Unset = UNSET
    connector_status_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        heartbeat = self.heartbeat

        data_set_id = self.data_set_id

        connector_version = self.connector_version

        simulator_version = self.simulator_version

        license_status: str | Unset = UNSET
        if not isinstance(self.license_status, Unset):
            license_status = self.license_status.value

        license_last_checked_time = self.license_last_checked_time

        connector_status: str | Unset = UNSET
        if not isinstance(self.connector_status, Unset):
            connector_status = self.connector_status.value

        connector_status_updated_time = self.connector_status_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "heartbeat": heartbeat,
                "dataSetId": data_set_id,
                "connectorVersion": connector_version,
                "simulatorVersion": simulator_version,
            }
        )
        if license_status is not UNSET:
            field_dict["licenseStatus"] = license_status
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
        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        heartbeat = d.pop("heartbeat")

        data_set_id = d.pop("dataSetId")

        connector_version = d.pop("connectorVersion")

        simulator_version = d.pop("simulatorVersion")

        _license_status = d.pop("licenseStatus", UNSET)
        license_status: SimulatorIntegrationLicenseStatus | Unset
        if isinstance(_license_status, Unset):
            license_status = UNSET
        else:
            license_status = SimulatorIntegrationLicenseStatus(_license_status)

        license_last_checked_time = d.pop("licenseLastCheckedTime", UNSET)

        _connector_status = d.pop("connectorStatus", UNSET)
        connector_status: SimulatorIntegrationConnectorStatus | Unset
        if isinstance(_connector_status, Unset):
            connector_status = UNSET
        else:
            connector_status = SimulatorIntegrationConnectorStatus(_connector_status)

        connector_status_updated_time = d.pop("connectorStatusUpdatedTime", UNSET)

        simulator_integration_create_command = cls(
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            heartbeat=heartbeat,
            data_set_id=data_set_id,
            connector_version=connector_version,
            simulator_version=simulator_version,
            license_status=license_status,
            license_last_checked_time=license_last_checked_time,
            connector_status=connector_status,
            connector_status_updated_time=connector_status_updated_time,
        )

        simulator_integration_create_command.additional_properties = d
        return simulator_integration_create_command

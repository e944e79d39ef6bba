from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_integration_connector_status_update import SimulatorIntegrationConnectorStatusUpdate
    from ..models.simulator_integration_license_status_update import SimulatorIntegrationLicenseStatusUpdate
    from ..models.update_set_number import UpdateSetNumber
    from ..models.update_set_short_str import UpdateSetShortStr


T = TypeVar("T", bound="SimulatorIntegrationUpdate")


@_attrs_define
class SimulatorIntegrationUpdate(AdditionalProperties):
    """
    Attributes:
        heartbeat (UpdateSetNumber | Unset):
        data_set_id (UpdateSetNumber | Unset):
        connector_version (UpdateSetShortStr | Unset):
        simulator_version (UpdateSetShortStr | Unset):
        license_status (SimulatorIntegrationLicenseStatusUpdate | Unset):
        license_last_checked_time (UpdateSetNumber | Unset):
        connector_status (SimulatorIntegrationConnectorStatusUpdate | Unset):
        connector_status_updated_time (UpdateSetNumber | Unset):
    """

    _FIT = {
        "heartbeat": ("m", "UpdateSetNumber"),
        "dataSetId": ("m", "UpdateSetNumber"),
        "connectorVersion": ("m", "UpdateSetShortStr"),
        "simulatorVersion": ("m", "UpdateSetShortStr"),
        "licenseStatus": ("m", "SimulatorIntegrationLicenseStatusUpdate"),
        "licenseLastCheckedTime": ("m", "UpdateSetNumber"),
        "connectorStatus": ("m", "SimulatorIntegrationConnectorStatusUpdate"),
        "connectorStatusUpdatedTime": ("m", "UpdateSetNumber"),
    }
    _REQUIRED = ()

    heartbeat: UpdateSetNumber | Unset = UNSET
    data_set_id: UpdateSetNumber | Unset = UNSET
    connector_version: UpdateSetShortStr | Unset = UNSET
    simulator_version: UpdateSetShortStr | Unset = UNSET
    license_status: SimulatorIntegrationLicenseStatusUpdate | Unset = UNSET
    license_last_checked_time: UpdateSetNumber | Unset = UNSET
    connector_status: SimulatorIntegrationConnectorStatusUpdate | Unset = UNSET
    connector_status_updated_time: UpdateSetNumber | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heartbeat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heartbeat, Unset):
            heartbeat = self.heartbeat.to_dict()

        data_set_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_set_id, Unset):
            data_set_id = self.data_set_id.to_dict()

        connector_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector_version, Unset):
            connector_version = self.connector_version.to_dict()

        simulator_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simulator_version, Unset):
            simulator_version = self.simulator_version.to_dict()

        license_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_status, Unset):
            license_status = self.license_status.to_dict()

        license_last_checked_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_last_checked_time, Unset):
            license_last_checked_time = self.license_last_checked_time.to_dict()

        connector_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector_status, Unset):
            connector_status = self.connector_status.to_dict()

        connector_status_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector_status_updated_time, Unset):
            connector_status_updated_time = self.connector_status_updated_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heartbeat is not UNSET:
            field_dict["heartbeat"] = heartbeat
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if connector_version is not UNSET:
            field_dict["connectorVersion"] = connector_version
        if simulator_version is not UNSET:
            field_dict["simulatorVersion"] = simulator_version
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
        from ..models.simulator_integration_connector_status_update import SimulatorIntegrationConnectorStatusUpdate  # noqa: PLC0415
        from ..models.simulator_integration_license_status_update import SimulatorIntegrationLicenseStatusUpdate  # noqa: PLC0415
        from ..models.update_set_number import UpdateSetNumber  # noqa: PLC0415
        from ..models.update_set_short_str import UpdateSetShortStr  # noqa: PLC0415

        d = dict(src_dict)
        _heartbeat = d.pop("heartbeat", UNSET)
        heartbeat: UpdateSetNumber | Unset
        if isinstance(_heartbeat, Unset):
            heartbeat = UNSET
        else:
            heartbeat = UpdateSetNumber.from_dict(_heartbeat)

        _data_set_id = d.pop("dataSetId", UNSET)
        data_set_id: UpdateSetNumber | Unset
        if isinstance(_data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = UpdateSetNumber.from_dict(_data_set_id)

        _connector_version = d.pop("connectorVersion", UNSET)
        connector_version: UpdateSetShortStr | Unset
        if isinstance(_connector_version, Unset):
            connector_version = UNSET
        else:
            connector_version = UpdateSetShortStr.from_dict(_connector_version)

        _simulator_version = d.pop("simulatorVersion", UNSET)
        simulator_version: UpdateSetShortStr | Unset
        if isinstance(_simulator_version, Unset):
            simulator_version = UNSET
        else:
            simulator_version = UpdateSetShortStr.from_dict(_simulator_version)

        _license_status = d.pop("licenseStatus", UNSET)
        license_status: SimulatorIntegrationLicenseStatusUpdate | Unset
        if isinstance(_license_status, Unset):
            license_status = UNSET
        else:
            license_status = SimulatorIntegrationLicenseStatusUpdate.from_dict(_license_status)

        _license_last_checked_time = d.pop("licenseLastCheckedTime", UNSET)
        license_last_checked_time: UpdateSetNumber | Unset
        if isinstance(_license_last_checked_time, Unset):
            license_last_checked_time = UNSET
        else:
            license_last_checked_time = UpdateSetNumber.from_dict(_license_last_checked_time)

        _connector_status = d.pop("connectorStatus", UNSET)
        connector_status: SimulatorIntegrationConnectorStatusUpdate | Unset
        if isinstance(_connector_status, Unset):
            connector_status = UNSET
        else:
            connector_status = SimulatorIntegrationConnectorStatusUpdate.from_dict(_connector_status)

        _connector_status_updated_time = d.pop("connectorStatusUpdatedTime", UNSET)
        connector_status_updated_time: UpdateSetNumber | Unset
        if isinstance(_connector_status_updated_time, Unset):
            connector_status_updated_time = UNSET
        else:
            connector_status_updated_time = UpdateSetNumber.from_dict(_connector_status_updated_time)

        simulator_integration_update = cls(
            heartbeat=heartbeat,
            data_set_id=data_set_id,
            connector_version=connector_version,
            simulator_version=simulator_version,
            license_status=license_status,
            license_last_checked_time=license_last_checked_time,
            connector_status=connector_status,
            connector_status_updated_time=connector_status_updated_time,
        )

        simulator_integration_update.additional_properties = d
        return simulator_integration_update

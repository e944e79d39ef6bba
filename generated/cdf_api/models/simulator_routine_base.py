from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorRoutineBase")


@_attrs_define
class SimulatorRoutineBase(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulation routine
        external_id (str): External id of the simulation routine
        simulator_external_id (str): External id of the simulator
        model_external_id (str): External id of the simulation model
        simulator_integration_external_id (str): External id of the simulator integration this routine belongs to
        name (str): Name of the simulation routine
        created_time (int): The number of milliseconds since epoch
        last_updated_time (int): The number of milliseconds since epoch
        description (str | Unset): Description of the simulation routine
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "externalId": "s",
        "simulatorExternalId": "s",
        "modelExternalId": "s",
        "simulatorIntegrationExternalId": "s",
        "name": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "description": "s",
    }
    _REQUIRED = (
        "dataSetId",
        "id",
        "externalId",
        "simulatorExternalId",
        "modelExternalId",
        "simulatorIntegrationExternalId",
        "name",
        "createdTime",
        "lastUpdatedTime",
    )

    data_set_id: int
    id: int
    external_id: str
    simulator_external_id: str
    model_external_id: str
    simulator_integration_external_id: str
    name: str
    created_time: int
    last_updated_time: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        model_external_id = self.model_external_id

        simulator_integration_external_id = self.simulator_integration_external_id

        name = self.name

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "modelExternalId": model_external_id,
                "simulatorIntegrationExternalId": simulator_integration_external_id,
                "name": name,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        model_external_id = d.pop("modelExternalId")

        simulator_integration_external_id = d.pop("simulatorIntegrationExternalId")

        name = d.pop("name")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        description = d.pop("description", UNSET)

        simulator_routine_base = cls(
            data_set_id=data_set_id,
            id=id,
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            model_external_id=model_external_id,
            simulator_integration_external_id=simulator_integration_external_id,
            name=name,
            created_time=created_time,
            last_updated_time=last_updated_time,
            description=description,
        )

        simulator_routine_base.additional_properties = d
        return simulator_routine_base

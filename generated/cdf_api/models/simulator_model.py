from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorModel")


@_attrs_define
class SimulatorModel(AdditionalProperties):
    """
    Attributes:
        data_set_id (int): Dataset id of the resource
        id (int): A unique id of a simulation model
        external_id (str): External id of the simulation model
        simulator_external_id (str): External id of the simulator
        name (str): Name of the simulation model
        created_time (int):
        last_updated_time (int):
        description (str | Unset): Description of the simulation model
        type_ (str | Unset): Model type of the simulation model. List of available types is available in the simulator
            resource.
    """

    _FIT = {
        "dataSetId": "i",
        "id": "i",
        "externalId": "s",
        "simulatorExternalId": "s",
        "name": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "description": "s",
        "type": "s",
    }
    _REQUIRED = ("dataSetId", "id", "externalId", "simulatorExternalId", "name", "createdTime", "lastUpdatedTime")

    data_set_id: int
    id: int
    external_id: str
    simulator_external_id: str
    name: str
    created_time: int
    last_updated_time: int
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_set_id = self.data_set_id

        id = self.id

        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        name = self.name

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        description = self.description

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataSetId": data_set_id,
                "id": id,
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "name": name,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_set_id = d.pop("dataSetId")

        id = d.pop("id")

        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        name = d.pop("name")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        simulator_model = cls(
            data_set_id=data_set_id,
            id=id,
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            name=name,
            created_time=created_time,
            last_updated_time=last_updated_time,
            description=description,
            type_=type_,
        )

        simulator_model.additional_properties = d
        return simulator_model

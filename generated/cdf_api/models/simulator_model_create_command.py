from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorModelCreateCommand")


@_attrs_define
class SimulatorModelCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulation model
        simulator_external_id (str): External id of the simulator
        name (str): Name of the simulation model
        data_set_id (int): Data set id of the simulation model
        type_ (str): Model type of the simulation model. List of available types is available in the simulator resource.
        description (str | Unset): Description of the simulation model
    """

    _FIT = {
        "externalId": "s",
        "simulatorExternalId": "s",
        "name": "s",
        "dataSetId": "i",
        "type": "s",
        "description": "s",
    }
    _REQUIRED = ("externalId", "simulatorExternalId", "name", "dataSetId", "type")

    external_id: str
    simulator_external_id: str
    name: str
    data_set_id: int
    type_: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        simulator_external_id = self.simulator_external_id

        name = self.name

        data_set_id = self.data_set_id

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "simulatorExternalId": simulator_external_id,
                "name": name,
                "dataSetId": data_set_id,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        simulator_external_id = d.pop("simulatorExternalId")

        name = d.pop("name")

        data_set_id = d.pop("dataSetId")

        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        simulator_model_create_command = cls(
            external_id=external_id,
            simulator_external_id=simulator_external_id,
            name=name,
            data_set_id=data_set_id,
            type_=type_,
            description=description,
        )

        simulator_model_create_command.additional_properties = d
        return simulator_model_create_command

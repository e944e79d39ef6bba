from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorModelRevisionCreateCommand")


@_attrs_define
class SimulatorModelRevisionCreateCommand(AdditionalProperties):
    """
    Attributes:
        external_id (str): External id of the simulation model revision
        model_external_id (str): External id of the simulation model
        file_id (int): Source file id of the simulation model revision
        description (str | Unset): Description of the simulation model revision
    """

    _FIT = {"externalId": "s", "modelExternalId": "s", "fileId": "i", "description": "s"}
    _REQUIRED = ("externalId", "modelExternalId", "fileId")

    external_id: str
    model_external_id: str
    file_id: int
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        model_external_id = self.model_external_id

        file_id = self.file_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "modelExternalId": model_external_id,
                "fileId": file_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        model_external_id = d.pop("modelExternalId")

        file_id = d.pop("fileId")

        description = d.pop("description", UNSET)

        simulator_model_revision_create_command = cls(
            external_id=external_id,
            model_external_id=model_external_id,
            file_id=file_id,
            description=description,
        )

        simulator_model_revision_create_command.additional_properties = d
        return simulator_model_revision_create_command

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExternalLabelDefinition")


@_attrs_define
class ExternalLabelDefinition(AdditionalProperties):
    """A label definition is a globally defined label that can later be attached to resources (e.g., assets). For example,
    can you define a "Pump" label definition and attach that label to your pump assets.

        Attributes:
            external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
            name (str): Name of the label.
            description (str | Unset): Description of the label.
            data_set_id (int | Unset): A server-generated ID for the object.
    """

    _FIT = {"externalId": "s", "name": "s", "description": "s", "dataSetId": "i"}
    _REQUIRED = ("externalId", "name")

    external_id: str
    name: str
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        description = self.description

        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        external_label_definition = cls(
            external_id=external_id,
            name=name,
            description=description,
            data_set_id=data_set_id,
        )

        external_label_definition.additional_properties = d
        return external_label_definition

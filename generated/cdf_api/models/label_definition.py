from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LabelDefinition")


@_attrs_define
class LabelDefinition(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        name (str): Name of the label.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        description (str | Unset): Description of the label.
        data_set_id (int | Unset): A server-generated ID for the object.
    """

    _FIT = {"externalId": "s", "name": "s", "createdTime": "i", "description": "s", "dataSetId": "i"}
    _REQUIRED = ("externalId", "name", "createdTime")

    external_id: str
    name: str
    created_time: int
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        created_time = self.created_time

        description = self.description

        data_set_id = self.data_set_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "name": name,
                "createdTime": created_time,
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

        created_time = d.pop("createdTime")

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        label_definition = cls(
            external_id=external_id,
            name=name,
            created_time=created_time,
            description=description,
            data_set_id=data_set_id,
        )

        label_definition.additional_properties = d
        return label_definition

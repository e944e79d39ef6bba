from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataModelInfo")


@_attrs_define
class DataModelInfo(AdditionalProperties):
    """Target data model info

    Attributes:
        space (str): Space of the Data Model
        external_id (str): External ID of the Data Model
        version (str): Version of the Data Model
        destination_type (str): External ID of the type(view) in the data model
        destination_relationship_from_type (str | Unset): Property Identifier of the connection definition in
            destinationType
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "version": "s",
        "destinationType": "s",
        "destinationRelationshipFromType": "s",
    }
    _REQUIRED = ("space", "externalId", "version", "destinationType")

    space: str
    external_id: str
    version: str
    destination_type: str
    destination_relationship_from_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        destination_type = self.destination_type

        destination_relationship_from_type = self.destination_relationship_from_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "version": version,
                "destinationType": destination_type,
            }
        )
        if destination_relationship_from_type is not UNSET:
            field_dict["destinationRelationshipFromType"] = destination_relationship_from_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        destination_type = d.pop("destinationType")

        destination_relationship_from_type = d.pop("destinationRelationshipFromType", UNSET)

        data_model_info = cls(
            space=space,
            external_id=external_id,
            version=version,
            destination_type=destination_type,
            destination_relationship_from_type=destination_relationship_from_type,
        )

        data_model_info.additional_properties = d
        return data_model_info

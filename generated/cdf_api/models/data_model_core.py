from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataModelCore")


@_attrs_define
class DataModelCore(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        version (str):
        name (str | Unset): Readable name meant for use in UIs
        description (str | Unset): Description of the content and intended use of the data model
    """

    _FIT = {"space": "s", "externalId": "s", "version": "s", "name": "s", "description": "s"}
    _REQUIRED = ("space", "externalId", "version")

    space: str
    external_id: str
    version: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        version = self.version

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "version": version,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        version = d.pop("version")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        data_model_core = cls(
            space=space,
            external_id=external_id,
            version=version,
            name=name,
            description=description,
        )

        data_model_core.additional_properties = d
        return data_model_core

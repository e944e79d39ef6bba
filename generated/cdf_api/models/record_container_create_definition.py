from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordContainerCreateDefinition")


@_attrs_define
class RecordContainerCreateDefinition(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        properties (Any): We index the property by a local unique identifier. The identifier has to have a length of
            between 1 and 255 characters.  It must also match the pattern
            ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$``` , and it cannot be any of the following reserved
            identifiers: ```space```, ```externalId```, ```createdTime```, ```lastUpdatedTime```, ```deletedTime```,
            ```edge_id```, ```node_id```, ```project_id```, ```property_group```, ```seq```, ```tg_table_name```, and
            ```extensions```. The maximum number of properties depends on the project subscription and is by default 1,000.
        name (str | Unset): Readable name for container meant for use in UIs
        description (str | Unset): Description of what the property contains, and how you intend to use it.
        used_for (Literal['record'] | Unset): Must be set to ```record``` for record containers. A single container
            cannot serve both instances (nodes/edges) and records.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "properties": None,
        "name": "s",
        "description": "s",
        "usedFor": ("c", "record"),
    }
    _REQUIRED = ("space", "externalId", "properties")

    space: str
    external_id: str
    properties: Any
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    used_for: Literal["record"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        properties = self.properties

        name = self.name

        description = self.description

        used_for = self.used_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "properties": properties,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if used_for is not UNSET:
            field_dict["usedFor"] = used_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        properties = d.pop("properties")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        used_for = cast(Literal["record"] | Unset, d.pop("usedFor", UNSET))
        if used_for != "record" and not isinstance(used_for, Unset):
            raise ValueError(f"usedFor must match const 'record', got '{used_for}'")

        record_container_create_definition = cls(
            space=space,
            external_id=external_id,
            properties=properties,
            name=name,
            description=description,
            used_for=used_for,
        )

        record_container_create_definition.additional_properties = d
        return record_container_create_definition

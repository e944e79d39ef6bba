from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_container_create_definition_used_for import InstanceContainerCreateDefinitionUsedFor
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.instance_container_create_definition_constraints import InstanceContainerCreateDefinitionConstraints
    from ..models.instance_container_create_definition_indexes import InstanceContainerCreateDefinitionIndexes


T = TypeVar("T", bound="InstanceContainerCreateDefinition")


@_attrs_define
class InstanceContainerCreateDefinition(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        properties (Any): We index the property by a local unique identifier. The identifier has to have a length of
            between 1 and 255 characters.  It must also match the pattern
            ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$``` , and it cannot be any of the following reserved
            identifiers: ```space```, ```externalId```, ```createdTime```, ```lastUpdatedTime```, ```deletedTime```,
            ```edge_id```, ```node_id```, ```project_id```, ```property_group```, ```seq```, ```tg_table_name```, and
            ```extensions```. The maximum number of properties depends on the project subscription and is by default 100.
        name (str | Unset): Readable name for container meant for use in UIs
        description (str | Unset): Description of what the property contains, and how you intend to use it.
        used_for (InstanceContainerCreateDefinitionUsedFor | Unset): Should this container hold nodes, edges, or both.
        constraints (InstanceContainerCreateDefinitionConstraints | Unset): Set of constraints to apply to the
            container. Constraint identifiers must be between 1 and 43 characters long.
        indexes (InstanceContainerCreateDefinitionIndexes | Unset): Set of indexes to apply to the container. Up to 10
            indexes can be added on a container. Index identifiers must be between 1 and 43 characters long.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "properties": None,
        "name": "s",
        "description": "s",
        "usedFor": "s",
        "constraints": ("m", "InstanceContainerCreateDefinitionConstraints"),
        "indexes": ("m", "InstanceContainerCreateDefinitionIndexes"),
    }
    _REQUIRED = ("space", "externalId", "properties")

    space: str
    external_id: str
    properties: Any
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    used_for: InstanceContainerCreateDefinitionUsedFor | Unset = UNSET
    constraints: InstanceContainerCreateDefinitionConstraints | Unset = UNSET
    indexes: InstanceContainerCreateDefinitionIndexes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        properties = self.properties

        name = self.name

        description = self.description

        used_for: str | Unset = UNSET
        if not isinstance(self.used_for, Unset):
            used_for = self.used_for.value

        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        indexes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = self.indexes.to_dict()

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
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if indexes is not UNSET:
            field_dict["indexes"] = indexes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_container_create_definition_constraints import (
            InstanceContainerCreateDefinitionConstraints,  # noqa: PLC0415
        )
        from ..models.instance_container_create_definition_indexes import InstanceContainerCreateDefinitionIndexes  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        properties = d.pop("properties")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _used_for = d.pop("usedFor", UNSET)
        used_for: InstanceContainerCreateDefinitionUsedFor | Unset
        if isinstance(_used_for, Unset):
            used_for = UNSET
        else:
            used_for = InstanceContainerCreateDefinitionUsedFor(_used_for)

        _constraints = d.pop("constraints", UNSET)
        constraints: InstanceContainerCreateDefinitionConstraints | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = InstanceContainerCreateDefinitionConstraints.from_dict(_constraints)

        _indexes = d.pop("indexes", UNSET)
        indexes: InstanceContainerCreateDefinitionIndexes | Unset
        if isinstance(_indexes, Unset):
            indexes = UNSET
        else:
            indexes = InstanceContainerCreateDefinitionIndexes.from_dict(_indexes)

        instance_container_create_definition = cls(
            space=space,
            external_id=external_id,
            properties=properties,
            name=name,
            description=description,
            used_for=used_for,
            constraints=constraints,
            indexes=indexes,
        )

        instance_container_create_definition.additional_properties = d
        return instance_container_create_definition

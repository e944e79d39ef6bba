from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.used_for import UsedFor
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_definition_constraints import ContainerDefinitionConstraints
    from ..models.container_definition_indexes import ContainerDefinitionIndexes


T = TypeVar("T", bound="ContainerDefinition")


@_attrs_define
class ContainerDefinition(AdditionalProperties):
    """
    Attributes:
        space (str):
        external_id (str):
        used_for (UsedFor): Should this operation apply to nodes, edges, records, or both nodes and edges. **NB!**
            Currently ```all``` applies to nodes and edges, but not records.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        is_global (bool): Is this a global container.
        properties (Any): We index the property by a local unique identifier. The identifier has to have a length of
            between 1 and 255 characters.  It must also match the pattern
            ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$``` , and it cannot be any of the following reserved
            identifiers: ```space```, ```externalId```, ```createdTime```, ```lastUpdatedTime```, ```deletedTime```,
            ```edge_id```, ```node_id```, ```project_id```, ```property_group```, ```seq```, ```tg_table_name```, and
            ```extensions```. The maximum number of properties depends on the project subscription and is by default 100 (or
            1,000 for containers with ```usedFor``` set to ```record```).
        name (str | Unset): Readable name for container meant for use in UIs
        description (str | Unset): Description of what the property contains, and how you intend to use it.
        constraints (ContainerDefinitionConstraints | Unset): Set of constraints applied to the container. Constraints
            are not supported for containers with ```usedFor``` set to ```record```.
        indexes (ContainerDefinitionIndexes | Unset): Set of indexes applied to the container. Indexes are not supported
            for containers with ```usedFor``` set to ```record```.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "usedFor": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "isGlobal": "b",
        "properties": None,
        "name": "s",
        "description": "s",
        "constraints": ("m", "ContainerDefinitionConstraints"),
        "indexes": ("m", "ContainerDefinitionIndexes"),
    }
    _REQUIRED = ("space", "externalId", "usedFor", "createdTime", "lastUpdatedTime", "isGlobal", "properties")

    space: str
    external_id: str
    used_for: UsedFor
    created_time: int
    last_updated_time: int
    is_global: bool
    properties: Any
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    constraints: ContainerDefinitionConstraints | Unset = UNSET
    indexes: ContainerDefinitionIndexes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        used_for = self.used_for.value

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        is_global = self.is_global

        properties = self.properties

        name = self.name

        description = self.description

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
                "usedFor": used_for,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "isGlobal": is_global,
                "properties": properties,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if indexes is not UNSET:
            field_dict["indexes"] = indexes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_definition_constraints import ContainerDefinitionConstraints  # noqa: PLC0415
        from ..models.container_definition_indexes import ContainerDefinitionIndexes  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        used_for = UsedFor(d.pop("usedFor"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        is_global = d.pop("isGlobal")

        properties = d.pop("properties")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: ContainerDefinitionConstraints | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = ContainerDefinitionConstraints.from_dict(_constraints)

        _indexes = d.pop("indexes", UNSET)
        indexes: ContainerDefinitionIndexes | Unset
        if isinstance(_indexes, Unset):
            indexes = UNSET
        else:
            indexes = ContainerDefinitionIndexes.from_dict(_indexes)

        container_definition = cls(
            space=space,
            external_id=external_id,
            used_for=used_for,
            created_time=created_time,
            last_updated_time=last_updated_time,
            is_global=is_global,
            properties=properties,
            name=name,
            description=description,
            constraints=constraints,
            indexes=indexes,
        )

        container_definition.additional_properties = d
        return container_definition

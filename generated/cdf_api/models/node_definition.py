from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference
    from ..models.node_definition_properties import NodeDefinitionProperties


T = TypeVar("T", bound="NodeDefinition")


@_attrs_define
class NodeDefinition(AdditionalProperties):
    """Node

    Attributes:
        instance_type (Literal['node']):
        version (int): Current version of the node
        space (str):
        external_id (str):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        type_ (DirectRelationReference | Unset): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        deleted_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        properties (NodeDefinitionProperties | Unset): Spaces for the requested view and its containers
    """

    _FIT = {
        "instanceType": ("c", "node"),
        "version": "i",
        "space": "s",
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "type": ("m", "DirectRelationReference"),
        "deletedTime": "i",
        "properties": ("m", "NodeDefinitionProperties"),
    }
    _REQUIRED = ("instanceType", "version", "space", "externalId", "createdTime", "lastUpdatedTime")

    instance_type: Literal["node"]
    version: int
    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    type_: DirectRelationReference | Unset = UNSET
    deleted_time: int | Unset = UNSET
    properties: NodeDefinitionProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        version = self.version

        space = self.space

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        deleted_time = self.deleted_time

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "version": version,
                "space": space,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deleted_time is not UNSET:
            field_dict["deletedTime"] = deleted_time
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415
        from ..models.node_definition_properties import NodeDefinitionProperties  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = cast(Literal["node"], d.pop("instanceType"))
        if instance_type != "node":
            raise ValueError(f"instanceType must match const 'node', got '{instance_type}'")

        version = d.pop("version")

        space = d.pop("space")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        _type_ = d.pop("type", UNSET)
        type_: DirectRelationReference | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DirectRelationReference.from_dict(_type_)

        deleted_time = d.pop("deletedTime", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: NodeDefinitionProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = NodeDefinitionProperties.from_dict(_properties)

        node_definition = cls(
            instance_type=instance_type,
            version=version,
            space=space,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            type_=type_,
            deleted_time=deleted_time,
            properties=properties,
        )

        node_definition.additional_properties = d
        return node_definition

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference
    from ..models.edge_definition_properties import EdgeDefinitionProperties


T = TypeVar("T", bound="EdgeDefinition")


@_attrs_define
class EdgeDefinition(AdditionalProperties):
    """Edge

    Attributes:
        instance_type (Literal['edge']):
        version (int): Current version of the edge
        type_ (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference consists
            of a space and an external-id.
        space (str):
        external_id (str):
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        start_node (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        end_node (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference
            consists of a space and an external-id.
        deleted_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        properties (EdgeDefinitionProperties | Unset): Spaces for the requested view and its containers
    """

    _FIT = {
        "instanceType": ("c", "edge"),
        "version": "i",
        "type": ("m", "DirectRelationReference"),
        "space": "s",
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "startNode": ("m", "DirectRelationReference"),
        "endNode": ("m", "DirectRelationReference"),
        "deletedTime": "i",
        "properties": ("m", "EdgeDefinitionProperties"),
    }
    _REQUIRED = (
        "instanceType",
        "version",
        "type",
        "space",
        "externalId",
        "createdTime",
        "lastUpdatedTime",
        "startNode",
        "endNode",
    )

    instance_type: Literal["edge"]
    version: int
    type_: DirectRelationReference
    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    start_node: DirectRelationReference
    end_node: DirectRelationReference
    deleted_time: int | Unset = UNSET
    properties: EdgeDefinitionProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        version = self.version

        type_ = self.type_.to_dict()

        space = self.space

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        start_node = self.start_node.to_dict()

        end_node = self.end_node.to_dict()

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
                "type": type_,
                "space": space,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "startNode": start_node,
                "endNode": end_node,
            }
        )
        if deleted_time is not UNSET:
            field_dict["deletedTime"] = deleted_time
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415
        from ..models.edge_definition_properties import EdgeDefinitionProperties  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = cast(Literal["edge"], d.pop("instanceType"))
        if instance_type != "edge":
            raise ValueError(f"instanceType must match const 'edge', got '{instance_type}'")

        version = d.pop("version")

        type_ = DirectRelationReference.from_dict(d.pop("type"))

        space = d.pop("space")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        start_node = DirectRelationReference.from_dict(d.pop("startNode"))

        end_node = DirectRelationReference.from_dict(d.pop("endNode"))

        deleted_time = d.pop("deletedTime", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: EdgeDefinitionProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EdgeDefinitionProperties.from_dict(_properties)

        edge_definition = cls(
            instance_type=instance_type,
            version=version,
            type_=type_,
            space=space,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            start_node=start_node,
            end_node=end_node,
            deleted_time=deleted_time,
            properties=properties,
        )

        edge_definition.additional_properties = d
        return edge_definition

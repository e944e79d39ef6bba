from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edge_connection_connection_type import EdgeConnectionConnectionType
from ..models.edge_connection_direction import EdgeConnectionDirection
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="EdgeConnection")


@_attrs_define
class EdgeConnection(AdditionalProperties):
    """Describes the edge(s) that are likely to exist to aid in discovery and documentation of the view. A listed edge is
    not required. i.e. It does not have to exist when included in this list. A connection has a max distance of one hop.

        Attributes:
            type_ (DirectRelationReference): Reference to the node pointed to by the direct relation. The reference consists
                of a space and an external-id.
            source (ViewReference): Reference to a view
            connection_type (EdgeConnectionConnectionType | Unset): The type of connection, either a single or multi edge
                connections are expected to exist.
            name (str | Unset): Readable property name.
            description (str | Unset): Description of the content and suggested use for this property.
            edge_source (ViewReference | Unset): Reference to a view
            direction (EdgeConnectionDirection | Unset):
    """

    _FIT = {
        "type": ("m", "DirectRelationReference"),
        "source": ("m", "ViewReference"),
        "connectionType": "s",
        "name": "s",
        "description": "s",
        "edgeSource": ("m", "ViewReference"),
        "direction": "s",
    }
    _REQUIRED = ("type", "source")

    type_: DirectRelationReference
    source: ViewReference
    connection_type: EdgeConnectionConnectionType | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    edge_source: ViewReference | Unset = UNSET
    direction: EdgeConnectionDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.to_dict()

        source = self.source.to_dict()

        connection_type: str | Unset = UNSET
        if not isinstance(self.connection_type, Unset):
            connection_type = self.connection_type.value

        name = self.name

        description = self.description

        edge_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edge_source, Unset):
            edge_source = self.edge_source.to_dict()

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )
        if connection_type is not UNSET:
            field_dict["connectionType"] = connection_type
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if edge_source is not UNSET:
            field_dict["edgeSource"] = edge_source
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DirectRelationReference.from_dict(d.pop("type"))

        source = ViewReference.from_dict(d.pop("source"))

        _connection_type = d.pop("connectionType", UNSET)
        connection_type: EdgeConnectionConnectionType | Unset
        if isinstance(_connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = EdgeConnectionConnectionType(_connection_type)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _edge_source = d.pop("edgeSource", UNSET)
        edge_source: ViewReference | Unset
        if isinstance(_edge_source, Unset):
            edge_source = UNSET
        else:
            edge_source = ViewReference.from_dict(_edge_source)

        _direction = d.pop("direction", UNSET)
        direction: EdgeConnectionDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = EdgeConnectionDirection(_direction)

        edge_connection = cls(
            type_=type_,
            source=source,
            connection_type=connection_type,
            name=name,
            description=description,
            edge_source=edge_source,
            direction=direction,
        )

        edge_connection.additional_properties = d
        return edge_connection

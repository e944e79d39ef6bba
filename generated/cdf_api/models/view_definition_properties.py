from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.edge_connection import EdgeConnection
    from ..models.reverse_direct_relation_connection_read import ReverseDirectRelationConnectionRead
    from ..models.view_property_definition import ViewPropertyDefinition


T = TypeVar("T", bound="ViewDefinitionProperties")


@_attrs_define
class ViewDefinitionProperties(AdditionalProperties):
    """List of properties and connections included in this view.  The view identifier has to have a length of between 1 and
    255 characters.  It must also match the pattern ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$```.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, EdgeConnection | ReverseDirectRelationConnectionRead | ViewPropertyDefinition] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edge_connection import EdgeConnection  # noqa: PLC0415
        from ..models.reverse_direct_relation_connection_read import ReverseDirectRelationConnectionRead  # noqa: PLC0415
        from ..models.view_property_definition import ViewPropertyDefinition  # noqa: PLC0415

        d = dict(src_dict)
        view_definition_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> EdgeConnection | ReverseDirectRelationConnectionRead | ViewPropertyDefinition:
                return parse_best(data, (ViewPropertyDefinition, EdgeConnection, ReverseDirectRelationConnectionRead))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        view_definition_properties.additional_properties = additional_properties
        return view_definition_properties

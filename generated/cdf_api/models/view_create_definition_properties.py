from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_view_property import CreateViewProperty
    from ..models.edge_connection import EdgeConnection
    from ..models.reverse_direct_relation_connection import ReverseDirectRelationConnection


T = TypeVar("T", bound="ViewCreateDefinitionProperties")


@_attrs_define
class ViewCreateDefinitionProperties(AdditionalProperties):
    """View with included properties and expected edges, indexed by a unique space-local identifier. The view identifier
    has to have a length of between 1 and 255 characters.  It must also match the pattern
    ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$```, and it cannot be any of the following reserved identifiers:
    ```space```, ```externalId```, ```createdTime```, ```lastUpdatedTime```, ```deletedTime```, ```edge_id```,
    ```node_id```, ```project_id```, ```property_group```, ```seq```, ```tg_table_name```, and ```extensions```. The
    maximum number of properties depends on the project subscription and is by default 100.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, CreateViewProperty | EdgeConnection | ReverseDirectRelationConnection] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_view_property import CreateViewProperty  # noqa: PLC0415
        from ..models.edge_connection import EdgeConnection  # noqa: PLC0415
        from ..models.reverse_direct_relation_connection import ReverseDirectRelationConnection  # noqa: PLC0415

        d = dict(src_dict)
        view_create_definition_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> CreateViewProperty | EdgeConnection | ReverseDirectRelationConnection:
                return parse_best(data, (CreateViewProperty, EdgeConnection, ReverseDirectRelationConnection))

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        view_create_definition_properties.additional_properties = additional_properties
        return view_create_definition_properties

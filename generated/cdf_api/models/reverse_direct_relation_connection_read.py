from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reverse_direct_relation_connection_connection_type import ReverseDirectRelationConnectionConnectionType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.through_reference import ThroughReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ReverseDirectRelationConnectionRead")


@_attrs_define
class ReverseDirectRelationConnectionRead(AdditionalProperties):
    """
    Attributes:
        connection_type (ReverseDirectRelationConnectionConnectionType): The type of connection. The
            ```single_reverse_direct_relation``` type is used to indicate that only a single direct relation is expected to
            exist. The ```multi_reverse_direct_relation``` type is used to indicate that multiple direct relations are
            expected to exist.
        source (ViewReference): Reference to a view
        through (ThroughReference): Traverse from another table expression using a direct relation. Only applicable when
            `from` is specified. The view or container property to use when we traverse direct relations. Has to reference a
            direct relation property.
        targets_list (bool): Whether or not this reverse direct relation targets a _list_ of direct relations.
        name (str | Unset): Readable property name.
        description (str | Unset): Description of the content and suggested use for this property.
    """

    _FIT = {
        "connectionType": "s",
        "source": ("m", "ViewReference"),
        "through": ("m", "ThroughReference"),
        "targetsList": "b",
        "name": "s",
        "description": "s",
    }
    _REQUIRED = ("connectionType", "source", "through", "targetsList")

    connection_type: ReverseDirectRelationConnectionConnectionType
    source: ViewReference
    through: ThroughReference
    targets_list: bool
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_type = self.connection_type.value

        source = self.source.to_dict()

        through = self.through.to_dict()

        targets_list = self.targets_list

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionType": connection_type,
                "source": source,
                "through": through,
                "targetsList": targets_list,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.through_reference import ThroughReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        connection_type = ReverseDirectRelationConnectionConnectionType(d.pop("connectionType"))

        source = ViewReference.from_dict(d.pop("source"))

        through = ThroughReference.from_dict(d.pop("through"))

        targets_list = d.pop("targetsList")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        reverse_direct_relation_connection_read = cls(
            connection_type=connection_type,
            source=source,
            through=through,
            targets_list=targets_list,
            name=name,
            description=description,
        )

        reverse_direct_relation_connection_read.additional_properties = d
        return reverse_direct_relation_connection_read

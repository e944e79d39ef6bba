from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="CreateViewProperty")


@_attrs_define
class CreateViewProperty(AdditionalProperties):
    """
    Attributes:
        container (ContainerReference): Reference to an existing container
        container_property_identifier (str):
        name (str | Unset): Readable property name.
        description (str | Unset): Description of the content and suggested use for this property.
        source (ViewReference | Unset): Reference to a view
    """

    _FIT = {
        "container": ("m", "ContainerReference"),
        "containerPropertyIdentifier": "s",
        "name": "s",
        "description": "s",
        "source": ("m", "ViewReference"),
    }
    _REQUIRED = ("container", "containerPropertyIdentifier")

    container: ContainerReference
    container_property_identifier: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    source: ViewReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container.to_dict()

        container_property_identifier = self.container_property_identifier

        name = self.name

        description = self.description

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "containerPropertyIdentifier": container_property_identifier,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        container = ContainerReference.from_dict(d.pop("container"))

        container_property_identifier = d.pop("containerPropertyIdentifier")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: ViewReference | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ViewReference.from_dict(_source)

        create_view_property = cls(
            container=container,
            container_property_identifier=container_property_identifier,
            name=name,
            description=description,
            source=source,
        )

        create_view_property.additional_properties = d
        return create_view_property

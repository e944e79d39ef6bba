from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ThroughReference")


@_attrs_define
class ThroughReference(AdditionalProperties):
    """Traverse from another table expression using a direct relation. Only applicable when `from` is specified. The view
    or container property to use when we traverse direct relations. Has to reference a direct relation property.

        Attributes:
            source (ContainerReference | ViewReference): Reference to a view, or a container
            identifier (str):
    """

    _FIT = {"source": ("u", (("m", "ViewReference"), ("m", "ContainerReference"))), "identifier": "s"}
    _REQUIRED = ("source", "identifier")

    source: ContainerReference | ViewReference
    identifier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: dict[str, Any]
        source = self.source.to_dict()

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> ContainerReference | ViewReference:
            return parse_best(data, (ViewReference, ContainerReference))

        source = _parse_source(d.pop("source"))

        identifier = d.pop("identifier")

        through_reference = cls(
            source=source,
            identifier=identifier,
        )

        through_reference.additional_properties = d
        return through_reference

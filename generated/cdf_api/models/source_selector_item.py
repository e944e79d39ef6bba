from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference


T = TypeVar("T", bound="SourceSelectorItem")


@_attrs_define
class SourceSelectorItem(AdditionalProperties):
    """
    Attributes:
        source (ContainerReference): Reference to an existing container
        properties (list[str]): Properties to return for the specified container. Use "*" to return all properties.
    """

    _FIT = {"source": ("m", "ContainerReference"), "properties": ("l", "s")}
    _REQUIRED = ("source", "properties")

    source: ContainerReference
    properties: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415

        d = dict(src_dict)
        source = ContainerReference.from_dict(d.pop("source"))

        properties = cast(list[str], d.pop("properties"))

        source_selector_item = cls(
            source=source,
            properties=properties,
        )

        source_selector_item.additional_properties = d
        return source_selector_item

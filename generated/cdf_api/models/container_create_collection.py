from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.instance_container_create_definition import InstanceContainerCreateDefinition
    from ..models.record_container_create_definition import RecordContainerCreateDefinition


T = TypeVar("T", bound="ContainerCreateCollection")


@_attrs_define
class ContainerCreateCollection(AdditionalProperties):
    """
    Attributes:
        items (list[InstanceContainerCreateDefinition | RecordContainerCreateDefinition]): List of containers to
            create/update
    """

    _FIT = {
        "items": ("l", ("u", (("m", "InstanceContainerCreateDefinition"), ("m", "RecordContainerCreateDefinition"))))
    }
    _REQUIRED = ("items",)

    items: list[InstanceContainerCreateDefinition | RecordContainerCreateDefinition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_container_create_definition import InstanceContainerCreateDefinition  # noqa: PLC0415
        from ..models.record_container_create_definition import RecordContainerCreateDefinition  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> InstanceContainerCreateDefinition | RecordContainerCreateDefinition:
                return parse_best(data, (InstanceContainerCreateDefinition, RecordContainerCreateDefinition))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        container_create_collection = cls(
            items=items,
        )

        container_create_collection.additional_properties = d
        return container_create_collection

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_inspect_request_inspection_operations import ContainerInspectRequestInspectionOperations
    from ..models.container_inspect_request_items_item import ContainerInspectRequestItemsItem


T = TypeVar("T", bound="ContainerInspectRequest")


@_attrs_define
class ContainerInspectRequest(AdditionalProperties):
    """
    Attributes:
        inspection_operations (ContainerInspectRequestInspectionOperations):
        items (list[ContainerInspectRequestItemsItem]):
    """

    _FIT = {
        "inspectionOperations": ("m", "ContainerInspectRequestInspectionOperations"),
        "items": ("l", ("m", "ContainerInspectRequestItemsItem")),
    }
    _REQUIRED = ("inspectionOperations", "items")

    inspection_operations: ContainerInspectRequestInspectionOperations
    items: list[ContainerInspectRequestItemsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inspection_operations = self.inspection_operations.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inspectionOperations": inspection_operations,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_inspect_request_inspection_operations import ContainerInspectRequestInspectionOperations  # noqa: PLC0415
        from ..models.container_inspect_request_items_item import ContainerInspectRequestItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        inspection_operations = ContainerInspectRequestInspectionOperations.from_dict(d.pop("inspectionOperations"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ContainerInspectRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        container_inspect_request = cls(
            inspection_operations=inspection_operations,
            items=items,
        )

        container_inspect_request.additional_properties = d
        return container_inspect_request

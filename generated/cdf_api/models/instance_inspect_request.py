from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_inspect_request_inspection_operations import InstanceInspectRequestInspectionOperations
    from ..models.instance_inspect_request_items_item import InstanceInspectRequestItemsItem


T = TypeVar("T", bound="InstanceInspectRequest")


@_attrs_define
class InstanceInspectRequest(AdditionalProperties):
    """
    Attributes:
        inspection_operations (InstanceInspectRequestInspectionOperations):
        items (list[InstanceInspectRequestItemsItem]):
    """

    _FIT = {
        "inspectionOperations": ("m", "InstanceInspectRequestInspectionOperations"),
        "items": ("l", ("m", "InstanceInspectRequestItemsItem")),
    }
    _REQUIRED = ("inspectionOperations", "items")

    inspection_operations: InstanceInspectRequestInspectionOperations
    items: list[InstanceInspectRequestItemsItem]
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
        from ..models.instance_inspect_request_inspection_operations import InstanceInspectRequestInspectionOperations  # noqa: PLC0415
        from ..models.instance_inspect_request_items_item import InstanceInspectRequestItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        inspection_operations = InstanceInspectRequestInspectionOperations.from_dict(d.pop("inspectionOperations"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = InstanceInspectRequestItemsItem.from_dict(items_item_data)

            items.append(items_item)

        instance_inspect_request = cls(
            inspection_operations=inspection_operations,
            items=items,
        )

        instance_inspect_request.additional_properties = d
        return instance_inspect_request

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_fdm_table import CreateFdmTable
    from ..models.create_raw_table import CreateRawTable


T = TypeVar("T", bound="ItemsCreateTable")


@_attrs_define
class ItemsCreateTable(AdditionalProperties):
    """
    Attributes:
        items (list[CreateFdmTable | CreateRawTable]):
    """

    _FIT = {"items": ("l", ("u", (("m", "CreateRawTable"), ("m", "CreateFdmTable"))))}
    _REQUIRED = ("items",)

    items: list[CreateFdmTable | CreateRawTable]
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
        from ..models.create_fdm_table import CreateFdmTable  # noqa: PLC0415
        from ..models.create_raw_table import CreateRawTable  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> CreateFdmTable | CreateRawTable:
                return parse_best(data, (CreateRawTable, CreateFdmTable))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_create_table = cls(
            items=items,
        )

        items_create_table.additional_properties = d
        return items_create_table

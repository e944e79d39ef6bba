from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.create_fdm_table import CreateFdmTable
    from ..models.create_raw_table import CreateRawTable


T = TypeVar("T", bound="ItemsCreateTable")


@_attrs_define
class ItemsCreateTable:
    """
    Attributes:
        items (list[CreateFdmTable | CreateRawTable]):
    """

    _FIT = {"items": ("l", ("u", (("m", "CreateRawTable"), ("m", "CreateFdmTable"))))}
    _REQUIRED = ("items",)

    items: list[CreateFdmTable | CreateRawTable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_raw_table import CreateRawTable  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, CreateRawTable):
                items_item = items_item_data.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            CreateRawTable,
                            CreateFdmTable,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_create_table = cls(
            items=items,
        )

        items_create_table.additional_properties = d
        return items_create_table

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.update_item_with_external_id_schedule_update import UpdateItemWithExternalIdScheduleUpdate
    from ..models.update_item_with_id_schedule_update import UpdateItemWithIdScheduleUpdate


T = TypeVar("T", bound="ItemsUpdateItemScheduleUpdate")


@_attrs_define
class ItemsUpdateItemScheduleUpdate:
    """
    Attributes:
        items (list[UpdateItemWithExternalIdScheduleUpdate | UpdateItemWithIdScheduleUpdate] | Unset):
    """

    _FIT = {
        "items": (
            "l",
            ("u", (("m", "UpdateItemWithExternalIdScheduleUpdate"), ("m", "UpdateItemWithIdScheduleUpdate"))),
        )
    }
    _REQUIRED = ()

    items: list[UpdateItemWithExternalIdScheduleUpdate | UpdateItemWithIdScheduleUpdate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_item_with_external_id_schedule_update import UpdateItemWithExternalIdScheduleUpdate  # noqa: PLC0415

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, UpdateItemWithExternalIdScheduleUpdate):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data.to_dict()

                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_item_with_external_id_schedule_update import UpdateItemWithExternalIdScheduleUpdate  # noqa: PLC0415
        from ..models.update_item_with_id_schedule_update import UpdateItemWithIdScheduleUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[UpdateItemWithExternalIdScheduleUpdate | UpdateItemWithIdScheduleUpdate] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> UpdateItemWithExternalIdScheduleUpdate | UpdateItemWithIdScheduleUpdate:
                    if isinstance(data, dict):
                        _ranked = best_first(
                            data,
                            (
                                UpdateItemWithExternalIdScheduleUpdate,
                                UpdateItemWithIdScheduleUpdate,
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

        items_update_item_schedule_update = cls(
            items=items,
        )

        items_update_item_schedule_update.additional_properties = d
        return items_update_item_schedule_update

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

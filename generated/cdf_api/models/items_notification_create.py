from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.notification_create_with_external_id import NotificationCreateWithExternalId
    from ..models.notification_create_with_id import NotificationCreateWithId


T = TypeVar("T", bound="ItemsNotificationCreate")


@_attrs_define
class ItemsNotificationCreate:
    """
    Attributes:
        items (list[NotificationCreateWithExternalId | NotificationCreateWithId] | Unset):
    """

    _FIT = {"items": ("l", ("u", (("m", "NotificationCreateWithExternalId"), ("m", "NotificationCreateWithId"))))}
    _REQUIRED = ()

    items: list[NotificationCreateWithExternalId | NotificationCreateWithId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_create_with_external_id import NotificationCreateWithExternalId  # noqa: PLC0415

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, NotificationCreateWithExternalId):
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
        from ..models.notification_create_with_external_id import NotificationCreateWithExternalId  # noqa: PLC0415
        from ..models.notification_create_with_id import NotificationCreateWithId  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[NotificationCreateWithExternalId | NotificationCreateWithId] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:

                def _parse_items_item(data: object) -> NotificationCreateWithExternalId | NotificationCreateWithId:
                    if isinstance(data, dict):
                        _ranked = best_first(
                            data,
                            (
                                NotificationCreateWithExternalId,
                                NotificationCreateWithId,
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

        items_notification_create = cls(
            items=items,
        )

        items_notification_create.additional_properties = d
        return items_notification_create

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

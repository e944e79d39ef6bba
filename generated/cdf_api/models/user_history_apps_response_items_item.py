from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserHistoryAppsResponseItemsItem")


@_attrs_define
class UserHistoryAppsResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        app (str): Unique app identifier
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"app": "s", "timestamp": "i"}
    _REQUIRED = ("app", "timestamp")

    app: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app = d.pop("app")

        timestamp = d.pop("timestamp")

        user_history_apps_response_items_item = cls(
            app=app,
            timestamp=timestamp,
        )

        user_history_apps_response_items_item.additional_properties = d
        return user_history_apps_response_items_item

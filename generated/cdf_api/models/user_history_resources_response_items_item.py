from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_history_resources_response_items_item_action import UserHistoryResourcesResponseItemsItemAction
from ..types import AdditionalProperties

T = TypeVar("T", bound="UserHistoryResourcesResponseItemsItem")


@_attrs_define
class UserHistoryResourcesResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        resource_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        app (str): Unique app identifier
        action (UserHistoryResourcesResponseItemsItemAction): The action performed on the resource
        name (str): Resource name
        path (str): Path to the resource
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"resourceId": "s", "app": "s", "action": "s", "name": "s", "path": "s", "timestamp": "i"}
    _REQUIRED = ("resourceId", "app", "action", "name", "path", "timestamp")

    resource_id: str
    app: str
    action: UserHistoryResourcesResponseItemsItemAction
    name: str
    path: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        app = self.app

        action = self.action.value

        name = self.name

        path = self.path

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
                "app": app,
                "action": action,
                "name": name,
                "path": path,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resourceId")

        app = d.pop("app")

        action = UserHistoryResourcesResponseItemsItemAction(d.pop("action"))

        name = d.pop("name")

        path = d.pop("path")

        timestamp = d.pop("timestamp")

        user_history_resources_response_items_item = cls(
            resource_id=resource_id,
            app=app,
            action=action,
            name=name,
            path=path,
            timestamp=timestamp,
        )

        user_history_resources_response_items_item.additional_properties = d
        return user_history_resources_response_items_item

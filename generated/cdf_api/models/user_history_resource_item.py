from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_history_resource_item_action import UserHistoryResourceItemAction
from ..types import AdditionalProperties

T = TypeVar("T", bound="UserHistoryResourceItem")


@_attrs_define
class UserHistoryResourceItem(AdditionalProperties):
    """
    Attributes:
        resource_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        app (str): Unique app identifier
        action (UserHistoryResourceItemAction): The action performed on the resource
        name (str): Resource name
        path (str): Path to the resource
    """

    _FIT = {"resourceId": "s", "app": "s", "action": "s", "name": "s", "path": "s"}
    _REQUIRED = ("resourceId", "app", "action", "name", "path")

    resource_id: str
    app: str
    action: UserHistoryResourceItemAction
    name: str
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        app = self.app

        action = self.action.value

        name = self.name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
                "app": app,
                "action": action,
                "name": name,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resourceId")

        app = d.pop("app")

        action = UserHistoryResourceItemAction(d.pop("action"))

        name = d.pop("name")

        path = d.pop("path")

        user_history_resource_item = cls(
            resource_id=resource_id,
            app=app,
            action=action,
            name=name,
            path=path,
        )

        user_history_resource_item.additional_properties = d
        return user_history_resource_item

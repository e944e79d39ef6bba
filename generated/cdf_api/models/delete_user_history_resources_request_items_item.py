from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DeleteUserHistoryResourcesRequestItemsItem")


@_attrs_define
class DeleteUserHistoryResourcesRequestItemsItem(AdditionalProperties):
    """
    Attributes:
        resource_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"resourceId": "s"}
    _REQUIRED = ("resourceId",)

    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resourceId")

        delete_user_history_resources_request_items_item = cls(
            resource_id=resource_id,
        )

        delete_user_history_resources_request_items_item.additional_properties = d
        return delete_user_history_resources_request_items_item

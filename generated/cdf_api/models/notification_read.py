from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NotificationRead")


@_attrs_define
class NotificationRead(AdditionalProperties):
    """
    Attributes:
        id (int): Id of the notification subscription. Required for deleting the subscription.
        created_time (int): Time when the notification subscription was created: The number of milliseconds since
            00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_updated_time (int): Time when the notification subscription was last updated: The number of milliseconds
            since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        transformation_id (int): Id of the transformation for which the notifications are sent.
        destination (str): Email address where notifications should be sent.
    """

    _FIT = {"id": "i", "createdTime": "i", "lastUpdatedTime": "i", "transformationId": "i", "destination": "s"}
    _REQUIRED = ("id", "createdTime", "lastUpdatedTime", "transformationId", "destination")

    id: int
    created_time: int
    last_updated_time: int
    transformation_id: int
    destination: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        transformation_id = self.transformation_id

        destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "transformationId": transformation_id,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        transformation_id = d.pop("transformationId")

        destination = d.pop("destination")

        notification_read = cls(
            id=id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            transformation_id=transformation_id,
            destination=destination,
        )

        notification_read.additional_properties = d
        return notification_read

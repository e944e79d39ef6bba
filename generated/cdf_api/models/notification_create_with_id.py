from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NotificationCreateWithId")


@_attrs_define
class NotificationCreateWithId(AdditionalProperties):
    """
    Attributes:
        destination (str): Email address where notifications should be sent.
        transformation_id (int): Transformation ID to subscribe.
    """

    _FIT = {"destination": "s", "transformationId": "i"}
    _REQUIRED = ("destination", "transformationId")

    destination: str
    transformation_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        transformation_id = self.transformation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "transformationId": transformation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        transformation_id = d.pop("transformationId")

        notification_create_with_id = cls(
            destination=destination,
            transformation_id=transformation_id,
        )

        notification_create_with_id.additional_properties = d
        return notification_create_with_id

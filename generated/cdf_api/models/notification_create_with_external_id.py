from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NotificationCreateWithExternalId")


@_attrs_define
class NotificationCreateWithExternalId(AdditionalProperties):
    """
    Attributes:
        destination (str): Email address where notifications should be sent.
        transformation_external_id (str): Transformation external ID to subscribe.
    """

    _FIT = {"destination": "s", "transformationExternalId": "s"}
    _REQUIRED = ("destination", "transformationExternalId")

    destination: str
    transformation_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        transformation_external_id = self.transformation_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "transformationExternalId": transformation_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        transformation_external_id = d.pop("transformationExternalId")

        notification_create_with_external_id = cls(
            destination=destination,
            transformation_external_id=transformation_external_id,
        )

        notification_create_with_external_id.additional_properties = d
        return notification_create_with_external_id

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.delete_transformation_notifications_response_409_error import (
        DeleteTransformationNotificationsResponse409Error,
    )


T = TypeVar("T", bound="DeleteTransformationNotificationsResponse409")


@_attrs_define
class DeleteTransformationNotificationsResponse409(AdditionalProperties):
    """
    Attributes:
        error (DeleteTransformationNotificationsResponse409Error):
    """

    _FIT = {"error": ("m", "DeleteTransformationNotificationsResponse409Error")}
    _REQUIRED = ("error",)

    error: DeleteTransformationNotificationsResponse409Error
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_transformation_notifications_response_409_error import (
            DeleteTransformationNotificationsResponse409Error,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error = DeleteTransformationNotificationsResponse409Error.from_dict(d.pop("error"))

        delete_transformation_notifications_response_409 = cls(
            error=error,
        )

        delete_transformation_notifications_response_409.additional_properties = d
        return delete_transformation_notifications_response_409

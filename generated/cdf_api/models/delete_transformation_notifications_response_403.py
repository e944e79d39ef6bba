from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.delete_transformation_notifications_response_403_error import (
        DeleteTransformationNotificationsResponse403Error,
    )


T = TypeVar("T", bound="DeleteTransformationNotificationsResponse403")


@_attrs_define
class DeleteTransformationNotificationsResponse403(AdditionalProperties):
    """
    Attributes:
        error (DeleteTransformationNotificationsResponse403Error):
    """

    _FIT = {"error": ("m", "DeleteTransformationNotificationsResponse403Error")}
    _REQUIRED = ("error",)

    error: DeleteTransformationNotificationsResponse403Error
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
        from ..models.delete_transformation_notifications_response_403_error import (
            DeleteTransformationNotificationsResponse403Error,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error = DeleteTransformationNotificationsResponse403Error.from_dict(d.pop("error"))

        delete_transformation_notifications_response_403 = cls(
            error=error,
        )

        delete_transformation_notifications_response_403.additional_properties = d
        return delete_transformation_notifications_response_403

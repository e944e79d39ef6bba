from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UpdateRevision3DThumbnail")


@_attrs_define
class UpdateRevision3DThumbnail(AdditionalProperties):
    """Request body for the updateModelRevisionThumbnail endpoint.

    Attributes:
        file_id (int): File ID of thumbnail file in Files API. _Only JPEG and PNG files are supported_.
    """

    _FIT = {"fileId": "i"}
    _REQUIRED = ("fileId",)

    file_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("fileId")

        update_revision_3d_thumbnail = cls(
            file_id=file_id,
        )

        update_revision_3d_thumbnail.additional_properties = d
        return update_revision_3d_thumbnail

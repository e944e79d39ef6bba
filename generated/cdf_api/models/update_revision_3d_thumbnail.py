from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateRevision3DThumbnail")


@_attrs_define
class UpdateRevision3DThumbnail:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

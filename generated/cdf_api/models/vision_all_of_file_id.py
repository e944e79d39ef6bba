from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.vision_instance_id import VisionInstanceId


T = TypeVar("T", bound="VisionAllOfFileId")


@_attrs_define
class VisionAllOfFileId(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. Example: 1234.
        file_external_id (str | Unset): The external ID of a file in CDF. Example: 1234.
        file_instance_id (VisionInstanceId | Unset): The instance id of a file in CDF. Example: {'space': 'space',
            'externalId': 'externalId'}.
    """

    _FIT = {"fileId": "i", "fileExternalId": "s", "fileInstanceId": ("m", "VisionInstanceId")}
    _REQUIRED = ("fileId",)

    file_id: int
    file_external_id: str | Unset = UNSET
    file_instance_id: VisionInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_external_id = self.file_external_id

        file_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_instance_id, Unset):
            file_instance_id = self.file_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id
        if file_instance_id is not UNSET:
            field_dict["fileInstanceId"] = file_instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_instance_id import VisionInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        file_external_id = d.pop("fileExternalId", UNSET)

        _file_instance_id = d.pop("fileInstanceId", UNSET)
        file_instance_id: VisionInstanceId | Unset
        if isinstance(_file_instance_id, Unset):
            file_instance_id = UNSET
        else:
            file_instance_id = VisionInstanceId.from_dict(_file_instance_id)

        vision_all_of_file_id = cls(
            file_id=file_id,
            file_external_id=file_external_id,
            file_instance_id=file_instance_id,
        )

        vision_all_of_file_id.additional_properties = d
        return vision_all_of_file_id

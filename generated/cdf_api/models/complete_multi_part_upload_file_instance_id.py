from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_id import InstanceId


T = TypeVar("T", bound="CompleteMultiPartUploadFileInstanceId")


@_attrs_define
class CompleteMultiPartUploadFileInstanceId(AdditionalProperties):
    """
    Attributes:
        instance_id (InstanceId):
        upload_id (str): A server-generated identifier returned by 'files/initmultipartupload', used by
            'files/completemultipartupload' for validation purposes.
    """

    _FIT = {"instanceId": ("m", "InstanceId"), "uploadId": "s"}
    _REQUIRED = ("instanceId", "uploadId")

    instance_id: InstanceId
    upload_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id.to_dict()

        upload_id = self.upload_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "uploadId": upload_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_id import InstanceId  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = InstanceId.from_dict(d.pop("instanceId"))

        upload_id = d.pop("uploadId")

        complete_multi_part_upload_file_instance_id = cls(
            instance_id=instance_id,
            upload_id=upload_id,
        )

        complete_multi_part_upload_file_instance_id.additional_properties = d
        return complete_multi_part_upload_file_instance_id

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vision_instance_id import VisionInstanceId


T = TypeVar("T", bound="FileReferenceFileInstanceId")


@_attrs_define
class FileReferenceFileInstanceId:
    """
    Attributes:
        file_instance_id (VisionInstanceId): The instance id of a file in CDF. Example: {'space': 'space', 'externalId':
            'externalId'}.
    """

    _FIT = {"fileInstanceId": ("m", "VisionInstanceId")}
    _REQUIRED = ("fileInstanceId",)

    file_instance_id: VisionInstanceId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_instance_id = self.file_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileInstanceId": file_instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_instance_id import VisionInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        file_instance_id = VisionInstanceId.from_dict(d.pop("fileInstanceId"))

        file_reference_file_instance_id = cls(
            file_instance_id=file_instance_id,
        )

        file_reference_file_instance_id.additional_properties = d
        return file_reference_file_instance_id

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

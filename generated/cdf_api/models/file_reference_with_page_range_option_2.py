from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId


T = TypeVar("T", bound="FileReferenceWithPageRangeOption2")


@_attrs_define
class FileReferenceWithPageRangeOption2(AdditionalProperties):
    """
    Attributes:
        file_instance_id (DiagramInstanceId | Unset): The instance id of a file in CDF. The file must have mime_type
            application/pdf, image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
    """

    _FIT = {"fileInstanceId": ("m", "DiagramInstanceId")}
    _REQUIRED = ()

    file_instance_id: DiagramInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_instance_id, Unset):
            file_instance_id = self.file_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_instance_id is not UNSET:
            field_dict["fileInstanceId"] = file_instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_instance_id import DiagramInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        _file_instance_id = d.pop("fileInstanceId", UNSET)
        file_instance_id: DiagramInstanceId | Unset
        if isinstance(_file_instance_id, Unset):
            file_instance_id = UNSET
        else:
            file_instance_id = DiagramInstanceId.from_dict(_file_instance_id)

        file_reference_with_page_range_option_2 = cls(
            file_instance_id=file_instance_id,
        )

        file_reference_with_page_range_option_2.additional_properties = d
        return file_reference_with_page_range_option_2

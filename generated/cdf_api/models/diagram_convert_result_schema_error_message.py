from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId


T = TypeVar("T", bound="DiagramConvertResultSchemaErrorMessage")


@_attrs_define
class DiagramConvertResultSchemaErrorMessage(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. The file must have mime_type application/pdf, image/jpeg, image/png or
            image/tiff. Example: 1234.
        error_message (str): The error message for a file.
        file_external_id (str | Unset): The external ID of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: 1234.
        file_instance_id (DiagramInstanceId | Unset): The instance id of a file in CDF. The file must have mime_type
            application/pdf, image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
    """

    _FIT = {"fileId": "i", "errorMessage": "s", "fileExternalId": "s", "fileInstanceId": ("m", "DiagramInstanceId")}
    _REQUIRED = ("fileId", "errorMessage")

    file_id: int
    error_message: str
    file_external_id: str | Unset = UNSET
    file_instance_id: DiagramInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        error_message = self.error_message

        file_external_id = self.file_external_id

        file_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_instance_id, Unset):
            file_instance_id = self.file_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "errorMessage": error_message,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id
        if file_instance_id is not UNSET:
            field_dict["fileInstanceId"] = file_instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_instance_id import DiagramInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        error_message = d.pop("errorMessage")

        file_external_id = d.pop("fileExternalId", UNSET)

        _file_instance_id = d.pop("fileInstanceId", UNSET)
        file_instance_id: DiagramInstanceId | Unset
        if isinstance(_file_instance_id, Unset):
            file_instance_id = UNSET
        else:
            file_instance_id = DiagramInstanceId.from_dict(_file_instance_id)

        diagram_convert_result_schema_error_message = cls(
            file_id=file_id,
            error_message=error_message,
            file_external_id=file_external_id,
            file_instance_id=file_instance_id,
        )

        diagram_convert_result_schema_error_message.additional_properties = d
        return diagram_convert_result_schema_error_message

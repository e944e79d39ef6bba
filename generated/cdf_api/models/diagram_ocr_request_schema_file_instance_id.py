from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId


T = TypeVar("T", bound="DiagramOcrRequestSchemaFileInstanceId")


@_attrs_define
class DiagramOcrRequestSchemaFileInstanceId(AdditionalProperties):
    """
    Attributes:
        file_instance_id (DiagramInstanceId): The instance id of a file in CDF. The file must have mime_type
            application/pdf, image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
    """

    _FIT = {"fileInstanceId": ("m", "DiagramInstanceId")}
    _REQUIRED = ("fileInstanceId",)

    file_instance_id: DiagramInstanceId
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
        from ..models.diagram_instance_id import DiagramInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        file_instance_id = DiagramInstanceId.from_dict(d.pop("fileInstanceId"))

        diagram_ocr_request_schema_file_instance_id = cls(
            file_instance_id=file_instance_id,
        )

        diagram_ocr_request_schema_file_instance_id.additional_properties = d
        return diagram_ocr_request_schema_file_instance_id

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_annotation import DiagramAnnotation


T = TypeVar("T", bound="DiagramConvertRequestSchemaOption0")


@_attrs_define
class DiagramConvertRequestSchemaOption0(AdditionalProperties):
    """
    Attributes:
        annotations (list[DiagramAnnotation] | Unset): Annotations to draw on the engineering diagrams
        file_id (int | Unset): The ID of a file in CDF. The file must have mime_type application/pdf, image/jpeg,
            image/png or image/tiff. Example: 1234.
    """

    _FIT = {"annotations": ("l", ("m", "DiagramAnnotation")), "fileId": "i"}
    _REQUIRED = ()

    annotations: list[DiagramAnnotation] | Unset = UNSET
    file_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if file_id is not UNSET:
            field_dict["fileId"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_annotation import DiagramAnnotation  # noqa: PLC0415

        d = dict(src_dict)
        _annotations = d.pop("annotations", UNSET)
        annotations: list[DiagramAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = DiagramAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        file_id = d.pop("fileId", UNSET)

        diagram_convert_request_schema_option_0 = cls(
            annotations=annotations,
            file_id=file_id,
        )

        diagram_convert_request_schema_option_0.additional_properties = d
        return diagram_convert_request_schema_option_0

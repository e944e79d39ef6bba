from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_annotation import DiagramAnnotation


T = TypeVar("T", bound="DiagramConvertRequestSchemaOption1")


@_attrs_define
class DiagramConvertRequestSchemaOption1(AdditionalProperties):
    """
    Attributes:
        annotations (list[DiagramAnnotation] | Unset): Annotations to draw on the engineering diagrams
        file_external_id (str | Unset): The external ID of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: 1234.
    """

    _FIT = {"annotations": ("l", ("m", "DiagramAnnotation")), "fileExternalId": "s"}
    _REQUIRED = ()

    annotations: list[DiagramAnnotation] | Unset = UNSET
    file_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id

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

        file_external_id = d.pop("fileExternalId", UNSET)

        diagram_convert_request_schema_option_1 = cls(
            annotations=annotations,
            file_external_id=file_external_id,
        )

        diagram_convert_request_schema_option_1.additional_properties = d
        return diagram_convert_request_schema_option_1

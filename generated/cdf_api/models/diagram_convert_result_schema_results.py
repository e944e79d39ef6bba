from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.diagram_instance_id import DiagramInstanceId
    from ..models.diagram_svg_png_result_schema_option_0 import DiagramSvgPngResultSchemaOption0
    from ..models.diagram_svg_png_result_schema_option_1 import DiagramSvgPngResultSchemaOption1


T = TypeVar("T", bound="DiagramConvertResultSchemaResults")


@_attrs_define
class DiagramConvertResultSchemaResults(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. The file must have mime_type application/pdf, image/jpeg, image/png or
            image/tiff. Example: 1234.
        results (list[DiagramSvgPngResultSchemaOption0 | DiagramSvgPngResultSchemaOption1]):
        file_external_id (str | Unset): The external ID of a file in CDF. The file must have mime_type application/pdf,
            image/jpeg, image/png or image/tiff. Example: 1234.
        file_instance_id (DiagramInstanceId | Unset): The instance id of a file in CDF. The file must have mime_type
            application/pdf, image/jpeg, image/png or image/tiff. Example: {'space': 'space', 'externalId': 'externalId'}.
    """

    _FIT = {
        "fileId": "i",
        "results": ("l", ("u", (("m", "DiagramSvgPngResultSchemaOption0"), ("m", "DiagramSvgPngResultSchemaOption1")))),
        "fileExternalId": "s",
        "fileInstanceId": ("m", "DiagramInstanceId"),
    }
    _REQUIRED = ("fileId", "results")

    file_id: int
    results: list[DiagramSvgPngResultSchemaOption0 | DiagramSvgPngResultSchemaOption1]
    file_external_id: str | Unset = UNSET
    file_instance_id: DiagramInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        results = []
        for results_item_data in self.results:
            results_item: dict[str, Any]
            results_item = results_item_data.to_dict()

            results.append(results_item)

        file_external_id = self.file_external_id

        file_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_instance_id, Unset):
            file_instance_id = self.file_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "results": results,
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
        from ..models.diagram_svg_png_result_schema_option_0 import DiagramSvgPngResultSchemaOption0  # noqa: PLC0415
        from ..models.diagram_svg_png_result_schema_option_1 import DiagramSvgPngResultSchemaOption1  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:

            def _parse_results_item(
                data: object,
            ) -> DiagramSvgPngResultSchemaOption0 | DiagramSvgPngResultSchemaOption1:
                return parse_best(data, (DiagramSvgPngResultSchemaOption0, DiagramSvgPngResultSchemaOption1))

            results_item = _parse_results_item(results_item_data)

            results.append(results_item)

        file_external_id = d.pop("fileExternalId", UNSET)

        _file_instance_id = d.pop("fileInstanceId", UNSET)
        file_instance_id: DiagramInstanceId | Unset
        if isinstance(_file_instance_id, Unset):
            file_instance_id = UNSET
        else:
            file_instance_id = DiagramInstanceId.from_dict(_file_instance_id)

        diagram_convert_result_schema_results = cls(
            file_id=file_id,
            results=results,
            file_external_id=file_external_id,
            file_instance_id=file_instance_id,
        )

        diagram_convert_result_schema_results.additional_properties = d
        return diagram_convert_result_schema_results

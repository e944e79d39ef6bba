from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.diagram_convert_request_schema_option_0 import DiagramConvertRequestSchemaOption0
    from ..models.diagram_convert_request_schema_option_1 import DiagramConvertRequestSchemaOption1
    from ..models.diagram_convert_request_schema_option_2 import DiagramConvertRequestSchemaOption2


T = TypeVar("T", bound="DiagramConvertBody")


@_attrs_define
class DiagramConvertBody(AdditionalProperties):
    """
    Attributes:
        items (list[DiagramConvertRequestSchemaOption0 | DiagramConvertRequestSchemaOption1 |
            DiagramConvertRequestSchemaOption2]): An array of files and annotations to create interactive diagrams.
        grayscale (bool | Unset): Return the SVG version in grayscale colors only (reduces the file size). Example:
            True.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "DiagramConvertRequestSchemaOption0"),
                    ("m", "DiagramConvertRequestSchemaOption1"),
                    ("m", "DiagramConvertRequestSchemaOption2"),
                ),
            ),
        ),
        "grayscale": "b",
    }
    _REQUIRED = ("items",)

    items: list[
        DiagramConvertRequestSchemaOption0 | DiagramConvertRequestSchemaOption1 | DiagramConvertRequestSchemaOption2
    ]
    grayscale: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_diagram_convert_request_schema_item_data in self.items:
            componentsschemas_diagram_convert_request_schema_item: dict[str, Any]
            componentsschemas_diagram_convert_request_schema_item = (
                componentsschemas_diagram_convert_request_schema_item_data.to_dict()
            )

            items.append(componentsschemas_diagram_convert_request_schema_item)

        grayscale = self.grayscale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if grayscale is not UNSET:
            field_dict["grayscale"] = grayscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_convert_request_schema_option_0 import DiagramConvertRequestSchemaOption0  # noqa: PLC0415
        from ..models.diagram_convert_request_schema_option_1 import DiagramConvertRequestSchemaOption1  # noqa: PLC0415
        from ..models.diagram_convert_request_schema_option_2 import DiagramConvertRequestSchemaOption2  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_diagram_convert_request_schema_item_data in _items:

            def _parse_componentsschemas_diagram_convert_request_schema_item(
                data: object,
            ) -> (
                DiagramConvertRequestSchemaOption0
                | DiagramConvertRequestSchemaOption1
                | DiagramConvertRequestSchemaOption2
            ):
                return parse_best(
                    data,
                    (
                        DiagramConvertRequestSchemaOption0,
                        DiagramConvertRequestSchemaOption1,
                        DiagramConvertRequestSchemaOption2,
                    ),
                )

            componentsschemas_diagram_convert_request_schema_item = (
                _parse_componentsschemas_diagram_convert_request_schema_item(
                    componentsschemas_diagram_convert_request_schema_item_data
                )
            )

            items.append(componentsschemas_diagram_convert_request_schema_item)

        grayscale = d.pop("grayscale", UNSET)

        diagram_convert_body = cls(
            items=items,
            grayscale=grayscale,
        )

        diagram_convert_body.additional_properties = d
        return diagram_convert_body

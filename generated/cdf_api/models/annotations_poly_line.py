from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_point import AnnotationsPoint


T = TypeVar("T", bound="AnnotationsPolyLine")


@_attrs_define
class AnnotationsPolyLine(AdditionalProperties):
    """A polygonal chain consisting of _n_ vertices

    Attributes:
        vertices (list[AnnotationsPoint]):
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"vertices": ("l", ("m", "AnnotationsPoint")), "confidence": "n"}
    _REQUIRED = ("vertices",)

    vertices: list[AnnotationsPoint]
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vertices = []
        for vertices_item_data in self.vertices:
            vertices_item = vertices_item_data.to_dict()
            vertices.append(vertices_item)

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vertices": vertices,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_point import AnnotationsPoint  # noqa: PLC0415

        d = dict(src_dict)
        vertices = []
        _vertices = d.pop("vertices")
        for vertices_item_data in _vertices:
            vertices_item = AnnotationsPoint.from_dict(vertices_item_data)

            vertices.append(vertices_item)

        confidence = d.pop("confidence", UNSET)

        annotations_poly_line = cls(
            vertices=vertices,
            confidence=confidence,
        )

        annotations_poly_line.additional_properties = d
        return annotations_poly_line

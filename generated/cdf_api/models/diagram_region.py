from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.vertex import Vertex


T = TypeVar("T", bound="DiagramRegion")


@_attrs_define
class DiagramRegion(AdditionalProperties):
    """Shape and coordinates of the detected entity in the image.

    Attributes:
        shape (Literal['rectangle']): The geometrical shape of the image region to which a detected entity belongs.
        vertices (list[Vertex]): List of vertices representing the image region to which a detected entity belongs.
    """

    _FIT = {"shape": ("c", "rectangle"), "vertices": ("l", ("m", "Vertex"))}
    _REQUIRED = ("shape", "vertices")

    shape: Literal["rectangle"]
    vertices: list[Vertex]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shape = self.shape

        vertices = []
        for vertices_item_data in self.vertices:
            vertices_item = vertices_item_data.to_dict()
            vertices.append(vertices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shape": shape,
                "vertices": vertices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vertex import Vertex  # noqa: PLC0415

        d = dict(src_dict)
        shape = cast(Literal["rectangle"], d.pop("shape"))
        if shape != "rectangle":
            raise ValueError(f"shape must match const 'rectangle', got '{shape}'")

        vertices = []
        _vertices = d.pop("vertices")
        for vertices_item_data in _vertices:
            vertices_item = Vertex.from_dict(vertices_item_data)

            vertices.append(vertices_item)

        diagram_region = cls(
            shape=shape,
            vertices=vertices,
        )

        diagram_region.additional_properties = d
        return diagram_region

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_box import AnnotationsBox
    from ..models.annotations_cylinder import AnnotationsCylinder


T = TypeVar("T", bound="AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry")


@_attrs_define
class AnnotationsCogmonoAnnotationTypesPrimitivesGeometry3DGeometry(AdditionalProperties):
    """A 3D geometry model represented by exactly *one of* `cylinder` and `box`.

    Attributes:
        cylinder (AnnotationsCylinder | Unset): A cylinder in 3D space, defined by the centers of the two end surfaces
            and the radius.
        box (AnnotationsBox | Unset): A box in 3D space, defined by a 4x4 row-major homogeneous transformation matrix
            that rotates,
            translates and scales a box centered at the origin to its location and orientation in 3D space.
            The box that is transformed is the axis-aligned cube spanning the volume between
            the points (-1, -1, -1) and (1, 1, 1).
    """

    _FIT = {"cylinder": ("m", "AnnotationsCylinder"), "box": ("m", "AnnotationsBox")}
    _REQUIRED = ()

    cylinder: AnnotationsCylinder | Unset = UNSET
    box: AnnotationsBox | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cylinder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cylinder, Unset):
            cylinder = self.cylinder.to_dict()

        box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.box, Unset):
            box = self.box.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cylinder is not UNSET:
            field_dict["cylinder"] = cylinder
        if box is not UNSET:
            field_dict["box"] = box

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_box import AnnotationsBox  # noqa: PLC0415
        from ..models.annotations_cylinder import AnnotationsCylinder  # noqa: PLC0415

        d = dict(src_dict)
        _cylinder = d.pop("cylinder", UNSET)
        cylinder: AnnotationsCylinder | Unset
        if isinstance(_cylinder, Unset):
            cylinder = UNSET
        else:
            cylinder = AnnotationsCylinder.from_dict(_cylinder)

        _box = d.pop("box", UNSET)
        box: AnnotationsBox | Unset
        if isinstance(_box, Unset):
            box = UNSET
        else:
            box = AnnotationsBox.from_dict(_box)

        annotations_cogmono_annotation_types_primitives_geometry_3d_geometry = cls(
            cylinder=cylinder,
            box=box,
        )

        annotations_cogmono_annotation_types_primitives_geometry_3d_geometry.additional_properties = d
        return annotations_cogmono_annotation_types_primitives_geometry_3d_geometry

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Image360AnnotationV2")


@_attrs_define
class Image360AnnotationV2(AdditionalProperties):
    """
    Attributes:
        version (Literal['2.0.0']):
        data (list[float]): List of polygons separated by the number of vertices per polygon.
            The phi (Φ) theta (Θ) pairs for a polygon is defined in a spherical coordinate system.
            Each pair represents a vertex position on the sphere. Phi (φ) is the azimut angle and theta (θ) is the polar
            angle.
            The angles are defined in radians. There must be at least one polygon in the array.
            The polygons may have minimum 3 vertices, 6 values, and a total maximum of 1000 values in the array.

            The polygon exists in a specific 360-degree image in the revision referenced by the dmsContextualizationConfig.

            - 2.0.0: Order of rotation x, y, z (CDF coordinates)
             Example: [4, 0.9270756358319165, 2.2174037424638806, 0.7257584085532073, 2.3363920019987128,
            0.5705610346411107, 1.4057349929548537, 0.8149227563644923, 1.438327658871614, 4, 0.4054357034082108,
            1.9334182037803302, 0.3161133722927196, 2.1237903923558683, 0.2849443437943124, 1.2575840792945063,
            0.3874849796030885, 1.3717664614350102].
    """

    _FIT = {"version": ("c", "2.0.0"), "data": ("l", "n")}
    _REQUIRED = ("version", "data")

    version: Literal["2.0.0"]
    data: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = cast(Literal["2.0.0"], d.pop("version"))
        if version != "2.0.0":
            raise ValueError(f"version must match const '2.0.0', got '{version}'")

        data = cast(list[float], d.pop("data"))

        image_360_annotation_v2 = cls(
            version=version,
            data=data,
        )

        image_360_annotation_v2.additional_properties = d
        return image_360_annotation_v2

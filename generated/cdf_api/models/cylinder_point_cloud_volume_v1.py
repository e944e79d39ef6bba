from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CylinderPointCloudVolumeV1")


@_attrs_define
class CylinderPointCloudVolumeV1(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['Cylinder']):
        version (Literal['1.0.0']):
        data (list[float]): An array of 7 floats defining the cylinder volume.
            The array should contain the following values, in the specified order:

            ```json
            [ pointAx, pointAy, pointAz,
              pointBx, pointBy, pointBz,
              radius ]
            ```
    """

    _FIT = {"type": ("c", "Cylinder"), "version": ("c", "1.0.0"), "data": ("l", "n")}
    _REQUIRED = ("type", "version", "data")

    type_: Literal["Cylinder"]
    version: Literal["1.0.0"]
    data: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        version = self.version

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "version": version,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["Cylinder"], d.pop("type"))
        if type_ != "Cylinder":
            raise ValueError(f"type must match const 'Cylinder', got '{type_}'")

        version = cast(Literal["1.0.0"], d.pop("version"))
        if version != "1.0.0":
            raise ValueError(f"version must match const '1.0.0', got '{version}'")

        data = cast(list[float], d.pop("data"))

        cylinder_point_cloud_volume_v1 = cls(
            type_=type_,
            version=version,
            data=data,
        )

        cylinder_point_cloud_volume_v1.additional_properties = d
        return cylinder_point_cloud_volume_v1

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BoundingBox3D")


@_attrs_define
class BoundingBox3D(AdditionalProperties):
    """The bounding box of the subtree with this sector as the root sector. Is null if there are no geometries in the
    subtree.

        Attributes:
            max_ (list[float]):
            min_ (list[float]):
    """

    _FIT = {"max": ("l", "n"), "min": ("l", "n")}
    _REQUIRED = ("max", "min")

    max_: list[float]
    min_: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = cast(list[float], d.pop("max"))

        min_ = cast(list[float], d.pop("min"))

        bounding_box_3d = cls(
            max_=max_,
            min_=min_,
        )

        bounding_box_3d.additional_properties = d
        return bounding_box_3d

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RevisionCameraProperties")


@_attrs_define
class RevisionCameraProperties(AdditionalProperties):
    """Initial camera position and target.

    Attributes:
        target (list[float]): Initial camera target.
        position (list[float]): Initial camera position.
    """

    _FIT = {"target": ("l", "n"), "position": ("l", "n")}
    _REQUIRED = ("target", "position")

    target: list[float]
    position: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = cast(list[float], d.pop("target"))

        position = cast(list[float], d.pop("position"))

        revision_camera_properties = cls(
            target=target,
            position=position,
        )

        revision_camera_properties.additional_properties = d
        return revision_camera_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DirectionWeights")


@_attrs_define
class DirectionWeights(AdditionalProperties):
    """Direction weights that control how far subsequent ocr text boxes can be from another in a particular direction and
    still be combined into the same detection. Lower value means larger distance is allowed. The direction is relative
    to the text orientation.

        Attributes:
            left (float | Unset):
            right (float | Unset):
            up (float | Unset):
            down (float | Unset):
    """

    _FIT = {"left": "n", "right": "n", "up": "n", "down": "n"}
    _REQUIRED = ()

    left: float | Unset = UNSET
    right: float | Unset = UNSET
    up: float | Unset = UNSET
    down: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        left = self.left

        right = self.right

        up = self.up

        down = self.down

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if left is not UNSET:
            field_dict["left"] = left
        if right is not UNSET:
            field_dict["right"] = right
        if up is not UNSET:
            field_dict["up"] = up
        if down is not UNSET:
            field_dict["down"] = down

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        left = d.pop("left", UNSET)

        right = d.pop("right", UNSET)

        up = d.pop("up", UNSET)

        down = d.pop("down", UNSET)

        direction_weights = cls(
            left=left,
            right=right,
            up=up,
            down=down,
        )

        direction_weights.additional_properties = d
        return direction_weights

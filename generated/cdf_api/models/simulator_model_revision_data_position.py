from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelRevisionDataPosition")


@_attrs_define
class SimulatorModelRevisionDataPosition(AdditionalProperties):
    """
    Attributes:
        x (float): X coordinate
        y (float): Y coordinate
    """

    _FIT = {"x": "n", "y": "n"}
    _REQUIRED = ("x", "y")

    x: float
    y: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        simulator_model_revision_data_position = cls(
            x=x,
            y=y,
        )

        simulator_model_revision_data_position.additional_properties = d
        return simulator_model_revision_data_position

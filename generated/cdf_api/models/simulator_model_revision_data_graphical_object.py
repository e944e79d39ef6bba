from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_model_revision_data_position import SimulatorModelRevisionDataPosition


T = TypeVar("T", bound="SimulatorModelRevisionDataGraphicalObject")


@_attrs_define
class SimulatorModelRevisionDataGraphicalObject(AdditionalProperties):
    """
    Attributes:
        position (SimulatorModelRevisionDataPosition | Unset):
        height (float | Unset): Height of the graphical object
        width (float | Unset): Width of the graphical object
        scale_x (float | Unset): Horizontal scale factor, negative if object is flipped along y-axis
        scale_y (float | Unset): Vertical scale factor, negative if object is flipped along x-axis
        angle (float | Unset): Rotation angle
        active (bool | Unset): Whether the object is active
    """

    _FIT = {
        "position": ("m", "SimulatorModelRevisionDataPosition"),
        "height": "n",
        "width": "n",
        "scaleX": "n",
        "scaleY": "n",
        "angle": "n",
        "active": "b",
    }
    _REQUIRED = ()

    position: SimulatorModelRevisionDataPosition | Unset = UNSET
    height: float | Unset = UNSET
    width: float | Unset = UNSET
    scale_x: float | Unset = UNSET
    scale_y: float | Unset = UNSET
    angle: float | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        height = self.height

        width = self.width

        scale_x = self.scale_x

        scale_y = self.scale_y

        angle = self.angle

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if scale_x is not UNSET:
            field_dict["scaleX"] = scale_x
        if scale_y is not UNSET:
            field_dict["scaleY"] = scale_y
        if angle is not UNSET:
            field_dict["angle"] = angle
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_revision_data_position import SimulatorModelRevisionDataPosition  # noqa: PLC0415

        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: SimulatorModelRevisionDataPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = SimulatorModelRevisionDataPosition.from_dict(_position)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        scale_x = d.pop("scaleX", UNSET)

        scale_y = d.pop("scaleY", UNSET)

        angle = d.pop("angle", UNSET)

        active = d.pop("active", UNSET)

        simulator_model_revision_data_graphical_object = cls(
            position=position,
            height=height,
            width=width,
            scale_x=scale_x,
            scale_y=scale_y,
            angle=angle,
            active=active,
        )

        simulator_model_revision_data_graphical_object.additional_properties = d
        return simulator_model_revision_data_graphical_object

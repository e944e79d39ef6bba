from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_point_label import SegmentPointLabel
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SegmentPoint")


@_attrs_define
class SegmentPoint(AdditionalProperties):
    """
    Attributes:
        x (float):  Example: 0.8.
        y (float):  Example: 0.8.
        label (SegmentPointLabel | Unset): Label for the input point prompt. 0 is a negative input point (background)
            while 1 is a positive input point (foreground). Example: 1.
    """

    _FIT = {"x": "n", "y": "n", "label": "i"}
    _REQUIRED = ("x", "y")

    x: float
    y: float
    label: SegmentPointLabel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        label: int | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        _label = d.pop("label", UNSET)
        label: SegmentPointLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = SegmentPointLabel(_label)

        segment_point = cls(
            x=x,
            y=y,
            label=label,
        )

        segment_point.additional_properties = d
        return segment_point

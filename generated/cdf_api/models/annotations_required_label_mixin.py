from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AnnotationsRequiredLabelMixin")


@_attrs_define
class AnnotationsRequiredLabelMixin(AdditionalProperties):
    """Mixin that can be used to add a *required* label string to a thing

    Attributes:
        label (str): The label describing what type of object it is
    """

    _FIT = {"label": "s"}
    _REQUIRED = ("label",)

    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        annotations_required_label_mixin = cls(
            label=label,
        )

        annotations_required_label_mixin.additional_properties = d
        return annotations_required_label_mixin

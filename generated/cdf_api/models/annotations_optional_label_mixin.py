from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsOptionalLabelMixin")


@_attrs_define
class AnnotationsOptionalLabelMixin(AdditionalProperties):
    """Mixin that can be used to add an *optional* label string to a thing

    Attributes:
        label (str | Unset): The label describing what type of object it is
    """

    _FIT = {"label": "s"}
    _REQUIRED = ()

    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        annotations_optional_label_mixin = cls(
            label=label,
        )

        annotations_optional_label_mixin.additional_properties = d
        return annotations_optional_label_mixin

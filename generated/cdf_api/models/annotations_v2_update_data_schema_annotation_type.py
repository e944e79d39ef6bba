from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_type import AnnotationType
from ..types import AdditionalProperties

T = TypeVar("T", bound="AnnotationsV2UpdateDataSchemaAnnotationType")


@_attrs_define
class AnnotationsV2UpdateDataSchemaAnnotationType(AdditionalProperties):
    """
    Attributes:
        set_ (AnnotationType): The type of the annotation. This uniquely decides what the structure of the `data` block
            will be. Example: pointcloud.BoundingVolume.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: AnnotationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = AnnotationType(d.pop("set"))

        annotations_v2_update_data_schema_annotation_type = cls(
            set_=set_,
        )

        annotations_v2_update_data_schema_annotation_type.additional_properties = d
        return annotations_v2_update_data_schema_annotation_type

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import AdditionalProperties

T = TypeVar("T", bound="AnnotationsV2UpdateDataSchemaStatus")


@_attrs_define
class AnnotationsV2UpdateDataSchemaStatus(AdditionalProperties):
    """
    Attributes:
        set_ (Status): The status of the annotation Example: approved.
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: Status
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
        set_ = Status(d.pop("set"))

        annotations_v2_update_data_schema_status = cls(
            set_=set_,
        )

        annotations_v2_update_data_schema_status.additional_properties = d
        return annotations_v2_update_data_schema_status

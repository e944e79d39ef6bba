from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="InstanceInspectRequestInspectionOperationsInvolvedViews")


@_attrs_define
class InstanceInspectRequestInspectionOperationsInvolvedViews(AdditionalProperties):
    """
    Attributes:
        all_versions (bool | Unset):
    """

    _FIT = {"allVersions": "b"}
    _REQUIRED = ()

    all_versions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_versions = self.all_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_versions is not UNSET:
            field_dict["allVersions"] = all_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_versions = d.pop("allVersions", UNSET)

        instance_inspect_request_inspection_operations_involved_views = cls(
            all_versions=all_versions,
        )

        instance_inspect_request_inspection_operations_involved_views.additional_properties = d
        return instance_inspect_request_inspection_operations_involved_views

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount")


@_attrs_define
class ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount(AdditionalProperties):
    """
    Attributes:
        all_versions (bool | Unset):
        include_unavailable_views (bool | Unset): Whether or not to also count views which aren't available to the user.
            This is useful for understanding whether or not views/datamodels you don't have to access to will be affected by
            deleting/changing this container.
    """

    _FIT = {"allVersions": "b", "includeUnavailableViews": "b"}
    _REQUIRED = ()

    all_versions: bool | Unset = UNSET
    include_unavailable_views: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_versions = self.all_versions

        include_unavailable_views = self.include_unavailable_views

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_versions is not UNSET:
            field_dict["allVersions"] = all_versions
        if include_unavailable_views is not UNSET:
            field_dict["includeUnavailableViews"] = include_unavailable_views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_versions = d.pop("allVersions", UNSET)

        include_unavailable_views = d.pop("includeUnavailableViews", UNSET)

        container_inspect_request_inspection_operations_total_involved_view_count = cls(
            all_versions=all_versions,
            include_unavailable_views=include_unavailable_views,
        )

        container_inspect_request_inspection_operations_total_involved_view_count.additional_properties = d
        return container_inspect_request_inspection_operations_total_involved_view_count

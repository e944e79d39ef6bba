from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_inspect_request_inspection_operations_involved_views import (
        ContainerInspectRequestInspectionOperationsInvolvedViews,
    )
    from ..models.container_inspect_request_inspection_operations_total_involved_view_count import (
        ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount,
    )


T = TypeVar("T", bound="ContainerInspectRequestInspectionOperations")


@_attrs_define
class ContainerInspectRequestInspectionOperations(AdditionalProperties):
    """
    Attributes:
        involved_views (ContainerInspectRequestInspectionOperationsInvolvedViews | Unset):
        total_involved_view_count (ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount | Unset):
    """

    _FIT = {
        "involvedViews": ("m", "ContainerInspectRequestInspectionOperationsInvolvedViews"),
        "totalInvolvedViewCount": ("m", "ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount"),
    }
    _REQUIRED = ()

    involved_views: ContainerInspectRequestInspectionOperationsInvolvedViews | Unset = UNSET
    total_involved_view_count: ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        involved_views: dict[str, Any] | Unset = UNSET
        if not isinstance(self.involved_views, Unset):
            involved_views = self.involved_views.to_dict()

        total_involved_view_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_involved_view_count, Unset):
            total_involved_view_count = self.total_involved_view_count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if involved_views is not UNSET:
            field_dict["involvedViews"] = involved_views
        if total_involved_view_count is not UNSET:
            field_dict["totalInvolvedViewCount"] = total_involved_view_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_inspect_request_inspection_operations_involved_views import (
            ContainerInspectRequestInspectionOperationsInvolvedViews,  # noqa: PLC0415
        )
        from ..models.container_inspect_request_inspection_operations_total_involved_view_count import (
            ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _involved_views = d.pop("involvedViews", UNSET)
        involved_views: ContainerInspectRequestInspectionOperationsInvolvedViews | Unset
        if isinstance(_involved_views, Unset):
            involved_views = UNSET
        else:
            involved_views = ContainerInspectRequestInspectionOperationsInvolvedViews.from_dict(_involved_views)

        _total_involved_view_count = d.pop("totalInvolvedViewCount", UNSET)
        total_involved_view_count: ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount | Unset
        if isinstance(_total_involved_view_count, Unset):
            total_involved_view_count = UNSET
        else:
            total_involved_view_count = ContainerInspectRequestInspectionOperationsTotalInvolvedViewCount.from_dict(
                _total_involved_view_count
            )

        container_inspect_request_inspection_operations = cls(
            involved_views=involved_views,
            total_involved_view_count=total_involved_view_count,
        )

        container_inspect_request_inspection_operations.additional_properties = d
        return container_inspect_request_inspection_operations

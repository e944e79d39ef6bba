from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="ContainerInspectResultItemInspectionResults")


@_attrs_define
class ContainerInspectResultItemInspectionResults(AdditionalProperties):
    """
    Attributes:
        involved_view_count (int | Unset): The total number of views mapping this container (including views you don't
            have access to)
        involved_views (list[ViewReference] | Unset): The views you have access to which map this container.
    """

    _FIT = {"involvedViewCount": "i", "involvedViews": ("l", ("m", "ViewReference"))}
    _REQUIRED = ()

    involved_view_count: int | Unset = UNSET
    involved_views: list[ViewReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        involved_view_count = self.involved_view_count

        involved_views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.involved_views, Unset):
            involved_views = []
            for involved_views_item_data in self.involved_views:
                involved_views_item = involved_views_item_data.to_dict()
                involved_views.append(involved_views_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if involved_view_count is not UNSET:
            field_dict["involvedViewCount"] = involved_view_count
        if involved_views is not UNSET:
            field_dict["involvedViews"] = involved_views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        involved_view_count = d.pop("involvedViewCount", UNSET)

        _involved_views = d.pop("involvedViews", UNSET)
        involved_views: list[ViewReference] | Unset = UNSET
        if _involved_views is not UNSET:
            involved_views = []
            for involved_views_item_data in _involved_views:
                involved_views_item = ViewReference.from_dict(involved_views_item_data)

                involved_views.append(involved_views_item)

        container_inspect_result_item_inspection_results = cls(
            involved_view_count=involved_view_count,
            involved_views=involved_views,
        )

        container_inspect_result_item_inspection_results.additional_properties = d
        return container_inspect_result_item_inspection_results

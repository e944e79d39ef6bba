from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.view_reference import ViewReference


T = TypeVar("T", bound="InstanceInspectResultItemInspectionResults")


@_attrs_define
class InstanceInspectResultItemInspectionResults(AdditionalProperties):
    """
    Attributes:
        involved_views (list[ViewReference] | Unset):
        involved_containers (list[ContainerReference] | Unset):
    """

    _FIT = {"involvedViews": ("l", ("m", "ViewReference")), "involvedContainers": ("l", ("m", "ContainerReference"))}
    _REQUIRED = ()

    involved_views: list[ViewReference] | Unset = UNSET
    involved_containers: list[ContainerReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        involved_views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.involved_views, Unset):
            involved_views = []
            for involved_views_item_data in self.involved_views:
                involved_views_item = involved_views_item_data.to_dict()
                involved_views.append(involved_views_item)

        involved_containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.involved_containers, Unset):
            involved_containers = []
            for involved_containers_item_data in self.involved_containers:
                involved_containers_item = involved_containers_item_data.to_dict()
                involved_containers.append(involved_containers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if involved_views is not UNSET:
            field_dict["involvedViews"] = involved_views
        if involved_containers is not UNSET:
            field_dict["involvedContainers"] = involved_containers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.view_reference import ViewReference  # noqa: PLC0415

        d = dict(src_dict)
        _involved_views = d.pop("involvedViews", UNSET)
        involved_views: list[ViewReference] | Unset = UNSET
        if _involved_views is not UNSET:
            involved_views = []
            for involved_views_item_data in _involved_views:
                involved_views_item = ViewReference.from_dict(involved_views_item_data)

                involved_views.append(involved_views_item)

        _involved_containers = d.pop("involvedContainers", UNSET)
        involved_containers: list[ContainerReference] | Unset = UNSET
        if _involved_containers is not UNSET:
            involved_containers = []
            for involved_containers_item_data in _involved_containers:
                involved_containers_item = ContainerReference.from_dict(involved_containers_item_data)

                involved_containers.append(involved_containers_item)

        instance_inspect_result_item_inspection_results = cls(
            involved_views=involved_views,
            involved_containers=involved_containers,
        )

        instance_inspect_result_item_inspection_results.additional_properties = d
        return instance_inspect_result_item_inspection_results

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.instance_inspect_request_inspection_operations_involved_containers import (
        InstanceInspectRequestInspectionOperationsInvolvedContainers,
    )
    from ..models.instance_inspect_request_inspection_operations_involved_views import (
        InstanceInspectRequestInspectionOperationsInvolvedViews,
    )


T = TypeVar("T", bound="InstanceInspectRequestInspectionOperations")


@_attrs_define
class InstanceInspectRequestInspectionOperations(AdditionalProperties):
    """
    Attributes:
        involved_views (InstanceInspectRequestInspectionOperationsInvolvedViews | Unset):
        involved_containers (InstanceInspectRequestInspectionOperationsInvolvedContainers | Unset):
    """

    _FIT = {
        "involvedViews": ("m", "InstanceInspectRequestInspectionOperationsInvolvedViews"),
        "involvedContainers": ("m", "InstanceInspectRequestInspectionOperationsInvolvedContainers"),
    }
    _REQUIRED = ()

    involved_views: InstanceInspectRequestInspectionOperationsInvolvedViews | Unset = UNSET
    involved_containers: InstanceInspectRequestInspectionOperationsInvolvedContainers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        involved_views: dict[str, Any] | Unset = UNSET
        if not isinstance(self.involved_views, Unset):
            involved_views = self.involved_views.to_dict()

        involved_containers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.involved_containers, Unset):
            involved_containers = self.involved_containers.to_dict()

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
        from ..models.instance_inspect_request_inspection_operations_involved_containers import (
            InstanceInspectRequestInspectionOperationsInvolvedContainers,  # noqa: PLC0415
        )
        from ..models.instance_inspect_request_inspection_operations_involved_views import (
            InstanceInspectRequestInspectionOperationsInvolvedViews,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _involved_views = d.pop("involvedViews", UNSET)
        involved_views: InstanceInspectRequestInspectionOperationsInvolvedViews | Unset
        if isinstance(_involved_views, Unset):
            involved_views = UNSET
        else:
            involved_views = InstanceInspectRequestInspectionOperationsInvolvedViews.from_dict(_involved_views)

        _involved_containers = d.pop("involvedContainers", UNSET)
        involved_containers: InstanceInspectRequestInspectionOperationsInvolvedContainers | Unset
        if isinstance(_involved_containers, Unset):
            involved_containers = UNSET
        else:
            involved_containers = InstanceInspectRequestInspectionOperationsInvolvedContainers.from_dict(
                _involved_containers
            )

        instance_inspect_request_inspection_operations = cls(
            involved_views=involved_views,
            involved_containers=involved_containers,
        )

        instance_inspect_request_inspection_operations.additional_properties = d
        return instance_inspect_request_inspection_operations

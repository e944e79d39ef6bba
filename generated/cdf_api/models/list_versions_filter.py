from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_filter import WorkflowFilter


T = TypeVar("T", bound="ListVersionsFilter")


@_attrs_define
class ListVersionsFilter(AdditionalProperties):
    """
    Attributes:
        workflow_filters (list[WorkflowFilter] | Unset): Allows filtering versions by their specific workflows (and
            optionally version identifiers). If no workflowFilters are specified, all versions for all workflows will be
            included, ordered by createdTime.
    """

    _FIT = {"workflowFilters": ("l", ("m", "WorkflowFilter"))}
    _REQUIRED = ()

    workflow_filters: list[WorkflowFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_filters, Unset):
            workflow_filters = []
            for workflow_filters_item_data in self.workflow_filters:
                workflow_filters_item = workflow_filters_item_data.to_dict()
                workflow_filters.append(workflow_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_filters is not UNSET:
            field_dict["workflowFilters"] = workflow_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_filter import WorkflowFilter  # noqa: PLC0415

        d = dict(src_dict)
        _workflow_filters = d.pop("workflowFilters", UNSET)
        workflow_filters: list[WorkflowFilter] | Unset = UNSET
        if _workflow_filters is not UNSET:
            workflow_filters = []
            for workflow_filters_item_data in _workflow_filters:
                workflow_filters_item = WorkflowFilter.from_dict(workflow_filters_item_data)

                workflow_filters.append(workflow_filters_item)

        list_versions_filter = cls(
            workflow_filters=workflow_filters,
        )

        list_versions_filter.additional_properties = d
        return list_versions_filter

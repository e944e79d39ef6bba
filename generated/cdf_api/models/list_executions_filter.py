from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_filter import WorkflowFilter


T = TypeVar("T", bound="ListExecutionsFilter")


@_attrs_define
class ListExecutionsFilter(AdditionalProperties):
    """
    Attributes:
        workflow_filters (list[WorkflowFilter] | Unset): Allows filtering executions by their workflows (and optionally
            version identifiers). If no workflowFilters are specified, all executions for all workflows will be included,
            ordered by createdTime.
        created_time_start (int | Unset): epoch timestamp in milliseconds
        created_time_end (int | Unset): epoch timestamp in milliseconds
        status (list[WorkflowStatus] | Unset): workflow execution status
    """

    _FIT = {
        "workflowFilters": ("l", ("m", "WorkflowFilter")),
        "createdTimeStart": "i",
        "createdTimeEnd": "i",
        "status": ("l", "s"),
    }
    _REQUIRED = ()

    workflow_filters: list[WorkflowFilter] | Unset = UNSET
    created_time_start: int | Unset = UNSET
    created_time_end: int | Unset = UNSET
    status: list[WorkflowStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_filters, Unset):
            workflow_filters = []
            for workflow_filters_item_data in self.workflow_filters:
                workflow_filters_item = workflow_filters_item_data.to_dict()
                workflow_filters.append(workflow_filters_item)

        created_time_start = self.created_time_start

        created_time_end = self.created_time_end

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_filters is not UNSET:
            field_dict["workflowFilters"] = workflow_filters
        if created_time_start is not UNSET:
            field_dict["createdTimeStart"] = created_time_start
        if created_time_end is not UNSET:
            field_dict["createdTimeEnd"] = created_time_end
        if status is not UNSET:
            field_dict["status"] = status

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

        created_time_start = d.pop("createdTimeStart", UNSET)

        created_time_end = d.pop("createdTimeEnd", UNSET)

        _status = d.pop("status", UNSET)
        status: list[WorkflowStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = WorkflowStatus(status_item_data)

                status.append(status_item)

        list_executions_filter = cls(
            workflow_filters=workflow_filters,
            created_time_start=created_time_start,
            created_time_end=created_time_end,
            status=status,
        )

        list_executions_filter.additional_properties = d
        return list_executions_filter

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SubworkflowTaskParametersOption1")


@_attrs_define
class SubworkflowTaskParametersOption1(AdditionalProperties):
    """Run another workflow embedded as a subworkflow. The tasks within the subworkflow will count towards the limit on
    total number of tasks in a workflow.

    Note: the referenced subworkflow cannot contain dynamic tasks or nested subworkflows

        Attributes:
            workflow_external_id (str): External ID of the referenced workflow
            version (str): Version of the referenced workflow
    """

    _FIT = {"workflowExternalId": "s", "version": "s"}
    _REQUIRED = ("workflowExternalId", "version")

    workflow_external_id: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_external_id = self.workflow_external_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflowExternalId": workflow_external_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_external_id = d.pop("workflowExternalId")

        version = d.pop("version")

        subworkflow_task_parameters_option_1 = cls(
            workflow_external_id=workflow_external_id,
            version=version,
        )

        subworkflow_task_parameters_option_1.additional_properties = d
        return subworkflow_task_parameters_option_1

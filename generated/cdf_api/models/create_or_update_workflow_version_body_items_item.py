from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.workflow_definition import WorkflowDefinition


T = TypeVar("T", bound="CreateOrUpdateWorkflowVersionBodyItemsItem")


@_attrs_define
class CreateOrUpdateWorkflowVersionBodyItemsItem(AdditionalProperties):
    """
    Attributes:
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        version (str): Identifier for a version. Must be unique for the workflow. No trailing or leading whitespace and
            no null characters allowed.
        workflow_definition (WorkflowDefinition):
    """

    _FIT = {"workflowExternalId": "s", "version": "s", "workflowDefinition": ("m", "WorkflowDefinition")}
    _REQUIRED = ("workflowExternalId", "version", "workflowDefinition")

    workflow_external_id: str
    version: str
    workflow_definition: WorkflowDefinition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_external_id = self.workflow_external_id

        version = self.version

        workflow_definition = self.workflow_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflowExternalId": workflow_external_id,
                "version": version,
                "workflowDefinition": workflow_definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_definition import WorkflowDefinition  # noqa: PLC0415

        d = dict(src_dict)
        workflow_external_id = d.pop("workflowExternalId")

        version = d.pop("version")

        workflow_definition = WorkflowDefinition.from_dict(d.pop("workflowDefinition"))

        create_or_update_workflow_version_body_items_item = cls(
            workflow_external_id=workflow_external_id,
            version=version,
            workflow_definition=workflow_definition,
        )

        create_or_update_workflow_version_body_items_item.additional_properties = d
        return create_or_update_workflow_version_body_items_item

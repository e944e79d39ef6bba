from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DeleteSpecificVersionsOfWorkflowBodyItemsItem")


@_attrs_define
class DeleteSpecificVersionsOfWorkflowBodyItemsItem(AdditionalProperties):
    """
    Attributes:
        version (str): Identifier for a version. Must be unique for the workflow. No trailing or leading whitespace and
            no null characters allowed.
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
    """

    _FIT = {"version": "s", "workflowExternalId": "s"}
    _REQUIRED = ("version", "workflowExternalId")

    version: str
    workflow_external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        workflow_external_id = self.workflow_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "workflowExternalId": workflow_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        workflow_external_id = d.pop("workflowExternalId")

        delete_specific_versions_of_workflow_body_items_item = cls(
            version=version,
            workflow_external_id=workflow_external_id,
        )

        delete_specific_versions_of_workflow_body_items_item.additional_properties = d
        return delete_specific_versions_of_workflow_body_items_item

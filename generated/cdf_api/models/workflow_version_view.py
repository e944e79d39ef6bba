from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_definition_response import WorkflowDefinitionResponse


T = TypeVar("T", bound="WorkflowVersionView")


@_attrs_define
class WorkflowVersionView(AdditionalProperties):
    """
    Attributes:
        workflow_external_id (str | Unset): Identifier for a workflow. Must be unique for the project. No trailing or
            leading whitespace and no null characters allowed.
        version (str | Unset): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
        workflow_definition (WorkflowDefinitionResponse | Unset):
        created_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "workflowExternalId": "s",
        "version": "s",
        "workflowDefinition": ("m", "WorkflowDefinitionResponse"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ()

    workflow_external_id: str | Unset = UNSET
    version: str | Unset = UNSET
    workflow_definition: WorkflowDefinitionResponse | Unset = UNSET
    created_time: int | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_external_id = self.workflow_external_id

        version = self.version

        workflow_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_definition, Unset):
            workflow_definition = self.workflow_definition.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_external_id is not UNSET:
            field_dict["workflowExternalId"] = workflow_external_id
        if version is not UNSET:
            field_dict["version"] = version
        if workflow_definition is not UNSET:
            field_dict["workflowDefinition"] = workflow_definition
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_definition_response import WorkflowDefinitionResponse  # noqa: PLC0415

        d = dict(src_dict)
        workflow_external_id = d.pop("workflowExternalId", UNSET)

        version = d.pop("version", UNSET)

        _workflow_definition = d.pop("workflowDefinition", UNSET)
        workflow_definition: WorkflowDefinitionResponse | Unset
        if isinstance(_workflow_definition, Unset):
            workflow_definition = UNSET
        else:
            workflow_definition = WorkflowDefinitionResponse.from_dict(_workflow_definition)

        created_time = d.pop("createdTime", UNSET)

        last_updated_time = d.pop("lastUpdatedTime", UNSET)

        workflow_version_view = cls(
            workflow_external_id=workflow_external_id,
            version=version,
            workflow_definition=workflow_definition,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        workflow_version_view.additional_properties = d
        return workflow_version_view

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateOrUpdateWorkflowBodyItemsItem")


@_attrs_define
class CreateOrUpdateWorkflowBodyItemsItem(AdditionalProperties):
    """
    Attributes:
        external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading whitespace
            and no null characters allowed.
        description (str | Unset):
        data_set_id (int | Unset): A server-generated ID for the object.
        max_concurrent_executions (int | None | Unset): Maximum concurrent executions for this workflow. Defaults to the
            project limit if not specified, explicitly set to null, or omitted on update. Values exceeding the project limit
            are dynamically capped at runtime. The typical project limit ranges from 50 to 200 concurrent executions.
    """

    _FIT = {"externalId": "s", "description": "s", "dataSetId": "i", "maxConcurrentExecutions": ("u", ("i", None))}
    _REQUIRED = ("externalId",)

    external_id: str
    description: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    max_concurrent_executions: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        description = self.description

        data_set_id = self.data_set_id

        max_concurrent_executions: int | None | Unset
        if isinstance(self.max_concurrent_executions, Unset):
            max_concurrent_executions = UNSET
        else:
            max_concurrent_executions = self.max_concurrent_executions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if max_concurrent_executions is not UNSET:
            field_dict["maxConcurrentExecutions"] = max_concurrent_executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        description = d.pop("description", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        def _parse_max_concurrent_executions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_executions = _parse_max_concurrent_executions(d.pop("maxConcurrentExecutions", UNSET))

        create_or_update_workflow_body_items_item = cls(
            external_id=external_id,
            description=description,
            data_set_id=data_set_id,
            max_concurrent_executions=max_concurrent_executions,
        )

        create_or_update_workflow_body_items_item.additional_properties = d
        return create_or_update_workflow_body_items_item

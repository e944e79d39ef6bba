from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TaskUpdateBase")


@_attrs_define
class TaskUpdateBase(AdditionalProperties):
    """
    Attributes:
        task_id (UUID): The id of the task to update
    """

    _FIT = {"taskId": "s"}
    _REQUIRED = ("taskId",)

    task_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("taskId"))

        task_update_base = cls(
            task_id=task_id,
        )

        task_update_base.additional_properties = d
        return task_update_base

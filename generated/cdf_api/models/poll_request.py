from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PollRequest")


@_attrs_define
class PollRequest(AdditionalProperties):
    """
    Attributes:
        limit (int): The maximum number of tasks to return
        task_type (str): Type of task to poll for. The type is left as a string to allow for any future task types
            without requiring an update of the API. The list of supported task types is defined in ...<TODO: add link to the
            list of supported task types in jazz-api in github>...
    """

    _FIT = {"limit": "i", "taskType": "s"}
    _REQUIRED = ("limit", "taskType")

    limit: int
    task_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        task_type = self.task_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "taskType": task_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit")

        task_type = d.pop("taskType")

        poll_request = cls(
            limit=limit,
            task_type=task_type,
        )

        poll_request.additional_properties = d
        return poll_request

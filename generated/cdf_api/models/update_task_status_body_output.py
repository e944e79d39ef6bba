from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UpdateTaskStatusBodyOutput")


@_attrs_define
class UpdateTaskStatusBodyOutput(AdditionalProperties):
    """Custom output data of the task, which will be merged with the original output of the task. The output data should be
    in JSON format, and is limited to 100KB in size.

        Example:
            {'key1': 'value1', 'key2': 'value2'}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update_task_status_body_output = cls()

        update_task_status_body_output.additional_properties = d
        return update_task_status_body_output

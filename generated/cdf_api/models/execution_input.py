from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ExecutionInput")


@_attrs_define
class ExecutionInput(AdditionalProperties):
    """Input data to the workflow. The content of the input data can be used as input to the workflow tasks using
    references. The input data should be in JSON format, and is limited to 100KB in size.

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
        execution_input = cls()

        execution_input.additional_properties = d
        return execution_input

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CallbackUpdateRequestOutput")


@_attrs_define
class CallbackUpdateRequestOutput(AdditionalProperties):
    """The output of the task execution. Limited to 100KB in size. For more information about workflows limits, see
    [here](https://docs.cognite.com/cdf/data_workflows/limits_and_restrictions_workflows).

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
        callback_update_request_output = cls()

        callback_update_request_output.additional_properties = d
        return callback_update_request_output

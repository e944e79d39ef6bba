from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FunctionEnvVars")


@_attrs_define
class FunctionEnvVars(AdditionalProperties):
    """Object with environment variables as key/value pairs. Keys can contain only letters, numbers or the underscore
    character. You can create at most 100 environment variables.

        Example:
            {'MyKey': 'MyValue'}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        function_env_vars = cls()

        function_env_vars.additional_properties = d
        return function_env_vars

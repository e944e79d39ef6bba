from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FunctionSecrets")


@_attrs_define
class FunctionSecrets(AdditionalProperties):
    """Object with additional secrets as key/value pairs. These can e.g. password to simulators or other data sources. Keys
    must be lowercase characters, numbers or dashes (-) and at most 15 characters. You can create at most 30 secrets,
    all keys must be unique, and cannot be `token`, `indexUrl`, or `extraIndexUrls`. For each secret, the combined size
    of the secret name and secret value is limited by 25 kB. The secrets are returned scrambled if set.

        Example:
            {'MySecret': '***'}

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
        function_secrets = cls()

        function_secrets.additional_properties = d
        return function_secrets

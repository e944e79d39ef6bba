from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ExtraAuthParameter")


@_attrs_define
class ExtraAuthParameter(AdditionalProperties):
    """Extra parameters to send to the external IdP

    Attributes:
        name (str): The name of the parameter
        value (str): The value of the parameter
    """

    _FIT = {"name": "s", "value": "s"}
    _REQUIRED = ("name", "value")

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        extra_auth_parameter = cls(
            name=name,
            value=value,
        )

        extra_auth_parameter.additional_properties = d
        return extra_auth_parameter

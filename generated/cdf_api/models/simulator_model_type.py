from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelType")


@_attrs_define
class SimulatorModelType(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the model type
        key (str): Key of the model type
    """

    _FIT = {"name": "s", "key": "s"}
    _REQUIRED = ("name", "key")

    name: str
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        key = d.pop("key")

        simulator_model_type = cls(
            name=name,
            key=key,
        )

        simulator_model_type.additional_properties = d
        return simulator_model_type

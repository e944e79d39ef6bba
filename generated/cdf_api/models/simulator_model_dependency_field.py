from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelDependencyField")


@_attrs_define
class SimulatorModelDependencyField(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the field
        label (str): Label of the field. Used to render the field label in the GUI.
        info (str): Info of the field. Used to render a tooltip for the field in the GUI.
    """

    _FIT = {"name": "s", "label": "s", "info": "s"}
    _REQUIRED = ("name", "label", "info")

    name: str
    label: str
    info: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "info": info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        info = d.pop("info")

        simulator_model_dependency_field = cls(
            name=name,
            label=label,
            info=info,
        )

        simulator_model_dependency_field.additional_properties = d
        return simulator_model_dependency_field

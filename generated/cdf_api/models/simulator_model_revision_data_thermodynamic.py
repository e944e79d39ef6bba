from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelRevisionDataThermodynamic")


@_attrs_define
class SimulatorModelRevisionDataThermodynamic(AdditionalProperties):
    """
    Attributes:
        property_packages (list[str]): List of property packages
        components (list[str]): List of components
    """

    _FIT = {"propertyPackages": ("l", "s"), "components": ("l", "s")}
    _REQUIRED = ("propertyPackages", "components")

    property_packages: list[str]
    components: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_packages = self.property_packages

        components = self.components

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "propertyPackages": property_packages,
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_packages = cast(list[str], d.pop("propertyPackages"))

        components = cast(list[str], d.pop("components"))

        simulator_model_revision_data_thermodynamic = cls(
            property_packages=property_packages,
            components=components,
        )

        simulator_model_revision_data_thermodynamic.additional_properties = d
        return simulator_model_revision_data_thermodynamic

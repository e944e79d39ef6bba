from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_model_dependency_field import SimulatorModelDependencyField


T = TypeVar("T", bound="SimulatorModelDependency")


@_attrs_define
class SimulatorModelDependency(AdditionalProperties):
    """
    Attributes:
        file_extension_types (list[str]): File extension types allowed as a model dependency.
        fields (list[SimulatorModelDependencyField]): List of simulator specific fields for the dependency. Used to link
            the file to a simulator object in the model.
    """

    _FIT = {"fileExtensionTypes": ("l", "s"), "fields": ("l", ("m", "SimulatorModelDependencyField"))}
    _REQUIRED = ("fileExtensionTypes", "fields")

    file_extension_types: list[str]
    fields: list[SimulatorModelDependencyField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_extension_types = self.file_extension_types

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileExtensionTypes": file_extension_types,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_dependency_field import SimulatorModelDependencyField  # noqa: PLC0415

        d = dict(src_dict)
        file_extension_types = cast(list[str], d.pop("fileExtensionTypes"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = SimulatorModelDependencyField.from_dict(fields_item_data)

            fields.append(fields_item)

        simulator_model_dependency = cls(
            file_extension_types=file_extension_types,
            fields=fields,
        )

        simulator_model_dependency.additional_properties = d
        return simulator_model_dependency

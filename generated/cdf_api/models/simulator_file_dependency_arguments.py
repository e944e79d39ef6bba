from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorFileDependencyArguments")


@_attrs_define
class SimulatorFileDependencyArguments(AdditionalProperties):
    """Simulator-specific arguments for the file dependency. These are used to link the file to a specific object in the
    target model.

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
        simulator_file_dependency_arguments = cls()

        simulator_file_dependency_arguments.additional_properties = d
        return simulator_file_dependency_arguments

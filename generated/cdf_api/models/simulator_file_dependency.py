from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_file_dependency_arguments import SimulatorFileDependencyArguments
    from ..models.simulator_file_dependency_file_field import SimulatorFileDependencyFileField


T = TypeVar("T", bound="SimulatorFileDependency")


@_attrs_define
class SimulatorFileDependency(AdditionalProperties):
    """
    Attributes:
        file (SimulatorFileDependencyFileField):
        arguments (SimulatorFileDependencyArguments): Simulator-specific arguments for the file dependency. These are
            used to link the file to a specific object in the target model.
    """

    _FIT = {"file": ("m", "SimulatorFileDependencyFileField"), "arguments": ("m", "SimulatorFileDependencyArguments")}
    _REQUIRED = ("file", "arguments")

    file: SimulatorFileDependencyFileField
    arguments: SimulatorFileDependencyArguments
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_dict()

        arguments = self.arguments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_file_dependency_arguments import SimulatorFileDependencyArguments  # noqa: PLC0415
        from ..models.simulator_file_dependency_file_field import SimulatorFileDependencyFileField  # noqa: PLC0415

        d = dict(src_dict)
        file = SimulatorFileDependencyFileField.from_dict(d.pop("file"))

        arguments = SimulatorFileDependencyArguments.from_dict(d.pop("arguments"))

        simulator_file_dependency = cls(
            file=file,
            arguments=arguments,
        )

        simulator_file_dependency.additional_properties = d
        return simulator_file_dependency

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cpu_range import CPURange
    from ..models.memory_range import MemoryRange


T = TypeVar("T", bound="FunctionsLimits")


@_attrs_define
class FunctionsLimits(AdditionalProperties):
    """
    Attributes:
        timeout_minutes (int): Timeout of each function call. Example: 9.
        cpu_cores (CPURange): The number of CPU cores per function exectuion (i.e. function call).
        memory_gb (MemoryRange): The amount of available memory in GB per function execution (i.e. function call).
        runtimes (list[str]): Available runtimes. For example, runtime "py313" translates to the latest version of the
            Python 3.13 series. Example: ['py310', 'py311', 'py312', 'py313'].
        response_size_mb (int): Maximum response size of function calls. Example: 1.
    """

    _FIT = {
        "timeoutMinutes": "i",
        "cpuCores": ("m", "CPURange"),
        "memoryGb": ("m", "MemoryRange"),
        "runtimes": ("l", "s"),
        "responseSizeMb": "i",
    }
    _REQUIRED = ("timeoutMinutes", "cpuCores", "memoryGb", "runtimes", "responseSizeMb")

    timeout_minutes: int
    cpu_cores: CPURange
    memory_gb: MemoryRange
    runtimes: list[str]
    response_size_mb: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout_minutes = self.timeout_minutes

        cpu_cores = self.cpu_cores.to_dict()

        memory_gb = self.memory_gb.to_dict()

        runtimes = self.runtimes

        response_size_mb = self.response_size_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeoutMinutes": timeout_minutes,
                "cpuCores": cpu_cores,
                "memoryGb": memory_gb,
                "runtimes": runtimes,
                "responseSizeMb": response_size_mb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_range import CPURange  # noqa: PLC0415
        from ..models.memory_range import MemoryRange  # noqa: PLC0415

        d = dict(src_dict)
        timeout_minutes = d.pop("timeoutMinutes")

        cpu_cores = CPURange.from_dict(d.pop("cpuCores"))

        memory_gb = MemoryRange.from_dict(d.pop("memoryGb"))

        runtimes = cast(list[str], d.pop("runtimes"))

        response_size_mb = d.pop("responseSizeMb")

        functions_limits = cls(
            timeout_minutes=timeout_minutes,
            cpu_cores=cpu_cores,
            memory_gb=memory_gb,
            runtimes=runtimes,
            response_size_mb=response_size_mb,
        )

        functions_limits.additional_properties = d
        return functions_limits

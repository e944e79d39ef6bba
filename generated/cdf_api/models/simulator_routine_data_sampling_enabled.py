from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulatorRoutineDataSamplingEnabled")


@_attrs_define
class SimulatorRoutineDataSamplingEnabled(AdditionalProperties):
    """
    Attributes:
        enabled (Literal[True]): Whether the data sampling is enabled or not
        sampling_window (int): Sampling window of the data sampling. Represented in minutes
        granularity (int): Granularity of the data sampling in minutes
        validation_window (int | Unset): Validation window of the data sampling. Represented in minutes. Used when
            either logical check or steady state detection is enabled.
    """

    _FIT = {"enabled": ("c", True), "samplingWindow": "i", "granularity": "i", "validationWindow": "i"}
    _REQUIRED = ("enabled", "samplingWindow", "granularity")

    enabled: Literal[True]
    sampling_window: int
    granularity: int
    validation_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        sampling_window = self.sampling_window

        granularity = self.granularity

        validation_window = self.validation_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "samplingWindow": sampling_window,
                "granularity": granularity,
            }
        )
        if validation_window is not UNSET:
            field_dict["validationWindow"] = validation_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[True], d.pop("enabled"))
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        sampling_window = d.pop("samplingWindow")

        granularity = d.pop("granularity")

        validation_window = d.pop("validationWindow", UNSET)

        simulator_routine_data_sampling_enabled = cls(
            enabled=enabled,
            sampling_window=sampling_window,
            granularity=granularity,
            validation_window=validation_window,
        )

        simulator_routine_data_sampling_enabled.additional_properties = d
        return simulator_routine_data_sampling_enabled

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorRoutineConfigDisabled")


@_attrs_define
class SimulatorRoutineConfigDisabled(AdditionalProperties):
    """
    Attributes:
        enabled (Literal[False]): When disabled other fields are not allowed
    """

    _FIT = {"enabled": ("c", False)}
    _REQUIRED = ("enabled",)

    enabled: Literal[False]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = cast(Literal[False], d.pop("enabled"))
        if enabled != False:
            raise ValueError(f"enabled must match const False, got '{enabled}'")

        simulator_routine_config_disabled = cls(
            enabled=enabled,
        )

        simulator_routine_config_disabled.additional_properties = d
        return simulator_routine_config_disabled

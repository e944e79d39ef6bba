from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SimulatorRoutineConfigDisabled")


@_attrs_define
class SimulatorRoutineConfigDisabled:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

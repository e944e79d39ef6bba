from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_integration_connector_status import SimulatorIntegrationConnectorStatus

T = TypeVar("T", bound="SimulatorIntegrationConnectorStatusUpdate")


@_attrs_define
class SimulatorIntegrationConnectorStatusUpdate:
    """
    Attributes:
        set_ (SimulatorIntegrationConnectorStatus):
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: SimulatorIntegrationConnectorStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_ = SimulatorIntegrationConnectorStatus(d.pop("set"))

        simulator_integration_connector_status_update = cls(
            set_=set_,
        )

        simulator_integration_connector_status_update.additional_properties = d
        return simulator_integration_connector_status_update

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

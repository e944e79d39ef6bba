from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListSimulatorIntegrationsFilters")


@_attrs_define
class ListSimulatorIntegrationsFilters(AdditionalProperties):
    """
    Attributes:
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
        active (bool | Unset): Filter by whether the simulator integration is active or not. Connector is considered
            active if the heartbeat was reported within the last minute
    """

    _FIT = {"simulatorExternalIds": ("l", "s"), "active": "b"}
    _REQUIRED = ()

    simulator_external_ids: list[str] | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        active = d.pop("active", UNSET)

        list_simulator_integrations_filters = cls(
            simulator_external_ids=simulator_external_ids,
            active=active,
        )

        list_simulator_integrations_filters.additional_properties = d
        return list_simulator_integrations_filters

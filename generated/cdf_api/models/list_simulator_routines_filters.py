from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListSimulatorRoutinesFilters")


@_attrs_define
class ListSimulatorRoutinesFilters(AdditionalProperties):
    """
    Attributes:
        model_external_ids (list[str] | Unset): Filter by simulator model external ids
        simulator_integration_external_ids (list[str] | Unset): Filter by simulator integration external ids
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
    """

    _FIT = {
        "modelExternalIds": ("l", "s"),
        "simulatorIntegrationExternalIds": ("l", "s"),
        "simulatorExternalIds": ("l", "s"),
    }
    _REQUIRED = ()

    model_external_ids: list[str] | Unset = UNSET
    simulator_integration_external_ids: list[str] | Unset = UNSET
    simulator_external_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_external_ids, Unset):
            model_external_ids = self.model_external_ids

        simulator_integration_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_integration_external_ids, Unset):
            simulator_integration_external_ids = self.simulator_integration_external_ids

        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_external_ids is not UNSET:
            field_dict["modelExternalIds"] = model_external_ids
        if simulator_integration_external_ids is not UNSET:
            field_dict["simulatorIntegrationExternalIds"] = simulator_integration_external_ids
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_external_ids = cast(list[str], d.pop("modelExternalIds", UNSET))

        simulator_integration_external_ids = cast(list[str], d.pop("simulatorIntegrationExternalIds", UNSET))

        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        list_simulator_routines_filters = cls(
            model_external_ids=model_external_ids,
            simulator_integration_external_ids=simulator_integration_external_ids,
            simulator_external_ids=simulator_external_ids,
        )

        list_simulator_routines_filters.additional_properties = d
        return list_simulator_routines_filters

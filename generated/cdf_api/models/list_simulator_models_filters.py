from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListSimulatorModelsFilters")


@_attrs_define
class ListSimulatorModelsFilters(AdditionalProperties):
    """
    Attributes:
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
        external_id_prefix (str | Unset): Filter by prefix on simulator model external ids
        data_set_ids (list[int] | Unset): Filter by data set IDs
    """

    _FIT = {"simulatorExternalIds": ("l", "s"), "externalIdPrefix": "s", "dataSetIds": ("l", "i")}
    _REQUIRED = ()

    simulator_external_ids: list[str] | Unset = UNSET
    external_id_prefix: str | Unset = UNSET
    data_set_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        external_id_prefix = self.external_id_prefix

        data_set_ids: list[int] | Unset = UNSET
        if not isinstance(self.data_set_ids, Unset):
            data_set_ids = self.data_set_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids
        if external_id_prefix is not UNSET:
            field_dict["externalIdPrefix"] = external_id_prefix
        if data_set_ids is not UNSET:
            field_dict["dataSetIds"] = data_set_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        external_id_prefix = d.pop("externalIdPrefix", UNSET)

        data_set_ids = cast(list[int], d.pop("dataSetIds", UNSET))

        list_simulator_models_filters = cls(
            simulator_external_ids=simulator_external_ids,
            external_id_prefix=external_id_prefix,
            data_set_ids=data_set_ids,
        )

        list_simulator_models_filters.additional_properties = d
        return list_simulator_models_filters

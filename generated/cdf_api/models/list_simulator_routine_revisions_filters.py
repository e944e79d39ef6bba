from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange


T = TypeVar("T", bound="ListSimulatorRoutineRevisionsFilters")


@_attrs_define
class ListSimulatorRoutineRevisionsFilters(AdditionalProperties):
    """
    Attributes:
        routine_external_ids (list[str] | Unset): Filter by simulator routine external ids
        all_versions (bool | Unset): If all versions of the entity should be returned. Defaults to false which returns
            only the latest revision for each routine.
        model_external_ids (list[str] | Unset): Filter by simulator model external ids
        simulator_integration_external_ids (list[str] | Unset): Filter by simulator integration external ids
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "routineExternalIds": ("l", "s"),
        "allVersions": "b",
        "modelExternalIds": ("l", "s"),
        "simulatorIntegrationExternalIds": ("l", "s"),
        "simulatorExternalIds": ("l", "s"),
        "createdTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    routine_external_ids: list[str] | Unset = UNSET
    all_versions: bool | Unset = UNSET
    model_external_ids: list[str] | Unset = UNSET
    simulator_integration_external_ids: list[str] | Unset = UNSET
    simulator_external_ids: list[str] | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routine_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.routine_external_ids, Unset):
            routine_external_ids = self.routine_external_ids

        all_versions = self.all_versions

        model_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_external_ids, Unset):
            model_external_ids = self.model_external_ids

        simulator_integration_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_integration_external_ids, Unset):
            simulator_integration_external_ids = self.simulator_integration_external_ids

        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if routine_external_ids is not UNSET:
            field_dict["routineExternalIds"] = routine_external_ids
        if all_versions is not UNSET:
            field_dict["allVersions"] = all_versions
        if model_external_ids is not UNSET:
            field_dict["modelExternalIds"] = model_external_ids
        if simulator_integration_external_ids is not UNSET:
            field_dict["simulatorIntegrationExternalIds"] = simulator_integration_external_ids
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415

        d = dict(src_dict)
        routine_external_ids = cast(list[str], d.pop("routineExternalIds", UNSET))

        all_versions = d.pop("allVersions", UNSET)

        model_external_ids = cast(list[str], d.pop("modelExternalIds", UNSET))

        simulator_integration_external_ids = cast(list[str], d.pop("simulatorIntegrationExternalIds", UNSET))

        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        list_simulator_routine_revisions_filters = cls(
            routine_external_ids=routine_external_ids,
            all_versions=all_versions,
            model_external_ids=model_external_ids,
            simulator_integration_external_ids=simulator_integration_external_ids,
            simulator_external_ids=simulator_external_ids,
            created_time=created_time,
        )

        list_simulator_routine_revisions_filters.additional_properties = d
        return list_simulator_routine_revisions_filters

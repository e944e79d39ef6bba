from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange


T = TypeVar("T", bound="ListSimulatorModelRevisionsFilters")


@_attrs_define
class ListSimulatorModelRevisionsFilters(AdditionalProperties):
    """
    Attributes:
        model_external_ids (list[str] | Unset): Filter by model external ids
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
        all_versions (bool | Unset): If all versions of the entity should be returned. Defaults to false which returns
            only the latest revision for each model.
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        last_updated_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "modelExternalIds": ("l", "s"),
        "simulatorExternalIds": ("l", "s"),
        "allVersions": "b",
        "createdTime": ("m", "EpochTimestampRange"),
        "lastUpdatedTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    model_external_ids: list[str] | Unset = UNSET
    simulator_external_ids: list[str] | Unset = UNSET
    all_versions: bool | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    last_updated_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_external_ids, Unset):
            model_external_ids = self.model_external_ids

        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        all_versions = self.all_versions

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_external_ids is not UNSET:
            field_dict["modelExternalIds"] = model_external_ids
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids
        if all_versions is not UNSET:
            field_dict["allVersions"] = all_versions
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415

        d = dict(src_dict)
        model_external_ids = cast(list[str], d.pop("modelExternalIds", UNSET))

        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        all_versions = d.pop("allVersions", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: EpochTimestampRange | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = EpochTimestampRange.from_dict(_last_updated_time)

        list_simulator_model_revisions_filters = cls(
            model_external_ids=model_external_ids,
            simulator_external_ids=simulator_external_ids,
            all_versions=all_versions,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        list_simulator_model_revisions_filters.additional_properties = d
        return list_simulator_model_revisions_filters

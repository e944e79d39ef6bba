from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId
    from ..models.time_series_patch_dm_update import TimeSeriesPatchDMUpdate


T = TypeVar("T", bound="TimeSeriesUpdateByInstanceId")


@_attrs_define
class TimeSeriesUpdateByInstanceId(AdditionalProperties):
    """
    Attributes:
        update (TimeSeriesPatchDMUpdate):
        instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {"update": ("m", "TimeSeriesPatchDMUpdate"), "instanceId": ("m", "CogniteInstanceId")}
    _REQUIRED = ("update", "instanceId")

    update: TimeSeriesPatchDMUpdate
    instance_id: CogniteInstanceId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
                "instanceId": instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415
        from ..models.time_series_patch_dm_update import TimeSeriesPatchDMUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = TimeSeriesPatchDMUpdate.from_dict(d.pop("update"))

        instance_id = CogniteInstanceId.from_dict(d.pop("instanceId"))

        time_series_update_by_instance_id = cls(
            update=update,
            instance_id=instance_id,
        )

        time_series_update_by_instance_id.additional_properties = d
        return time_series_update_by_instance_id

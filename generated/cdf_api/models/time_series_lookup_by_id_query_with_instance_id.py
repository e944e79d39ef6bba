from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="TimeSeriesLookupByIdQueryWithInstanceId")


@_attrs_define
class TimeSeriesLookupByIdQueryWithInstanceId(AdditionalProperties):
    """
    Attributes:
        instance_id (CogniteInstanceId | Unset): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
    """

    _FIT = {"instanceId": ("m", "CogniteInstanceId")}
    _REQUIRED = ()

    instance_id: CogniteInstanceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_id, Unset):
            instance_id = self.instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instanceId"] = instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        _instance_id = d.pop("instanceId", UNSET)
        instance_id: CogniteInstanceId | Unset
        if isinstance(_instance_id, Unset):
            instance_id = UNSET
        else:
            instance_id = CogniteInstanceId.from_dict(_instance_id)

        time_series_lookup_by_id_query_with_instance_id = cls(
            instance_id=instance_id,
        )

        time_series_lookup_by_id_query_with_instance_id.additional_properties = d
        return time_series_lookup_by_id_query_with_instance_id

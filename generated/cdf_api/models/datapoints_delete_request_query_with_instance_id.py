from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="DatapointsDeleteRequestQueryWithInstanceId")


@_attrs_define
class DatapointsDeleteRequestQueryWithInstanceId(AdditionalProperties):
    """
    Attributes:
        inclusive_begin (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example: 1638795554528.
        instance_id (CogniteInstanceId): The ID of an [instance in Cognite Data
            Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).
        exclusive_end (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example:
            1638795554528.
    """

    _FIT = {"inclusiveBegin": "i", "instanceId": ("m", "CogniteInstanceId"), "exclusiveEnd": "i"}
    _REQUIRED = ("inclusiveBegin", "instanceId")

    inclusive_begin: int
    instance_id: CogniteInstanceId
    exclusive_end: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inclusive_begin = self.inclusive_begin

        instance_id = self.instance_id.to_dict()

        exclusive_end = self.exclusive_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inclusiveBegin": inclusive_begin,
                "instanceId": instance_id,
            }
        )
        if exclusive_end is not UNSET:
            field_dict["exclusiveEnd"] = exclusive_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        inclusive_begin = d.pop("inclusiveBegin")

        instance_id = CogniteInstanceId.from_dict(d.pop("instanceId"))

        exclusive_end = d.pop("exclusiveEnd", UNSET)

        datapoints_delete_request_query_with_instance_id = cls(
            inclusive_begin=inclusive_begin,
            instance_id=instance_id,
            exclusive_end=exclusive_end,
        )

        datapoints_delete_request_query_with_instance_id.additional_properties = d
        return datapoints_delete_request_query_with_instance_id

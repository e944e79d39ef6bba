from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DatapointsDeleteRequestQueryWithExternalId")


@_attrs_define
class DatapointsDeleteRequestQueryWithExternalId(AdditionalProperties):
    """
    Attributes:
        inclusive_begin (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example: 1638795554528.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        exclusive_end (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example:
            1638795554528.
    """

    _FIT = {"inclusiveBegin": "i", "externalId": "s", "exclusiveEnd": "i"}
    _REQUIRED = ("inclusiveBegin", "externalId")

    inclusive_begin: int
    external_id: str
    exclusive_end: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inclusive_begin = self.inclusive_begin

        external_id = self.external_id

        exclusive_end = self.exclusive_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inclusiveBegin": inclusive_begin,
                "externalId": external_id,
            }
        )
        if exclusive_end is not UNSET:
            field_dict["exclusiveEnd"] = exclusive_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inclusive_begin = d.pop("inclusiveBegin")

        external_id = d.pop("externalId")

        exclusive_end = d.pop("exclusiveEnd", UNSET)

        datapoints_delete_request_query_with_external_id = cls(
            inclusive_begin=inclusive_begin,
            external_id=external_id,
            exclusive_end=exclusive_end,
        )

        datapoints_delete_request_query_with_external_id.additional_properties = d
        return datapoints_delete_request_query_with_external_id

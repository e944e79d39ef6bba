from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EpochTimestampRange")


@_attrs_define
class EpochTimestampRange(AdditionalProperties):
    """Range between two timestamps (inclusive).

    Attributes:
        max_ (int | Unset): Maximum timestamp (inclusive). The timestamp is represented as number of milliseconds since
            00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        min_ (int | Unset): Minimum timestamp (inclusive). The timestamp is represented as number of milliseconds since
            00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
    """

    _FIT = {"max": "i", "min": "i"}
    _REQUIRED = ()

    max_: int | Unset = UNSET
    min_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max", UNSET)

        min_ = d.pop("min", UNSET)

        epoch_timestamp_range = cls(
            max_=max_,
            min_=min_,
        )

        epoch_timestamp_range.additional_properties = d
        return epoch_timestamp_range

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesStateSet")


@_attrs_define
class TimeSeriesStateSet(AdditionalProperties):
    """The ID of an [instance in Cognite Data
    Models](https://docs.cognite.com/cdf/dm/dm_concepts/dm_spaces_instances#instance).

        Attributes:
            space (str):
            external_id (str):
    """

    _FIT = {"space": "s", "externalId": "s"}
    _REQUIRED = ("space", "externalId")

    space: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        time_series_state_set = cls(
            space=space,
            external_id=external_id,
        )

        time_series_state_set.additional_properties = d
        return time_series_state_set

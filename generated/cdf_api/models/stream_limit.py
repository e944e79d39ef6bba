from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StreamLimit")


@_attrs_define
class StreamLimit(AdditionalProperties):
    """
    Attributes:
        provisioned (float): Amount of resource provisioned.
             Example: 1000.
        consumed (float | Unset): Amount of resource consumed.

            This value will be returned only in a Retrieve stream response,
            and only if ```includeStatistics``` request parameter is ```true```.
            Currently, this value is available for ```maxRecordsTotal``` and
            ```maxGigaBytesTotal``` limits only.
             Example: 999.
    """

    _FIT = {"provisioned": "n", "consumed": "n"}
    _REQUIRED = ("provisioned",)

    provisioned: float
    consumed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provisioned = self.provisioned

        consumed = self.consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provisioned": provisioned,
            }
        )
        if consumed is not UNSET:
            field_dict["consumed"] = consumed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provisioned = d.pop("provisioned")

        consumed = d.pop("consumed", UNSET)

        stream_limit = cls(
            provisioned=provisioned,
            consumed=consumed,
        )

        stream_limit.additional_properties = d
        return stream_limit

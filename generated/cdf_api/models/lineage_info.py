from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="LineageInfo")


@_attrs_define
class LineageInfo(AdditionalProperties):
    """
    Attributes:
        uri (str): CDF resource URI following the format:
            `cdf://<cluster>/<project>/domain/<domain>/<service>/<resourcePath>`. Examples: `cdf://westeurope-1/my-
            project/domain/my-domain/raw/sensors/readings` or `cdf://westeurope-1/my-project/domain/my-
            domain/models/sensor_space/view/TimeseriesView/v1`. Example: cdf://westeurope-1/my-project/domain/my-
            domain/raw/sensors/readings.
    """

    _FIT = {"uri": "s"}
    _REQUIRED = ("uri",)

    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        lineage_info = cls(
            uri=uri,
        )

        lineage_info.additional_properties = d
        return lineage_info

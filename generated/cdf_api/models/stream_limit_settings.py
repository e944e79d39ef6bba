from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.stream_limit import StreamLimit


T = TypeVar("T", bound="StreamLimitSettings")


@_attrs_define
class StreamLimitSettings(AdditionalProperties):
    """Limits and usage.

    Attributes:
        max_records_total (StreamLimit):
        max_giga_bytes_total (StreamLimit):
        max_filtering_interval (str | Unset): Maximum length of time that the ```lastUpdatedTime``` filter can retrieve
            records for,
            in ISO-8601 format. This setting is only available for immutable streams.
             Example: P1Y.
    """

    _FIT = {
        "maxRecordsTotal": ("m", "StreamLimit"),
        "maxGigaBytesTotal": ("m", "StreamLimit"),
        "maxFilteringInterval": "s",
    }
    _REQUIRED = ("maxRecordsTotal", "maxGigaBytesTotal")

    max_records_total: StreamLimit
    max_giga_bytes_total: StreamLimit
    max_filtering_interval: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_records_total = self.max_records_total.to_dict()

        max_giga_bytes_total = self.max_giga_bytes_total.to_dict()

        max_filtering_interval = self.max_filtering_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxRecordsTotal": max_records_total,
                "maxGigaBytesTotal": max_giga_bytes_total,
            }
        )
        if max_filtering_interval is not UNSET:
            field_dict["maxFilteringInterval"] = max_filtering_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_limit import StreamLimit  # noqa: PLC0415

        d = dict(src_dict)
        max_records_total = StreamLimit.from_dict(d.pop("maxRecordsTotal"))

        max_giga_bytes_total = StreamLimit.from_dict(d.pop("maxGigaBytesTotal"))

        max_filtering_interval = d.pop("maxFilteringInterval", UNSET)

        stream_limit_settings = cls(
            max_records_total=max_records_total,
            max_giga_bytes_total=max_giga_bytes_total,
            max_filtering_interval=max_filtering_interval,
        )

        stream_limit_settings.additional_properties = d
        return stream_limit_settings

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.stream_lifecycle_settings import StreamLifecycleSettings
    from ..models.stream_limit_settings import StreamLimitSettings


T = TypeVar("T", bound="StreamResponseItemSettings")


@_attrs_define
class StreamResponseItemSettings(AdditionalProperties):
    """Stream settings.

    Attributes:
        lifecycle (StreamLifecycleSettings): Data lifecycle settings. These settings are populated from the stream
            creation template
            and there is no easy way to change them. This information is meant to be human-readable
            and is not really meant for machine consumption.
        limits (StreamLimitSettings): Limits and usage.
    """

    _FIT = {"lifecycle": ("m", "StreamLifecycleSettings"), "limits": ("m", "StreamLimitSettings")}
    _REQUIRED = ("lifecycle", "limits")

    lifecycle: StreamLifecycleSettings
    limits: StreamLimitSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lifecycle = self.lifecycle.to_dict()

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lifecycle": lifecycle,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_lifecycle_settings import StreamLifecycleSettings  # noqa: PLC0415
        from ..models.stream_limit_settings import StreamLimitSettings  # noqa: PLC0415

        d = dict(src_dict)
        lifecycle = StreamLifecycleSettings.from_dict(d.pop("lifecycle"))

        limits = StreamLimitSettings.from_dict(d.pop("limits"))

        stream_response_item_settings = cls(
            lifecycle=lifecycle,
            limits=limits,
        )

        stream_response_item_settings.additional_properties = d
        return stream_response_item_settings

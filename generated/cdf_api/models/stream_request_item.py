from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_stream_settings import CreateStreamSettings


T = TypeVar("T", bound="StreamRequestItem")


@_attrs_define
class StreamRequestItem(AdditionalProperties):
    """Stream object.

    Attributes:
        external_id (str): Stream identifier. The identifier must be unique within the project and must be a valid
            stream identifier.
            Stream identifiers can only consist of alphanumeric characters, hyphens, and underscores.
            It must not start with cdf_ or cognite_, as those are reserved for Cognite internal use.
            Stream id cannot be logs or records. Max length is 100 characters.
             Example: test_stream_1.
        settings (CreateStreamSettings): Stream settings which should be applied to a stream.
    """

    _FIT = {"externalId": "s", "settings": ("m", "CreateStreamSettings")}
    _REQUIRED = ("externalId", "settings")

    external_id: str
    settings: CreateStreamSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_stream_settings import CreateStreamSettings  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        settings = CreateStreamSettings.from_dict(d.pop("settings"))

        stream_request_item = cls(
            external_id=external_id,
            settings=settings,
        )

        stream_request_item.additional_properties = d
        return stream_request_item

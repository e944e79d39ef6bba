from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_response_item_type import StreamResponseItemType
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.stream_response_item_settings import StreamResponseItemSettings


T = TypeVar("T", bound="StreamResponseItem")


@_attrs_define
class StreamResponseItem(AdditionalProperties):
    """Stream object.

    Attributes:
        external_id (str): Stream identifier.
             Example: test1.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        created_from_template (str): Name of the template used for creating this stream.
            **Note:** This value is for information only. The template might have been modified
            or even entirely deleted after the stream has been created.
             Example: ImmutableTestStream.
        type_ (StreamResponseItemType): Defines type of the stream. Both ```Immutable``` and ```Mutable``` streams are
            available.

            Records in an ```Immutable``` stream cannot be updated or deleted by the user.
            Instead, depending on the specific template, they can have a limited life span
            and be automatically deleted once ```dataDeletedAfter``` interval has passed.
            ```Immutable``` streams allow ingestion of very large amounts of data.
            These streams are most suitable for event or log type data or as a "staging area"
            for data that needs to be normalized before ingestion into a more permanent storage.
            Immutable streams are optimized for long-term retention and high-volume ingestion,
            which results in lower query performance compared to mutable streams.

            Records in a ```Mutable``` stream can be updated and deleted by the user,
            but total number of records that can be ingested into such a stream is limited.
            Mutable streams provide better query performance.
             Example: Immutable.
        settings (StreamResponseItemSettings): Stream settings.
    """

    _FIT = {
        "externalId": "s",
        "createdTime": "i",
        "createdFromTemplate": "s",
        "type": "s",
        "settings": ("m", "StreamResponseItemSettings"),
    }
    _REQUIRED = ("externalId", "createdTime", "createdFromTemplate", "type", "settings")

    external_id: str
    created_time: int
    created_from_template: str
    type_: StreamResponseItemType
    settings: StreamResponseItemSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        created_time = self.created_time

        created_from_template = self.created_from_template

        type_ = self.type_.value

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "createdTime": created_time,
                "createdFromTemplate": created_from_template,
                "type": type_,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_response_item_settings import StreamResponseItemSettings  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        created_from_template = d.pop("createdFromTemplate")

        type_ = StreamResponseItemType(d.pop("type"))

        settings = StreamResponseItemSettings.from_dict(d.pop("settings"))

        stream_response_item = cls(
            external_id=external_id,
            created_time=created_time,
            created_from_template=created_from_template,
            type_=type_,
            settings=settings,
        )

        stream_response_item.additional_properties = d
        return stream_response_item

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signals_filter_topic import SignalsFilterTopic
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.current_user_sink_id import CurrentUserSinkId
    from ..models.email_sink_id import EmailSinkId
    from ..models.user_sink_id import UserSinkId


T = TypeVar("T", bound="SignalsFilter")


@_attrs_define
class SignalsFilter(AdditionalProperties):
    """Filter for signals to list.

    Attributes:
        sink (CurrentUserSinkId | EmailSinkId | UserSinkId): Reference to a sink. If the type is "user", the user must
            exist in the user profiles API.
        topic (SignalsFilterTopic | Unset): Topic name
        cursor (str | Unset): Cursor for pagination. This cursor is temporary hence should not be saved.
        limit (int | Unset): Maximum number of subscriptions to return.
    """

    _FIT = {
        "sink": ("u", (("m", "EmailSinkId"), ("m", "UserSinkId"), ("m", "CurrentUserSinkId"))),
        "topic": "s",
        "cursor": "s",
        "limit": "i",
    }
    _REQUIRED = ("sink",)

    sink: CurrentUserSinkId | EmailSinkId | UserSinkId
    topic: SignalsFilterTopic | Unset = UNSET
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sink: dict[str, Any]
        sink = self.sink.to_dict()

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sink": sink,
            }
        )
        if topic is not UNSET:
            field_dict["topic"] = topic
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_user_sink_id import CurrentUserSinkId  # noqa: PLC0415
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sink(data: object) -> CurrentUserSinkId | EmailSinkId | UserSinkId:
            return parse_best(data, (EmailSinkId, UserSinkId, CurrentUserSinkId))

        sink = _parse_sink(d.pop("sink"))

        _topic = d.pop("topic", UNSET)
        topic: SignalsFilterTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = SignalsFilterTopic(_topic)

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        signals_filter = cls(
            sink=sink,
            topic=topic,
            cursor=cursor,
            limit=limit,
        )

        signals_filter.additional_properties = d
        return signals_filter

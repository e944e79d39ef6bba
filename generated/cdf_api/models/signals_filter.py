from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signals_filter_topic import SignalsFilterTopic
from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.current_user_sink_id import CurrentUserSinkId
    from ..models.email_sink_id import EmailSinkId
    from ..models.user_sink_id import UserSinkId


T = TypeVar("T", bound="SignalsFilter")


@_attrs_define
class SignalsFilter:
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
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415

        sink: dict[str, Any]
        if isinstance(self.sink, EmailSinkId):
            sink = self.sink.to_dict()
        elif isinstance(self.sink, UserSinkId):
            sink = self.sink.to_dict()
        else:
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        EmailSinkId,
                        UserSinkId,
                        CurrentUserSinkId,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.current_user_sink_id import CurrentUserSinkId
    from ..models.email_sink_id import EmailSinkId
    from ..models.hosted_extractors_subscription_filter import HostedExtractorsSubscriptionFilter
    from ..models.subscription_filter_update import SubscriptionFilterUpdate
    from ..models.user_sink_id import UserSinkId


T = TypeVar("T", bound="SubscriptionWrite")


@_attrs_define
class SubscriptionWrite(AdditionalProperties):
    """Request to create a subscription.

    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        sink (CurrentUserSinkId | EmailSinkId | UserSinkId): Reference to a sink. If the type is "user", the user must
            exist in the user profiles API.
        filter_ (HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate): Filter used to select which signals
            will be received by a subscription. Omitted fields are ignored when filtering, allowing signals with any value
            in that field.
    """

    _FIT = {
        "externalId": "s",
        "sink": ("u", (("m", "EmailSinkId"), ("m", "UserSinkId"), ("m", "CurrentUserSinkId"))),
        "filter": ("u", (("m", "SubscriptionFilterUpdate"), ("m", "HostedExtractorsSubscriptionFilter"))),
    }
    _REQUIRED = ("externalId", "sink", "filter")

    external_id: str
    sink: CurrentUserSinkId | EmailSinkId | UserSinkId
    filter_: HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        sink: dict[str, Any]
        sink = self.sink.to_dict()

        filter_: dict[str, Any]
        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "sink": sink,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_user_sink_id import CurrentUserSinkId  # noqa: PLC0415
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.hosted_extractors_subscription_filter import HostedExtractorsSubscriptionFilter  # noqa: PLC0415
        from ..models.subscription_filter_update import SubscriptionFilterUpdate  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        def _parse_sink(data: object) -> CurrentUserSinkId | EmailSinkId | UserSinkId:
            return parse_best(data, (EmailSinkId, UserSinkId, CurrentUserSinkId))

        sink = _parse_sink(d.pop("sink"))

        def _parse_filter_(data: object) -> HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate:
            return parse_best(data, (SubscriptionFilterUpdate, HostedExtractorsSubscriptionFilter))

        filter_ = _parse_filter_(d.pop("filter"))

        subscription_write = cls(
            external_id=external_id,
            sink=sink,
            filter_=filter_,
        )

        subscription_write.additional_properties = d
        return subscription_write

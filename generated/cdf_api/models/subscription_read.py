from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.email_sink_id import EmailSinkId
    from ..models.hosted_extractors_subscription_filter import HostedExtractorsSubscriptionFilter
    from ..models.subscription_filter_update import SubscriptionFilterUpdate
    from ..models.user_sink_id import UserSinkId


T = TypeVar("T", bound="SubscriptionRead")


@_attrs_define
class SubscriptionRead(AdditionalProperties):
    """A subscription item which includes the sink and filters available for that subscription.
    The filters here would be the metadata from the service the subscription points to.

        Attributes:
            external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
                my.known.id.
            sink (EmailSinkId | UserSinkId): ID of a sink.
            filter_ (HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate): Filter used to select which signals
                will be received by a subscription. Omitted fields are ignored when filtering, allowing signals with any value
                in that field.
            created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
                Time (UTC), minus leap seconds. Example: 1730204346000.
            last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
                Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "externalId": "s",
        "sink": ("u", (("m", "EmailSinkId"), ("m", "UserSinkId"))),
        "filter": ("u", (("m", "SubscriptionFilterUpdate"), ("m", "HostedExtractorsSubscriptionFilter"))),
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ("externalId", "sink", "filter", "createdTime", "lastUpdatedTime")

    external_id: str
    sink: EmailSinkId | UserSinkId
    filter_: HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        sink: dict[str, Any]
        sink = self.sink.to_dict()

        filter_: dict[str, Any]
        filter_ = self.filter_.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "sink": sink,
                "filter": filter_,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.hosted_extractors_subscription_filter import HostedExtractorsSubscriptionFilter  # noqa: PLC0415
        from ..models.subscription_filter_update import SubscriptionFilterUpdate  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        def _parse_sink(data: object) -> EmailSinkId | UserSinkId:
            return parse_best(data, (EmailSinkId, UserSinkId))

        sink = _parse_sink(d.pop("sink"))

        def _parse_filter_(data: object) -> HostedExtractorsSubscriptionFilter | SubscriptionFilterUpdate:
            return parse_best(data, (SubscriptionFilterUpdate, HostedExtractorsSubscriptionFilter))

        filter_ = _parse_filter_(d.pop("filter"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        subscription_read = cls(
            external_id=external_id,
            sink=sink,
            filter_=filter_,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        subscription_read.additional_properties = d
        return subscription_read

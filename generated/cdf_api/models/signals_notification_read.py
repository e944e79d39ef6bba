from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_severity import SignalSeverity
from ..models.supported_topics import SupportedTopics
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.current_user_sink_id import CurrentUserSinkId
    from ..models.email_sink_id import EmailSinkId
    from ..models.hosted_extractors_signal_metadata import HostedExtractorsSignalMetadata
    from ..models.integration_signal_metadata import IntegrationSignalMetadata
    from ..models.user_sink_id import UserSinkId
    from ..models.workflow_signal_metadata import WorkflowSignalMetadata


T = TypeVar("T", bound="SignalsNotificationRead")


@_attrs_define
class SignalsNotificationRead(AdditionalProperties):
    """A signal item

    Attributes:
        topic (SupportedTopics): Topics supported by the service.
        sink (CurrentUserSinkId | EmailSinkId | UserSinkId): Reference to a sink. If the type is "user", the user must
            exist in the user profiles API.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        severity (SignalSeverity): The severity level of the signal.
        resource_id (str):
        category (str):
        metadata (HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata):
        message (str): Could be a summary or a detailed message of the signal.
        details (str | Unset): Details of a signal.
    """

    _FIT = {
        "topic": "s",
        "sink": ("u", (("m", "EmailSinkId"), ("m", "UserSinkId"), ("m", "CurrentUserSinkId"))),
        "externalId": "s",
        "severity": "s",
        "resourceId": "s",
        "category": "s",
        "metadata": (
            "u",
            (
                ("m", "IntegrationSignalMetadata"),
                ("m", "WorkflowSignalMetadata"),
                ("m", "HostedExtractorsSignalMetadata"),
            ),
        ),
        "message": "s",
        "details": "s",
    }
    _REQUIRED = ("topic", "sink", "externalId", "severity", "resourceId", "category", "metadata", "message")

    topic: SupportedTopics
    sink: CurrentUserSinkId | EmailSinkId | UserSinkId
    external_id: str
    severity: SignalSeverity
    resource_id: str
    category: str
    metadata: HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata
    message: str
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic.value

        sink: dict[str, Any]
        sink = self.sink.to_dict()

        external_id = self.external_id

        severity = self.severity.value

        resource_id = self.resource_id

        category = self.category

        metadata: dict[str, Any]
        metadata = self.metadata.to_dict()

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "sink": sink,
                "externalId": external_id,
                "severity": severity,
                "resourceId": resource_id,
                "category": category,
                "metadata": metadata,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_user_sink_id import CurrentUserSinkId  # noqa: PLC0415
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.hosted_extractors_signal_metadata import HostedExtractorsSignalMetadata  # noqa: PLC0415
        from ..models.integration_signal_metadata import IntegrationSignalMetadata  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415
        from ..models.workflow_signal_metadata import WorkflowSignalMetadata  # noqa: PLC0415

        d = dict(src_dict)
        topic = SupportedTopics(d.pop("topic"))

        def _parse_sink(data: object) -> CurrentUserSinkId | EmailSinkId | UserSinkId:
            return parse_best(data, (EmailSinkId, UserSinkId, CurrentUserSinkId))

        sink = _parse_sink(d.pop("sink"))

        external_id = d.pop("externalId")

        severity = SignalSeverity(d.pop("severity"))

        resource_id = d.pop("resourceId")

        category = d.pop("category")

        def _parse_metadata(
            data: object,
        ) -> HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata:
            return parse_best(data, (IntegrationSignalMetadata, WorkflowSignalMetadata, HostedExtractorsSignalMetadata))

        metadata = _parse_metadata(d.pop("metadata"))

        message = d.pop("message")

        details = d.pop("details", UNSET)

        signals_notification_read = cls(
            topic=topic,
            sink=sink,
            external_id=external_id,
            severity=severity,
            resource_id=resource_id,
            category=category,
            metadata=metadata,
            message=message,
            details=details,
        )

        signals_notification_read.additional_properties = d
        return signals_notification_read

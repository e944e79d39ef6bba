from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_write_severity import SignalWriteSeverity
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.hosted_extractors_signal_metadata import HostedExtractorsSignalMetadata
    from ..models.integration_signal_metadata import IntegrationSignalMetadata
    from ..models.workflow_signal_metadata import WorkflowSignalMetadata


T = TypeVar("T", bound="SignalWrite")


@_attrs_define
class SignalWrite(AdditionalProperties):
    """A signal to be published.

    Attributes:
        project (str): The name of the project.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Cannot be
            empty. Example: my.known.id.
        resource_id (str): Resource ID the signal is about. This corresponds to an external ID in the service referred
            to by "topic". For example, an integration or a workflow.
        category (str): Category of the signal. This may be given special meaning by the publisher.
        severity (SignalWriteSeverity): Severity level of the signal.
        message (str): Could be a summary or a detailed message of the signal.
        metadata (HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata): Topic specific
            metadata for the signal.
        details (str | Unset): Additional details about the signal.
    """

    _FIT = {
        "project": "s",
        "externalId": "s",
        "resourceId": "s",
        "category": "s",
        "severity": "s",
        "message": "s",
        "metadata": (
            "u",
            (
                ("m", "IntegrationSignalMetadata"),
                ("m", "WorkflowSignalMetadata"),
                ("m", "HostedExtractorsSignalMetadata"),
            ),
        ),
        "details": "s",
    }
    _REQUIRED = ("project", "externalId", "resourceId", "category", "severity", "message", "metadata")

    project: str
    external_id: str
    resource_id: str
    category: str
    severity: SignalWriteSeverity
    message: str
    metadata: HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        external_id = self.external_id

        resource_id = self.resource_id

        category = self.category

        severity = self.severity.value

        message = self.message

        metadata: dict[str, Any]
        metadata = self.metadata.to_dict()

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "externalId": external_id,
                "resourceId": resource_id,
                "category": category,
                "severity": severity,
                "message": message,
                "metadata": metadata,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hosted_extractors_signal_metadata import HostedExtractorsSignalMetadata  # noqa: PLC0415
        from ..models.integration_signal_metadata import IntegrationSignalMetadata  # noqa: PLC0415
        from ..models.workflow_signal_metadata import WorkflowSignalMetadata  # noqa: PLC0415

        d = dict(src_dict)
        project = d.pop("project")

        external_id = d.pop("externalId")

        resource_id = d.pop("resourceId")

        category = d.pop("category")

        severity = SignalWriteSeverity(d.pop("severity"))

        message = d.pop("message")

        def _parse_metadata(
            data: object,
        ) -> HostedExtractorsSignalMetadata | IntegrationSignalMetadata | WorkflowSignalMetadata:
            return parse_best(data, (IntegrationSignalMetadata, WorkflowSignalMetadata, HostedExtractorsSignalMetadata))

        metadata = _parse_metadata(d.pop("metadata"))

        details = d.pop("details", UNSET)

        signal_write = cls(
            project=project,
            external_id=external_id,
            resource_id=resource_id,
            category=category,
            severity=severity,
            message=message,
            metadata=metadata,
            details=details,
        )

        signal_write.additional_properties = d
        return signal_write

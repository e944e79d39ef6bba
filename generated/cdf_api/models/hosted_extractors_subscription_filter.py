from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_filter_update_severity import SubscriptionFilterUpdateSeverity
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="HostedExtractorsSubscriptionFilter")


@_attrs_define
class HostedExtractorsSubscriptionFilter(AdditionalProperties):
    """
    Attributes:
        topic (Literal['cognite_hosted_extractors']): Topic name.
        resource (str | Unset): Resource ID to receive signals from. This corresponds to an external ID in the resource
            specified by "topic". For example, an integration or a workflow.
        category (list[str] | Unset): Categories of signals to receive. The available categories depends on the topic.
        severity (SubscriptionFilterUpdateSeverity | Unset): Minimum level of severity for signals to receive.
        source_type (str | Unset): Filter signals to only include those from hosted extractors with the specified source
            type.
        source_external_id (str | Unset): Filter signals to only include those from hosted extractors with the specified
            source external ID.
        destination_external_id (str | Unset): Filter signals to only include those from hosted extractors with the
            specified destination external ID.
    """

    _FIT = {
        "topic": ("c", "cognite_hosted_extractors"),
        "resource": "s",
        "category": ("l", "s"),
        "severity": "s",
        "sourceType": "s",
        "sourceExternalId": "s",
        "destinationExternalId": "s",
    }
    _REQUIRED = ("topic",)

    topic: Literal["cognite_hosted_extractors"]
    resource: str | Unset = UNSET
    category: list[str] | Unset = UNSET
    severity: SubscriptionFilterUpdateSeverity | Unset = UNSET
    source_type: str | Unset = UNSET
    source_external_id: str | Unset = UNSET
    destination_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        resource = self.resource

        category: list[str] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        source_type = self.source_type

        source_external_id = self.source_external_id

        destination_external_id = self.destination_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if category is not UNSET:
            field_dict["category"] = category
        if severity is not UNSET:
            field_dict["severity"] = severity
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_external_id is not UNSET:
            field_dict["sourceExternalId"] = source_external_id
        if destination_external_id is not UNSET:
            field_dict["destinationExternalId"] = destination_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = cast(Literal["cognite_hosted_extractors"], d.pop("topic"))
        if topic != "cognite_hosted_extractors":
            raise ValueError(f"topic must match const 'cognite_hosted_extractors', got '{topic}'")

        resource = d.pop("resource", UNSET)

        category = cast(list[str], d.pop("category", UNSET))

        _severity = d.pop("severity", UNSET)
        severity: SubscriptionFilterUpdateSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = SubscriptionFilterUpdateSeverity(_severity)

        source_type = d.pop("sourceType", UNSET)

        source_external_id = d.pop("sourceExternalId", UNSET)

        destination_external_id = d.pop("destinationExternalId", UNSET)

        hosted_extractors_subscription_filter = cls(
            topic=topic,
            resource=resource,
            category=category,
            severity=severity,
            source_type=source_type,
            source_external_id=source_external_id,
            destination_external_id=destination_external_id,
        )

        hosted_extractors_subscription_filter.additional_properties = d
        return hosted_extractors_subscription_filter

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_filter_update_severity import SubscriptionFilterUpdateSeverity
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubscriptionFilterUpdate")


@_attrs_define
class SubscriptionFilterUpdate(AdditionalProperties):
    """
    Attributes:
        resource (str | Unset): Resource ID to receive signals from. This corresponds to an external ID in the resource
            specified by "topic". For example, an integration or a workflow.
        category (list[str] | Unset): Categories of signals to receive. The available categories depends on the topic.
        severity (SubscriptionFilterUpdateSeverity | Unset): Minimum level of severity for signals to receive.
    """

    _FIT = {"resource": "s", "category": ("l", "s"), "severity": "s"}
    _REQUIRED = ()

    resource: str | Unset = UNSET
    category: list[str] | Unset = UNSET
    severity: SubscriptionFilterUpdateSeverity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        category: list[str] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if category is not UNSET:
            field_dict["category"] = category
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = d.pop("resource", UNSET)

        category = cast(list[str], d.pop("category", UNSET))

        _severity = d.pop("severity", UNSET)
        severity: SubscriptionFilterUpdateSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = SubscriptionFilterUpdateSeverity(_severity)

        subscription_filter_update = cls(
            resource=resource,
            category=category,
            severity=severity,
        )

        subscription_filter_update.additional_properties = d
        return subscription_filter_update

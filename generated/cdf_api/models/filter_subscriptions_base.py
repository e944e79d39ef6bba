from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_severity import SignalSeverity
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.current_user_sink_id import CurrentUserSinkId
    from ..models.email_sink_id import EmailSinkId
    from ..models.filter_is_null import FilterIsNull
    from ..models.user_sink_id import UserSinkId


T = TypeVar("T", bound="FilterSubscriptionsBase")


@_attrs_define
class FilterSubscriptionsBase(AdditionalProperties):
    """
    Attributes:
        topic (str | Unset): Topic name.
        resource (FilterIsNull | str | Unset): Retrieve subscriptions that would match the specified resource ID, or
            ones with a "null" resource filter.
        category (FilterIsNull | str | Unset): Retrieve subscriptions that would match the specified category, or ones
            with a "null" category filter.
        severity (FilterIsNull | SignalSeverity | Unset): Retrieve subscriptions that would match the specified
            severity, or ones with a "null" severity filter.
        sink (CurrentUserSinkId | EmailSinkId | Unset | UserSinkId): Reference to a sink. If the type is "user", the
            user must exist in the user profiles API.
    """

    _FIT = {
        "topic": "s",
        "resource": ("u", ("s", ("m", "FilterIsNull"))),
        "category": ("u", ("s", ("m", "FilterIsNull"))),
        "severity": ("u", ("s", ("m", "FilterIsNull"))),
        "sink": ("u", (("m", "EmailSinkId"), ("m", "UserSinkId"), ("m", "CurrentUserSinkId"))),
    }
    _REQUIRED = ()

    topic: str | Unset = UNSET
    resource: FilterIsNull | str | Unset = UNSET
    category: FilterIsNull | str | Unset = UNSET
    severity: FilterIsNull | SignalSeverity | Unset = UNSET
    sink: CurrentUserSinkId | EmailSinkId | Unset | UserSinkId = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.filter_is_null import FilterIsNull  # noqa: PLC0415

        topic = self.topic

        resource: dict[str, Any] | str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, FilterIsNull):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        category: dict[str, Any] | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, FilterIsNull):
            category = self.category.to_dict()
        else:
            category = self.category

        severity: dict[str, Any] | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        elif isinstance(self.severity, SignalSeverity):
            severity = self.severity.value
        else:
            severity = self.severity.to_dict()

        sink: dict[str, Any] | Unset
        if isinstance(self.sink, Unset):
            sink = UNSET
        else:
            sink = self.sink.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic is not UNSET:
            field_dict["topic"] = topic
        if resource is not UNSET:
            field_dict["resource"] = resource
        if category is not UNSET:
            field_dict["category"] = category
        if severity is not UNSET:
            field_dict["severity"] = severity
        if sink is not UNSET:
            field_dict["sink"] = sink

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_user_sink_id import CurrentUserSinkId  # noqa: PLC0415
        from ..models.email_sink_id import EmailSinkId  # noqa: PLC0415
        from ..models.filter_is_null import FilterIsNull  # noqa: PLC0415
        from ..models.user_sink_id import UserSinkId  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic", UNSET)

        def _parse_resource(data: object) -> FilterIsNull | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_1 = FilterIsNull.from_dict(data)

                return resource_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterIsNull | str | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_category(data: object) -> FilterIsNull | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_1 = FilterIsNull.from_dict(data)

                return category_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilterIsNull | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_severity(data: object) -> FilterIsNull | SignalSeverity | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                severity_type_0 = SignalSeverity(data)

                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            severity_type_1 = FilterIsNull.from_dict(data)

            return severity_type_1

        severity = _parse_severity(d.pop("severity", UNSET))

        def _parse_sink(data: object) -> CurrentUserSinkId | EmailSinkId | Unset | UserSinkId:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (EmailSinkId, UserSinkId, CurrentUserSinkId))

        sink = _parse_sink(d.pop("sink", UNSET))

        filter_subscriptions_base = cls(
            topic=topic,
            resource=resource,
            category=category,
            severity=severity,
            sink=sink,
        )

        filter_subscriptions_base.additional_properties = d
        return filter_subscriptions_base

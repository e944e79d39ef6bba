from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LatestDataBeforeRequestQueryWithInternalId")


@_attrs_define
class LatestDataBeforeRequestQueryWithInternalId(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        before (str | Unset): Get data points before this time. The format is N[timeunit]-ago where timeunit is
            w,d,h,m,s.
            Example: '2d-ago' gets data that is up to two days old. You can also specify time in milliseconds since epoch.
        target_unit (str | Unset): The [unit](<https://docs.cognite.com/dev/concepts/resource_types/units/>) externalId
            of the data points returned. If the time series does not have a unitExternalId that can be converted to the
            targetUnit, an error will be returned. Cannot be used with targetUnitSystem. Example: temperature:deg_f.
        target_unit_system (str | Unset): The [unit
            system](<https://docs.cognite.com/dev/concepts/resource_types/units/>) of the data points returned. Cannot be
            used with targetUnit. Example: imperial.
        include_status (bool | Unset): Show the [status
            code](<https://docs.cognite.com/dev/concepts/reference/status_codes>) for each data point in the response.
            _Good_ (code = 0) status codes are always omitted.
        ignore_bad_data_points (bool | Unset): Treat data points with a _Bad_ status code as if they do not exist.
            Set to false to include all data points.

            Note that bad data points may contain the string values 'NaN', 'Infinity', or '-Infinity', or be null (omitted).
        treat_uncertain_as_bad (bool | Unset): Treat data points with _Uncertain_ status codes as _Bad_.
            Set to false to to include uncertain data points.
    """

    _FIT = {
        "id": "i",
        "before": "s",
        "targetUnit": "s",
        "targetUnitSystem": "s",
        "includeStatus": "b",
        "ignoreBadDataPoints": "b",
        "treatUncertainAsBad": "b",
    }
    _REQUIRED = ("id",)

    id: int
    before: str | Unset = UNSET
    target_unit: str | Unset = UNSET
    target_unit_system: str | Unset = UNSET
    include_status: bool | Unset = UNSET
    ignore_bad_data_points: bool | Unset = UNSET
    treat_uncertain_as_bad: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        before = self.before

        target_unit = self.target_unit

        target_unit_system = self.target_unit_system

        include_status = self.include_status

        ignore_bad_data_points = self.ignore_bad_data_points

        treat_uncertain_as_bad = self.treat_uncertain_as_bad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if before is not UNSET:
            field_dict["before"] = before
        if target_unit is not UNSET:
            field_dict["targetUnit"] = target_unit
        if target_unit_system is not UNSET:
            field_dict["targetUnitSystem"] = target_unit_system
        if include_status is not UNSET:
            field_dict["includeStatus"] = include_status
        if ignore_bad_data_points is not UNSET:
            field_dict["ignoreBadDataPoints"] = ignore_bad_data_points
        if treat_uncertain_as_bad is not UNSET:
            field_dict["treatUncertainAsBad"] = treat_uncertain_as_bad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        before = d.pop("before", UNSET)

        target_unit = d.pop("targetUnit", UNSET)

        target_unit_system = d.pop("targetUnitSystem", UNSET)

        include_status = d.pop("includeStatus", UNSET)

        ignore_bad_data_points = d.pop("ignoreBadDataPoints", UNSET)

        treat_uncertain_as_bad = d.pop("treatUncertainAsBad", UNSET)

        latest_data_before_request_query_with_internal_id = cls(
            id=id,
            before=before,
            target_unit=target_unit,
            target_unit_system=target_unit_system,
            include_status=include_status,
            ignore_bad_data_points=ignore_bad_data_points,
            treat_uncertain_as_bad=treat_uncertain_as_bad,
        )

        latest_data_before_request_query_with_internal_id.additional_properties = d
        return latest_data_before_request_query_with_internal_id

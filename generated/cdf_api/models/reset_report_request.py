from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ResetReportRequest")


@_attrs_define
class ResetReportRequest(AdditionalProperties):
    """
    Attributes:
        project_ids (list[int]):
        resource (str): Resource identifier Example: timeseries.
    """

    _FIT = {"projectIds": ("l", "i"), "resource": "s"}
    _REQUIRED = ("projectIds", "resource")

    project_ids: list[int]
    resource: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_ids = self.project_ids

        resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectIds": project_ids,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_ids = cast(list[int], d.pop("projectIds"))

        resource = d.pop("resource")

        reset_report_request = cls(
            project_ids=project_ids,
            resource=resource,
        )

        reset_report_request.additional_properties = d
        return reset_report_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResetReportRequest")


@_attrs_define
class ResetReportRequest:
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MeasureMappedPercentageRequestSchema")


@_attrs_define
class MeasureMappedPercentageRequestSchema(AdditionalProperties):
    """
    Attributes:
        space (str):
        view_external_id (str):
        view_version (str):
        dummy_response (bool | Unset): Whether to return a bogus response that complies with the expected schema.
            This will be removed in a future iteration.
    """

    _FIT = {"space": "s", "viewExternalId": "s", "viewVersion": "s", "dummyResponse": "b"}
    _REQUIRED = ("space", "viewExternalId", "viewVersion")

    space: str
    view_external_id: str
    view_version: str
    dummy_response: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        view_external_id = self.view_external_id

        view_version = self.view_version

        dummy_response = self.dummy_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "viewExternalId": view_external_id,
                "viewVersion": view_version,
            }
        )
        if dummy_response is not UNSET:
            field_dict["dummyResponse"] = dummy_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        view_external_id = d.pop("viewExternalId")

        view_version = d.pop("viewVersion")

        dummy_response = d.pop("dummyResponse", UNSET)

        measure_mapped_percentage_request_schema = cls(
            space=space,
            view_external_id=view_external_id,
            view_version=view_version,
            dummy_response=dummy_response,
        )

        measure_mapped_percentage_request_schema.additional_properties = d
        return measure_mapped_percentage_request_schema

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_inspect_result_item_inspection_results import ContainerInspectResultItemInspectionResults


T = TypeVar("T", bound="ContainerInspectResultItem")


@_attrs_define
class ContainerInspectResultItem(AdditionalProperties):
    """
    Attributes:
        external_id (str):
        space (str):
        inspection_results (ContainerInspectResultItemInspectionResults):
    """

    _FIT = {"externalId": "s", "space": "s", "inspectionResults": ("m", "ContainerInspectResultItemInspectionResults")}
    _REQUIRED = ("externalId", "space", "inspectionResults")

    external_id: str
    space: str
    inspection_results: ContainerInspectResultItemInspectionResults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        space = self.space

        inspection_results = self.inspection_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "space": space,
                "inspectionResults": inspection_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_inspect_result_item_inspection_results import (
            ContainerInspectResultItemInspectionResults,  # noqa: PLC0415
        )

        d = dict(src_dict)
        external_id = d.pop("externalId")

        space = d.pop("space")

        inspection_results = ContainerInspectResultItemInspectionResults.from_dict(d.pop("inspectionResults"))

        container_inspect_result_item = cls(
            external_id=external_id,
            space=space,
            inspection_results=inspection_results,
        )

        container_inspect_result_item.additional_properties = d
        return container_inspect_result_item

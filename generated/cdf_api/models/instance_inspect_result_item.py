from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_type import InstanceType
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_inspect_result_item_inspection_results import InstanceInspectResultItemInspectionResults


T = TypeVar("T", bound="InstanceInspectResultItem")


@_attrs_define
class InstanceInspectResultItem(AdditionalProperties):
    """
    Attributes:
        instance_type (InstanceType): The type of instance
        external_id (str):
        space (str):
        inspection_results (InstanceInspectResultItemInspectionResults):
    """

    _FIT = {
        "instanceType": "s",
        "externalId": "s",
        "space": "s",
        "inspectionResults": ("m", "InstanceInspectResultItemInspectionResults"),
    }
    _REQUIRED = ("instanceType", "externalId", "space", "inspectionResults")

    instance_type: InstanceType
    external_id: str
    space: str
    inspection_results: InstanceInspectResultItemInspectionResults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.value

        external_id = self.external_id

        space = self.space

        inspection_results = self.inspection_results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceType": instance_type,
                "externalId": external_id,
                "space": space,
                "inspectionResults": inspection_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_inspect_result_item_inspection_results import InstanceInspectResultItemInspectionResults  # noqa: PLC0415

        d = dict(src_dict)
        instance_type = InstanceType(d.pop("instanceType"))

        external_id = d.pop("externalId")

        space = d.pop("space")

        inspection_results = InstanceInspectResultItemInspectionResults.from_dict(d.pop("inspectionResults"))

        instance_inspect_result_item = cls(
            instance_type=instance_type,
            external_id=external_id,
            space=space,
            inspection_results=inspection_results,
        )

        instance_inspect_result_item.additional_properties = d
        return instance_inspect_result_item

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_reference_filter_v3_instance_references_item import (
        InstanceReferenceFilterV3InstanceReferencesItem,
    )


T = TypeVar("T", bound="InstanceReferenceFilterV3")


@_attrs_define
class InstanceReferenceFilterV3(AdditionalProperties):
    """
    Attributes:
        instance_references (list[InstanceReferenceFilterV3InstanceReferencesItem]): Matches instances with any of the
            specified space/externalId pairs.
    """

    _FIT = {"instanceReferences": ("l", ("m", "InstanceReferenceFilterV3InstanceReferencesItem"))}
    _REQUIRED = ("instanceReferences",)

    instance_references: list[InstanceReferenceFilterV3InstanceReferencesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_references = []
        for instance_references_item_data in self.instance_references:
            instance_references_item = instance_references_item_data.to_dict()
            instance_references.append(instance_references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceReferences": instance_references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference_filter_v3_instance_references_item import (
            InstanceReferenceFilterV3InstanceReferencesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        instance_references = []
        _instance_references = d.pop("instanceReferences")
        for instance_references_item_data in _instance_references:
            instance_references_item = InstanceReferenceFilterV3InstanceReferencesItem.from_dict(
                instance_references_item_data
            )

            instance_references.append(instance_references_item)

        instance_reference_filter_v3 = cls(
            instance_references=instance_references,
        )

        instance_reference_filter_v3.additional_properties = d
        return instance_reference_filter_v3

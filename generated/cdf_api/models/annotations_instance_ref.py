from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotations_instance_ref_instance_type import AnnotationsInstanceRefInstanceType
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.annotations_view import AnnotationsView


T = TypeVar("T", bound="AnnotationsInstanceRef")


@_attrs_define
class AnnotationsInstanceRef(AdditionalProperties):
    """A reference to an DMS instance,
    defined by the instance itself and the sources (views)
    that define how the data should be interpreted

        Attributes:
            sources (list[AnnotationsView]): References to views
            instance_type (AnnotationsInstanceRefInstanceType): The type of instance, an edge or a node.
            external_id (str): External id of the instance
            space (str): Id of the space that the instance belongs to
    """

    _FIT = {"sources": ("l", ("m", "AnnotationsView")), "instanceType": "s", "externalId": "s", "space": "s"}
    _REQUIRED = ("sources", "instanceType", "externalId", "space")

    sources: list[AnnotationsView]
    instance_type: AnnotationsInstanceRefInstanceType
    external_id: str
    space: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        instance_type = self.instance_type.value

        external_id = self.external_id

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "instanceType": instance_type,
                "externalId": external_id,
                "space": space,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_view import AnnotationsView  # noqa: PLC0415

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = AnnotationsView.from_dict(sources_item_data)

            sources.append(sources_item)

        instance_type = AnnotationsInstanceRefInstanceType(d.pop("instanceType"))

        external_id = d.pop("externalId")

        space = d.pop("space")

        annotations_instance_ref = cls(
            sources=sources,
            instance_type=instance_type,
            external_id=external_id,
            space=space,
        )

        annotations_instance_ref.additional_properties = d
        return annotations_instance_ref

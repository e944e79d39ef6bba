from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.filter_nodes_by_bounding_box import FilterNodesByBoundingBox
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="FilterNodesByBoundingBoxRequest")


@_attrs_define
class FilterNodesByBoundingBoxRequest(AdditionalProperties):
    """
    Attributes:
        model (InstanceReference):
        revision (InstanceReference):
        filter_nodes_by_bounding_box (FilterNodesByBoundingBox):
    """

    _FIT = {
        "model": ("m", "InstanceReference"),
        "revision": ("m", "InstanceReference"),
        "filterNodesByBoundingBox": ("m", "FilterNodesByBoundingBox"),
    }
    _REQUIRED = ("model", "revision", "filterNodesByBoundingBox")

    model: InstanceReference
    revision: InstanceReference
    filter_nodes_by_bounding_box: FilterNodesByBoundingBox
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_dict()

        revision = self.revision.to_dict()

        filter_nodes_by_bounding_box = self.filter_nodes_by_bounding_box.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "revision": revision,
                "filterNodesByBoundingBox": filter_nodes_by_bounding_box,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_nodes_by_bounding_box import FilterNodesByBoundingBox  # noqa: PLC0415
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        model = InstanceReference.from_dict(d.pop("model"))

        revision = InstanceReference.from_dict(d.pop("revision"))

        filter_nodes_by_bounding_box = FilterNodesByBoundingBox.from_dict(d.pop("filterNodesByBoundingBox"))

        filter_nodes_by_bounding_box_request = cls(
            model=model,
            revision=revision,
            filter_nodes_by_bounding_box=filter_nodes_by_bounding_box,
        )

        filter_nodes_by_bounding_box_request.additional_properties = d
        return filter_nodes_by_bounding_box_request

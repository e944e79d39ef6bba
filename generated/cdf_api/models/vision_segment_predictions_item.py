from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.annotations_polygon import AnnotationsPolygon


T = TypeVar("T", bound="VisionSegmentPredictionsItem")


@_attrs_define
class VisionSegmentPredictionsItem(AdditionalProperties):
    """
    Attributes:
        score (float): Score for the calculated mask by Segment Anything model. Example: 0.8.
        polygons (list[AnnotationsPolygon]): Polygons representing the segmented object
    """

    _FIT = {"score": "n", "polygons": ("l", ("m", "AnnotationsPolygon"))}
    _REQUIRED = ("score", "polygons")

    score: float
    polygons: list[AnnotationsPolygon]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        polygons = []
        for polygons_item_data in self.polygons:
            polygons_item = polygons_item_data.to_dict()
            polygons.append(polygons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "polygons": polygons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_polygon import AnnotationsPolygon  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score")

        polygons = []
        _polygons = d.pop("polygons")
        for polygons_item_data in _polygons:
            polygons_item = AnnotationsPolygon.from_dict(polygons_item_data)

            polygons.append(polygons_item)

        vision_segment_predictions_item = cls(
            score=score,
            polygons=polygons,
        )

        vision_segment_predictions_item.additional_properties = d
        return vision_segment_predictions_item

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.vision_segment_predictions_item import VisionSegmentPredictionsItem


T = TypeVar("T", bound="VisionSegmentItem")


@_attrs_define
class VisionSegmentItem(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. Example: 1234.
        segments (list[VisionSegmentPredictionsItem]): Detected segments in the image, returned as polygons.
        file_external_id (str | Unset): The external ID of a file in CDF. Example: 1234.
    """

    _FIT = {"fileId": "i", "segments": ("l", ("m", "VisionSegmentPredictionsItem")), "fileExternalId": "s"}
    _REQUIRED = ("fileId", "segments")

    file_id: int
    segments: list[VisionSegmentPredictionsItem]
    file_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        segments = []
        for componentsschemas_vision_segment_predictions_item_data in self.segments:
            componentsschemas_vision_segment_predictions_item = (
                componentsschemas_vision_segment_predictions_item_data.to_dict()
            )
            segments.append(componentsschemas_vision_segment_predictions_item)

        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "segments": segments,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_segment_predictions_item import VisionSegmentPredictionsItem  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        segments = []
        _segments = d.pop("segments")
        for componentsschemas_vision_segment_predictions_item_data in _segments:
            componentsschemas_vision_segment_predictions_item = VisionSegmentPredictionsItem.from_dict(
                componentsschemas_vision_segment_predictions_item_data
            )

            segments.append(componentsschemas_vision_segment_predictions_item)

        file_external_id = d.pop("fileExternalId", UNSET)

        vision_segment_item = cls(
            file_id=file_id,
            segments=segments,
            file_external_id=file_external_id,
        )

        vision_segment_item.additional_properties = d
        return vision_segment_item

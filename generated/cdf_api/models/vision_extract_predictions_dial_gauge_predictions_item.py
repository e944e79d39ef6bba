from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_keypoint_collection import AnnotationsKeypointCollection
    from ..models.annotations_object_detection import AnnotationsObjectDetection


T = TypeVar("T", bound="VisionExtractPredictionsDialGaugePredictionsItem")


@_attrs_define
class VisionExtractPredictionsDialGaugePredictionsItem(AdditionalProperties):
    """
    Attributes:
        object_detection (AnnotationsObjectDetection | Unset): Models an image object detection represented by a label,
            a geometry, and
            optionally a confidence value.
        keypoint_collection (AnnotationsKeypointCollection | Unset): Models a collection of keypoints represented by a
            label, a dictionary of
            keypoints (mapping from a (unique) label name to a keypoint), and
            optionally a confidence value and an attributes dictionary.
    """

    _FIT = {
        "objectDetection": ("m", "AnnotationsObjectDetection"),
        "keypointCollection": ("m", "AnnotationsKeypointCollection"),
    }
    _REQUIRED = ()

    object_detection: AnnotationsObjectDetection | Unset = UNSET
    keypoint_collection: AnnotationsKeypointCollection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_detection, Unset):
            object_detection = self.object_detection.to_dict()

        keypoint_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keypoint_collection, Unset):
            keypoint_collection = self.keypoint_collection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_detection is not UNSET:
            field_dict["objectDetection"] = object_detection
        if keypoint_collection is not UNSET:
            field_dict["keypointCollection"] = keypoint_collection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_keypoint_collection import AnnotationsKeypointCollection  # noqa: PLC0415
        from ..models.annotations_object_detection import AnnotationsObjectDetection  # noqa: PLC0415

        d = dict(src_dict)
        _object_detection = d.pop("objectDetection", UNSET)
        object_detection: AnnotationsObjectDetection | Unset
        if isinstance(_object_detection, Unset):
            object_detection = UNSET
        else:
            object_detection = AnnotationsObjectDetection.from_dict(_object_detection)

        _keypoint_collection = d.pop("keypointCollection", UNSET)
        keypoint_collection: AnnotationsKeypointCollection | Unset
        if isinstance(_keypoint_collection, Unset):
            keypoint_collection = UNSET
        else:
            keypoint_collection = AnnotationsKeypointCollection.from_dict(_keypoint_collection)

        vision_extract_predictions_dial_gauge_predictions_item = cls(
            object_detection=object_detection,
            keypoint_collection=keypoint_collection,
        )

        vision_extract_predictions_dial_gauge_predictions_item.additional_properties = d
        return vision_extract_predictions_dial_gauge_predictions_item

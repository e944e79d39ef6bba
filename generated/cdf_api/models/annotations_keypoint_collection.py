from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_keypoint_collection_attributes import AnnotationsKeypointCollectionAttributes
    from ..models.annotations_keypoint_collection_keypoints import AnnotationsKeypointCollectionKeypoints


T = TypeVar("T", bound="AnnotationsKeypointCollection")


@_attrs_define
class AnnotationsKeypointCollection(AdditionalProperties):
    """Models a collection of keypoints represented by a label, a dictionary of
    keypoints (mapping from a (unique) label name to a keypoint), and
    optionally a confidence value and an attributes dictionary.

        Attributes:
            label (str): The label describing what type of object it is
            keypoints (AnnotationsKeypointCollectionKeypoints): The detected keypoints
            attributes (AnnotationsKeypointCollectionAttributes | Unset): Additional attributes data for a compound.
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {
        "label": "s",
        "keypoints": ("m", "AnnotationsKeypointCollectionKeypoints"),
        "attributes": ("m", "AnnotationsKeypointCollectionAttributes"),
        "confidence": "n",
    }
    _REQUIRED = ("label", "keypoints")

    label: str
    keypoints: AnnotationsKeypointCollectionKeypoints
    attributes: AnnotationsKeypointCollectionAttributes | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        keypoints = self.keypoints.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "keypoints": keypoints,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_keypoint_collection_attributes import AnnotationsKeypointCollectionAttributes  # noqa: PLC0415
        from ..models.annotations_keypoint_collection_keypoints import AnnotationsKeypointCollectionKeypoints  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        keypoints = AnnotationsKeypointCollectionKeypoints.from_dict(d.pop("keypoints"))

        _attributes = d.pop("attributes", UNSET)
        attributes: AnnotationsKeypointCollectionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AnnotationsKeypointCollectionAttributes.from_dict(_attributes)

        confidence = d.pop("confidence", UNSET)

        annotations_keypoint_collection = cls(
            label=label,
            keypoints=keypoints,
            attributes=attributes,
            confidence=confidence,
        )

        annotations_keypoint_collection.additional_properties = d
        return annotations_keypoint_collection

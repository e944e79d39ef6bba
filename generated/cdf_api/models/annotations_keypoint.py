from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_keypoint_attributes import AnnotationsKeypointAttributes
    from ..models.annotations_point import AnnotationsPoint


T = TypeVar("T", bound="AnnotationsKeypoint")


@_attrs_define
class AnnotationsKeypoint(AdditionalProperties):
    """A point attached with additional information such as a confidence value and
    various attribute(s).

        Attributes:
            point (AnnotationsPoint): Point in a 2D-Cartesian coordinate system with origin at the top-left corner of the
                page
            attributes (AnnotationsKeypointAttributes | Unset): Additional attributes data for a compound.
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"point": ("m", "AnnotationsPoint"), "attributes": ("m", "AnnotationsKeypointAttributes"), "confidence": "n"}
    _REQUIRED = ("point",)

    point: AnnotationsPoint
    attributes: AnnotationsKeypointAttributes | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        point = self.point.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "point": point,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_keypoint_attributes import AnnotationsKeypointAttributes  # noqa: PLC0415
        from ..models.annotations_point import AnnotationsPoint  # noqa: PLC0415

        d = dict(src_dict)
        point = AnnotationsPoint.from_dict(d.pop("point"))

        _attributes = d.pop("attributes", UNSET)
        attributes: AnnotationsKeypointAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AnnotationsKeypointAttributes.from_dict(_attributes)

        confidence = d.pop("confidence", UNSET)

        annotations_keypoint = cls(
            point=point,
            attributes=attributes,
            confidence=confidence,
        )

        annotations_keypoint.additional_properties = d
        return annotations_keypoint

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsDetection")


@_attrs_define
class AnnotationsDetection(AdditionalProperties):
    """Represents a detection of a field value in a form.
    A field is identified by a field_name, optionally component_name and component_type if the field belongs to a
    subcomponent.
    The bounding_box indicates the position of the detection. The content of the field is given by the value, and
    optionally
    an unnormalized_value and the unit.

        Attributes:
            bounding_box (AnnotationsBoundingBox): A plain rectangle
            field_name (str): Name of field that has been detected
            value (str): The value that has been detected
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
            page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
                1.
            component_type (str | Unset): Type of subcomponent that the detection belongs to
            component_name (str | Unset): Name of subcomponent that the detection belongs to
            value_unnormalized (str | Unset): The value that has been detected, before normalization. Optional.
            unit (str | Unset): The unit of the value field. Optional.
    """

    _FIT = {
        "boundingBox": ("m", "AnnotationsBoundingBox"),
        "fieldName": "s",
        "value": "s",
        "confidence": "n",
        "pageNumber": "i",
        "componentType": "s",
        "componentName": "s",
        "valueUnnormalized": "s",
        "unit": "s",
    }
    _REQUIRED = ("boundingBox", "fieldName", "value")

    bounding_box: AnnotationsBoundingBox
    field_name: str
    value: str
    confidence: float | Unset = UNSET
    page_number: int | Unset = UNSET
    component_type: str | Unset = UNSET
    component_name: str | Unset = UNSET
    value_unnormalized: str | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding_box = self.bounding_box.to_dict()

        field_name = self.field_name

        value = self.value

        confidence = self.confidence

        page_number = self.page_number

        component_type = self.component_type

        component_name = self.component_name

        value_unnormalized = self.value_unnormalized

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boundingBox": bounding_box,
                "fieldName": field_name,
                "value": value,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if component_type is not UNSET:
            field_dict["componentType"] = component_type
        if component_name is not UNSET:
            field_dict["componentName"] = component_name
        if value_unnormalized is not UNSET:
            field_dict["valueUnnormalized"] = value_unnormalized
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        bounding_box = AnnotationsBoundingBox.from_dict(d.pop("boundingBox"))

        field_name = d.pop("fieldName")

        value = d.pop("value")

        confidence = d.pop("confidence", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        component_type = d.pop("componentType", UNSET)

        component_name = d.pop("componentName", UNSET)

        value_unnormalized = d.pop("valueUnnormalized", UNSET)

        unit = d.pop("unit", UNSET)

        annotations_detection = cls(
            bounding_box=bounding_box,
            field_name=field_name,
            value=value,
            confidence=confidence,
            page_number=page_number,
            component_type=component_type,
            component_name=component_name,
            value_unnormalized=value_unnormalized,
            unit=unit,
        )

        annotations_detection.additional_properties = d
        return annotations_detection

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_detected_entities_item import DiagramDetectedEntitiesItem
    from ..models.new_annotation_region import NewAnnotationRegion


T = TypeVar("T", bound="DiagramAnnotation")


@_attrs_define
class DiagramAnnotation(AdditionalProperties):
    """Annotation representing a detected entity.

    Attributes:
        text (str): The text and entities detected by the service. Example: 21-PT-1019.
        region (NewAnnotationRegion):
        confidence (float | Unset): The confidence for the detection. Example: 0.5.
        entities (list[DiagramDetectedEntitiesItem] | Unset): A list of entities detected per annotation. Example:
            [{'userDefinedField': '21PT1017', 'ignoredField': 'AA11'}, {'userDefinedField': ['21PT1017-A', '21PT1017-B']}].
    """

    _FIT = {
        "text": "s",
        "region": ("m", "NewAnnotationRegion"),
        "confidence": "n",
        "entities": ("l", ("m", "DiagramDetectedEntitiesItem")),
    }
    _REQUIRED = ("text", "region")

    text: str
    region: NewAnnotationRegion
    confidence: float | Unset = UNSET
    entities: list[DiagramDetectedEntitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        region = self.region.to_dict()

        confidence = self.confidence

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for componentsschemas_diagram_detected_entities_item_data in self.entities:
                componentsschemas_diagram_detected_entities_item = (
                    componentsschemas_diagram_detected_entities_item_data.to_dict()
                )
                entities.append(componentsschemas_diagram_detected_entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "region": region,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_detected_entities_item import DiagramDetectedEntitiesItem  # noqa: PLC0415
        from ..models.new_annotation_region import NewAnnotationRegion  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        region = NewAnnotationRegion.from_dict(d.pop("region"))

        confidence = d.pop("confidence", UNSET)

        _entities = d.pop("entities", UNSET)
        entities: list[DiagramDetectedEntitiesItem] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for componentsschemas_diagram_detected_entities_item_data in _entities:
                componentsschemas_diagram_detected_entities_item = DiagramDetectedEntitiesItem.from_dict(
                    componentsschemas_diagram_detected_entities_item_data
                )

                entities.append(componentsschemas_diagram_detected_entities_item)

        diagram_annotation = cls(
            text=text,
            region=region,
            confidence=confidence,
            entities=entities,
        )

        diagram_annotation.additional_properties = d
        return diagram_annotation

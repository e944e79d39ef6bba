from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_cogmono_annotation_types_images_asset_link import (
        AnnotationsCogmonoAnnotationTypesImagesAssetLink,
    )
    from ..models.annotations_object_detection import AnnotationsObjectDetection
    from ..models.annotations_text_region import AnnotationsTextRegion
    from ..models.vision_extract_predictions_dial_gauge_predictions_item import (
        VisionExtractPredictionsDialGaugePredictionsItem,
    )
    from ..models.vision_extract_predictions_level_gauge_predictions_item import (
        VisionExtractPredictionsLevelGaugePredictionsItem,
    )
    from ..models.vision_extract_predictions_valve_predictions_item import VisionExtractPredictionsValvePredictionsItem


T = TypeVar("T", bound="VisionExtractPredictions")


@_attrs_define
class VisionExtractPredictions(AdditionalProperties):
    """Detected features in images. New fields may appear in case new feature extractors are add.

    Example:
        {'textPredictions': [{'confidence': 0.9, 'text': 'string', 'textRegion': {'xMin': 0.5, 'xMax': 0.9, 'yMin': 0.5,
            'yMax': 0.9}}], 'assetTagPredictions': [{'confidence': 0.9, 'assetRef': {'id': 1233}, 'text': 'string',
            'textRegion': {'xMin': 0.5, 'xMax': 0.9, 'yMin': 0.5, 'yMax': 0.9}}], 'peoplePredictions': [{'label': 'person',
            'confidence': 0.8, 'boundingBox': {'xMin': 0.5, 'xMax': 0.9, 'yMin': 0.5, 'yMax': 0.9}}]}

    Attributes:
        text_predictions (list[AnnotationsTextRegion] | Unset):
        asset_tag_predictions (list[AnnotationsCogmonoAnnotationTypesImagesAssetLink] | Unset):
        people_predictions (list[AnnotationsObjectDetection] | Unset):
        industrial_object_predictions (list[AnnotationsObjectDetection] | Unset): In beta. Available only when the `cdf-
            version: beta` header is provided.
        personal_protective_equipment_predictions (list[AnnotationsObjectDetection] | Unset): In beta. Available only
            when the `cdf-version: beta` header is provided.
        dial_gauge_predictions (list[VisionExtractPredictionsDialGaugePredictionsItem] | Unset): In beta. Available only
            when the `cdf-version: beta` header is provided.
        level_gauge_predictions (list[VisionExtractPredictionsLevelGaugePredictionsItem] | Unset): In beta. Available
            only when the `cdf-version: beta` header is provided.
        digital_gauge_predictions (list[AnnotationsObjectDetection] | Unset): In beta. Available only when the `cdf-
            version: beta` header is provided.
        valve_predictions (list[VisionExtractPredictionsValvePredictionsItem] | Unset): In beta. Available only when the
            `cdf-version: beta` header is provided.
    """

    _FIT = {
        "textPredictions": ("l", ("m", "AnnotationsTextRegion")),
        "assetTagPredictions": ("l", ("m", "AnnotationsCogmonoAnnotationTypesImagesAssetLink")),
        "peoplePredictions": ("l", ("m", "AnnotationsObjectDetection")),
        "industrialObjectPredictions": ("l", ("m", "AnnotationsObjectDetection")),
        "personalProtectiveEquipmentPredictions": ("l", ("m", "AnnotationsObjectDetection")),
        "dialGaugePredictions": ("l", ("m", "VisionExtractPredictionsDialGaugePredictionsItem")),
        "levelGaugePredictions": ("l", ("m", "VisionExtractPredictionsLevelGaugePredictionsItem")),
        "digitalGaugePredictions": ("l", ("m", "AnnotationsObjectDetection")),
        "valvePredictions": ("l", ("m", "VisionExtractPredictionsValvePredictionsItem")),
    }
    _REQUIRED = ()

    text_predictions: list[AnnotationsTextRegion] | Unset = UNSET
    asset_tag_predictions: list[AnnotationsCogmonoAnnotationTypesImagesAssetLink] | Unset = UNSET
    people_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
    industrial_object_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
    personal_protective_equipment_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
    dial_gauge_predictions: list[VisionExtractPredictionsDialGaugePredictionsItem] | Unset = UNSET
    level_gauge_predictions: list[VisionExtractPredictionsLevelGaugePredictionsItem] | Unset = UNSET
    digital_gauge_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
    valve_predictions: list[VisionExtractPredictionsValvePredictionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_predictions, Unset):
            text_predictions = []
            for text_predictions_item_data in self.text_predictions:
                text_predictions_item = text_predictions_item_data.to_dict()
                text_predictions.append(text_predictions_item)

        asset_tag_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_tag_predictions, Unset):
            asset_tag_predictions = []
            for asset_tag_predictions_item_data in self.asset_tag_predictions:
                asset_tag_predictions_item = asset_tag_predictions_item_data.to_dict()
                asset_tag_predictions.append(asset_tag_predictions_item)

        people_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people_predictions, Unset):
            people_predictions = []
            for people_predictions_item_data in self.people_predictions:
                people_predictions_item = people_predictions_item_data.to_dict()
                people_predictions.append(people_predictions_item)

        industrial_object_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industrial_object_predictions, Unset):
            industrial_object_predictions = []
            for industrial_object_predictions_item_data in self.industrial_object_predictions:
                industrial_object_predictions_item = industrial_object_predictions_item_data.to_dict()
                industrial_object_predictions.append(industrial_object_predictions_item)

        personal_protective_equipment_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personal_protective_equipment_predictions, Unset):
            personal_protective_equipment_predictions = []
            for personal_protective_equipment_predictions_item_data in self.personal_protective_equipment_predictions:
                personal_protective_equipment_predictions_item = (
                    personal_protective_equipment_predictions_item_data.to_dict()
                )
                personal_protective_equipment_predictions.append(personal_protective_equipment_predictions_item)

        dial_gauge_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dial_gauge_predictions, Unset):
            dial_gauge_predictions = []
            for dial_gauge_predictions_item_data in self.dial_gauge_predictions:
                dial_gauge_predictions_item = dial_gauge_predictions_item_data.to_dict()
                dial_gauge_predictions.append(dial_gauge_predictions_item)

        level_gauge_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.level_gauge_predictions, Unset):
            level_gauge_predictions = []
            for level_gauge_predictions_item_data in self.level_gauge_predictions:
                level_gauge_predictions_item = level_gauge_predictions_item_data.to_dict()
                level_gauge_predictions.append(level_gauge_predictions_item)

        digital_gauge_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.digital_gauge_predictions, Unset):
            digital_gauge_predictions = []
            for digital_gauge_predictions_item_data in self.digital_gauge_predictions:
                digital_gauge_predictions_item = digital_gauge_predictions_item_data.to_dict()
                digital_gauge_predictions.append(digital_gauge_predictions_item)

        valve_predictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valve_predictions, Unset):
            valve_predictions = []
            for valve_predictions_item_data in self.valve_predictions:
                valve_predictions_item = valve_predictions_item_data.to_dict()
                valve_predictions.append(valve_predictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_predictions is not UNSET:
            field_dict["textPredictions"] = text_predictions
        if asset_tag_predictions is not UNSET:
            field_dict["assetTagPredictions"] = asset_tag_predictions
        if people_predictions is not UNSET:
            field_dict["peoplePredictions"] = people_predictions
        if industrial_object_predictions is not UNSET:
            field_dict["industrialObjectPredictions"] = industrial_object_predictions
        if personal_protective_equipment_predictions is not UNSET:
            field_dict["personalProtectiveEquipmentPredictions"] = personal_protective_equipment_predictions
        if dial_gauge_predictions is not UNSET:
            field_dict["dialGaugePredictions"] = dial_gauge_predictions
        if level_gauge_predictions is not UNSET:
            field_dict["levelGaugePredictions"] = level_gauge_predictions
        if digital_gauge_predictions is not UNSET:
            field_dict["digitalGaugePredictions"] = digital_gauge_predictions
        if valve_predictions is not UNSET:
            field_dict["valvePredictions"] = valve_predictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_cogmono_annotation_types_images_asset_link import (
            AnnotationsCogmonoAnnotationTypesImagesAssetLink,  # noqa: PLC0415
        )
        from ..models.annotations_object_detection import AnnotationsObjectDetection  # noqa: PLC0415
        from ..models.annotations_text_region import AnnotationsTextRegion  # noqa: PLC0415
        from ..models.vision_extract_predictions_dial_gauge_predictions_item import (
            VisionExtractPredictionsDialGaugePredictionsItem,  # noqa: PLC0415
        )
        from ..models.vision_extract_predictions_level_gauge_predictions_item import (
            VisionExtractPredictionsLevelGaugePredictionsItem,  # noqa: PLC0415
        )
        from ..models.vision_extract_predictions_valve_predictions_item import (
            VisionExtractPredictionsValvePredictionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _text_predictions = d.pop("textPredictions", UNSET)
        text_predictions: list[AnnotationsTextRegion] | Unset = UNSET
        if _text_predictions is not UNSET:
            text_predictions = []
            for text_predictions_item_data in _text_predictions:
                text_predictions_item = AnnotationsTextRegion.from_dict(text_predictions_item_data)

                text_predictions.append(text_predictions_item)

        _asset_tag_predictions = d.pop("assetTagPredictions", UNSET)
        asset_tag_predictions: list[AnnotationsCogmonoAnnotationTypesImagesAssetLink] | Unset = UNSET
        if _asset_tag_predictions is not UNSET:
            asset_tag_predictions = []
            for asset_tag_predictions_item_data in _asset_tag_predictions:
                asset_tag_predictions_item = AnnotationsCogmonoAnnotationTypesImagesAssetLink.from_dict(
                    asset_tag_predictions_item_data
                )

                asset_tag_predictions.append(asset_tag_predictions_item)

        _people_predictions = d.pop("peoplePredictions", UNSET)
        people_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
        if _people_predictions is not UNSET:
            people_predictions = []
            for people_predictions_item_data in _people_predictions:
                people_predictions_item = AnnotationsObjectDetection.from_dict(people_predictions_item_data)

                people_predictions.append(people_predictions_item)

        _industrial_object_predictions = d.pop("industrialObjectPredictions", UNSET)
        industrial_object_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
        if _industrial_object_predictions is not UNSET:
            industrial_object_predictions = []
            for industrial_object_predictions_item_data in _industrial_object_predictions:
                industrial_object_predictions_item = AnnotationsObjectDetection.from_dict(
                    industrial_object_predictions_item_data
                )

                industrial_object_predictions.append(industrial_object_predictions_item)

        _personal_protective_equipment_predictions = d.pop("personalProtectiveEquipmentPredictions", UNSET)
        personal_protective_equipment_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
        if _personal_protective_equipment_predictions is not UNSET:
            personal_protective_equipment_predictions = []
            for personal_protective_equipment_predictions_item_data in _personal_protective_equipment_predictions:
                personal_protective_equipment_predictions_item = AnnotationsObjectDetection.from_dict(
                    personal_protective_equipment_predictions_item_data
                )

                personal_protective_equipment_predictions.append(personal_protective_equipment_predictions_item)

        _dial_gauge_predictions = d.pop("dialGaugePredictions", UNSET)
        dial_gauge_predictions: list[VisionExtractPredictionsDialGaugePredictionsItem] | Unset = UNSET
        if _dial_gauge_predictions is not UNSET:
            dial_gauge_predictions = []
            for dial_gauge_predictions_item_data in _dial_gauge_predictions:
                dial_gauge_predictions_item = VisionExtractPredictionsDialGaugePredictionsItem.from_dict(
                    dial_gauge_predictions_item_data
                )

                dial_gauge_predictions.append(dial_gauge_predictions_item)

        _level_gauge_predictions = d.pop("levelGaugePredictions", UNSET)
        level_gauge_predictions: list[VisionExtractPredictionsLevelGaugePredictionsItem] | Unset = UNSET
        if _level_gauge_predictions is not UNSET:
            level_gauge_predictions = []
            for level_gauge_predictions_item_data in _level_gauge_predictions:
                level_gauge_predictions_item = VisionExtractPredictionsLevelGaugePredictionsItem.from_dict(
                    level_gauge_predictions_item_data
                )

                level_gauge_predictions.append(level_gauge_predictions_item)

        _digital_gauge_predictions = d.pop("digitalGaugePredictions", UNSET)
        digital_gauge_predictions: list[AnnotationsObjectDetection] | Unset = UNSET
        if _digital_gauge_predictions is not UNSET:
            digital_gauge_predictions = []
            for digital_gauge_predictions_item_data in _digital_gauge_predictions:
                digital_gauge_predictions_item = AnnotationsObjectDetection.from_dict(
                    digital_gauge_predictions_item_data
                )

                digital_gauge_predictions.append(digital_gauge_predictions_item)

        _valve_predictions = d.pop("valvePredictions", UNSET)
        valve_predictions: list[VisionExtractPredictionsValvePredictionsItem] | Unset = UNSET
        if _valve_predictions is not UNSET:
            valve_predictions = []
            for valve_predictions_item_data in _valve_predictions:
                valve_predictions_item = VisionExtractPredictionsValvePredictionsItem.from_dict(
                    valve_predictions_item_data
                )

                valve_predictions.append(valve_predictions_item)

        vision_extract_predictions = cls(
            text_predictions=text_predictions,
            asset_tag_predictions=asset_tag_predictions,
            people_predictions=people_predictions,
            industrial_object_predictions=industrial_object_predictions,
            personal_protective_equipment_predictions=personal_protective_equipment_predictions,
            dial_gauge_predictions=dial_gauge_predictions,
            level_gauge_predictions=level_gauge_predictions,
            digital_gauge_predictions=digital_gauge_predictions,
            valve_predictions=valve_predictions,
        )

        vision_extract_predictions.additional_properties = d
        return vision_extract_predictions

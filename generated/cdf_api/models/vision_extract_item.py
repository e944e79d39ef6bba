from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.vision_extract_predictions import VisionExtractPredictions


T = TypeVar("T", bound="VisionExtractItem")


@_attrs_define
class VisionExtractItem(AdditionalProperties):
    """
    Attributes:
        file_id (int): The ID of a file in CDF. Example: 1234.
        predictions (VisionExtractPredictions): Detected features in images. New fields may appear in case new feature
            extractors are add. Example: {'textPredictions': [{'confidence': 0.9, 'text': 'string', 'textRegion': {'xMin':
            0.5, 'xMax': 0.9, 'yMin': 0.5, 'yMax': 0.9}}], 'assetTagPredictions': [{'confidence': 0.9, 'assetRef': {'id':
            1233}, 'text': 'string', 'textRegion': {'xMin': 0.5, 'xMax': 0.9, 'yMin': 0.5, 'yMax': 0.9}}],
            'peoplePredictions': [{'label': 'person', 'confidence': 0.8, 'boundingBox': {'xMin': 0.5, 'xMax': 0.9, 'yMin':
            0.5, 'yMax': 0.9}}]}.
        file_external_id (str | Unset): The external ID of a file in CDF. Example: 1234.
    """

    _FIT = {"fileId": "i", "predictions": ("m", "VisionExtractPredictions"), "fileExternalId": "s"}
    _REQUIRED = ("fileId", "predictions")

    file_id: int
    predictions: VisionExtractPredictions
    file_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        predictions = self.predictions.to_dict()

        file_external_id = self.file_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "predictions": predictions,
            }
        )
        if file_external_id is not UNSET:
            field_dict["fileExternalId"] = file_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vision_extract_predictions import VisionExtractPredictions  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("fileId")

        predictions = VisionExtractPredictions.from_dict(d.pop("predictions"))

        file_external_id = d.pop("fileExternalId", UNSET)

        vision_extract_item = cls(
            file_id=file_id,
            predictions=predictions,
            file_external_id=file_external_id,
        )

        vision_extract_item.additional_properties = d
        return vision_extract_item

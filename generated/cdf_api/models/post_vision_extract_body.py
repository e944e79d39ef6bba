from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.feature_parameters import FeatureParameters
    from ..models.file_reference_file_external_id import FileReferenceFileExternalId
    from ..models.file_reference_file_id import FileReferenceFileId
    from ..models.file_reference_file_instance_id import FileReferenceFileInstanceId


T = TypeVar("T", bound="PostVisionExtractBody")


@_attrs_define
class PostVisionExtractBody(AdditionalProperties):
    """
    Attributes:
        items (list[FileReferenceFileExternalId | FileReferenceFileId | FileReferenceFileInstanceId]): List of image
            files to be analyzed by the feature extractors.
        features (list[Literal['AssetTagDetection'] | Literal['DialGaugeDetection'] | Literal['DigitalGaugeDetection'] |
            Literal['IndustrialObjectDetection'] | Literal['LevelGaugeDetection'] | Literal['PeopleDetection'] |
            Literal['PersonalProtectiveEquipmentDetection'] | Literal['TextDetection'] | Literal['ValveDetection']]): The
            type of detections to perform. New feature extractors may appear. You can use up to three feature extractors per
            request. Example: ['TextDetection', 'AssetTagDetection', 'PeopleDetection'].
        parameters (FeatureParameters | Unset): Feature-specific parameters. New feature extractor parameters may
            appear. Example: {'textDetectionParameters': {'threshold': 0.8}, 'assetTagDetectionParameters': {'threshold':
            0.8, 'partialMatch': True, 'assetSubtreeIds': [1, 2]}, 'peopleDetectionParameters': {'threshold': 0.8}}.
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "FileReferenceFileId"),
                    ("m", "FileReferenceFileExternalId"),
                    ("m", "FileReferenceFileInstanceId"),
                ),
            ),
        ),
        "features": (
            "l",
            (
                "u",
                (
                    ("c", "TextDetection"),
                    ("c", "AssetTagDetection"),
                    ("c", "PeopleDetection"),
                    ("c", "IndustrialObjectDetection"),
                    ("c", "PersonalProtectiveEquipmentDetection"),
                    ("c", "DialGaugeDetection"),
                    ("c", "LevelGaugeDetection"),
                    ("c", "DigitalGaugeDetection"),
                    ("c", "ValveDetection"),
                ),
            ),
        ),
        "parameters": ("m", "FeatureParameters"),
    }
    _REQUIRED = ("items", "features")

    items: list[FileReferenceFileExternalId | FileReferenceFileId | FileReferenceFileInstanceId]
    features: list[
        Literal["AssetTagDetection"]
        | Literal["DialGaugeDetection"]
        | Literal["DigitalGaugeDetection"]
        | Literal["IndustrialObjectDetection"]
        | Literal["LevelGaugeDetection"]
        | Literal["PeopleDetection"]
        | Literal["PersonalProtectiveEquipmentDetection"]
        | Literal["TextDetection"]
        | Literal["ValveDetection"]
    ]
    parameters: FeatureParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        features = []
        for features_item_data in self.features:
            features_item: (
                Literal["AssetTagDetection"]
                | Literal["DialGaugeDetection"]
                | Literal["DigitalGaugeDetection"]
                | Literal["IndustrialObjectDetection"]
                | Literal["LevelGaugeDetection"]
                | Literal["PeopleDetection"]
                | Literal["PersonalProtectiveEquipmentDetection"]
                | Literal["TextDetection"]
                | Literal["ValveDetection"]
            )
            features_item = features_item_data
            features.append(features_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "features": features,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_parameters import FeatureParameters  # noqa: PLC0415
        from ..models.file_reference_file_external_id import FileReferenceFileExternalId  # noqa: PLC0415
        from ..models.file_reference_file_id import FileReferenceFileId  # noqa: PLC0415
        from ..models.file_reference_file_instance_id import FileReferenceFileInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> FileReferenceFileExternalId | FileReferenceFileId | FileReferenceFileInstanceId:
                return parse_best(data, (FileReferenceFileId, FileReferenceFileExternalId, FileReferenceFileInstanceId))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        features = []
        _features = d.pop("features")
        for features_item_data in _features:

            def _parse_features_item(
                data: object,
            ) -> (
                Literal["AssetTagDetection"]
                | Literal["DialGaugeDetection"]
                | Literal["DigitalGaugeDetection"]
                | Literal["IndustrialObjectDetection"]
                | Literal["LevelGaugeDetection"]
                | Literal["PeopleDetection"]
                | Literal["PersonalProtectiveEquipmentDetection"]
                | Literal["TextDetection"]
                | Literal["ValveDetection"]
            ):
                componentsschemas_vision_extract_feature_type_0 = cast(Literal["TextDetection"], data)
                if componentsschemas_vision_extract_feature_type_0 != "TextDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_0 must match const 'TextDetection', got '{componentsschemas_vision_extract_feature_type_0}'"
                    )
                return componentsschemas_vision_extract_feature_type_0
                componentsschemas_vision_extract_feature_type_1 = cast(Literal["AssetTagDetection"], data)
                if componentsschemas_vision_extract_feature_type_1 != "AssetTagDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_1 must match const 'AssetTagDetection', got '{componentsschemas_vision_extract_feature_type_1}'"
                    )
                return componentsschemas_vision_extract_feature_type_1
                componentsschemas_vision_extract_feature_type_2 = cast(Literal["PeopleDetection"], data)
                if componentsschemas_vision_extract_feature_type_2 != "PeopleDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_2 must match const 'PeopleDetection', got '{componentsschemas_vision_extract_feature_type_2}'"
                    )
                return componentsschemas_vision_extract_feature_type_2
                componentsschemas_vision_extract_feature_type_3 = cast(Literal["IndustrialObjectDetection"], data)
                if componentsschemas_vision_extract_feature_type_3 != "IndustrialObjectDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_3 must match const 'IndustrialObjectDetection', got '{componentsschemas_vision_extract_feature_type_3}'"
                    )
                return componentsschemas_vision_extract_feature_type_3
                componentsschemas_vision_extract_feature_type_4 = cast(
                    Literal["PersonalProtectiveEquipmentDetection"], data
                )
                if componentsschemas_vision_extract_feature_type_4 != "PersonalProtectiveEquipmentDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_4 must match const 'PersonalProtectiveEquipmentDetection', got '{componentsschemas_vision_extract_feature_type_4}'"
                    )
                return componentsschemas_vision_extract_feature_type_4
                componentsschemas_vision_extract_feature_type_5 = cast(Literal["DialGaugeDetection"], data)
                if componentsschemas_vision_extract_feature_type_5 != "DialGaugeDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_5 must match const 'DialGaugeDetection', got '{componentsschemas_vision_extract_feature_type_5}'"
                    )
                return componentsschemas_vision_extract_feature_type_5
                componentsschemas_vision_extract_feature_type_6 = cast(Literal["LevelGaugeDetection"], data)
                if componentsschemas_vision_extract_feature_type_6 != "LevelGaugeDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_6 must match const 'LevelGaugeDetection', got '{componentsschemas_vision_extract_feature_type_6}'"
                    )
                return componentsschemas_vision_extract_feature_type_6
                componentsschemas_vision_extract_feature_type_7 = cast(Literal["DigitalGaugeDetection"], data)
                if componentsschemas_vision_extract_feature_type_7 != "DigitalGaugeDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_7 must match const 'DigitalGaugeDetection', got '{componentsschemas_vision_extract_feature_type_7}'"
                    )
                return componentsschemas_vision_extract_feature_type_7
                componentsschemas_vision_extract_feature_type_8 = cast(Literal["ValveDetection"], data)
                if componentsschemas_vision_extract_feature_type_8 != "ValveDetection":
                    raise ValueError(
                        f"/components/schemas/VisionExtractFeature_type_8 must match const 'ValveDetection', got '{componentsschemas_vision_extract_feature_type_8}'"
                    )
                return componentsschemas_vision_extract_feature_type_8

            features_item = _parse_features_item(features_item_data)

            features.append(features_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: FeatureParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FeatureParameters.from_dict(_parameters)

        post_vision_extract_body = cls(
            items=items,
            features=features,
            parameters=parameters,
        )

        post_vision_extract_body.additional_properties = d
        return post_vision_extract_body

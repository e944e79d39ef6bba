from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.annotations_bounding_volume import AnnotationsBoundingVolume
    from ..models.annotations_classification import AnnotationsClassification
    from ..models.annotations_cogmono_annotation_types_diagrams_asset_link import (
        AnnotationsCogmonoAnnotationTypesDiagramsAssetLink,
    )
    from ..models.annotations_cogmono_annotation_types_diagrams_instance_link import (
        AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink,
    )
    from ..models.annotations_cogmono_annotation_types_images_asset_link import (
        AnnotationsCogmonoAnnotationTypesImagesAssetLink,
    )
    from ..models.annotations_cogmono_annotation_types_images_instance_link import (
        AnnotationsCogmonoAnnotationTypesImagesInstanceLink,
    )
    from ..models.annotations_detection import AnnotationsDetection
    from ..models.annotations_extracted_text import AnnotationsExtractedText
    from ..models.annotations_file_link import AnnotationsFileLink
    from ..models.annotations_iso_plan_annotation import AnnotationsIsoPlanAnnotation
    from ..models.annotations_junction import AnnotationsJunction
    from ..models.annotations_keypoint_collection import AnnotationsKeypointCollection
    from ..models.annotations_line import AnnotationsLine
    from ..models.annotations_object_detection import AnnotationsObjectDetection
    from ..models.annotations_text_region import AnnotationsTextRegion
    from ..models.annotations_unhandled_symbol_object import AnnotationsUnhandledSymbolObject
    from ..models.annotations_unhandled_text_object import AnnotationsUnhandledTextObject


T = TypeVar("T", bound="AnnotationsV2UpdateDataSchemaData")


@_attrs_define
class AnnotationsV2UpdateDataSchemaData(AdditionalProperties):
    """
    Attributes:
        set_ (AnnotationsBoundingVolume | AnnotationsClassification | AnnotationsCogmonoAnnotationTypesDiagramsAssetLink
            | AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink | AnnotationsCogmonoAnnotationTypesImagesAssetLink |
            AnnotationsCogmonoAnnotationTypesImagesInstanceLink | AnnotationsDetection | AnnotationsExtractedText |
            AnnotationsFileLink | AnnotationsIsoPlanAnnotation | AnnotationsJunction | AnnotationsKeypointCollection |
            AnnotationsLine | AnnotationsObjectDetection | AnnotationsTextRegion | AnnotationsUnhandledSymbolObject |
            AnnotationsUnhandledTextObject): The annotation information. The format of this object is decided by and
            validated against the `annotationType`
            attribute. Example: {'assetRef': {'externalId': 'abc'}, 'symbolRegion': {'xMin': 0.1, 'xMax': 0.2, 'yMin': 0.1,
            'yMax': 0.2}, 'textRegion': {'xMin': 0.2, 'xMax': 0.3, 'yMin': 0.2, 'yMax': 0.3}, 'pageNumber': 43}.
    """

    _FIT = {
        "set": (
            "u",
            (
                ("m", "AnnotationsBoundingVolume"),
                ("m", "AnnotationsClassification"),
                ("m", "AnnotationsDetection"),
                ("m", "AnnotationsExtractedText"),
                ("m", "AnnotationsFileLink"),
                ("m", "AnnotationsIsoPlanAnnotation"),
                ("m", "AnnotationsJunction"),
                ("m", "AnnotationsKeypointCollection"),
                ("m", "AnnotationsLine"),
                ("m", "AnnotationsObjectDetection"),
                ("m", "AnnotationsTextRegion"),
                ("m", "AnnotationsUnhandledSymbolObject"),
                ("m", "AnnotationsUnhandledTextObject"),
                ("m", "AnnotationsCogmonoAnnotationTypesDiagramsAssetLink"),
                ("m", "AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink"),
                ("m", "AnnotationsCogmonoAnnotationTypesImagesAssetLink"),
                ("m", "AnnotationsCogmonoAnnotationTypesImagesInstanceLink"),
            ),
        )
    }
    _REQUIRED = ("set",)

    set_: (
        AnnotationsBoundingVolume
        | AnnotationsClassification
        | AnnotationsCogmonoAnnotationTypesDiagramsAssetLink
        | AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink
        | AnnotationsCogmonoAnnotationTypesImagesAssetLink
        | AnnotationsCogmonoAnnotationTypesImagesInstanceLink
        | AnnotationsDetection
        | AnnotationsExtractedText
        | AnnotationsFileLink
        | AnnotationsIsoPlanAnnotation
        | AnnotationsJunction
        | AnnotationsKeypointCollection
        | AnnotationsLine
        | AnnotationsObjectDetection
        | AnnotationsTextRegion
        | AnnotationsUnhandledSymbolObject
        | AnnotationsUnhandledTextObject
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any]
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_volume import AnnotationsBoundingVolume  # noqa: PLC0415
        from ..models.annotations_classification import AnnotationsClassification  # noqa: PLC0415
        from ..models.annotations_cogmono_annotation_types_diagrams_asset_link import (
            AnnotationsCogmonoAnnotationTypesDiagramsAssetLink,  # noqa: PLC0415
        )
        from ..models.annotations_cogmono_annotation_types_diagrams_instance_link import (
            AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink,  # noqa: PLC0415
        )
        from ..models.annotations_cogmono_annotation_types_images_asset_link import (
            AnnotationsCogmonoAnnotationTypesImagesAssetLink,  # noqa: PLC0415
        )
        from ..models.annotations_cogmono_annotation_types_images_instance_link import (
            AnnotationsCogmonoAnnotationTypesImagesInstanceLink,  # noqa: PLC0415
        )
        from ..models.annotations_detection import AnnotationsDetection  # noqa: PLC0415
        from ..models.annotations_extracted_text import AnnotationsExtractedText  # noqa: PLC0415
        from ..models.annotations_file_link import AnnotationsFileLink  # noqa: PLC0415
        from ..models.annotations_iso_plan_annotation import AnnotationsIsoPlanAnnotation  # noqa: PLC0415
        from ..models.annotations_junction import AnnotationsJunction  # noqa: PLC0415
        from ..models.annotations_keypoint_collection import AnnotationsKeypointCollection  # noqa: PLC0415
        from ..models.annotations_line import AnnotationsLine  # noqa: PLC0415
        from ..models.annotations_object_detection import AnnotationsObjectDetection  # noqa: PLC0415
        from ..models.annotations_text_region import AnnotationsTextRegion  # noqa: PLC0415
        from ..models.annotations_unhandled_symbol_object import AnnotationsUnhandledSymbolObject  # noqa: PLC0415
        from ..models.annotations_unhandled_text_object import AnnotationsUnhandledTextObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(
            data: object,
        ) -> (
            AnnotationsBoundingVolume
            | AnnotationsClassification
            | AnnotationsCogmonoAnnotationTypesDiagramsAssetLink
            | AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink
            | AnnotationsCogmonoAnnotationTypesImagesAssetLink
            | AnnotationsCogmonoAnnotationTypesImagesInstanceLink
            | AnnotationsDetection
            | AnnotationsExtractedText
            | AnnotationsFileLink
            | AnnotationsIsoPlanAnnotation
            | AnnotationsJunction
            | AnnotationsKeypointCollection
            | AnnotationsLine
            | AnnotationsObjectDetection
            | AnnotationsTextRegion
            | AnnotationsUnhandledSymbolObject
            | AnnotationsUnhandledTextObject
        ):
            return parse_best(
                data,
                (
                    AnnotationsBoundingVolume,
                    AnnotationsClassification,
                    AnnotationsDetection,
                    AnnotationsExtractedText,
                    AnnotationsFileLink,
                    AnnotationsIsoPlanAnnotation,
                    AnnotationsJunction,
                    AnnotationsKeypointCollection,
                    AnnotationsLine,
                    AnnotationsObjectDetection,
                    AnnotationsTextRegion,
                    AnnotationsUnhandledSymbolObject,
                    AnnotationsUnhandledTextObject,
                    AnnotationsCogmonoAnnotationTypesDiagramsAssetLink,
                    AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink,
                    AnnotationsCogmonoAnnotationTypesImagesAssetLink,
                    AnnotationsCogmonoAnnotationTypesImagesInstanceLink,
                ),
            )

        set_ = _parse_set_(d.pop("set"))

        annotations_v2_update_data_schema_data = cls(
            set_=set_,
        )

        annotations_v2_update_data_schema_data.additional_properties = d
        return annotations_v2_update_data_schema_data

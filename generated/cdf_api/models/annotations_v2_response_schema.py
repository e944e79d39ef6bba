from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotated_resource_type import AnnotatedResourceType
from ..models.annotation_type import AnnotationType
from ..models.status import Status
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


T = TypeVar("T", bound="AnnotationsV2ResponseSchema")


@_attrs_define
class AnnotationsV2ResponseSchema(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        annotated_resource_type (AnnotatedResourceType): The annotated CDF resource type. Files as well as 3d-Models are
            supported. Example: file.
        annotated_resource_id (int): A server-generated ID for the object.
        annotation_type (AnnotationType): The type of the annotation. This uniquely decides what the structure of the
            `data` block will be. Example: pointcloud.BoundingVolume.
        creating_app (str): The application name or identifier. This is neither checked nor enforced. Example: cognite-
            vision.
        creating_app_version (str): A version number in the SemVer sense. See [semver.org](https://semver.org/) for the
            specification. Example: 1.2.1.
        creating_user (None | str): A username, or email, or name. This is not checked nor enforced. If the value is
            null, it means the
            annotation was created by a service. Example: john.doe@cognite.com.
        data (AnnotationsBoundingVolume | AnnotationsClassification | AnnotationsCogmonoAnnotationTypesDiagramsAssetLink
            | AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink | AnnotationsCogmonoAnnotationTypesImagesAssetLink |
            AnnotationsCogmonoAnnotationTypesImagesInstanceLink | AnnotationsDetection | AnnotationsExtractedText |
            AnnotationsFileLink | AnnotationsIsoPlanAnnotation | AnnotationsJunction | AnnotationsKeypointCollection |
            AnnotationsLine | AnnotationsObjectDetection | AnnotationsTextRegion | AnnotationsUnhandledSymbolObject |
            AnnotationsUnhandledTextObject): The annotation information. The format of this object is decided by and
            validated against the `annotationType`
            attribute. Example: {'assetRef': {'externalId': 'abc'}, 'symbolRegion': {'xMin': 0.1, 'xMax': 0.2, 'yMin': 0.1,
            'yMax': 0.2}, 'textRegion': {'xMin': 0.2, 'xMax': 0.3, 'yMin': 0.2, 'yMax': 0.3}, 'pageNumber': 43}.
        status (Status): The status of the annotation Example: approved.
    """

    _FIT = {
        "id": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "annotatedResourceType": "s",
        "annotatedResourceId": "i",
        "annotationType": "s",
        "creatingApp": "s",
        "creatingAppVersion": "s",
        "creatingUser": ("u", ("s", None)),
        "data": (
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
        ),
        "status": "s",
    }
    _REQUIRED = (
        "id",
        "createdTime",
        "lastUpdatedTime",
        "annotatedResourceType",
        "annotatedResourceId",
        "annotationType",
        "creatingApp",
        "creatingAppVersion",
        "creatingUser",
        "data",
        "status",
    )

    id: int
    created_time: int
    last_updated_time: int
    annotated_resource_type: AnnotatedResourceType
    annotated_resource_id: int
    annotation_type: AnnotationType
    creating_app: str
    creating_app_version: str
    creating_user: None | str
    data: (
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
    status: Status
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        annotated_resource_type = self.annotated_resource_type.value

        annotated_resource_id = self.annotated_resource_id

        annotation_type = self.annotation_type.value

        creating_app = self.creating_app

        creating_app_version = self.creating_app_version

        creating_user: None | str
        creating_user = self.creating_user

        data: dict[str, Any]
        data = self.data.to_dict()

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "annotatedResourceType": annotated_resource_type,
                "annotatedResourceId": annotated_resource_id,
                "annotationType": annotation_type,
                "creatingApp": creating_app,
                "creatingAppVersion": creating_app_version,
                "creatingUser": creating_user,
                "data": data,
                "status": status,
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
        id = d.pop("id")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        annotated_resource_type = AnnotatedResourceType(d.pop("annotatedResourceType"))

        annotated_resource_id = d.pop("annotatedResourceId")

        annotation_type = AnnotationType(d.pop("annotationType"))

        creating_app = d.pop("creatingApp")

        creating_app_version = d.pop("creatingAppVersion")

        def _parse_creating_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creating_user = _parse_creating_user(d.pop("creatingUser"))

        def _parse_data(
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

        data = _parse_data(d.pop("data"))

        status = Status(d.pop("status"))

        annotations_v2_response_schema = cls(
            id=id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            annotated_resource_type=annotated_resource_type,
            annotated_resource_id=annotated_resource_id,
            annotation_type=annotation_type,
            creating_app=creating_app,
            creating_app_version=creating_app_version,
            creating_user=creating_user,
            data=data,
            status=status,
        )

        annotations_v2_response_schema.additional_properties = d
        return annotations_v2_response_schema

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotated_resource_type import AnnotatedResourceType
from ..models.annotation_type import AnnotationType
from ..models.status import Status
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_v2_filter_schema_data import AnnotationsV2FilterSchemaData
    from ..models.resource_reference import ResourceReference


T = TypeVar("T", bound="AnnotationsV2FilterSchema")


@_attrs_define
class AnnotationsV2FilterSchema(AdditionalProperties):
    """A filter to apply on annotations

    Example:
        {'annotatedResourceType': 'file', 'annotatedResourceIds': [{'id': 1066}, {'id': 1067}], 'status': 'approved',
            'data': {'label': 'cat'}}

    Attributes:
        annotated_resource_type (AnnotatedResourceType): The annotated CDF resource type. Files as well as 3d-Models are
            supported. Example: file.
        annotated_resource_ids (list[ResourceReference]):
        annotation_type (AnnotationType | Unset): The type of the annotation. This uniquely decides what the structure
            of the `data` block will be. Example: pointcloud.BoundingVolume.
        creating_app (str | Unset): The application name or identifier. This is neither checked nor enforced. Example:
            cognite-vision.
        creating_app_version (str | Unset): A version number in the SemVer sense. See [semver.org](https://semver.org/)
            for the specification. Example: 1.2.1.
        creating_user (None | str | Unset): A username, or email, or name. This is not checked nor enforced. If the
            value is null, it means the
            annotation was created by a service. Example: john.doe@cognite.com.
        status (Status | Unset): The status of the annotation Example: approved.
        data (AnnotationsV2FilterSchemaData | Unset): Filter annotations by their data keys and values (case-sensitive).
            Concretely, by providing this field, we check for all annotations that contains the data filter as a subset.
            If `annotationType` is not specified, the data filter will applied across all annotation types. Example:
            {'label': 'cat', 'fileRef': {'externalId': 'abc'}}.
    """

    _FIT = {
        "annotatedResourceType": "s",
        "annotatedResourceIds": ("l", ("m", "ResourceReference")),
        "annotationType": "s",
        "creatingApp": "s",
        "creatingAppVersion": "s",
        "creatingUser": ("u", ("s", None)),
        "status": "s",
        "data": ("m", "AnnotationsV2FilterSchemaData"),
    }
    _REQUIRED = ("annotatedResourceType", "annotatedResourceIds")

    annotated_resource_type: AnnotatedResourceType
    annotated_resource_ids: list[ResourceReference]
    annotation_type: AnnotationType | Unset = UNSET
    creating_app: str | Unset = UNSET
    creating_app_version: str | Unset = UNSET
    creating_user: None | str | Unset = UNSET
    status: Status | Unset = UNSET
    data: AnnotationsV2FilterSchemaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_resource_type = self.annotated_resource_type.value

        annotated_resource_ids = []
        for annotated_resource_ids_item_data in self.annotated_resource_ids:
            annotated_resource_ids_item = annotated_resource_ids_item_data.to_dict()
            annotated_resource_ids.append(annotated_resource_ids_item)

        annotation_type: str | Unset = UNSET
        if not isinstance(self.annotation_type, Unset):
            annotation_type = self.annotation_type.value

        creating_app = self.creating_app

        creating_app_version = self.creating_app_version

        creating_user: None | str | Unset
        if isinstance(self.creating_user, Unset):
            creating_user = UNSET
        else:
            creating_user = self.creating_user

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotatedResourceType": annotated_resource_type,
                "annotatedResourceIds": annotated_resource_ids,
            }
        )
        if annotation_type is not UNSET:
            field_dict["annotationType"] = annotation_type
        if creating_app is not UNSET:
            field_dict["creatingApp"] = creating_app
        if creating_app_version is not UNSET:
            field_dict["creatingAppVersion"] = creating_app_version
        if creating_user is not UNSET:
            field_dict["creatingUser"] = creating_user
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_v2_filter_schema_data import AnnotationsV2FilterSchemaData  # noqa: PLC0415
        from ..models.resource_reference import ResourceReference  # noqa: PLC0415

        d = dict(src_dict)
        annotated_resource_type = AnnotatedResourceType(d.pop("annotatedResourceType"))

        annotated_resource_ids = []
        _annotated_resource_ids = d.pop("annotatedResourceIds")
        for annotated_resource_ids_item_data in _annotated_resource_ids:
            annotated_resource_ids_item = ResourceReference.from_dict(annotated_resource_ids_item_data)

            annotated_resource_ids.append(annotated_resource_ids_item)

        _annotation_type = d.pop("annotationType", UNSET)
        annotation_type: AnnotationType | Unset
        if isinstance(_annotation_type, Unset):
            annotation_type = UNSET
        else:
            annotation_type = AnnotationType(_annotation_type)

        creating_app = d.pop("creatingApp", UNSET)

        creating_app_version = d.pop("creatingAppVersion", UNSET)

        def _parse_creating_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creating_user = _parse_creating_user(d.pop("creatingUser", UNSET))

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

        _data = d.pop("data", UNSET)
        data: AnnotationsV2FilterSchemaData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AnnotationsV2FilterSchemaData.from_dict(_data)

        annotations_v2_filter_schema = cls(
            annotated_resource_type=annotated_resource_type,
            annotated_resource_ids=annotated_resource_ids,
            annotation_type=annotation_type,
            creating_app=creating_app,
            creating_app_version=creating_app_version,
            creating_user=creating_user,
            status=status,
            data=data,
        )

        annotations_v2_filter_schema.additional_properties = d
        return annotations_v2_filter_schema

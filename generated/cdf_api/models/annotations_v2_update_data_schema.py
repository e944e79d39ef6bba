from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_v2_update_data_schema_annotation_type import AnnotationsV2UpdateDataSchemaAnnotationType
    from ..models.annotations_v2_update_data_schema_data import AnnotationsV2UpdateDataSchemaData
    from ..models.annotations_v2_update_data_schema_status import AnnotationsV2UpdateDataSchemaStatus


T = TypeVar("T", bound="AnnotationsV2UpdateDataSchema")


@_attrs_define
class AnnotationsV2UpdateDataSchema(AdditionalProperties):
    """Each fields represent a "delta" that will be applied onto the corresponding field of the original
    annotation.


    ### Updating Annotation Type or Data
    Ensure that the new annotation data conforms to the new annotation type, otherwise the call will fail.

        Example:
            {'data': {'set': {'assetRef': {'externalId': 'abc'}, 'symbolRegion': {'xMin': 0.1, 'xMax': 0.2, 'yMin': 0.1,
                'yMax': 0.2}, 'textRegion': {'xMin': 0.4, 'xMax': 0.5, 'yMin': 0.4, 'yMax': 0.5}, 'pageNumber': 43}}}

        Attributes:
            annotation_type (AnnotationsV2UpdateDataSchemaAnnotationType | Unset):
            data (AnnotationsV2UpdateDataSchemaData | Unset):
            status (AnnotationsV2UpdateDataSchemaStatus | Unset):
    """

    _FIT = {
        "annotationType": ("m", "AnnotationsV2UpdateDataSchemaAnnotationType"),
        "data": ("m", "AnnotationsV2UpdateDataSchemaData"),
        "status": ("m", "AnnotationsV2UpdateDataSchemaStatus"),
    }
    _REQUIRED = ()

    annotation_type: AnnotationsV2UpdateDataSchemaAnnotationType | Unset = UNSET
    data: AnnotationsV2UpdateDataSchemaData | Unset = UNSET
    status: AnnotationsV2UpdateDataSchemaStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotation_type, Unset):
            annotation_type = self.annotation_type.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotation_type is not UNSET:
            field_dict["annotationType"] = annotation_type
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_v2_update_data_schema_annotation_type import (
            AnnotationsV2UpdateDataSchemaAnnotationType,  # noqa: PLC0415
        )
        from ..models.annotations_v2_update_data_schema_data import AnnotationsV2UpdateDataSchemaData  # noqa: PLC0415
        from ..models.annotations_v2_update_data_schema_status import AnnotationsV2UpdateDataSchemaStatus  # noqa: PLC0415

        d = dict(src_dict)
        _annotation_type = d.pop("annotationType", UNSET)
        annotation_type: AnnotationsV2UpdateDataSchemaAnnotationType | Unset
        if isinstance(_annotation_type, Unset):
            annotation_type = UNSET
        else:
            annotation_type = AnnotationsV2UpdateDataSchemaAnnotationType.from_dict(_annotation_type)

        _data = d.pop("data", UNSET)
        data: AnnotationsV2UpdateDataSchemaData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AnnotationsV2UpdateDataSchemaData.from_dict(_data)

        _status = d.pop("status", UNSET)
        status: AnnotationsV2UpdateDataSchemaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AnnotationsV2UpdateDataSchemaStatus.from_dict(_status)

        annotations_v2_update_data_schema = cls(
            annotation_type=annotation_type,
            data=data,
            status=status,
        )

        annotations_v2_update_data_schema.additional_properties = d
        return annotations_v2_update_data_schema

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotations_iso_plan_annotation_linked_resource_type import AnnotationsIsoPlanAnnotationLinkedResourceType
from ..models.annotations_iso_plan_annotation_source_type import AnnotationsIsoPlanAnnotationSourceType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_poly_line import AnnotationsPolyLine
    from ..models.annotations_size_and_class_type import AnnotationsSizeAndClassType


T = TypeVar("T", bound="AnnotationsIsoPlanAnnotation")


@_attrs_define
class AnnotationsIsoPlanAnnotation(AdditionalProperties):
    """Model a custom link in a engineering diagram where it capture details from the texts and linked to assets when
    necessary

        Attributes:
            page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
                1.
            file_ref (Any | Unset): A reference to a file. Either the internal ID or the external ID must be provided
                (exactly one).
            text (str | Unset): The pattern identified by the detection API results.
            text_region (AnnotationsBoundingBox | Unset): A plain rectangle
            indirect_relation (str | Unset): Relation connecting this hotspot to a tag in case the hotspot has no tag. E.g.
                'second valve upstreams of'. This references the 'indirectExternalId'.
            indirect_external_id (Any | Unset): A reference to an asset. Either the internal ID or the external ID must be
                provided (exactly one).
            line_external_id (Any | Unset): A reference to an asset. Either the internal ID or the external ID must be
                provided (exactly one).
            detail (str | Unset): Detail describing the equipment.
            sub_detail (str | Unset): Use to save the fluid code of pipes Exa. LO for Lube oil and etc.
            source_type (AnnotationsIsoPlanAnnotationSourceType | Unset): Use to identify whether the annotation is user
                created one or ditected via pipeline.
            linked_resource_internal_id (int | Unset): Stores Functional Locations' (FLOC) ID linked to the annotation.
            linked_resource_external_id (str | Unset): Stores Functional Locations (FLOC) external ID linked to the
                annotation.
            linked_resource_type (AnnotationsIsoPlanAnnotationLinkedResourceType | Unset): Stores Functional Location (FLOC)
                type the annotation linked to.
            type_ (str | Unset): Type of equipment, valve, pump etc.
            relative_position (str | Unset): Indicate the relative position of an annotation.
            revision (str | Unset): Keeps track of the modification to an annotation.
            size_and_class (AnnotationsSizeAndClassType | Unset): Store the dimension, units and class of a given annotation
            old_annotation_id (str | Unset): Keep track of data link with old annotations.
            vertices (AnnotationsPolyLine | Unset): A polygonal chain consisting of _n_ vertices
    """

    _FIT = {
        "pageNumber": "i",
        "fileRef": ("u", (None,)),
        "text": "s",
        "textRegion": ("m", "AnnotationsBoundingBox"),
        "indirectRelation": "s",
        "indirectExternalId": ("u", (None,)),
        "lineExternalId": ("u", (None,)),
        "detail": "s",
        "subDetail": "s",
        "sourceType": "s",
        "linkedResourceInternalId": "i",
        "linkedResourceExternalId": "s",
        "linkedResourceType": "s",
        "type": "s",
        "relativePosition": "s",
        "revision": "s",
        "sizeAndClass": ("m", "AnnotationsSizeAndClassType"),
        "oldAnnotationId": "s",
        "vertices": ("m", "AnnotationsPolyLine"),
    }
    _REQUIRED = ()

    page_number: int | Unset = UNSET
    file_ref: Any | Unset = UNSET
    text: str | Unset = UNSET
    text_region: AnnotationsBoundingBox | Unset = UNSET
    indirect_relation: str | Unset = UNSET
    indirect_external_id: Any | Unset = UNSET
    line_external_id: Any | Unset = UNSET
    detail: str | Unset = UNSET
    sub_detail: str | Unset = UNSET
    source_type: AnnotationsIsoPlanAnnotationSourceType | Unset = UNSET
    linked_resource_internal_id: int | Unset = UNSET
    linked_resource_external_id: str | Unset = UNSET
    linked_resource_type: AnnotationsIsoPlanAnnotationLinkedResourceType | Unset = UNSET
    type_: str | Unset = UNSET
    relative_position: str | Unset = UNSET
    revision: str | Unset = UNSET
    size_and_class: AnnotationsSizeAndClassType | Unset = UNSET
    old_annotation_id: str | Unset = UNSET
    vertices: AnnotationsPolyLine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        file_ref: Any | Unset
        if isinstance(self.file_ref, Unset):
            file_ref = UNSET
        else:
            file_ref = self.file_ref

        text = self.text

        text_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_region, Unset):
            text_region = self.text_region.to_dict()

        indirect_relation = self.indirect_relation

        indirect_external_id: Any | Unset
        if isinstance(self.indirect_external_id, Unset):
            indirect_external_id = UNSET
        else:
            indirect_external_id = self.indirect_external_id

        line_external_id: Any | Unset
        if isinstance(self.line_external_id, Unset):
            line_external_id = UNSET
        else:
            line_external_id = self.line_external_id

        detail = self.detail

        sub_detail = self.sub_detail

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        linked_resource_internal_id = self.linked_resource_internal_id

        linked_resource_external_id = self.linked_resource_external_id

        linked_resource_type: str | Unset = UNSET
        if not isinstance(self.linked_resource_type, Unset):
            linked_resource_type = self.linked_resource_type.value

        type_ = self.type_

        relative_position = self.relative_position

        revision = self.revision

        size_and_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size_and_class, Unset):
            size_and_class = self.size_and_class.to_dict()

        old_annotation_id = self.old_annotation_id

        vertices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vertices, Unset):
            vertices = self.vertices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if file_ref is not UNSET:
            field_dict["fileRef"] = file_ref
        if text is not UNSET:
            field_dict["text"] = text
        if text_region is not UNSET:
            field_dict["textRegion"] = text_region
        if indirect_relation is not UNSET:
            field_dict["indirectRelation"] = indirect_relation
        if indirect_external_id is not UNSET:
            field_dict["indirectExternalId"] = indirect_external_id
        if line_external_id is not UNSET:
            field_dict["lineExternalId"] = line_external_id
        if detail is not UNSET:
            field_dict["detail"] = detail
        if sub_detail is not UNSET:
            field_dict["subDetail"] = sub_detail
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if linked_resource_internal_id is not UNSET:
            field_dict["linkedResourceInternalId"] = linked_resource_internal_id
        if linked_resource_external_id is not UNSET:
            field_dict["linkedResourceExternalId"] = linked_resource_external_id
        if linked_resource_type is not UNSET:
            field_dict["linkedResourceType"] = linked_resource_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if relative_position is not UNSET:
            field_dict["relativePosition"] = relative_position
        if revision is not UNSET:
            field_dict["revision"] = revision
        if size_and_class is not UNSET:
            field_dict["sizeAndClass"] = size_and_class
        if old_annotation_id is not UNSET:
            field_dict["oldAnnotationId"] = old_annotation_id
        if vertices is not UNSET:
            field_dict["vertices"] = vertices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415
        from ..models.annotations_poly_line import AnnotationsPolyLine  # noqa: PLC0415
        from ..models.annotations_size_and_class_type import AnnotationsSizeAndClassType  # noqa: PLC0415

        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        def _parse_file_ref(data: object) -> Any | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | Unset, data)

        file_ref = _parse_file_ref(d.pop("fileRef", UNSET))

        text = d.pop("text", UNSET)

        _text_region = d.pop("textRegion", UNSET)
        text_region: AnnotationsBoundingBox | Unset
        if isinstance(_text_region, Unset):
            text_region = UNSET
        else:
            text_region = AnnotationsBoundingBox.from_dict(_text_region)

        indirect_relation = d.pop("indirectRelation", UNSET)

        def _parse_indirect_external_id(data: object) -> Any | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | Unset, data)

        indirect_external_id = _parse_indirect_external_id(d.pop("indirectExternalId", UNSET))

        def _parse_line_external_id(data: object) -> Any | Unset:
            if isinstance(data, Unset):
                return data
            return cast(Any | Unset, data)

        line_external_id = _parse_line_external_id(d.pop("lineExternalId", UNSET))

        detail = d.pop("detail", UNSET)

        sub_detail = d.pop("subDetail", UNSET)

        _source_type = d.pop("sourceType", UNSET)
        source_type: AnnotationsIsoPlanAnnotationSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = AnnotationsIsoPlanAnnotationSourceType(_source_type)

        linked_resource_internal_id = d.pop("linkedResourceInternalId", UNSET)

        linked_resource_external_id = d.pop("linkedResourceExternalId", UNSET)

        _linked_resource_type = d.pop("linkedResourceType", UNSET)
        linked_resource_type: AnnotationsIsoPlanAnnotationLinkedResourceType | Unset
        if isinstance(_linked_resource_type, Unset):
            linked_resource_type = UNSET
        else:
            linked_resource_type = AnnotationsIsoPlanAnnotationLinkedResourceType(_linked_resource_type)

        type_ = d.pop("type", UNSET)

        relative_position = d.pop("relativePosition", UNSET)

        revision = d.pop("revision", UNSET)

        _size_and_class = d.pop("sizeAndClass", UNSET)
        size_and_class: AnnotationsSizeAndClassType | Unset
        if isinstance(_size_and_class, Unset):
            size_and_class = UNSET
        else:
            size_and_class = AnnotationsSizeAndClassType.from_dict(_size_and_class)

        old_annotation_id = d.pop("oldAnnotationId", UNSET)

        _vertices = d.pop("vertices", UNSET)
        vertices: AnnotationsPolyLine | Unset
        if isinstance(_vertices, Unset):
            vertices = UNSET
        else:
            vertices = AnnotationsPolyLine.from_dict(_vertices)

        annotations_iso_plan_annotation = cls(
            page_number=page_number,
            file_ref=file_ref,
            text=text,
            text_region=text_region,
            indirect_relation=indirect_relation,
            indirect_external_id=indirect_external_id,
            line_external_id=line_external_id,
            detail=detail,
            sub_detail=sub_detail,
            source_type=source_type,
            linked_resource_internal_id=linked_resource_internal_id,
            linked_resource_external_id=linked_resource_external_id,
            linked_resource_type=linked_resource_type,
            type_=type_,
            relative_position=relative_position,
            revision=revision,
            size_and_class=size_and_class,
            old_annotation_id=old_annotation_id,
            vertices=vertices,
        )

        annotations_iso_plan_annotation.additional_properties = d
        return annotations_iso_plan_annotation

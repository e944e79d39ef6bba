from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.annotations_v2_update_data_schema import AnnotationsV2UpdateDataSchema


T = TypeVar("T", bound="AnnotationsV2UpdateItemSchema")


@_attrs_define
class AnnotationsV2UpdateItemSchema(AdditionalProperties):
    """An update object to apply to an annotation

    Attributes:
        id (int): A server-generated ID for the object.
        update (AnnotationsV2UpdateDataSchema): Each fields represent a "delta" that will be applied onto the
            corresponding field of the original
            annotation.


            ### Updating Annotation Type or Data
            Ensure that the new annotation data conforms to the new annotation type, otherwise the call will fail. Example:
            {'data': {'set': {'assetRef': {'externalId': 'abc'}, 'symbolRegion': {'xMin': 0.1, 'xMax': 0.2, 'yMin': 0.1,
            'yMax': 0.2}, 'textRegion': {'xMin': 0.4, 'xMax': 0.5, 'yMin': 0.4, 'yMax': 0.5}, 'pageNumber': 43}}}.
    """

    _FIT = {"id": "i", "update": ("m", "AnnotationsV2UpdateDataSchema")}
    _REQUIRED = ("id", "update")

    id: int
    update: AnnotationsV2UpdateDataSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_v2_update_data_schema import AnnotationsV2UpdateDataSchema  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        update = AnnotationsV2UpdateDataSchema.from_dict(d.pop("update"))

        annotations_v2_update_item_schema = cls(
            id=id,
            update=update,
        )

        annotations_v2_update_item_schema.additional_properties = d
        return annotations_v2_update_item_schema

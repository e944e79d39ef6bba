from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_v2_filter_schema import AnnotationsV2FilterSchema


T = TypeVar("T", bound="AnnotationsFilterBody")


@_attrs_define
class AnnotationsFilterBody(AdditionalProperties):
    """
    Attributes:
        filter_ (AnnotationsV2FilterSchema): A filter to apply on annotations Example: {'annotatedResourceType': 'file',
            'annotatedResourceIds': [{'id': 1066}, {'id': 1067}], 'status': 'approved', 'data': {'label': 'cat'}}.
        cursor (str | Unset): A cursor pointing to another page of results Example: MzE1NjAwMDcxNzQ0ODI5.
        limit (int | Unset):
    """

    _FIT = {"filter": ("m", "AnnotationsV2FilterSchema"), "cursor": "s", "limit": "i"}
    _REQUIRED = ("filter",)

    filter_: AnnotationsV2FilterSchema
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_v2_filter_schema import AnnotationsV2FilterSchema  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = AnnotationsV2FilterSchema.from_dict(d.pop("filter"))

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        annotations_filter_body = cls(
            filter_=filter_,
            cursor=cursor,
            limit=limit,
        )

        annotations_filter_body.additional_properties = d
        return annotations_filter_body

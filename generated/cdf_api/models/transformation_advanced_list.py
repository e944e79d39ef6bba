from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.transformation_filter import TransformationFilter


T = TypeVar("T", bound="TransformationAdvancedList")


@_attrs_define
class TransformationAdvancedList(AdditionalProperties):
    """
    Attributes:
        filter_ (TransformationFilter):
        limit (int | Unset):
        cursor (str | Unset):
    """

    _FIT = {"filter": ("m", "TransformationFilter"), "limit": "i", "cursor": "s"}
    _REQUIRED = ("filter",)

    filter_: TransformationFilter
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transformation_filter import TransformationFilter  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = TransformationFilter.from_dict(d.pop("filter"))

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        transformation_advanced_list = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        transformation_advanced_list.additional_properties = d
        return transformation_advanced_list

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.entity_matching_filter_schema import EntityMatchingFilterSchema


T = TypeVar("T", bound="EntityMatchingFilterBody")


@_attrs_define
class EntityMatchingFilterBody(AdditionalProperties):
    """
    Attributes:
        filter_ (EntityMatchingFilterSchema):
        limit (int | Unset): <- Limits the number of results to return.
    """

    _FIT = {"filter": ("m", "EntityMatchingFilterSchema"), "limit": "i"}
    _REQUIRED = ("filter",)

    filter_: EntityMatchingFilterSchema
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_matching_filter_schema import EntityMatchingFilterSchema  # noqa: PLC0415

        d = dict(src_dict)
        filter_ = EntityMatchingFilterSchema.from_dict(d.pop("filter"))

        limit = d.pop("limit", UNSET)

        entity_matching_filter_body = cls(
            filter_=filter_,
            limit=limit,
        )

        entity_matching_filter_body.additional_properties = d
        return entity_matching_filter_body

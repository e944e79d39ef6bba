from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.entity_list_filter import EntityListFilter


T = TypeVar("T", bound="EntityListRequest")


@_attrs_define
class EntityListRequest(AdditionalProperties):
    """
    Attributes:
        filter_ (EntityListFilter | Unset):
        limit (int | Unset): Maximum number of items that the client want to get back.
    """

    _FIT = {"filter": ("m", "EntityListFilter"), "limit": "i"}
    _REQUIRED = ()

    filter_: EntityListFilter | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_list_filter import EntityListFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: EntityListFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EntityListFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        entity_list_request = cls(
            filter_=filter_,
            limit=limit,
        )

        entity_list_request.additional_properties = d
        return entity_list_request

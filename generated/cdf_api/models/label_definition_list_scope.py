from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.label_definition_filter_filter import LabelDefinitionFilterFilter


T = TypeVar("T", bound="LabelDefinitionListScope")


@_attrs_define
class LabelDefinitionListScope(AdditionalProperties):
    """
    Attributes:
        filter_ (LabelDefinitionFilterFilter | Unset): Filter on labels definitions with strict matching.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset): Limits the number of results to return.
    """

    _FIT = {"filter": ("m", "LabelDefinitionFilterFilter"), "cursor": "s", "limit": "i"}
    _REQUIRED = ()

    filter_: LabelDefinitionFilterFilter | Unset = UNSET
    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        cursor = self.cursor

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_definition_filter_filter import LabelDefinitionFilterFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: LabelDefinitionFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = LabelDefinitionFilterFilter.from_dict(_filter_)

        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        label_definition_list_scope = cls(
            filter_=filter_,
            cursor=cursor,
            limit=limit,
        )

        label_definition_list_scope.additional_properties = d
        return label_definition_list_scope

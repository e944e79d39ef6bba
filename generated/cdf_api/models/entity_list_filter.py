from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visibility import Visibility
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EntityListFilter")


@_attrs_define
class EntityListFilter(AdditionalProperties):
    """
    Attributes:
        visibility (Visibility | Unset):
        is_owned (bool | Unset): only match entities the client owns
    """

    _FIT = {"visibility": "s", "isOwned": "b"}
    _REQUIRED = ()

    visibility: Visibility | Unset = UNSET
    is_owned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        is_owned = self.is_owned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if is_owned is not UNSET:
            field_dict["isOwned"] = is_owned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _visibility = d.pop("visibility", UNSET)
        visibility: Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = Visibility(_visibility)

        is_owned = d.pop("isOwned", UNSET)

        entity_list_filter = cls(
            visibility=visibility,
            is_owned=is_owned,
        )

        entity_list_filter.additional_properties = d
        return entity_list_filter

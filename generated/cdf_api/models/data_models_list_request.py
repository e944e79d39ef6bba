from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataModelsListRequest")


@_attrs_define
class DataModelsListRequest(AdditionalProperties):
    """
    Attributes:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        spaces (list[str] | Unset): List of spaces you want to use to limit the returned matches by
        all_versions (bool | Unset): If all versions of the entity should be returned. Defaults to false which returns
            the latest version, attributed to the newest 'createdTime' field
        include_global (bool | Unset): If the global items of the entity should be returned. Defaults to false which
            excludes global items.
    """

    _FIT = {"cursor": "s", "limit": "i", "spaces": ("l", "s"), "allVersions": "b", "includeGlobal": "b"}
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    limit: int | Unset = UNSET
    spaces: list[str] | Unset = UNSET
    all_versions: bool | Unset = UNSET
    include_global: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        limit = self.limit

        spaces: list[str] | Unset = UNSET
        if not isinstance(self.spaces, Unset):
            spaces = self.spaces

        all_versions = self.all_versions

        include_global = self.include_global

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if spaces is not UNSET:
            field_dict["spaces"] = spaces
        if all_versions is not UNSET:
            field_dict["allVersions"] = all_versions
        if include_global is not UNSET:
            field_dict["includeGlobal"] = include_global

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        limit = d.pop("limit", UNSET)

        spaces = cast(list[str], d.pop("spaces", UNSET))

        all_versions = d.pop("allVersions", UNSET)

        include_global = d.pop("includeGlobal", UNSET)

        data_models_list_request = cls(
            cursor=cursor,
            limit=limit,
            spaces=spaces,
            all_versions=all_versions,
            include_global=include_global,
        )

        data_models_list_request.additional_properties = d
        return data_models_list_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GroupTokenAttributes")


@_attrs_define
class GroupTokenAttributes(AdditionalProperties):
    """Attributes derived from access token.

    Attributes:
        app_ids (list[str] | Unset): List of applications (represented by their application ID) this group is valid for.
            If present, must contain at least one item. If not set or null, the group will be valid for all apps.
    """

    _FIT = {"appIds": ("l", "s")}
    _REQUIRED = ()

    app_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_ids: list[str] | Unset = UNSET
        if not isinstance(self.app_ids, Unset):
            app_ids = self.app_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_ids is not UNSET:
            field_dict["appIds"] = app_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_ids = cast(list[str], d.pop("appIds", UNSET))

        group_token_attributes = cls(
            app_ids=app_ids,
        )

        group_token_attributes.additional_properties = d
        return group_token_attributes

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CognitetimeseriesAclIdScope")


@_attrs_define
class CognitetimeseriesAclIdScope(AdditionalProperties):
    """
    Attributes:
        ids (list[int] | Unset):
    """

    _FIT = {"ids": ("l", "i")}
    _REQUIRED = ()

    ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids", UNSET))

        cognitetimeseries_acl_id_scope = cls(
            ids=ids,
        )

        cognitetimeseries_acl_id_scope.additional_properties = d
        return cognitetimeseries_acl_id_scope

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Node3DNameFilter")


@_attrs_define
class Node3DNameFilter(AdditionalProperties):
    """Filter used in searching for nodes by name.

    Attributes:
        names (list[str] | Unset):  Example: ['PIPE-9MM-HG', 'VALVE-HL3', 'US-DIV-2'].
    """

    _FIT = {"names": ("l", "s")}
    _REQUIRED = ()

    names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        names: list[str] | Unset = UNSET
        if not isinstance(self.names, Unset):
            names = self.names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if names is not UNSET:
            field_dict["names"] = names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        names = cast(list[str], d.pop("names", UNSET))

        node_3d_name_filter = cls(
            names=names,
        )

        node_3d_name_filter.additional_properties = d
        return node_3d_name_filter

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DataRawDBTableCursors")


@_attrs_define
class DataRawDBTableCursors(AdditionalProperties):
    """A list of cursors

    Attributes:
        items (list[str] | Unset):
    """

    _FIT = {"items": ("l", "s")}
    _REQUIRED = ()

    items: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = cast(list[str], d.pop("items", UNSET))

        data_raw_db_table_cursors = cls(
            items=items,
        )

        data_raw_db_table_cursors.additional_properties = d
        return data_raw_db_table_cursors

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawDBRowKey")


@_attrs_define
class RawDBRowKey(AdditionalProperties):
    """A row key

    Attributes:
        key (str): Unique row key
    """

    _FIT = {"key": "s"}
    _REQUIRED = ("key",)

    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        raw_db_row_key = cls(
            key=key,
        )

        raw_db_row_key.additional_properties = d
        return raw_db_row_key

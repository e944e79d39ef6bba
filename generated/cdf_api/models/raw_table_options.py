from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RawTableOptions")


@_attrs_define
class RawTableOptions(AdditionalProperties):
    """Raw rows options

    Attributes:
        database (str):
        table (str):
        primary_key (str | Unset):
    """

    _FIT = {"database": "s", "table": "s", "primaryKey": "s"}
    _REQUIRED = ("database", "table")

    database: str
    table: str
    primary_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        table = self.table

        primary_key = self.primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "table": table,
            }
        )
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database")

        table = d.pop("table")

        primary_key = d.pop("primaryKey", UNSET)

        raw_table_options = cls(
            database=database,
            table=table,
            primary_key=primary_key,
        )

        raw_table_options.additional_properties = d
        return raw_table_options

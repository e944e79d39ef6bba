from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawTable")


@_attrs_define
class RawTable(AdditionalProperties):
    """
    Attributes:
        db_name (str): Database name
        table_name (str): Table name
    """

    _FIT = {"dbName": "s", "tableName": "s"}
    _REQUIRED = ("dbName", "tableName")

    db_name: str
    table_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        db_name = self.db_name

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dbName": db_name,
                "tableName": table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        db_name = d.pop("dbName")

        table_name = d.pop("tableName")

        raw_table = cls(
            db_name=db_name,
            table_name=table_name,
        )

        raw_table.additional_properties = d
        return raw_table

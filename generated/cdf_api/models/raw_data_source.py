from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RawDataSource")


@_attrs_define
class RawDataSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['raw']): The type of the destination resource indicating that the transformation will write to
            RAW.
        database (str): The database name.
        table (str): The table name.
    """

    _FIT = {"type": ("c", "raw"), "database": "s", "table": "s"}
    _REQUIRED = ("type", "database", "table")

    type_: Literal["raw"]
    database: str
    table: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        database = self.database

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "database": database,
                "table": table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["raw"], d.pop("type"))
        if type_ != "raw":
            raise ValueError(f"type must match const 'raw', got '{type_}'")

        database = d.pop("database")

        table = d.pop("table")

        raw_data_source = cls(
            type_=type_,
            database=database,
            table=table,
        )

        raw_data_source.additional_properties = d
        return raw_data_source

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.raw_db_row_insert_columns import RawDBRowInsertColumns


T = TypeVar("T", bound="RawDBRowInsert")


@_attrs_define
class RawDBRowInsert(AdditionalProperties):
    """
    Attributes:
        key (str): Unique row key
        columns (RawDBRowInsertColumns): Row data stored as a JSON object.
    """

    _FIT = {"key": "s", "columns": ("m", "RawDBRowInsertColumns")}
    _REQUIRED = ("key", "columns")

    key: str
    columns: RawDBRowInsertColumns
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        columns = self.columns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_db_row_insert_columns import RawDBRowInsertColumns  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        columns = RawDBRowInsertColumns.from_dict(d.pop("columns"))

        raw_db_row_insert = cls(
            key=key,
            columns=columns,
        )

        raw_db_row_insert.additional_properties = d
        return raw_db_row_insert

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.raw_row_csv_rows_item_item import RawRowCSVRowsItemItem


T = TypeVar("T", bound="RawRowCSV")


@_attrs_define
class RawRowCSV(AdditionalProperties):
    """Raw row result written in CSV format, with column columnHeaders.

    Attributes:
        column_headers (list[str] | Unset): Headers for the different columns in the response.
        rows (list[list[RawRowCSVRowsItemItem]] | Unset): Rows of column values, in same order as columnHeaders.
    """

    _FIT = {"columnHeaders": ("l", "s"), "rows": ("l", ("l", ("m", "RawRowCSVRowsItemItem")))}
    _REQUIRED = ()

    column_headers: list[str] | Unset = UNSET
    rows: list[list[RawRowCSVRowsItemItem]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_headers: list[str] | Unset = UNSET
        if not isinstance(self.column_headers, Unset):
            column_headers = self.column_headers

        rows: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = []
                for rows_item_item_data in rows_item_data:
                    rows_item_item = rows_item_item_data.to_dict()
                    rows_item.append(rows_item_item)

                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_headers is not UNSET:
            field_dict["columnHeaders"] = column_headers
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_row_csv_rows_item_item import RawRowCSVRowsItemItem  # noqa: PLC0415

        d = dict(src_dict)
        column_headers = cast(list[str], d.pop("columnHeaders", UNSET))

        _rows = d.pop("rows", UNSET)
        rows: list[list[RawRowCSVRowsItemItem]] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = []
                _rows_item = rows_item_data
                for rows_item_item_data in _rows_item:
                    rows_item_item = RawRowCSVRowsItemItem.from_dict(rows_item_item_data)

                    rows_item.append(rows_item_item)

                rows.append(rows_item)

        raw_row_csv = cls(
            column_headers=column_headers,
            rows=rows,
        )

        raw_row_csv.additional_properties = d
        return raw_row_csv

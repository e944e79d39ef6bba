from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_cell_element_with_element_granularity import DocumentCellElementWithElementGranularity


T = TypeVar("T", bound="DocumentTableElementWithElementGranularity")


@_attrs_define
class DocumentTableElementWithElementGranularity(AdditionalProperties):
    """A table in a document. A table consists of a list of rows where each row is a list of
    cells.

        Attributes:
            type_ (Literal['table']):
            rows (list[list[DocumentCellElementWithElementGranularity]]):
            column_header_count (float | Unset): Number of header rows (column headers) at the top of the table.
            row_header_count (float | Unset): Number of header columns (row headers) at the left of the table.
    """

    _FIT = {
        "type": ("c", "table"),
        "rows": ("l", ("l", ("m", "DocumentCellElementWithElementGranularity"))),
        "columnHeaderCount": "n",
        "rowHeaderCount": "n",
    }
    _REQUIRED = ("type", "rows")

    type_: Literal["table"]
    rows: list[list[DocumentCellElementWithElementGranularity]]
    column_header_count: float | Unset = UNSET
    row_header_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        rows = []
        for rows_item_data in self.rows:
            rows_item = []
            for rows_item_item_data in rows_item_data:
                rows_item_item = rows_item_item_data.to_dict()
                rows_item.append(rows_item_item)

            rows.append(rows_item)

        column_header_count = self.column_header_count

        row_header_count = self.row_header_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "rows": rows,
            }
        )
        if column_header_count is not UNSET:
            field_dict["columnHeaderCount"] = column_header_count
        if row_header_count is not UNSET:
            field_dict["rowHeaderCount"] = row_header_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_cell_element_with_element_granularity import DocumentCellElementWithElementGranularity  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["table"], d.pop("type"))
        if type_ != "table":
            raise ValueError(f"type must match const 'table', got '{type_}'")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = []
            _rows_item = rows_item_data
            for rows_item_item_data in _rows_item:
                rows_item_item = DocumentCellElementWithElementGranularity.from_dict(rows_item_item_data)

                rows_item.append(rows_item_item)

            rows.append(rows_item)

        column_header_count = d.pop("columnHeaderCount", UNSET)

        row_header_count = d.pop("rowHeaderCount", UNSET)

        document_table_element_with_element_granularity = cls(
            type_=type_,
            rows=rows,
            column_header_count=column_header_count,
            row_header_count=row_header_count,
        )

        document_table_element_with_element_granularity.additional_properties = d
        return document_table_element_with_element_granularity

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequence_row_dto import SequenceRowDTO


T = TypeVar("T", bound="SequencePostDataSelectById")


@_attrs_define
class SequencePostDataSelectById(AdditionalProperties):
    """
    Attributes:
        columns (list[str]): Column external IDs in the same order as the values for each row.
        rows (list[SequenceRowDTO]): List of rows. The number of rows per request is limited to 10000. The total number
            of values, including nulls, in a single request is limited to 100000.
        id (int): A server-generated ID for the object.
    """

    _FIT = {"columns": ("l", "s"), "rows": ("l", ("m", "SequenceRowDTO")), "id": "i"}
    _REQUIRED = ("columns", "rows", "id")

    columns: list[str]
    rows: list[SequenceRowDTO]
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "rows": rows,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_row_dto import SequenceRowDTO  # noqa: PLC0415

        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SequenceRowDTO.from_dict(rows_item_data)

            rows.append(rows_item)

        id = d.pop("id")

        sequence_post_data_select_by_id = cls(
            columns=columns,
            rows=rows,
            id=id,
        )

        sequence_post_data_select_by_id.additional_properties = d
        return sequence_post_data_select_by_id

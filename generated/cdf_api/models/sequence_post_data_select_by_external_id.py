from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequence_row_dto import SequenceRowDTO


T = TypeVar("T", bound="SequencePostDataSelectByExternalId")


@_attrs_define
class SequencePostDataSelectByExternalId(AdditionalProperties):
    """
    Attributes:
        columns (list[str]): Column external IDs in the same order as the values for each row.
        rows (list[SequenceRowDTO]): List of rows. The number of rows per request is limited to 10000. The total number
            of values, including nulls, in a single request is limited to 100000.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
    """

    _FIT = {"columns": ("l", "s"), "rows": ("l", ("m", "SequenceRowDTO")), "externalId": "s"}
    _REQUIRED = ("columns", "rows", "externalId")

    columns: list[str]
    rows: list[SequenceRowDTO]
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "rows": rows,
                "externalId": external_id,
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

        external_id = d.pop("externalId")

        sequence_post_data_select_by_external_id = cls(
            columns=columns,
            rows=rows,
            external_id=external_id,
        )

        sequence_post_data_select_by_external_id.additional_properties = d
        return sequence_post_data_select_by_external_id

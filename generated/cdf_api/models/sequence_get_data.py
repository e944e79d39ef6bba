from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.basic_get_sequence_column_info import BasicGetSequenceColumnInfo
    from ..models.sequence_row_dto import SequenceRowDTO


T = TypeVar("T", bound="SequenceGetData")


@_attrs_define
class SequenceGetData(AdditionalProperties):
    """Data from a sequence.

    Example:
        {'id': 1112, 'externalId': 'DL/DRILL412/20190103/T3', 'columns': [{'externalId': 'Depth'}, {'externalId':
            'DepthSource'}, {'externalId': 'PowerSetting'}], 'rows': [{'rowNumber': 1, 'values': [23331.3, 's2', 61]}]}

    Attributes:
        id (int): A server-generated ID for the object.
        columns (list[BasicGetSequenceColumnInfo]): Column information in the order given by data.
        rows (list[SequenceRowDTO]): List of row information.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
    """

    _FIT = {
        "id": "i",
        "columns": ("l", ("m", "BasicGetSequenceColumnInfo")),
        "rows": ("l", ("m", "SequenceRowDTO")),
        "externalId": "s",
    }
    _REQUIRED = ("id", "columns", "rows")

    id: int
    columns: list[BasicGetSequenceColumnInfo]
    rows: list[SequenceRowDTO]
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "columns": columns,
                "rows": rows,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_get_sequence_column_info import BasicGetSequenceColumnInfo  # noqa: PLC0415
        from ..models.sequence_row_dto import SequenceRowDTO  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = BasicGetSequenceColumnInfo.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SequenceRowDTO.from_dict(rows_item_data)

            rows.append(rows_item)

        external_id = d.pop("externalId", UNSET)

        sequence_get_data = cls(
            id=id,
            columns=columns,
            rows=rows,
            external_id=external_id,
        )

        sequence_get_data.additional_properties = d
        return sequence_get_data

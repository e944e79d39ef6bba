from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequenceRowDTO")


@_attrs_define
class SequenceRowDTO(AdditionalProperties):
    """A single row of datapoints.

    Attributes:
        row_number (int): The row number for this row. Example: 1.
        values (list[float | str]): List of values in the order defined in the columns field. Number of items must
            match. Null is accepted for missing values. String values must be no longer than 256 characters.
    """

    _FIT = {"rowNumber": "i", "values": ("l", ("u", ("n", "s")))}
    _REQUIRED = ("rowNumber", "values")

    row_number: int
    values: list[float | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_number = self.row_number

        values = []
        for values_item_data in self.values:
            values_item: float | str
            values_item = values_item_data
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rowNumber": row_number,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row_number = d.pop("rowNumber")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> float | str:
                return cast(float | str, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        sequence_row_dto = cls(
            row_number=row_number,
            values=values,
        )

        sequence_row_dto.additional_properties = d
        return sequence_row_dto

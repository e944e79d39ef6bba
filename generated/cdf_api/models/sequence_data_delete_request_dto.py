from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequenceDataDeleteRequestDTO")


@_attrs_define
class SequenceDataDeleteRequestDTO(AdditionalProperties):
    """Rows to delete from a sequence.

    Attributes:
        rows (list[int]):
    """

    _FIT = {"rows": ("l", "i")}
    _REQUIRED = ("rows",)

    rows: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = cast(list[int], d.pop("rows"))

        sequence_data_delete_request_dto = cls(
            rows=rows,
        )

        sequence_data_delete_request_dto.additional_properties = d
        return sequence_data_delete_request_dto

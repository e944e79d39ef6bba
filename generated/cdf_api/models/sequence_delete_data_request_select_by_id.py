from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequenceDeleteDataRequestSelectById")


@_attrs_define
class SequenceDeleteDataRequestSelectById(AdditionalProperties):
    """
    Attributes:
        rows (list[int]):
        id (int): A server-generated ID for the object.
    """

    _FIT = {"rows": ("l", "i"), "id": "i"}
    _REQUIRED = ("rows", "id")

    rows: list[int]
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = self.rows

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows = cast(list[int], d.pop("rows"))

        id = d.pop("id")

        sequence_delete_data_request_select_by_id = cls(
            rows=rows,
            id=id,
        )

        sequence_delete_data_request_select_by_id.additional_properties = d
        return sequence_delete_data_request_select_by_id

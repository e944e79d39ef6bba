from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequenceLatestDataRequestSelectById")


@_attrs_define
class SequenceLatestDataRequestSelectById(AdditionalProperties):
    """
    Attributes:
        id (int): A server-generated ID for the object.
        columns (list[str] | Unset): Columns to include. Specified as a list of the `externalId` of each column to
            include.
            If this filter isn't set, all available columns will be returned.
        before (int | Unset): Get rows up to, but not including, this row number.
    """

    _FIT = {"id": "i", "columns": ("l", "s"), "before": "i"}
    _REQUIRED = ("id",)

    id: int
    columns: list[str] | Unset = UNSET
    before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        before = self.before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if columns is not UNSET:
            field_dict["columns"] = columns
        if before is not UNSET:
            field_dict["before"] = before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        columns = cast(list[str], d.pop("columns", UNSET))

        before = d.pop("before", UNSET)

        sequence_latest_data_request_select_by_id = cls(
            id=id,
            columns=columns,
            before=before,
        )

        sequence_latest_data_request_select_by_id.additional_properties = d
        return sequence_latest_data_request_select_by_id

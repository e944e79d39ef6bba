from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.raw_db_row_columns import RawDBRowColumns


T = TypeVar("T", bound="RawDBRow")


@_attrs_define
class RawDBRow(AdditionalProperties):
    """
    Attributes:
        key (str): Unique row key
        columns (RawDBRowColumns): Row data stored as a JSON object.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"key": "s", "columns": ("m", "RawDBRowColumns"), "lastUpdatedTime": "i"}
    _REQUIRED = ("key", "columns", "lastUpdatedTime")

    key: str
    columns: RawDBRowColumns
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        columns = self.columns.to_dict()

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "columns": columns,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raw_db_row_columns import RawDBRowColumns  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        columns = RawDBRowColumns.from_dict(d.pop("columns"))

        last_updated_time = d.pop("lastUpdatedTime")

        raw_db_row = cls(
            key=key,
            columns=columns,
            last_updated_time=last_updated_time,
        )

        raw_db_row.additional_properties = d
        return raw_db_row

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequenceDataRequestDTO")


@_attrs_define
class SequenceDataRequestDTO(AdditionalProperties):
    """A request for datapoints stored.

    Attributes:
        start (int | Unset): Lowest row number included.
        end (int | Unset): Get rows up to, but excluding, this row number. Default - No limit. Example: 1.
        limit (int | Unset): Maximum number of rows returned in one request. API might return less even if there's more
            data, but it will provide a cursor for continuation. If there's more data beyond this limit, a cursor will be
            returned to simplify further fetching of data. Example: 1.
        cursor (str | Unset): Cursor for pagination returned from a previous request. Apart from this cursor, the rest
            of the request object is the same as for the original request.
        columns (list[str] | Unset): Columns to include. Specified as a list of the `externalId` of each column to
            include.
            If this filter isn't set, all available columns will be returned.
    """

    _FIT = {"start": "i", "end": "i", "limit": "i", "cursor": "s", "columns": ("l", "s")}
    _REQUIRED = ()

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    columns: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        limit = self.limit

        cursor = self.cursor

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        columns = cast(list[str], d.pop("columns", UNSET))

        sequence_data_request_dto = cls(
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
            columns=columns,
        )

        sequence_data_request_dto.additional_properties = d
        return sequence_data_request_dto

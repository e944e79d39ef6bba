from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RAWMatcher")


@_attrs_define
class RAWMatcher(AdditionalProperties):
    """The Raw matcher can be used when you already have a collection of known matches, stored in a Raw table.

    Attributes:
        type_ (Literal['raw']):
        db_name (str): Name of the Raw database
        table_name (str): Name of the Raw database table
        from_column_key (str): The column containing the external ids of the node at the start of the relationship.
        to_column_key (str): The column containing the external ids of the node at the end of the relationship.
    """

    _FIT = {"type": ("c", "raw"), "dbName": "s", "tableName": "s", "fromColumnKey": "s", "toColumnKey": "s"}
    _REQUIRED = ("type", "dbName", "tableName", "fromColumnKey", "toColumnKey")

    type_: Literal["raw"]
    db_name: str
    table_name: str
    from_column_key: str
    to_column_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        db_name = self.db_name

        table_name = self.table_name

        from_column_key = self.from_column_key

        to_column_key = self.to_column_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "dbName": db_name,
                "tableName": table_name,
                "fromColumnKey": from_column_key,
                "toColumnKey": to_column_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["raw"], d.pop("type"))
        if type_ != "raw":
            raise ValueError(f"type must match const 'raw', got '{type_}'")

        db_name = d.pop("dbName")

        table_name = d.pop("tableName")

        from_column_key = d.pop("fromColumnKey")

        to_column_key = d.pop("toColumnKey")

        raw_matcher = cls(
            type_=type_,
            db_name=db_name,
            table_name=table_name,
            from_column_key=from_column_key,
            to_column_key=to_column_key,
        )

        raw_matcher.additional_properties = d
        return raw_matcher

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.column_type_type import ColumnTypeType


T = TypeVar("T", bound="ColumnType")


@_attrs_define
class ColumnType(AdditionalProperties):
    """Details of a column in a given schema.

    Attributes:
        name (str): Column name.
        sql_type (str): Type of the column in sql format.
        type_ (ColumnTypeType | str): Type of the column in json format.
        nullable (bool): Values for the column can be null or not.
    """

    _FIT = {"name": "s", "sqlType": "s", "type": ("u", (("m", "ColumnTypeType"), "s")), "nullable": "b"}
    _REQUIRED = ("name", "sqlType", "type", "nullable")

    name: str
    sql_type: str
    type_: ColumnTypeType | str
    nullable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_type_type import ColumnTypeType  # noqa: PLC0415

        name = self.name

        sql_type = self.sql_type

        type_: dict[str, Any] | str
        if isinstance(self.type_, ColumnTypeType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        nullable = self.nullable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sqlType": sql_type,
                "type": type_,
                "nullable": nullable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_type_type import ColumnTypeType  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        sql_type = d.pop("sqlType")

        def _parse_type_(data: object) -> ColumnTypeType | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = ColumnTypeType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnTypeType | str, data)

        type_ = _parse_type_(d.pop("type"))

        nullable = d.pop("nullable")

        column_type = cls(
            name=name,
            sql_type=sql_type,
            type_=type_,
            nullable=nullable,
        )

        column_type.additional_properties = d
        return column_type

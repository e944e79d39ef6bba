from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_type import TableType
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.column import Column
    from ..models.fdm_table_options import FdmTableOptions
    from ..models.raw_table_options import RawTableOptions


T = TypeVar("T", bound="Table")


@_attrs_define
class Table(AdditionalProperties):
    """Foreign tables

    Attributes:
        columns (Column): Foreign table columns.
        type_ (TableType): The type of table (usually built_in) but could be any of raw_rows, nodes or edges when
            custom.
        tablename (str):
        options (FdmTableOptions | RawTableOptions | Unset): Table options
    """

    _FIT = {
        "columns": ("m", "Column"),
        "type": "s",
        "tablename": "s",
        "options": ("u", (("m", "FdmTableOptions"), ("m", "RawTableOptions"))),
    }
    _REQUIRED = ("columns", "type", "tablename")

    columns: Column
    type_: TableType
    tablename: str
    options: FdmTableOptions | RawTableOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns.to_dict()

        type_ = self.type_.value

        tablename = self.tablename

        options: dict[str, Any] | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "type": type_,
                "tablename": tablename,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column import Column  # noqa: PLC0415
        from ..models.fdm_table_options import FdmTableOptions  # noqa: PLC0415
        from ..models.raw_table_options import RawTableOptions  # noqa: PLC0415

        d = dict(src_dict)
        columns = Column.from_dict(d.pop("columns"))

        type_ = TableType(d.pop("type"))

        tablename = d.pop("tablename")

        def _parse_options(data: object) -> FdmTableOptions | RawTableOptions | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (FdmTableOptions, RawTableOptions))

        options = _parse_options(d.pop("options", UNSET))

        table = cls(
            columns=columns,
            type_=type_,
            tablename=tablename,
            options=options,
        )

        table.additional_properties = d
        return table
